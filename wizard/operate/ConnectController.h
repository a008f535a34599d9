#pragma once

#include "link/LinkDefinition.h"
#include "plan/Operation.h"
#include "plan/PlanOptions.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace milink {

class LinkSession;

// What connecting an operating wizard found.
struct ConnectResult
{
    QString error; // what failed and what to do; empty on success
    QString serverText; // the server's or Azure's own text
    QString errorNumber;
    bool managedInstanceConnected = false;
    bool azureConnected = false;
    QStringList notes; // what was skipped and why (no Azure sign-in, …)
};

// Connects an operating wizard to an existing link the way the create-link pages
// do, through the LinkSession: SQL Server (then ServerProbe for its facts), the
// managed instance's T-SQL endpoint when a login is given, and Azure (the managed
// instance, its trust certificates and its endpoint certificate) when signed in.
// Offline, nothing connects and finished() reports at once. No widgets.
class ConnectController : public QObject
{
    Q_OBJECT

public:
    explicit ConnectController(LinkSession *session, QObject *parent = nullptr);

    LinkSession *session() const { return m_session; }

    // `managedInstance.loginName` empty: milink does not connect to its T-SQL
    // endpoint (views then come from SQL Server and Azure only).
    void connectAll(const QString &sqlPassword, const SqlServerConnection &managedInstance,
                    const QString &managedInstancePassword);
    // Why the plan of `operation` cannot run over the connections the session
    // has (T-SQL on the managed instance without a login for it); empty when it
    // can, or offline (scripts only).
    static QString missingConnection(LinkSession *session, Operation operation,
                                     const PlanOptions &options);

    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    const ConnectResult &result() const { return m_result; }

signals:
    void finished(const milink::ConnectResult &result);

private:
    void probeSqlServer();
    void openManagedInstance();
    void readAzure();
    void finish();
    void fail(const QString &error, const QString &serverText = {}, const QString &number = {});

    LinkSession *m_session;
    SqlServerConnection m_miServer;
    QString m_miPassword;
    ConnectResult m_result;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::ConnectResult)
