#include "SqlServerProbeJob.h"

#include "sql/ServerProbe.h"
#include "sql/SqlSession.h"

namespace milink {

SqlServerProbeJob::SqlServerProbeJob(SqlSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &SqlSession::opened, this, [this](const SqlError &error) {
        if (!m_waitingForOpen)
            return;
        m_waitingForOpen = false;
        if (error.isError()) {
            finish({}, error);
            return;
        }
        probe();
    });
}

void SqlServerProbeJob::start()
{
    if (!m_session) {
        SqlError error;
        error.kind = SqlError::Kind::Usage;
        error.message = tr("There is no connection to read from. Connect on the SQL Server page.");
        finish({}, error);
        return;
    }
    if (m_session->state() == SqlSession::State::Connected)
        probe();
    else
        reconnect();
}

void SqlServerProbeJob::reconnect()
{
    m_reconnected = true;
    m_waitingForOpen = true;
    m_session->reconnect();
}

void SqlServerProbeJob::probe()
{
    if (m_probe)
        m_probe->deleteLater();
    m_probe = new ServerProbe(m_session, this);
    connect(m_probe, &ServerProbe::finished, this,
            [this](const ServerFacts &facts, const SqlError &error) {
                // A connection dropped since the last statement shows up only now;
                // one reconnection makes Re-run work after a network blip.
                const bool lost = error.kind == SqlError::Kind::ConnectionLost
                    || error.kind == SqlError::Kind::Connection;
                if (lost && !m_reconnected && m_session) {
                    reconnect();
                    return;
                }
                finish(facts, error);
            });
    m_probe->start();
}

void SqlServerProbeJob::finish(const ServerFacts &facts, const SqlError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(facts, error);
}

} // namespace milink
