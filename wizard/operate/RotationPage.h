#pragma once

#include <QWizardPage>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace milink {

class LinkSession;
class MessageBanner;
class PlanController;

// Rotation: the current certificate's expiry on SQL Server (sys.certificates) and
// the copy the managed instance trusts (its server trust certificate in Azure),
// plus the managed instance's own endpoint certificate; the new certificate's
// name and expiry.
class RotationPage : public QWizardPage
{
    Q_OBJECT

public:
    RotationPage(LinkSession *session, PlanController *plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    LinkSession *m_session;
    PlanController *m_plan;
    QLabel *m_sqlServerExpiry;
    QLabel *m_trustedExpiry;
    QLabel *m_instanceExpiry;
    QLineEdit *m_name;
    QDateEdit *m_expiry;
    MessageBanner *m_banner;
};

} // namespace milink
