#include "PostFailoverPage.h"

#include "ConnectController.h"
#include "FailoverController.h"
#include "FailoverWizard.h"

#include "common/MessageBanner.h"
#include "common/PlanController.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace milink {

PostFailoverPage::PostFailoverPage(FailoverController *controller, PlanController *plan,
                                   QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_plan(plan)
{
    setObjectName(QStringLiteral("postFailoverPage"));
    setTitle(tr("After the failover"));
    setSubTitle(tr("Keep replicating in the other direction, or make both copies independent."));
    m_keep = new QRadioButton(tr("&Keep the link: it replicates from the new primary to the "
                                 "old one"),
                              this);
    m_keep->setObjectName(QStringLiteral("keepLinkRadio"));
    m_keepReason = new QLabel(this);
    m_keepReason->setObjectName(QStringLiteral("keepLinkReasonLabel"));
    m_keepReason->setWordWrap(true);
    m_keepReason->setIndent(24);
    m_keepReason->setEnabled(false);
    m_remove = new QRadioButton(tr("&Remove the link after the failover (both copies become "
                                   "independent)"),
                                this);
    m_remove->setObjectName(QStringLiteral("removeLinkRadio"));
    m_dropAg = new QCheckBox(tr("Also &drop the availability group on SQL Server"), this);
    m_dropAg->setObjectName(QStringLiteral("dropAvailabilityGroupCheck"));
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("firstBackupLabel"));
    m_backup->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keep);
    layout->addWidget(m_keepReason);
    layout->addWidget(m_remove);
    layout->addWidget(m_dropAg);
    layout->addSpacing(8);
    layout->addWidget(m_backup);
    layout->addStretch();
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    connect(m_remove, &QRadioButton::toggled, this, [this](bool on) {
        m_controller->setRemoveLink(on);
        refresh();
    });
    connect(m_dropAg, &QCheckBox::toggled, m_controller,
            &FailoverController::setDropAvailabilityGroup);
    connect(m_controller, &FailoverController::firstBackupChanged, this,
            &PostFailoverPage::refresh);
}

void PostFailoverPage::initializePage()
{
    const std::optional<FailoverChoice> choice = m_controller->chosen();
    const bool canKeep = choice && choice->canKeepLink;
    m_keep->setEnabled(canKeep);
    m_keepReason->setText(canKeep ? QString() : choice ? choice->keepLinkReason : QString());
    if (!canKeep || m_controller->removeLink())
        m_remove->setChecked(true);
    else
        m_keep->setChecked(true);
    if (choice && choice->to == LinkSide::ManagedInstance)
        m_controller->checkFirstBackup();
    refresh();
}

void PostFailoverPage::refresh()
{
    const std::optional<FailoverChoice> choice = m_controller->chosen();
    const bool remove = m_controller->removeLink();
    m_dropAg->setEnabled(remove);
    if (!remove)
        m_dropAg->setChecked(false);
    if (!remove || !choice) {
        m_backup->clear();
    } else if (choice->to == LinkSide::SqlServer) {
        m_backup->setText(tr("The databases move to SQL Server: take a full backup there once "
                             "the failover is done."));
    } else if (m_controller->firstBackup()) {
        m_backup->setText(m_controller->firstBackup()->describe());
    } else {
        m_backup->setText(tr("Reading the managed instance's backup history…"));
    }
}

bool PostFailoverPage::validatePage()
{
    const QString missing = ConnectController::missingConnection(
        m_controller->session(), m_controller->operation(), m_controller->planOptions());
    if (!missing.isEmpty()) {
        m_banner->showError(missing);
        return false;
    }
    m_banner->clear();
    m_plan->setOptions(m_controller->planOptions());
    return true;
}

int PostFailoverPage::nextId() const
{
    return FailoverWizard::SummaryPageId;
}

} // namespace milink
