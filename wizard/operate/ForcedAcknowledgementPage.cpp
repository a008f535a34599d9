#include "ForcedAcknowledgementPage.h"

#include "FailoverController.h"
#include "FailoverWizard.h"

#include "common/MessageBanner.h"
#include "failover/FailoverOptions.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace milink {

ForcedAcknowledgementPage::ForcedAcknowledgementPage(FailoverController *controller,
                                                     QWidget *parent)
    : QWizardPage(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("forcedAcknowledgementPage"));
    setTitle(tr("Forced failover: possible data loss"));
    setSubTitle(tr("Use a forced failover only when the primary is lost or unreachable."));
    auto *banner = new MessageBanner(this);
    banner->showMessage(
        MessageBanner::Level::Warning,
        tr("Transactions the secondary has not received are lost for good. If the old primary "
           "is still running, or comes back, both sides are primary (split brain): "
           "applications may write to both, and the link stays down until one side is "
           "repaired. Open this wizard again then; it detects the split brain and guides the "
           "repair."));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("forcedDetailsLabel"));
    m_warning->setWordWrap(true);
    auto *prompt = new QLabel(this);
    prompt->setWordWrap(true);
    prompt->setText(tr("Type \"%1\" to confirm that you accept the loss of data:")
                        .arg(FailoverController::acknowledgementPhrase()));
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("acknowledgementEdit"));
    m_typed->setPlaceholderText(FailoverController::acknowledgementPhrase());
    prompt->setBuddy(m_typed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addStretch();

    connect(m_typed, &QLineEdit::textChanged, m_controller,
            &FailoverController::setAcknowledgement);
    connect(m_controller, &FailoverController::acknowledgementChanged, this,
            &QWizardPage::completeChanged);
}

void ForcedAcknowledgementPage::initializePage()
{
    const std::optional<FailoverChoice> choice = m_controller->chosen();
    if (choice)
        m_warning->setText(
            tr("The failover runs on %1 and makes %2 the primary. %3")
                .arg(choice->runsOn, FailoverOptions::sideName(choice->to), choice->mechanism));
    m_typed->setFocus();
}

bool ForcedAcknowledgementPage::isComplete() const
{
    return m_controller->acknowledged();
}

int ForcedAcknowledgementPage::nextId() const
{
    return FailoverWizard::PostFailoverPageId;
}

} // namespace milink
