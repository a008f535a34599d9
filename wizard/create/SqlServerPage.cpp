#include "SqlServerPage.h"

#include "SqlServerController.h"

#include "common/AsyncValidation.h"
#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace milink {

SqlServerPage::SqlServerPage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_controller(new SqlServerController(session, this)),
      m_validation(new AsyncValidation(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_instance(new QLineEdit(this)),
      m_authentication(new QComboBox(this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(this)),
      m_keychain(new QLabel(this)),
      m_driver(new QComboBox(this)),
      m_encryption(new QComboBox(this)),
      m_trust(new QCheckBox(this)),
      m_offlineNote(new QLabel(this)),
      m_version(new QLineEdit(this)),
      m_serverName(new QLineEdit(this)),
      m_versionLabel(new QLabel(this)),
      m_serverNameLabel(new QLabel(this)),
      m_progress(new QLabel(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("sqlServerPage"));
    setTitle(tr("SQL Server"));
    setSubTitle(tr("Connect to the SQL Server that holds (or will receive) the databases. "
                   "Next connects and reads what the link needs; nothing is changed."));

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("sql01.contoso.com or 10.0.0.4"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setToolTip(tr("The TCP port SQL Server listens on (1433 for a default instance; a "
                          "named instance usually has its own)."));
    m_instance->setObjectName(QStringLiteral("instanceEdit"));
    m_instance->setPlaceholderText(tr("empty for the default instance"));
    m_instance->setToolTip(tr("The instance name of a named instance. milink connects to the "
                              "port above, so enter the named instance's port too."));
    m_authentication->setObjectName(QStringLiteral("authenticationCombo"));
    m_authentication->addItem(tr("SQL Server authentication"), int(SqlAuthentication::SqlLogin));
    m_authentication->addItem(tr("Windows authentication (Kerberos)"),
                              int(SqlAuthentication::Windows));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setText(tr("&Keep the password in the system keychain"));
    m_remember->setToolTip(tr("Stored in the keychain after a successful login, under this "
                              "server and login. Never written to the project file."));
    m_keychain->setObjectName(QStringLiteral("keychainLabel"));
    m_keychain->setWordWrap(true);
    m_keychain->setVisible(false);
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    m_driver->setToolTip(tr("The ODBC driver milink connects with; the best installed one is "
                            "chosen by default."));
    m_encryption->setObjectName(QStringLiteral("encryptionCombo"));
    m_encryption->addItem(tr("Mandatory"), int(SqlEncryption::Mandatory));
    m_encryption->addItem(tr("Optional (may be unencrypted)"), int(SqlEncryption::Optional));
    m_encryption->addItem(tr("Strict (TDS 8, ODBC Driver 18)"), int(SqlEncryption::Strict));
    m_trust->setObjectName(QStringLiteral("trustCertificateCheck"));
    m_trust->setText(tr("T&rust the server certificate without validating it"));
    m_offlineNote->setObjectName(QStringLiteral("offlineNote"));
    m_offlineNote->setWordWrap(true);
    m_offlineNote->setText(tr("Offline: milink does not connect. Type the version and the "
                              "server name as SQL Server reports them; the checks that need a "
                              "connection are shown as not verified."));
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_version->setPlaceholderText(tr("SERVERPROPERTY('ProductVersion'), e.g. 16.0.4125.3"));
    m_serverName->setObjectName(QStringLiteral("serverNameEdit"));
    m_serverName->setPlaceholderText(tr("@@SERVERNAME, e.g. SQL01 or SQL01\\SALES"));
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setVisible(false);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    addRow(tr("&Host:"), m_host);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    auto *instanceLabel = new QLabel(tr("&Instance:"), this);
    instanceLabel->setBuddy(m_instance);
    portRow->addWidget(instanceLabel);
    portRow->addWidget(m_instance, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    addRow(tr("A&uthentication:"), m_authentication);
    addRow(tr("&Login:"), m_login);
    addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychain);
    addRow(tr("ODBC &driver:"), m_driver);
    addRow(tr("&Encryption:"), m_encryption);
    form->addRow(QString(), m_trust);
    form->addRow(m_offlineNote);
    m_versionLabel->setText(tr("&Version:"));
    m_versionLabel->setBuddy(m_version);
    form->addRow(m_versionLabel, m_version);
    m_serverNameLabel->setText(tr("Server na&me:"));
    m_serverNameLabel->setBuddy(m_serverName);
    form->addRow(m_serverNameLabel, m_serverName);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_banner);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_instance);
    setTabOrder(m_instance, m_authentication);
    setTabOrder(m_authentication, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_driver);
    setTabOrder(m_driver, m_encryption);
    setTabOrder(m_encryption, m_trust);
    setTabOrder(m_trust, m_version);
    setTabOrder(m_version, m_serverName);

    auto changed = [this] {
        if (!m_loading) {
            writeConnection();
            m_validation->invalidate();
        }
    };
    connect(m_host, &QLineEdit::textEdited, this, changed);
    connect(m_port, &QSpinBox::valueChanged, this, changed);
    connect(m_instance, &QLineEdit::textEdited, this, changed);
    connect(m_authentication, &QComboBox::currentIndexChanged, this, changed);
    connect(m_login, &QLineEdit::textEdited, this, changed);
    connect(m_driver, &QComboBox::currentIndexChanged, this, changed);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, changed);
    connect(m_trust, &QCheckBox::toggled, this, changed);
    connect(m_serverName, &QLineEdit::textEdited, this, changed);
    connect(m_password, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setPassword(text); });
    connect(m_remember, &QCheckBox::toggled, this,
            [this](bool on) { m_controller->setRememberPassword(on); });
    connect(m_version, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setDeclaredVersion(text); });
    // A kept password belongs to a server and a login: look it up once both are typed.
    connect(m_login, &QLineEdit::editingFinished, m_controller,
            &SqlServerController::readSavedPassword);
    connect(m_host, &QLineEdit::editingFinished, m_controller,
            &SqlServerController::readSavedPassword);

    connect(m_controller, &SqlServerController::driversChanged, this, &SqlServerPage::fillDrivers);
    connect(m_controller, &SqlServerController::savedPasswordRead, this,
            [this](const QString &password) {
                m_password->setText(password);
                const QSignalBlocker block(m_remember);
                m_remember->setChecked(true);
            });
    connect(m_controller, &SqlServerController::keychainMessage, this,
            [this](const QString &message) {
                m_keychain->setText(message);
                m_keychain->setVisible(true);
                if (!m_controller->keychainAvailable()) {
                    m_remember->setChecked(false);
                    m_remember->setEnabled(false);
                }
            });
    connect(m_controller, &SqlServerController::checkFinished, this,
            &SqlServerPage::onCheckFinished);
    connect(m_validation, &AsyncValidation::runningChanged, this, [this](bool running) {
        m_progress->setText(m_session->isOffline()
                                ? QString()
                                : tr("Connecting to SQL Server and reading its configuration…"));
        m_progress->setVisible(running && !m_session->isOffline());
    });
    connect(session, &LinkSession::offlineChanged, this, &SqlServerPage::showOfflineFields);
    showOfflineFields();
}

void SqlServerPage::initializePage()
{
    m_loading = true;
    const SqlServerConnection &c = m_controller->connection();
    m_host->setText(c.host);
    m_port->setValue(c.port > 0 ? c.port : 1433);
    m_instance->setText(c.instanceName);
    m_authentication->setCurrentIndex(m_authentication->findData(int(c.authentication)));
    m_login->setText(c.loginName);
    m_password->setText(m_controller->password());
    m_remember->setChecked(m_controller->rememberPassword());
    m_encryption->setCurrentIndex(m_encryption->findData(int(c.encryption)));
    m_trust->setChecked(c.trustServerCertificate);
    m_version->setText(m_controller->declaredVersionText());
    m_serverName->setText(c.serverName);
    m_loading = false;
    fillDrivers(m_controller->drivers());
    m_controller->detectDrivers();
    showOfflineFields();
    if (m_password->text().isEmpty())
        m_controller->readSavedPassword();
    m_host->setFocus();
}

void SqlServerPage::fillDrivers(const QStringList &drivers)
{
    m_loading = true;
    m_driver->clear();
    m_driver->addItem(drivers.isEmpty() ? tr("Best installed driver")
                                        : tr("Best installed (%1)")
                                              .arg(m_controller->effectiveDriver().isEmpty()
                                                       ? drivers.constFirst()
                                                       : m_controller->effectiveDriver()),
                      QString());
    for (const QString &driver : drivers)
        m_driver->addItem(driver, driver);
    const int chosen = m_driver->findData(m_controller->connection().odbcDriver);
    m_driver->setCurrentIndex(chosen < 0 ? 0 : chosen);
    m_loading = false;
}

void SqlServerPage::writeConnection()
{
    SqlServerConnection c = m_controller->connection();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.instanceName = m_instance->text().trimmed();
    c.authentication = SqlAuthentication(m_authentication->currentData().toInt());
    c.loginName = m_login->text();
    c.odbcDriver = m_driver->currentData().toString();
    c.encryption = SqlEncryption(m_encryption->currentData().toInt());
    c.trustServerCertificate = m_trust->isChecked();
    if (m_session->isOffline())
        c.serverName = m_serverName->text().trimmed();
    m_controller->setConnection(c);
    const bool sqlLogin = c.authentication == SqlAuthentication::SqlLogin;
    m_login->setEnabled(sqlLogin);
    m_password->setEnabled(sqlLogin);
    m_remember->setEnabled(sqlLogin && m_controller->keychainAvailable());
}

void SqlServerPage::showOfflineFields()
{
    const bool offline = m_session->isOffline();
    m_offlineNote->setVisible(offline);
    m_version->setVisible(offline);
    m_versionLabel->setVisible(offline);
    m_serverName->setVisible(offline);
    m_serverNameLabel->setVisible(offline);
}

bool SqlServerPage::isComplete() const
{
    return m_validation->allowsNext();
}

bool SqlServerPage::validatePage()
{
    if (!m_validation->isRunning())
        writeConnection();
    return m_validation->validate([this] {
        m_banner->clear();
        m_controller->check();
    });
}

void SqlServerPage::onCheckFinished(const SqlServerCheckResult &result)
{
    if (result.ok) {
        if (result.keychainMessage.isEmpty())
            m_banner->clear();
        else
            m_banner->showMessage(MessageBanner::Level::Warning, result.keychainMessage);
        // The page is left at once; the sentence stays beside the check box for
        // when the user comes back.
        if (!result.keychainMessage.isEmpty()) {
            m_keychain->setText(result.keychainMessage);
            m_keychain->setVisible(true);
        }
        m_validation->passed();
        return;
    }
    m_banner->showError(result.error, result.serverText, result.errorNumber);
    QWidget *focus = nullptr;
    if (result.field == QLatin1String("host"))
        focus = m_host;
    else if (result.field == QLatin1String("port"))
        focus = m_port;
    else if (result.field == QLatin1String("instance"))
        focus = m_instance;
    else if (result.field == QLatin1String("login"))
        focus = m_login;
    else if (result.field == QLatin1String("password"))
        focus = m_password;
    else if (result.field == QLatin1String("authentication"))
        focus = m_authentication;
    else if (result.field == QLatin1String("driver"))
        focus = m_driver;
    else if (result.field == QLatin1String("encryption"))
        focus = m_encryption;
    else if (result.field == QLatin1String("version"))
        focus = m_version;
    else if (result.field == QLatin1String("serverName"))
        focus = m_serverName;
    m_validation->failed(result.error);
    if (focus)
        focus->setFocus();
}

} // namespace milink
