#pragma once

#include "plan/Operation.h"
#include "plan/PlanOptions.h"

#include <QWizard>

namespace milink {

class ConnectController;
class DialogFacade;
class LinkSession;
class PlanController;
class RunController;

// The frame of the wizards that operate an existing link (failover, delete,
// replication mode, certificate rotation): a connection page, the wizard's own
// option pages, then the shared Summary (with *Script…*), Executing and Results
// pages. Subclasses add their pages between ConnectPageId and SummaryPageId and
// set the plan options through planController() before the Summary is shown.
class OperateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ConnectPageId = 0,
        // 10–49: the wizard's own pages, in order
        SummaryPageId = 50,
        ExecutingPageId = 51,
        ResultsPageId = 52,
        ChecklistPageId = 60, // failover only: after the results
    };
    Q_ENUM(PageId)

    // The session and the dialogs are not owned and must outlive the wizard.
    OperateWizard(LinkSession *session, DialogFacade *dialogs, Operation operation,
                  QWidget *parent = nullptr);

    LinkSession *session() const { return m_session; }
    DialogFacade *dialogs() const { return m_dialogs; }
    ConnectController *connectController() const { return m_connect; }
    PlanController *planController() const { return m_plan; }
    RunController *runController() const { return m_run; }

    // Saves a PNG of the wizard as it is now (tests, documentation).
    bool saveScreenshot(const QString &path);

protected:
    // Adds the shared Summary, Executing and Results pages; subclasses call it
    // after adding their own pages.
    void addRunPages();

private:
    LinkSession *m_session;
    DialogFacade *m_dialogs;
    ConnectController *m_connect;
    PlanController *m_plan;
    RunController *m_run;
};

} // namespace milink
