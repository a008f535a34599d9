#pragma once

#include "sql/ServerFacts.h"
#include "sql/SqlError.h"

#include <QObject>
#include <QPointer>

namespace milink {

class ServerProbe;
class SqlSession;

// Reads a server's facts again over a session that was opened before (Re-run on
// Requirements, Refresh on Databases): reconnects first when the connection is
// gone, and once more when it turns out to have been dropped under the probe.
// Emits finished() exactly once; deleting the job abandons it silently.
class SqlServerProbeJob : public QObject
{
    Q_OBJECT

public:
    // `session` is not owned and must have been opened once (its options are reused).
    explicit SqlServerProbeJob(SqlSession *session, QObject *parent = nullptr);

    void start();

signals:
    void finished(const milink::ServerFacts &facts, const milink::SqlError &error);

private:
    void reconnect();
    void probe();
    void finish(const ServerFacts &facts, const SqlError &error);

    QPointer<SqlSession> m_session;
    ServerProbe *m_probe = nullptr;
    bool m_reconnected = false;
    bool m_waitingForOpen = false;
    bool m_done = false;
};

} // namespace milink
