#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace milink {

class AsyncValidation;
class LinkSession;
class MessageBanner;
class SqlServerController;
struct SqlServerCheckResult;

// SQL Server: where to connect and how (host, port, instance, authentication,
// ODBC driver, encryption), with the password kept in the OS keychain when the
// user asks. Next connects and reads the server (two-phase, Next disabled while
// it runs); an error stays on the page with everything typed. Offline, the
// version and server name are typed instead. A thin view over SqlServerController.
class SqlServerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SqlServerPage(LinkSession *session, QWidget *parent = nullptr);

    SqlServerController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void writeConnection();
    void showOfflineFields();
    void onCheckFinished(const SqlServerCheckResult &result);
    void fillDrivers(const QStringList &drivers);

    LinkSession *m_session;
    SqlServerController *m_controller;
    AsyncValidation *m_validation;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_instance;
    QComboBox *m_authentication;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychain;
    QComboBox *m_driver;
    QComboBox *m_encryption;
    QCheckBox *m_trust;
    QLabel *m_offlineNote;
    QLineEdit *m_version;
    QLineEdit *m_serverName;
    QLabel *m_versionLabel;
    QLabel *m_serverNameLabel;
    QLabel *m_progress;
    MessageBanner *m_banner;
    bool m_loading = false;
};

} // namespace milink
