#pragma once

#include "ServerFacts.h"
#include "SqlResult.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace milink {

class SqlSession;

// Reads everything the later pages need from one connected server in a few round
// trips: instance properties, master key, certificates and AGs in one batch, then
// the mirroring endpoint, backups and files, trace flags, host OS, and per-database
// filegroups. Only the first batch is required; a later one that fails (an old
// version without sys.dm_os_host_info, missing permission) leaves its facts empty
// and adds a sentence to ServerFacts::problems. Emits finished() exactly once.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(SqlSession *session, QObject *parent = nullptr);

    void start();

    // The T-SQL of each step, for scripts and for tests.
    static QString instanceQuery();
    static QString filegroupQuery(const QStringList &databases);

signals:
    void finished(const milink::ServerFacts &facts, const milink::SqlError &error);

private:
    struct Step
    {
        QString script;
        bool required;
        QString failureText;
        std::function<void(const SqlResult &)> apply;
    };

    void runNext();
    void onFinished(quint64 requestId, const SqlResult &result);
    void finish(const SqlError &error);
    void applyInstance(const SqlResult &result);
    void applyFiles(const SqlResult &result);
    void applyFilegroups(const SqlResult &result);

    QPointer<SqlSession> m_session;
    QList<Step> m_steps;
    quint64 m_request = 0;
    bool m_running = false;
    ServerFacts m_facts;
};

} // namespace milink
