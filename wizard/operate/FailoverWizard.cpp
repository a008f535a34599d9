#include "FailoverWizard.h"

#include "CutoverChecklistPage.h"
#include "FailoverController.h"
#include "FailoverTypePage.h"
#include "ForcedAcknowledgementPage.h"
#include "LsnGatePage.h"
#include "PlannedPreparationPage.h"
#include "PostFailoverPage.h"
#include "ReplicasPage.h"

#include "common/PlanController.h"
#include "common/PlanSummaryPage.h"
#include "session/LinkSession.h"

namespace milink {

FailoverWizard::FailoverWizard(LinkSession *session, DialogFacade *dialogs, Clock *clock,
                               QWidget *parent)
    : OperateWizard(session, dialogs, Operation::Failover, parent),
      m_failover(new FailoverController(session, clock, this)),
      m_repairPlan(new PlanController(session, Operation::RepairSplitBrain, {}, this))
{
    setObjectName(QStringLiteral("failoverWizard"));
    setWindowTitle(tr("Fail over between SQL Server and the managed instance"));
    setPage(ReplicasPageId, new ReplicasPage(m_failover, m_repairPlan, this));
    setPage(FailoverTypePageId, new FailoverTypePage(m_failover, this));
    setPage(PlannedPreparationPageId, new PlannedPreparationPage(m_failover, this));
    setPage(LsnGatePageId, new LsnGatePage(m_failover, this));
    setPage(ForcedAcknowledgementPageId, new ForcedAcknowledgementPage(m_failover, this));
    setPage(PostFailoverPageId, new PostFailoverPage(m_failover, planController(), this));
    setPage(RepairSummaryPageId, new PlanSummaryPage(m_repairPlan, runController(), dialogs, this));
    addRunPages();
    setPage(ChecklistPageId, new CutoverChecklistPage(m_failover, dialogs, this));
}

int FailoverWizard::nextId() const
{
    // The repair's summary shares the run pages with the failover's.
    if (currentId() == RepairSummaryPageId)
        return session()->isOffline() ? -1 : int(ExecutingPageId);
    if (currentId() == ResultsPageId && m_failover->splitBrain())
        return -1;
    return QWizard::nextId();
}

} // namespace milink
