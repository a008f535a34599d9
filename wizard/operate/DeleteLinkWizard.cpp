#include "DeleteLinkWizard.h"

#include "DeleteOptionsPage.h"

namespace milink {

DeleteLinkWizard::DeleteLinkWizard(LinkSession *session, DialogFacade *dialogs, QWidget *parent)
    : OperateWizard(session, dialogs, Operation::DeleteLink, parent)
{
    setObjectName(QStringLiteral("deleteLinkWizard"));
    setWindowTitle(tr("Delete the Managed Instance link"));
    setPage(DeleteOptionsPageId, new DeleteOptionsPage(session, planController(), this));
    addRunPages();
}

} // namespace milink
