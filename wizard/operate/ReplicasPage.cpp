#include "ReplicasPage.h"

#include "ConnectController.h"
#include "FailoverController.h"
#include "FailoverWizard.h"

#include "common/MessageBanner.h"
#include "common/PlanController.h"
#include "failover/FailoverOptions.h"
#include "session/LinkSession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

ReplicasPage::ReplicasPage(FailoverController *controller, PlanController *repairPlan,
                           QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_repairPlan(repairPlan)
{
    setObjectName(QStringLiteral("replicasPage"));
    setTitle(tr("Replicas"));
    setSubTitle(tr("Both replicas of the link as SQL Server, the managed instance and Azure "
                   "report them. Nothing here changes the link."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rolesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("replicasTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Replica"), tr("Role"), tr("Read from"), tr("Connected"),
                              tr("Health"), tr("Azure state"), tr("Last error")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRolesButton"));
    m_assumedLabel = new QLabel(tr("The roles could not be read. The &primary now is:"), this);
    m_assumedPrimary = new QComboBox(this);
    m_assumedPrimary->setObjectName(QStringLiteral("assumedPrimaryCombo"));
    m_assumedPrimary->addItem(tr("SQL Server"), int(LinkSide::SqlServer));
    m_assumedPrimary->addItem(tr("The managed instance"), int(LinkSide::ManagedInstance));
    m_assumedLabel->setBuddy(m_assumedPrimary);

    m_repairBox = new QGroupBox(tr("Split brain: repair the link"), this);
    m_repairBox->setObjectName(QStringLiteral("splitBrainBox"));
    auto *explain = new QLabel(
        tr("Choose the side whose changes are kept. The other side is backed up (a tail-log "
           "backup on SQL Server, a copy-only backup on the managed instance), made secondary, "
           "and reseeded from the kept side: what it accepted after the forced failover stays "
           "only in that backup."),
        m_repairBox);
    explain->setWordWrap(true);
    m_keepManagedInstance
        = new QRadioButton(tr("Keep the &managed instance primary (back up and demote SQL "
                              "Server)"),
                           m_repairBox);
    m_keepManagedInstance->setObjectName(QStringLiteral("keepManagedInstanceRadio"));
    m_keepManagedInstance->setChecked(true);
    m_keepSqlServer = new QRadioButton(
        tr("Keep &SQL Server primary (back up and demote the managed instance)"), m_repairBox);
    m_keepSqlServer->setObjectName(QStringLiteral("keepSqlServerRadio"));
    m_backupLabel = new QLabel(m_repairBox);
    m_backup = new QLineEdit(m_repairBox);
    m_backup->setObjectName(QStringLiteral("repairBackupEdit"));
    m_backupLabel->setBuddy(m_backup);
    auto *repairLayout = new QVBoxLayout(m_repairBox);
    repairLayout->addWidget(explain);
    repairLayout->addWidget(m_keepManagedInstance);
    repairLayout->addWidget(m_keepSqlServer);
    repairLayout->addWidget(m_backupLabel);
    repairLayout->addWidget(m_backup);
    m_banner = new MessageBanner(this);

    auto *assumed = new QHBoxLayout;
    assumed->addWidget(m_assumedLabel);
    assumed->addWidget(m_assumedPrimary);
    assumed->addStretch();
    assumed->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(assumed);
    layout->addWidget(m_repairBox);
    layout->addWidget(m_banner);

    connect(m_refresh, &QPushButton::clicked, m_controller, &FailoverController::readRoles);
    connect(m_controller, &FailoverController::rolesChanged, this, &ReplicasPage::refresh);
    connect(m_assumedPrimary, &QComboBox::currentIndexChanged, this, [this] {
        m_controller->setAssumedPrimary(LinkSide(m_assumedPrimary->currentData().toInt()));
    });
    connect(m_keepManagedInstance, &QRadioButton::toggled, this, &ReplicasPage::updateRepair);
    connect(m_backup, &QLineEdit::textChanged, this, &ReplicasPage::updateRepair);
}

void ReplicasPage::initializePage()
{
    m_controller->readRoles();
    refresh();
}

void ReplicasPage::refresh()
{
    m_table->clear();
    const auto &roles = m_controller->roles();
    const bool offline = m_controller->session()->isOffline();
    if (m_controller->isReadingRoles()) {
        m_summary->setText(tr("Reading both replicas…"));
    } else if (offline) {
        m_summary->setText(tr("Offline: the roles are not verified (offline). Say which side is "
                              "primary now; the plan and scripts follow from it."));
    } else if (roles) {
        m_summary->setText(roles->describe());
        auto add = [this](const QString &name, const ReplicaStatus &s) {
            auto *item = new QTreeWidgetItem(m_table);
            item->setText(0, name);
            item->setText(1, ReplicaStatus::roleText(s.role));
            item->setText(2, s.readError.isEmpty() ? s.roleSource : s.readError);
            item->setText(3, s.connectedState);
            item->setText(4, s.synchronizationHealth);
            item->setText(5, s.replicaState);
            item->setText(6, s.lastError);
            for (int column = 0; column < 7; ++column)
                item->setToolTip(column, item->text(column));
        };
        add(tr("SQL Server"), roles->sqlServer);
        add(tr("Managed instance"), roles->managedInstance);
    }
    const bool known = roles && roles->primary().has_value();
    const bool split = m_controller->splitBrain();
    const bool assume = !known && !split && !m_controller->isReadingRoles();
    m_assumedLabel->setVisible(assume);
    m_assumedPrimary->setVisible(assume);
    m_repairBox->setVisible(split);
    if (split)
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Both sides are primary. Do not let applications write to "
                                 "both: repair the link before anything else."));
    else
        m_banner->clear();
    m_refresh->setEnabled(!m_controller->isReadingRoles() && !offline);
    updateRepair();
    emit completeChanged();
}

void ReplicasPage::updateRepair()
{
    const bool keepMi = m_keepManagedInstance->isChecked();
    m_backupLabel->setText(keepMi ? tr("&Directory on the SQL Server host for the tail-log "
                                       "backup:")
                                  : tr("Storage &container URL for the managed instance's "
                                       "copy-only backup:"));
    m_controller->setRepair(keepMi ? LinkSide::ManagedInstance : LinkSide::SqlServer,
                            m_backup->text().trimmed());
    emit completeChanged();
}

bool ReplicasPage::isComplete() const
{
    if (m_controller->isReadingRoles())
        return false;
    if (m_controller->splitBrain())
        return !m_backup->text().trimmed().isEmpty();
    return true;
}

bool ReplicasPage::validatePage()
{
    if (m_controller->splitBrain()) {
        const QString missing = ConnectController::missingConnection(
            m_controller->session(), m_controller->operation(), m_controller->planOptions());
        if (!missing.isEmpty()) {
            m_banner->showError(missing);
            return false;
        }
        m_repairPlan->setOptions(m_controller->planOptions());
    }
    return true;
}

int ReplicasPage::nextId() const
{
    return m_controller->splitBrain() ? int(FailoverWizard::RepairSummaryPageId)
                                      : int(FailoverWizard::FailoverTypePageId);
}

} // namespace milink
