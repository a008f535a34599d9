#pragma once

#include "link/LinkDefinition.h"
#include "sql/ServerFacts.h"
#include "sql/SqlError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace milink {

class LinkSession;
class OdbcDriverDetector;
class SqlServerProbeJob;

// The outcome of Next on the SQL Server page.
struct SqlServerCheckResult
{
    bool ok = false;
    QString error; // what happened and what to do
    QString serverText; // the driver's or server's own words
    QString errorNumber; // "18456", FreeTDS "20009", …
    SqlError::Kind kind = SqlError::Kind::None;
    QString field; // the input at fault when known ("host", "port", "login", "version", …)
    QString keychainMessage; // the password could not be kept (not a failure)
};

// The SQL Server connection: every input is written to the LinkSession as typed,
// the password to memory only (LinkSession::setSqlPassword) and, when the user
// asks, to the OS keychain keyed by server and login. check() is the two-phase
// Next: connect, then ServerProbe, then the facts go into the session (and the
// version and @@SERVERNAME into the definition). Offline it checks the typed
// version and server name instead of connecting. No widgets.
class SqlServerController : public QObject
{
    Q_OBJECT

public:
    explicit SqlServerController(LinkSession *session, QObject *parent = nullptr);

    LinkSession *session() const { return m_session; }

    // ---- input -------------------------------------------------------------------
    const SqlServerConnection &connection() const;
    void setConnection(const SqlServerConnection &connection);
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const { return m_rememberPassword; }
    void setRememberPassword(bool remember) { m_rememberPassword = remember; }
    // Offline: the version as SERVERPROPERTY('ProductVersion') reports it; stored
    // when valid. Returns the problem, empty when accepted.
    QString setDeclaredVersion(const QString &text);
    QString declaredVersionText() const { return m_declaredVersionText; }
    // Whether Windows authentication can work with this driver (Microsoft's
    // drivers use Kerberos; FreeTDS cannot here).
    static bool supportsWindowsAuthentication(const QString &driver);

    // ---- drivers -----------------------------------------------------------------
    // Lists the installed drivers without blocking; driversChanged() follows.
    void detectDrivers();
    QStringList drivers() const { return m_drivers; }
    QString effectiveDriver() const;

    // ---- keychain ----------------------------------------------------------------
    // The key the password is kept under: server (host, port, instance) and login.
    QString keychainKey() const;
    // Reads a kept password for the current server and login; savedPasswordRead()
    // or keychainMessage() follows.
    void readSavedPassword();
    bool keychainAvailable() const { return m_keychainAvailable; }

    // ---- Next --------------------------------------------------------------------
    // The first problem in the input, or empty.
    QString inputProblem(QString *field = nullptr) const;
    void check();
    bool isChecking() const { return m_checking; }

signals:
    void driversChanged(const QStringList &drivers);
    void savedPasswordRead(const QString &password);
    // A sentence about the keychain (unavailable, locked); the password stays in memory.
    void keychainMessage(const QString &message);
    void checkingChanged(bool checking);
    void checkFinished(const milink::SqlServerCheckResult &result);

private:
    void onOpened(const SqlError &error);
    void onProbed(const ServerFacts &facts, const SqlError &error);
    void keepPasswordThenFinish(SqlServerCheckResult result);
    void finish(const SqlServerCheckResult &result);
    static SqlServerCheckResult failure(const SqlError &error);

    LinkSession *m_session;
    QStringList m_drivers;
    bool m_driversDetected = false;
    QPointer<OdbcDriverDetector> m_detector;
    QPointer<SqlServerProbeJob> m_probe;
    bool m_rememberPassword = false;
    bool m_keychainAvailable = true;
    QString m_declaredVersionText;
    bool m_checking = false;
    bool m_waitingForOpen = false;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::SqlServerCheckResult)
