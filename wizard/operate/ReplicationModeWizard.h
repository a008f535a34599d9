#pragma once

#include "OperateWizard.h"

namespace milink {

// "Set the replication mode": connect, choose asynchronous or synchronous commit,
// then the shared Summary / Executing / Results pages.
class ReplicationModeWizard : public OperateWizard
{
    Q_OBJECT

public:
    enum ReplicationModePageId { ReplicationModePageId = 10 };
    ReplicationModeWizard(LinkSession *session, DialogFacade *dialogs, QWidget *parent = nullptr);
};

} // namespace milink
