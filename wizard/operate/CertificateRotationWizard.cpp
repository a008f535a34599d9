#include "CertificateRotationWizard.h"

#include "RotationPage.h"

namespace milink {

CertificateRotationWizard::CertificateRotationWizard(LinkSession *session, DialogFacade *dialogs,
                                                     QWidget *parent)
    : OperateWizard(session, dialogs, Operation::RotateCertificate, parent)
{
    setObjectName(QStringLiteral("certificateRotationWizard"));
    setWindowTitle(tr("Rotate the link's endpoint certificate"));
    setPage(RotationPageId, new RotationPage(session, planController(), this));
    addRunPages();
}

} // namespace milink
