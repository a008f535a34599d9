#include "ValidationPage.h"

#include "common/AsyncValidation.h"
#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

namespace {

QIcon statusIcon(const QWidget *widget, CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Passed:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Status::Warning:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Status::Failed:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckResult::Status::NotVerified:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}

} // namespace

ValidationPage::ValidationPage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_controller(new ValidationController(session, this)),
      m_validation(new AsyncValidation(this)),
      m_banner(new MessageBanner(this)),
      m_summary(new QLabel(this)),
      m_checks(new QTreeWidget(this)),
      m_details(new QLabel(this)),
      m_rerun(new QPushButton(tr("&Re-run validation"), this)),
      m_acknowledge(new QCheckBox(
          tr("I have read the &warnings and the checks that could not be verified"), this))
{
    setObjectName(QStringLiteral("validationPage"));
    setTitle(tr("Validation"));
    setSubTitle(tr("Everything that can be checked before anything changes. Nothing is "
                   "modified on SQL Server or in Azure."));
    m_banner->setObjectName(QStringLiteral("validationBanner"));
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_checks->setObjectName(QStringLiteral("validationResults"));
    m_details->setObjectName(QStringLiteral("validationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMinimumHeight(48);
    m_rerun->setObjectName(QStringLiteral("rerunValidationButton"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWarningsCheck"));

    m_summary->setWordWrap(true);
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Check"), tr("Status"), tr("What was found and what to do")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setAlternatingRowColors(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_checks->header()->resizeSection(0, 250);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_acknowledge);

    setTabOrder(m_rerun, m_checks);
    setTabOrder(m_checks, m_acknowledge);

    // The full text of the current check: long reasons do not fit a row.
    connect(m_checks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(item ? item->text(0) + QStringLiteral(": ") + item->text(2) : QString());
    });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        m_validation->invalidate();
        m_banner->clear();
        m_controller->run();
    });
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        m_validation->invalidate();
        m_controller->setAcknowledged(on);
        emit completeChanged();
    });
    connect(m_controller, &ValidationController::runningChanged, this, [this](bool running) {
        m_rerun->setEnabled(!running);
        if (running) {
            m_summary->setText(tr("Checking…"));
            m_acknowledge->setChecked(false);
        }
        emit completeChanged();
    });
    connect(m_controller, &ValidationController::finished, this, &ValidationPage::show);
    connect(m_controller, &ValidationController::checkFinished, this,
            [this](const ValidationController::CheckOutcome &outcome) {
                if (outcome.passed) {
                    m_validation->passed();
                    return;
                }
                m_banner->showError(outcome.error);
                m_validation->failed(outcome.error);
            });
}

void ValidationPage::initializePage()
{
    m_banner->clear();
    m_checks->clear();
    m_acknowledge->setChecked(false);
    m_controller->run();
    // After QWizard has shown the page and placed its own focus.
    QTimer::singleShot(0, m_rerun, [this] { m_rerun->setFocus(); });
}

void ValidationPage::show(const ValidationController::Result &result)
{
    m_checks->clear();
    m_details->clear();
    QTreeWidgetItem *firstProblem = nullptr;
    for (const CheckResult &check : result.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0,
                      check.subject.isEmpty()
                          ? check.title
                          : QStringLiteral("%1 — %2").arg(check.title, check.subject));
        item->setIcon(1, statusIcon(this, check.status));
        item->setText(1, CheckResult::statusText(check.status));
        QString text = check.reason;
        if (!check.remedy.isEmpty() && check.status != CheckResult::Status::Passed)
            text += QStringLiteral("\n→ ") + check.remedy;
        if (!check.serverText.isEmpty())
            text += QStringLiteral("\n") + tr("Server said: %1").arg(check.serverText);
        item->setText(2, text);
        item->setToolTip(2, text);
        item->setData(0, Qt::UserRole, check.id);
        item->setData(1, Qt::UserRole, int(check.status));
        if (!firstProblem && check.status == CheckResult::Status::Failed)
            firstProblem = item;
    }
    // The first failure is what the user reads first.
    m_checks->setCurrentItem(firstProblem ? firstProblem : m_checks->topLevelItem(0));
    m_summary->setText(tr("%1 passed, %2 warnings, %3 not verified, %4 failed.")
                           .arg(result.passed)
                           .arg(result.warnings)
                           .arg(result.notVerified)
                           .arg(result.failed));
    if (result.failed > 0)
        m_banner->showError(tr("%n check(s) failed; the link cannot be created until they are "
                               "fixed. Fix them, then press Re-run validation.",
                               nullptr, result.failed));
    else if (m_session->isOffline())
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("Offline, only the typed values are checked; everything that "
                                 "needs a server is shown as not verified."));
    else
        m_banner->clear();
    m_acknowledge->setEnabled(result.failed == 0 && m_controller->needsAcknowledgement());
    emit completeChanged();
}

bool ValidationPage::isComplete() const
{
    return m_validation->allowsNext() && m_controller->canProceed();
}

bool ValidationPage::validatePage()
{
    return m_validation->validate([this] { m_controller->check(); });
}

} // namespace milink
