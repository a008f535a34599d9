#include "FailoverTypePage.h"

#include "FailoverController.h"
#include "FailoverWizard.h"

#include "failover/FailoverOptions.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace milink {

namespace {

struct Slot
{
    FailoverType type;
    LinkSide to;
    const char *objectName;
};

const Slot kSlots[] = {
    {FailoverType::Planned, LinkSide::ManagedInstance, "plannedToManagedInstanceRadio"},
    {FailoverType::Forced, LinkSide::ManagedInstance, "forcedToManagedInstanceRadio"},
    {FailoverType::Planned, LinkSide::SqlServer, "plannedToSqlServerRadio"},
    {FailoverType::Forced, LinkSide::SqlServer, "forcedToSqlServerRadio"},
};

} // namespace

FailoverTypePage::FailoverTypePage(FailoverController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("failoverTypePage"));
    setTitle(tr("Failover type"));
    setSubTitle(tr("A planned failover loses nothing and needs both sides; a forced failover "
                   "is for a disaster and can lose data."));
    auto *layout = new QVBoxLayout(this);
    const QStringList labels {tr("&Planned failover to the managed instance"),
                              tr("&Forced failover to the managed instance"),
                              tr("Planned failover to &SQL Server"),
                              tr("Forced failover to S&QL Server")};
    for (int i = 0; i < 4; ++i) {
        auto *radio = new QRadioButton(labels.at(i), this);
        radio->setObjectName(QString::fromLatin1(kSlots[i].objectName));
        auto *reason = new QLabel(this);
        reason->setObjectName(QString::fromLatin1(kSlots[i].objectName)
                                  .replace(QStringLiteral("Radio"), QStringLiteral("Reason")));
        reason->setWordWrap(true);
        reason->setIndent(24);
        reason->setEnabled(false); // greyed: an explanation, not an option
        layout->addWidget(radio);
        layout->addWidget(reason);
        m_radios << radio;
        m_reasons << reason;
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                choose();
        });
    }
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("failoverDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    layout->addSpacing(8);
    layout->addWidget(m_details);
    layout->addStretch();
    connect(m_controller, &FailoverController::choiceChanged, this, &FailoverTypePage::refresh);
}

void FailoverTypePage::initializePage()
{
    refresh();
    // Preselect the first offered failover, so Enter continues with the safest one.
    if (!m_controller->chosen()) {
        for (QRadioButton *radio : std::as_const(m_radios)) {
            if (radio->isEnabled()) {
                radio->setChecked(true);
                radio->setFocus();
                break;
            }
        }
    }
}

void FailoverTypePage::refresh()
{
    const QList<FailoverChoice> choices = m_controller->choices();
    for (int i = 0; i < 4; ++i) {
        const FailoverChoice *choice = FailoverOptions::find(choices, kSlots[i].type, kSlots[i].to);
        const bool offered = choice && choice->offered;
        m_radios[i]->setEnabled(offered);
        if (!offered && m_radios[i]->isChecked()) {
            m_radios[i]->setAutoExclusive(false);
            m_radios[i]->setChecked(false);
            m_radios[i]->setAutoExclusive(true);
        }
        QString text;
        if (choice && !offered)
            text = choice->reason;
        else if (choice)
            text = tr("Runs on %1.").arg(choice->runsOn);
        m_reasons[i]->setText(text);
    }
    const std::optional<FailoverChoice> chosen = m_controller->chosen();
    if (chosen) {
        QStringList lines {chosen->mechanism};
        if (!chosen->keepLinkReason.isEmpty())
            lines << chosen->keepLinkReason;
        lines += chosen->warnings;
        m_details->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_details->setText(tr("Choose a failover."));
    }
    emit completeChanged();
}

void FailoverTypePage::choose()
{
    for (int i = 0; i < 4; ++i) {
        if (m_radios[i]->isChecked())
            m_controller->choose(kSlots[i].type, kSlots[i].to);
    }
}

bool FailoverTypePage::isComplete() const
{
    return m_controller->chosen().has_value();
}

int FailoverTypePage::nextId() const
{
    const std::optional<FailoverChoice> chosen = m_controller->chosen();
    if (chosen && chosen->isForced())
        return FailoverWizard::ForcedAcknowledgementPageId;
    return FailoverWizard::PlannedPreparationPageId;
}

} // namespace milink
