#pragma once

#include "OperateWizard.h"

namespace milink {

class Clock;
class FailoverController;
class PlanController;

// "Fail over between SQL Server and the managed instance": connect, the replicas
// (a split brain leads to the guided repair instead), the failover type with the
// reasons for those not offered, then for a planned failover the preparation and
// the LSN gate, for a forced one the typed acknowledgement of data loss; the
// post-failover options; the shared Summary / Executing / Results pages; and the
// post-cutover checklist.
class FailoverWizard : public OperateWizard
{
    Q_OBJECT

public:
    enum FailoverPageId {
        ReplicasPageId = 10,
        FailoverTypePageId = 20,
        PlannedPreparationPageId = 30,
        LsnGatePageId = 31,
        ForcedAcknowledgementPageId = 35,
        PostFailoverPageId = 40,
        RepairSummaryPageId = 45,
    };
    Q_ENUM(FailoverPageId)

    // `clock`: the LSN gate's time source (null: the system clock).
    FailoverWizard(LinkSession *session, DialogFacade *dialogs, Clock *clock = nullptr,
                   QWidget *parent = nullptr);

    FailoverController *failover() const { return m_failover; }
    PlanController *repairPlanController() const { return m_repairPlan; }

    int nextId() const override;

private:
    FailoverController *m_failover;
    PlanController *m_repairPlan;
};

} // namespace milink
