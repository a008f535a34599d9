#include "RequirementsPage.h"

#include "RequirementsController.h"

#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

namespace {

QIcon statusIcon(CheckResult::Status status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case CheckResult::Status::Passed: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Status::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Status::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckResult::Status::NotVerified:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}

} // namespace

RequirementsPage::RequirementsPage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_controller(new RequirementsController(session, this)),
      m_tree(new QTreeWidget(this)),
      m_rerun(new QPushButton(tr("&Re-run"), this)),
      m_summary(new QLabel(this)),
      m_details(new QLabel(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("requirementsPage"));
    setTitle(tr("SQL Server requirements"));
    setSubTitle(tr("What the link needs from this SQL Server. Fix each failure on the server, "
                   "then press Re-run; warnings do not stop you."));

    m_tree->setObjectName(QStringLiteral("requirementsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Status"), tr("Requirement"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_rerun->setToolTip(tr("Read SQL Server again after fixing something."));
    m_summary->setObjectName(QStringLiteral("requirementsSummary"));
    m_summary->setWordWrap(true);

    // The tree elides long sentences; the current check is shown in full here.
    m_details->setObjectName(QStringLiteral("requirementDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
        const CheckResult *check = findCheck(m_controller->results(), id);
        if (!check) {
            m_details->clear();
            return;
        }
        QString text = check->title + QStringLiteral(" — ") + CheckResult::statusText(check->status)
            + QLatin1Char('\n') + check->reason;
        if (!check->remedy.isEmpty())
            text += QLatin1Char('\n') + tr("How to fix: %1").arg(check->remedy);
        if (!check->serverText.isEmpty())
            text += QLatin1Char('\n') + check->serverText;
        m_details->setText(text);
    });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addWidget(m_banner);

    connect(m_rerun, &QPushButton::clicked, this, [this] {
        m_rerunError.clear();
        m_controller->rerun();
    });
    connect(m_controller, &RequirementsController::resultsChanged, this,
            &RequirementsPage::showResults);
    connect(m_controller, &RequirementsController::runningChanged, this, [this](bool running) {
        m_rerun->setEnabled(!running);
        m_summary->setText(running ? tr("Reading SQL Server…") : QString());
        emit completeChanged();
    });
    connect(m_controller, &RequirementsController::rerunFinished, this,
            [this](const RequirementsRerunResult &result) {
                m_rerunError = result.error;
                m_rerunServerText = result.serverText;
                m_rerunErrorNumber = result.errorNumber;
                showResults();
            });
}

void RequirementsPage::initializePage()
{
    m_rerunError.clear();
    m_controller->evaluate();
    showResults();
    m_tree->setFocus();
}

bool RequirementsPage::isComplete() const
{
    return !m_controller->isRunning() && m_controller->blockingMessage().isEmpty();
}

void RequirementsPage::showResults()
{
    m_tree->clear();
    int failed = 0;
    int warnings = 0;
    int unverified = 0;
    for (const CheckResult &check : m_controller->results()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setIcon(0, statusIcon(check.status));
        item->setText(0, CheckResult::statusText(check.status));
        item->setText(1, check.title);
        item->setText(2, check.reason);
        item->setToolTip(2, check.reason);
        item->setData(0, Qt::UserRole, check.id);
        if (!check.remedy.isEmpty() && check.status != CheckResult::Status::Passed) {
            auto *fix = new QTreeWidgetItem(item);
            fix->setText(1, tr("How to fix"));
            fix->setText(2, check.remedy);
            fix->setToolTip(2, check.remedy);
        }
        if (!check.serverText.isEmpty()) {
            auto *server = new QTreeWidgetItem(item);
            server->setText(1, tr("Server said"));
            server->setText(2,
                            check.errorNumber.isEmpty()
                                ? check.serverText
                                : tr("%1 (error %2)").arg(check.serverText, check.errorNumber));
        }
        item->setExpanded(check.status == CheckResult::Status::Failed
                          || check.status == CheckResult::Status::Warning);
        failed += check.status == CheckResult::Status::Failed;
        warnings += check.status == CheckResult::Status::Warning;
        unverified += check.status == CheckResult::Status::NotVerified;
    }
    // Show the first check that needs attention in full.
    QTreeWidgetItem *first = m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0) : nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QString id = m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
        const CheckResult *check = findCheck(m_controller->results(), id);
        if (check && check->status != CheckResult::Status::Passed) {
            first = m_tree->topLevelItem(i);
            break;
        }
    }
    if (first)
        m_tree->setCurrentItem(first);
    if (!m_controller->isRunning())
        m_summary->setText(tr("%1 failed, %2 warnings, %3 not verified.")
                               .arg(failed)
                               .arg(warnings)
                               .arg(unverified));
    const QString blocking = m_controller->blockingMessage();
    if (!m_rerunError.isEmpty())
        m_banner->showError(m_rerunError, m_rerunServerText, m_rerunErrorNumber);
    else if (!blocking.isEmpty())
        m_banner->showError(blocking);
    else if (warnings > 0)
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("You can continue; read the warnings first."));
    else
        m_banner->clear();
    emit completeChanged();
}

} // namespace milink
