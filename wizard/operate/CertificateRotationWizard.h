#pragma once

#include "OperateWizard.h"

namespace milink {

// "Rotate the endpoint certificate": connect, the current expiry on both sides
// and the new certificate's name and expiry, then the shared Summary / Executing /
// Results pages. The plan: new certificate → upload to the managed instance →
// alter the endpoint → verify the link → drop the old certificate.
class CertificateRotationWizard : public OperateWizard
{
    Q_OBJECT

public:
    enum RotationPageId { RotationPageId = 10 };
    CertificateRotationWizard(LinkSession *session, DialogFacade *dialogs,
                              QWidget *parent = nullptr);
};

} // namespace milink
