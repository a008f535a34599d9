#include "PreflightRunner.h"

#include "sql/SqlSession.h"
#include "tsql/TsqlQuote.h"

namespace milink {

namespace {

QString hexOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("0x") + QString::fromLatin1(value.toByteArray().toHex().toUpper());
    return Preflight::normalizeThumbprint(value.toString());
}

} // namespace

PreflightRunner::PreflightRunner(SqlSession *session, QStringList databases, QObject *parent)
    : QObject(parent), m_session(session), m_databases(std::move(databases))
{
}

QString PreflightRunner::certificatesQuery()
{
    return QStringLiteral("SELECT name, thumbprint FROM master.sys.certificates");
}

QString PreflightRunner::endpointsQuery()
{
    return QStringLiteral("SELECT name, type_desc, port FROM master.sys.tcp_endpoints");
}

QString PreflightRunner::logSpaceQuery(const QString &database)
{
    const QString quoted = TsqlQuote::identifier(database).value_or(QString());
    return QStringLiteral("SELECT total_log_size_in_bytes, used_log_space_in_percent FROM "
                          "%1.sys.dm_db_log_space_usage")
        .arg(quoted);
}

QString PreflightRunner::logBackupJobsQuery()
{
    // Only job steps that mention BACKUP LOG (or a maintenance procedure's LOG
    // backup type); Preflight decides which selected database they concern.
    return QStringLiteral(
        "SELECT j.name, s.step_name, j.enabled, s.command FROM msdb.dbo.sysjobs AS j "
        "JOIN msdb.dbo.sysjobsteps AS s ON s.job_id = j.job_id "
        "WHERE UPPER(s.command) LIKE '%BACKUP LOG%' OR UPPER(s.command) LIKE '%@BACKUPTYPE = "
        "''LOG''%'");
}

void PreflightRunner::start()
{
    if (!m_session) {
        m_extras.certificateThumbprintsProblem = m_extras.tcpEndpointsProblem
            = m_extras.logSpaceProblem = m_extras.logBackupJobsProblem
            = tr("Not verified: there is no connection to SQL Server.");
        emit finished();
        return;
    }
    connect(m_session.data(), &SqlSession::finished, this, &PreflightRunner::onFinished);
    m_pending.insert(m_session->execute(certificatesQuery()), {Query::Certificates, {}});
    m_pending.insert(m_session->execute(endpointsQuery()), {Query::Endpoints, {}});
    for (const QString &database : std::as_const(m_databases)) {
        if (TsqlQuote::identifier(database))
            m_pending.insert(m_session->execute(logSpaceQuery(database)),
                             {Query::LogSpace, database});
    }
    m_pending.insert(m_session->execute(logBackupJobsQuery()), {Query::Jobs, {}});
}

QString PreflightRunner::problem(const QString &what, const SqlResult &result)
{
    QString text = tr("Not verified: SQL Server refused to let milink read %1 (%2).")
                       .arg(what,
                            result.error.serverText.isEmpty() ? result.error.message
                                                              : result.error.serverText);
    if (!result.error.nativeCode.isEmpty())
        text += QLatin1Char(' ') + tr("Error %1.").arg(result.error.nativeCode);
    return text;
}

void PreflightRunner::onFinished(quint64 id, const SqlResult &result)
{
    if (!m_pending.contains(id))
        return;
    const auto [query, database] = m_pending.take(id);
    const SqlResultSet rows
        = result.resultSets.isEmpty() ? SqlResultSet() : result.resultSets.constFirst();
    switch (query) {
    case Query::Certificates:
        if (!result.ok()) {
            m_extras.certificateThumbprintsProblem = problem(tr("the certificates"), result);
            break;
        }
        m_extras.certificateThumbprints = QList<QPair<QString, QString>>();
        for (const QVariantList &row : rows.rows)
            m_extras.certificateThumbprints->append({row.value(0).toString(), hexOf(row.value(1))});
        break;
    case Query::Endpoints:
        if (!result.ok()) {
            m_extras.tcpEndpointsProblem = problem(tr("the endpoints"), result);
            break;
        }
        m_extras.tcpEndpoints = QList<Preflight::TcpEndpoint>();
        for (const QVariantList &row : rows.rows)
            m_extras.tcpEndpoints->append(
                {row.value(0).toString(), row.value(1).toString(), row.value(2).toInt()});
        break;
    case Query::LogSpace:
        if (!result.ok()) {
            m_logSpaceProblems << problem(tr("the log space of %1").arg(database), result);
            break;
        }
        if (!rows.rows.isEmpty()) {
            const QVariantList &row = rows.rows.constFirst();
            m_logSpace.append({database, row.value(0).toLongLong(), row.value(1).toDouble()});
        }
        break;
    case Query::Jobs:
        if (!result.ok()) {
            m_extras.logBackupJobsProblem = problem(tr("SQL Agent's jobs in msdb"), result);
            break;
        }
        m_extras.logBackupJobs = QList<Preflight::LogBackupJob>();
        for (const QVariantList &row : rows.rows)
            m_extras.logBackupJobs->append({row.value(0).toString(), row.value(1).toString(),
                                            row.value(2).toInt() != 0, row.value(3).toString()});
        break;
    }
    if (!m_pending.isEmpty())
        return;
    disconnect(m_session.data(), &SqlSession::finished, this, &PreflightRunner::onFinished);
    // One database's log that cannot be read leaves the whole check unverified.
    if (m_logSpaceProblems.isEmpty())
        m_extras.logSpace = m_logSpace;
    else
        m_extras.logSpaceProblem = m_logSpaceProblems.join(QLatin1Char(' '));
    emit finished();
}

} // namespace milink
