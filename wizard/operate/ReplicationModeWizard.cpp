#include "ReplicationModeWizard.h"

#include "ReplicationModePage.h"

namespace milink {

ReplicationModeWizard::ReplicationModeWizard(LinkSession *session, DialogFacade *dialogs,
                                             QWidget *parent)
    : OperateWizard(session, dialogs, Operation::SetReplicationMode, parent)
{
    setObjectName(QStringLiteral("replicationModeWizard"));
    setWindowTitle(tr("Set the replication mode of the link"));
    setPage(ReplicationModePageId, new ReplicationModePage(session, planController(), this));
    addRunPages();
}

} // namespace milink
