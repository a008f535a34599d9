#include "SqlServerController.h"

#include "SqlServerProbeJob.h"

#include "link/LinkValidator.h"
#include "secrets/SecretStore.h"
#include "session/LinkSession.h"
#include "sql/OdbcConnectionString.h"
#include "sql/OdbcDriverDetector.h"
#include "sql/SqlSession.h"

namespace milink {

SqlServerController::SqlServerController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    qRegisterMetaType<SqlServerCheckResult>();
    connect(session->sqlServer(), &SqlSession::opened, this, &SqlServerController::onOpened);
    const SqlServerVersion declared = session->link().sqlServer.version;
    if (declared.isValid())
        m_declaredVersionText = declared.toString();
}

const SqlServerConnection &SqlServerController::connection() const
{
    return m_session->link().sqlServer;
}

void SqlServerController::setConnection(const SqlServerConnection &connection)
{
    m_session->editLink([&connection](LinkDefinition &link) { link.sqlServer = connection; });
}

QString SqlServerController::password() const
{
    return m_session->sqlPassword();
}

void SqlServerController::setPassword(const QString &password)
{
    m_session->setSqlPassword(password);
}

QString SqlServerController::setDeclaredVersion(const QString &text)
{
    m_declaredVersionText = text;
    const SqlServerVersion version = SqlServerVersion::parse(text.trimmed());
    if (!version.isValid())
        return text.trimmed().isEmpty()
            ? tr("Type the SQL Server version as SERVERPROPERTY('ProductVersion') reports it, "
                 "for example 16.0.4125.3.")
            : tr("\"%1\" is not a SQL Server version. Type it as "
                 "SERVERPROPERTY('ProductVersion') reports it, for example 16.0.4125.3.")
                  .arg(text);
    m_session->editLink([version](LinkDefinition &link) { link.sqlServer.version = version; });
    return {};
}

bool SqlServerController::supportsWindowsAuthentication(const QString &driver)
{
    const auto family = OdbcConnectionString::familyOf(driver);
    return family == OdbcConnectionString::DriverFamily::Microsoft18
        || family == OdbcConnectionString::DriverFamily::Microsoft17;
}

void SqlServerController::detectDrivers()
{
    if (m_detector)
        return;
    m_detector = new OdbcDriverDetector(this);
    connect(m_detector, &OdbcDriverDetector::finished, this, [this](const QStringList &drivers) {
        m_drivers = drivers;
        m_driversDetected = true;
        m_detector->deleteLater();
        emit driversChanged(m_drivers);
    });
    m_detector->start();
}

QString SqlServerController::effectiveDriver() const
{
    const QString chosen = connection().odbcDriver;
    if (!chosen.isEmpty())
        return chosen;
    return OdbcConnectionString::preferredDriver(m_drivers);
}

QString SqlServerController::keychainKey() const
{
    const SqlServerConnection &c = connection();
    QString server = c.host.trimmed().toLower() + QLatin1Char(',') + QString::number(c.port);
    if (!c.instanceName.isEmpty())
        server += QLatin1Char('\\') + c.instanceName.toLower();
    const QString login = c.authentication == SqlAuthentication::Windows
        ? QStringLiteral("(windows)")
        : c.loginName;
    return QStringLiteral("milink/sqlserver/") + server + QLatin1Char('/') + login;
}

void SqlServerController::readSavedPassword()
{
    SecretStore *store = m_session->secretStore();
    const SqlServerConnection &c = connection();
    if (!store || c.host.trimmed().isEmpty() || c.authentication != SqlAuthentication::SqlLogin
        || c.loginName.isEmpty())
        return;
    const QString key = keychainKey();
    store->read(key, this, [this, key](const SecretStore::Result &result) {
        // The server or login may have changed while the keychain answered.
        if (key != keychainKey())
            return;
        switch (result.status) {
        case SecretStore::Status::Ok:
            m_keychainAvailable = true;
            m_rememberPassword = true;
            setPassword(result.value);
            emit savedPasswordRead(result.value);
            break;
        case SecretStore::Status::NotFound: m_keychainAvailable = true; break;
        case SecretStore::Status::Unavailable:
            m_keychainAvailable = false;
            m_rememberPassword = false;
            emit keychainMessage(
                tr("No keychain is available, so the password cannot be kept: you will type "
                   "it again next time. It is never written to the project or any other file."));
            break;
        case SecretStore::Status::AccessDenied:
        case SecretStore::Status::Failed:
            emit keychainMessage(
                tr("The keychain did not return the kept password (%1). Type the password.")
                    .arg(result.message));
            break;
        }
    });
}

QString SqlServerController::inputProblem(QString *field) const
{
    auto fail = [field](const QString &which, const QString &problem) {
        if (field)
            *field = which;
        return problem;
    };
    const SqlServerConnection &c = connection();
    if (m_session->isOffline()) {
        if (!SqlServerVersion::parse(m_declaredVersionText.trimmed()).isValid())
            return fail(QStringLiteral("version"),
                        tr("Type the SQL Server version as SERVERPROPERTY('ProductVersion') "
                           "reports it, for example 16.0.4125.3."));
        const QString name = LinkValidator::sysnameProblem(c.serverName, tr("The SQL Server name"));
        if (!name.isEmpty())
            return fail(QStringLiteral("serverName"),
                        name + QLatin1Char(' ')
                            + tr("Type it as @@SERVERNAME reports it (HOST or "
                                 "HOST\\INSTANCE)."));
        return {};
    }
    QString problem = LinkValidator::hostProblem(c.host, tr("The SQL Server host"));
    if (!problem.isEmpty())
        return fail(QStringLiteral("host"), problem);
    problem = LinkValidator::portProblem(c.port, tr("The SQL Server port"));
    if (!problem.isEmpty())
        return fail(QStringLiteral("port"), problem);
    if (!c.instanceName.isEmpty()) {
        problem = LinkValidator::instanceNameProblem(c.instanceName);
        if (!problem.isEmpty())
            return fail(QStringLiteral("instance"), problem);
    }
    if (c.authentication == SqlAuthentication::SqlLogin) {
        problem = LinkValidator::sysnameProblem(c.loginName, tr("The login name"));
        if (!problem.isEmpty())
            return fail(QStringLiteral("login"), problem);
    } else if (!supportsWindowsAuthentication(effectiveDriver())) {
        return fail(QStringLiteral("authentication"),
                    tr("Windows authentication needs Microsoft ODBC Driver 17 or 18 for SQL "
                       "Server (with a Kerberos ticket); the driver %1 cannot use it. Choose "
                       "SQL Server authentication or install Microsoft's driver.")
                        .arg(effectiveDriver().isEmpty() ? tr("in use") : effectiveDriver()));
    }
    if (m_driversDetected && m_drivers.isEmpty())
        return fail(QStringLiteral("driver"),
                    tr("No ODBC driver for SQL Server is installed. Install Microsoft ODBC "
                       "Driver 18 for SQL Server, or FreeTDS (the tdsodbc package), then open "
                       "the wizard again."));
    if (m_driversDetected && !c.odbcDriver.isEmpty() && !m_drivers.contains(c.odbcDriver))
        return fail(
            QStringLiteral("driver"),
            tr("The ODBC driver \"%1\" is not installed on this computer (installed: "
               "%2). Choose an installed driver, or install that one.")
                .arg(c.odbcDriver,
                     m_drivers.isEmpty() ? tr("none") : m_drivers.join(QStringLiteral(", "))));
    QString buildError;
    SqlConnectionOptions options;
    options.server = c;
    options.password = password();
    const QString driver = effectiveDriver();
    if (!driver.isEmpty() && OdbcConnectionString::build(options, driver, &buildError).isEmpty())
        return fail(c.encryption == SqlEncryption::Strict ? QStringLiteral("encryption")
                                                          : QStringLiteral("driver"),
                    buildError);
    return {};
}

void SqlServerController::check()
{
    if (m_checking)
        return;
    SqlServerCheckResult result;
    const QString problem = inputProblem(&result.field);
    if (!problem.isEmpty()) {
        result.error = problem;
        result.kind = SqlError::Kind::Usage;
        emit checkFinished(result);
        return;
    }
    m_checking = true;
    emit checkingChanged(true);
    if (m_session->isOffline()) {
        // Nothing connects offline; the typed version and name are the facts.
        const SqlServerVersion version = SqlServerVersion::parse(m_declaredVersionText.trimmed());
        m_session->editLink([version](LinkDefinition &link) { link.sqlServer.version = version; });
        result.ok = true;
        finish(result);
        return;
    }
    SqlConnectionOptions options;
    options.server = connection();
    options.password = password();
    m_waitingForOpen = true;
    m_session->sqlServer()->open(options, effectiveDriver());
}

void SqlServerController::onOpened(const SqlError &error)
{
    if (!m_waitingForOpen)
        return;
    m_waitingForOpen = false;
    if (error.isError()) {
        finish(failure(error));
        return;
    }
    if (m_probe)
        m_probe->deleteLater();
    m_probe = new SqlServerProbeJob(m_session->sqlServer(), this);
    connect(m_probe, &SqlServerProbeJob::finished, this, &SqlServerController::onProbed);
    m_probe->start();
}

void SqlServerController::onProbed(const ServerFacts &facts, const SqlError &error)
{
    if (m_probe)
        m_probe->deleteLater();
    if (error.isError()) {
        SqlServerCheckResult result = failure(error);
        result.error = tr("Connected, but SQL Server could not be read: %1").arg(error.message);
        finish(result);
        return;
    }
    m_session->setSqlServerFacts(facts);
    m_session->editLink([&facts](LinkDefinition &link) {
        if (facts.version.isValid())
            link.sqlServer.version = facts.version;
        if (!facts.serverName.isEmpty())
            link.sqlServer.serverName = facts.serverName;
    });
    m_declaredVersionText = facts.version.toString();
    SqlServerCheckResult result;
    result.ok = true;
    keepPasswordThenFinish(result);
}

void SqlServerController::keepPasswordThenFinish(SqlServerCheckResult result)
{
    SecretStore *store = m_session->secretStore();
    if (!store || connection().authentication != SqlAuthentication::SqlLogin) {
        finish(result);
        return;
    }
    auto done = [this, result](const SecretStore::Result &answer) mutable {
        if (!answer.ok() && m_rememberPassword) {
            if (answer.status == SecretStore::Status::Unavailable)
                m_keychainAvailable = false;
            result.keychainMessage
                = tr("The password was not kept in the keychain (%1); it stays in memory "
                     "for this wizard only and was not written anywhere else.")
                      .arg(answer.message.isEmpty() ? SecretStore::unavailableMessage()
                                                    : answer.message);
        }
        finish(result);
    };
    // Kept only after a successful login, so a mistyped password is never stored;
    // a user who unticks the box has any earlier copy removed.
    if (m_rememberPassword)
        store->write(keychainKey(), password(), this, done);
    else
        store->remove(keychainKey(), this, done);
}

void SqlServerController::finish(const SqlServerCheckResult &result)
{
    m_checking = false;
    emit checkingChanged(false);
    emit checkFinished(result);
}

SqlServerCheckResult SqlServerController::failure(const SqlError &error)
{
    SqlServerCheckResult result;
    result.kind = error.kind;
    result.error = error.message;
    result.serverText = error.serverText;
    result.errorNumber = error.nativeCode == QLatin1String("0") ? QString() : error.nativeCode;
    if (error.nativeCode == QLatin1String("18456"))
        result.field = QStringLiteral("password");
    else if (error.nativeCode == QLatin1String("20009")
             || error.nativeCode == QLatin1String("20013"))
        result.field = QStringLiteral("host");
    else if (error.kind == SqlError::Kind::Usage)
        result.field = QStringLiteral("driver");
    return result;
}

} // namespace milink
