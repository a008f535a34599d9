#pragma once

#include "TdsBackend.h"
#include "TdsLogin7.h"
#include "TdsRpcRequest.h"
#include "TdsTokenWriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace milink::sim {

// What a listener knows about the instance it serves; read at every login so a
// scenario change (version, collation) shows on the next connection.
struct TdsServerIdentity
{
    QString serverName; // @@SERVERNAME, also the server name in ERROR/INFO tokens
    QString productVersion = QStringLiteral("16.0.4135.4");
    QString collation = QStringLiteral("SQL_Latin1_General_CP1_CI_AS");
};

// Checks the credentials of a LOGIN7 and opens a session, or fills *failure
// (18456 with the state SQL Server uses) and returns null.
using TdsAuthenticator
    = std::function<std::unique_ptr<TdsBackend>(const TdsLogin7 &login, TdsMessage *failure)>;

// One client connection of the simulated server: reassembles packets, answers
// PRELOGIN/LOGIN7, runs SQL batches and RPCs through the session's backend,
// handles attention and transaction-manager requests. Lives on the main thread and
// never blocks it: a leading WAITFOR DELAY is served by a timer so that attention
// (cancellation) can arrive while the statement "runs".
class TdsConnection : public QObject
{
    Q_OBJECT
public:
    TdsConnection(QTcpSocket *socket, quint16 spid, std::function<TdsServerIdentity()> identity,
                  TdsAuthenticator authenticator, QObject *parent = nullptr);
    ~TdsConnection() override;

    quint16 spid() const { return m_spid; }
    QString loginName() const { return m_login.userName; }
    // Closes the socket the way a killed session or a failed network does.
    void drop();

signals:
    void closed();

private:
    struct Message
    {
        quint8 type = 0;
        quint8 status = 0;
        QByteArray payload;
    };
    struct Prepared
    {
        QString statement;
        QString parameterDefinitions;
    };
    struct Cursor
    {
        TdsResultSet resultSet;
        int firstRow = 0;
        int lastCount = 0;
    };

    void onReadyRead();
    void processQueue();
    void process(const Message &message);
    void handlePreLogin(const Message &message);
    void handleLogin(const Message &message);
    void handleSqlBatch(const Message &message);
    void handleRpc(const Message &message);
    void handleTransaction(const Message &message);
    void handleAttention();

    void runBatch(const QString &sql);
    void runRpcCalls(QList<TdsRpcCall> calls);
    void runRpcCall(TdsTokenWriter &tokens, const TdsRpcCall &call, bool last);
    void runCursorOpen(TdsTokenWriter &tokens, const TdsRpcCall &call, const QString &statement,
                       const QString &definitions, int firstValue, QList<TdsRpcParameter> *outputs);

    // Writes the items of an engine reply; DONE/DONEINPROC close each statement.
    // Returns true when an error was among them.
    bool writeItems(TdsTokenWriter &tokens, const TdsBatchReply &reply, bool inProc,
                    bool lastInMessage);
    void writeDatabaseChange(TdsTokenWriter &tokens);
    void writeReturnValues(TdsTokenWriter &tokens, const QList<TdsRpcParameter> &outputs);
    TdsBatchReply executeWithParameters(const QString &statement, const QString &definitions,
                                        const QList<TdsRpcParameter> &values);
    void sendMessage(const QByteArray &tokens);
    void sendError(int number, int severity, const QString &text, bool closeAfter = false);
    // A leading WAITFOR DELAY in sql: its real duration in ms and the rest of the batch.
    static bool splitWaitFor(const QString &sql, int *delayMs, QString *rest);

    QPointer<QTcpSocket> m_socket;
    quint16 m_spid;
    std::function<TdsServerIdentity()> m_identityProvider;
    TdsAuthenticator m_authenticator;
    TdsServerIdentity m_identity;
    QByteArray m_collation;
    std::unique_ptr<TdsBackend> m_backend;
    TdsLogin7 m_login;
    quint32 m_tdsVersion = 0x74000004;
    int m_packetSize = 4096;
    bool m_loggedIn = false;
    QString m_database;

    QByteArray m_buffer; // bytes not yet cut into packets
    Message m_partial; // packets of a message not yet complete
    QList<Message> m_queue;
    QTimer m_delay; // a running WAITFOR
    std::function<void()> m_afterDelay;
    bool m_ignoreNextAttention = false;

    QHash<int, Prepared> m_prepared;
    int m_nextHandle = 1;
    QHash<int, Cursor> m_cursors;
    int m_nextCursor = 180150003;
    QByteArray m_transaction; // 8-byte descriptor while a transaction is open
    quint64 m_nextTransaction = 1;
};

} // namespace milink::sim
