#pragma once

#include "Preflight.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace milink {

class SqlSession;
struct SqlResult;

// Runs the few extra read-only queries the preflight needs on SQL Server (the
// certificates' thumbprints, every TCP endpoint's port, the log space of each
// selected database, SQL Agent jobs that back up logs) over an open SqlSession,
// one statement at a time so that a query SQL Server refuses (no msdb access,
// an older build) only leaves its own check NotVerified. Never changes anything.
// Emits `finished` once with the Extras.
class PreflightRunner : public QObject
{
    Q_OBJECT

public:
    // The session is not owned and must be open.
    PreflightRunner(SqlSession *session, QStringList databases, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return !m_pending.isEmpty(); }
    const Preflight::Extras &extras() const { return m_extras; }

    // The statements, for tests and for the documentation of what is read.
    static QString certificatesQuery();
    static QString endpointsQuery();
    static QString logSpaceQuery(const QString &database);
    static QString logBackupJobsQuery();

signals:
    void finished();

private:
    enum class Query { Certificates, Endpoints, LogSpace, Jobs };
    void onFinished(quint64 id, const SqlResult &result);
    static QString problem(const QString &what, const SqlResult &result);

    QPointer<SqlSession> m_session;
    QStringList m_databases;
    QHash<quint64, QPair<Query, QString>> m_pending;
    Preflight::Extras m_extras;
    QList<Preflight::LogSpace> m_logSpace;
    QStringList m_logSpaceProblems;
};

} // namespace milink
