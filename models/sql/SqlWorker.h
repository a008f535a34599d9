#pragma once

#include "OdbcConnectionString.h"
#include "SqlResult.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>

namespace milink {

// Owns one QSqlDatabase (QODBC) on its own thread; SqlSession creates it and talks
// to it only through queued calls. Every query is forward-only and prepared first,
// so the statement handle exists before execution starts and cancel() — the one
// method safe to call from another thread — can SQLCancel it.
class SqlWorker : public QObject
{
    Q_OBJECT
public:
    explicit SqlWorker(QObject *parent = nullptr);
    ~SqlWorker() override;

    // Thread-safe: cancels the statement running now, if any.
    void cancel();

    // How QODBC/FreeTDS report a broken connection (08S01, FreeTDS 2000x).
    static bool isConnectionLost(const QSqlError &error);
    // The batch with ":word" in comments defused (QSqlQuery would take it for a placeholder).
    static QString protectComments(const QString &sql);
    // Asks the driver whether the connection is dead (SQL_ATTR_CONNECTION_DEAD).
    static bool isConnectionDead(const QSqlDatabase &db);
    static SqlError toSqlError(const QSqlError &error, SqlError::Kind kind);

public slots:
    void open(const milink::SqlConnectionOptions &options, const QString &driver);
    void execute(quint64 requestId, const QString &script);
    void close();

signals:
    void opened(const milink::SqlError &error);
    void finished(quint64 requestId, const milink::SqlResult &result);
    void connectionLost(const milink::SqlError &error);

private:
    bool runBatch(const QString &sql, SqlResult *result);

    QString m_connectionName;
    QMutex m_statementMutex;
    void *m_statement = nullptr; // the running SQLHSTMT, guarded by m_statementMutex
    std::atomic<bool> m_cancelRequested {false};
};

} // namespace milink
