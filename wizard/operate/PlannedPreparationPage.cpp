#include "PlannedPreparationPage.h"

#include "FailoverController.h"

#include "common/PlanController.h"
#include "common/RunController.h"
#include "session/LinkSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace milink {

namespace {

PlanOptions synchronous()
{
    PlanOptions options;
    options.replicationMode = ReplicationMode::Sync;
    return options;
}

} // namespace

PlannedPreparationPage::PlannedPreparationPage(FailoverController *controller, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_syncPlan(new PlanController(controller->session(), Operation::SetReplicationMode,
                                    synchronous(), this)),
      m_syncRun(new RunController(controller->session(), this))
{
    setObjectName(QStringLiteral("plannedPreparationPage"));
    setTitle(tr("Prepare the planned failover"));
    setSubTitle(tr("A planned failover loses nothing only when nothing is written any more and "
                   "every commit waits for the other side."));
    auto *guidance = new QLabel(
        tr("1. Stop the applications that write to the databases of the link (or put them in "
           "read-only mode), including Agent jobs.\n"
           "2. Switch the link to synchronous commit on both sides, so the secondary hardens "
           "every transaction before it commits.\n"
           "3. On the next page, wait until both sides report the same hardened LSN for long "
           "enough."),
        this);
    guidance->setWordWrap(true);
    m_workloadStopped = new QCheckBox(tr("I have &stopped the workload"), this);
    m_workloadStopped->setObjectName(QStringLiteral("workloadStoppedCheck"));
    m_switch = new QPushButton(tr("S&witch to synchronous commit now"), this);
    m_switch->setObjectName(QStringLiteral("switchSynchronousButton"));
    m_switchState = new QLabel(this);
    m_switchState->setObjectName(QStringLiteral("switchStateLabel"));
    m_switchState->setWordWrap(true);
    m_syncConfirmed = new QCheckBox(
        tr("Both sides already use synchronous &commit (I switched them myself)"), this);
    m_syncConfirmed->setObjectName(QStringLiteral("synchronousConfirmedCheck"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(guidance);
    layout->addSpacing(8);
    layout->addWidget(m_workloadStopped);
    layout->addWidget(m_switch);
    layout->addWidget(m_switchState);
    layout->addWidget(m_syncConfirmed);
    layout->addStretch();

    connect(m_workloadStopped, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_syncConfirmed, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_switch, &QPushButton::clicked, this, &PlannedPreparationPage::switchToSynchronous);
    connect(m_syncRun, &RunController::finished, this,
            [this](bool success, const QString &message) {
                m_switched = success;
                m_switch->setEnabled(!success);
                m_switchState->setText(
                    success ? tr("Both sides use synchronous commit now.")
                            : tr("The switch did not finish: %1 Fix the cause and press the "
                                 "button again, or switch by hand and confirm below.")
                                  .arg(message));
                emit completeChanged();
            });
}

void PlannedPreparationPage::initializePage()
{
    const bool offline = m_controller->session()->isOffline();
    m_switch->setEnabled(!offline && !m_switched);
    if (offline)
        m_switchState->setText(tr("Offline: the exported scripts switch to synchronous commit "
                                  "as their first step."));
}

void PlannedPreparationPage::switchToSynchronous()
{
    m_syncPlan->rebuild();
    if (!m_syncPlan->plan()) {
        m_switchState->setText(m_syncPlan->refusals());
        return;
    }
    const QString problem = m_syncRun->prepare(*m_syncPlan->plan(), {});
    if (!problem.isEmpty()) {
        m_switchState->setText(problem);
        return;
    }
    m_switch->setEnabled(false);
    m_switchState->setText(tr("Switching both sides to synchronous commit…"));
    m_syncRun->start();
}

bool PlannedPreparationPage::isComplete() const
{
    if (m_controller->session()->isOffline())
        return m_workloadStopped->isChecked();
    return m_workloadStopped->isChecked() && (m_switched || m_syncConfirmed->isChecked());
}

} // namespace milink
