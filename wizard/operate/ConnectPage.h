#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace milink {

class AsyncValidation;
class ConnectController;
class MessageBanner;
struct ConnectResult;

// Connect: the link comes from the project; the user types the SQL Server
// password and, optionally, a managed instance login for its T-SQL endpoint.
// Next connects (Next is disabled while it runs); a failure stays on the page
// with the server's text beside the explanation.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    ConnectPage(ConnectController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void onFinished(const ConnectResult &result);

    ConnectController *m_controller;
    AsyncValidation *m_validation;
    QLabel *m_sqlServer;
    QLineEdit *m_password;
    QLineEdit *m_miHost;
    QSpinBox *m_miPort;
    QLineEdit *m_miLogin;
    QLineEdit *m_miPassword;
    QLabel *m_azure;
    QLabel *m_notes;
    MessageBanner *m_banner;
};

} // namespace milink
