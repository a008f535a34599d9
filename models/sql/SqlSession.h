#pragma once

#include "OdbcConnectionString.h"
#include "SqlResult.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace milink {

class SqlWorker;

// One connection to one SQL Server or managed instance, usable from the UI thread.
// The connection itself lives on a private worker thread (QSqlDatabase is
// thread-affine); every call here returns at once and answers with a signal.
// Requests run in order. Destroying the session closes the connection.
class SqlSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Lost };
    Q_ENUM(State)

    explicit SqlSession(QObject *parent = nullptr);
    ~SqlSession() override;

    State state() const { return m_state; }

    // `driver` empty: the preferred installed SQL Server driver.
    void open(const SqlConnectionOptions &options, const QString &driver = QString());
    // Opens again with the last options, e.g. after connectionLost().
    void reconnect();
    // Runs a script (split on GO lines); the answer is finished(id, result).
    quint64 execute(const QString &script);
    // Cancels the running statement without waiting; its request finishes with
    // SqlError::Kind::Cancelled and the session stays usable.
    void cancel();
    void close();

signals:
    void opened(const milink::SqlError &error); // error.kind == None on success
    void finished(quint64 requestId, const milink::SqlResult &result);
    void connectionLost(const milink::SqlError &error);
    void stateChanged(milink::SqlSession::State state);

private:
    void setState(State state);

    QThread m_thread;
    SqlWorker *m_worker = nullptr; // lives on m_thread
    SqlConnectionOptions m_options;
    QString m_driver;
    quint64 m_nextRequest = 1;
    State m_state = State::Disconnected;
};

} // namespace milink
