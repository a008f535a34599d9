#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace milink {

class FailoverController;
class PlanController;
class RunController;

// Planned failover, step one: stop the workload, and switch both sides to
// synchronous commit — with a button that runs the replication-mode plan, or a
// confirmation that it was done another way. Next waits for both.
class PlannedPreparationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlannedPreparationPage(FailoverController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void switchToSynchronous();

    FailoverController *m_controller;
    PlanController *m_syncPlan;
    RunController *m_syncRun;
    QCheckBox *m_workloadStopped;
    QPushButton *m_switch;
    QLabel *m_switchState;
    QCheckBox *m_syncConfirmed;
    bool m_switched = false;
};

} // namespace milink
