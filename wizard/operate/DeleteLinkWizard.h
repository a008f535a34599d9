#pragma once

#include "OperateWizard.h"

namespace milink {

// "Delete the link": connect, the delete options (drop the availability group,
// remove certificates and the endpoint no other link uses), then the shared
// Summary / Executing / Results pages.
class DeleteLinkWizard : public OperateWizard
{
    Q_OBJECT

public:
    enum DeletePageId { DeleteOptionsPageId = 10 };
    DeleteLinkWizard(LinkSession *session, DialogFacade *dialogs, QWidget *parent = nullptr);
};

} // namespace milink
