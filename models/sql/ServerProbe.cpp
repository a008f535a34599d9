#include "ServerProbe.h"

#include "SqlSession.h"

#include "tsql/TsqlQuote.h"

#include <QDateTime>

namespace milink {

namespace {

int toInt(const QVariant &v)
{
    return v.isNull() ? 0 : v.toString().toInt();
}

bool toBool(const QVariant &v)
{
    return toInt(v) != 0 || v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QDateTime toUtc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = v.toDateTime();
    // SQL Server datetimes carry no zone; milink treats catalog times as UTC.
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

const SqlResultSet *resultSet(const SqlResult &result, int index)
{
    return index < result.resultSets.size() ? &result.resultSets.at(index) : nullptr;
}

} // namespace

ServerProbe::ServerProbe(SqlSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    qRegisterMetaType<milink::ServerFacts>();
    connect(session, &SqlSession::finished, this, &ServerProbe::onFinished);
}

QString ServerProbe::instanceQuery()
{
    return QStringLiteral(
        "SELECT CONVERT(nvarchar(128), SERVERPROPERTY('ProductVersion')) AS ProductVersion,\n"
        "       CONVERT(nvarchar(128), SERVERPROPERTY('ProductLevel')) AS ProductLevel,\n"
        "       CONVERT(nvarchar(128), SERVERPROPERTY('ProductUpdateLevel')) AS UpdateLevel,\n"
        "       CONVERT(nvarchar(128), SERVERPROPERTY('Edition')) AS Edition,\n"
        "       CONVERT(int, SERVERPROPERTY('EngineEdition')) AS EngineEdition,\n"
        "       CONVERT(int, SERVERPROPERTY('IsHadrEnabled')) AS IsHadrEnabled,\n"
        "       CONVERT(nvarchar(128), SERVERPROPERTY('Collation')) AS Collation,\n"
        "       @@SERVERNAME AS ServerName,\n"
        "       IS_SRVROLEMEMBER('sysadmin') AS IsSysadmin;\n"
        "SELECT COUNT(*) AS MasterKeys FROM master.sys.symmetric_keys WHERE symmetric_key_id = "
        "101;\n"
        "SELECT name, certificate_id, subject, issuer_name, start_date, expiry_date,\n"
        "       pvt_key_encryption_type FROM master.sys.certificates ORDER BY name;\n"
        "SELECT name, is_distributed FROM sys.availability_groups ORDER BY name;\n"
        "SELECT name, database_id, state_desc, recovery_model_desc, is_encrypted, replica_id\n"
        "FROM sys.databases WHERE database_id > 4 ORDER BY name;");
}

QString ServerProbe::filegroupQuery(const QStringList &databases)
{
    QStringList parts;
    for (const QString &name : databases) {
        const auto identifier = TsqlQuote::identifier(name);
        if (!identifier)
            continue;
        parts << QStringLiteral("SELECT %1 AS database_name, type FROM %2.sys.filegroups WHERE "
                                "type IN ('FD', 'FX');")
                     .arg(TsqlQuote::literal(name), *identifier);
    }
    return parts.join(QLatin1Char('\n'));
}

void ServerProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    m_facts = ServerFacts();
    m_steps.clear();
    m_steps.append(Step {instanceQuery(), true, QString(), [this](const SqlResult &r) {
                             applyInstance(r);
                         }});
    m_steps.append(Step {
        QStringLiteral("SELECT e.name, e.state_desc, e.role_desc, e.connection_auth_desc,\n"
                       "       e.is_encryption_enabled, e.encryption_algorithm_desc, "
                       "e.certificate_id, t.port\n"
                       "FROM sys.database_mirroring_endpoints AS e\n"
                       "LEFT JOIN sys.tcp_endpoints AS t ON t.endpoint_id = e.endpoint_id;"),
        false, tr("The database mirroring endpoint could not be read"), [this](const SqlResult &r) {
            const SqlResultSet *set = resultSet(r, 0);
            if (!set || set->rows.isEmpty())
                return;
            const QVariantList &row = set->rows.first();
            ServerFacts::Endpoint e;
            e.name = row.value(0).toString();
            e.state = row.value(1).toString();
            e.role = row.value(2).toString();
            e.authentication = row.value(3).toString();
            e.encryptionEnabled = toBool(row.value(4));
            e.algorithm = row.value(5).toString();
            e.certificateId = toInt(row.value(6));
            e.port = toInt(row.value(7));
            m_facts.mirroringEndpoint = e;
        }});
    m_steps.append(
        Step {QStringLiteral("SELECT database_name, backup_finish_date FROM msdb.dbo.backupset\n"
                             "WHERE type = 'D' AND is_copy_only = 0;\n"
                             "SELECT database_id, type_desc FROM sys.master_files;"),
              false, tr("Backup history and database files could not be read"),
              [this](const SqlResult &r) {
                  applyFiles(r);
              }});
    m_steps.append(Step {QStringLiteral("DBCC TRACESTATUS(-1);"), false,
                         tr("The trace flags could not be read"), [this](const SqlResult &r) {
                             QList<int> flags;
                             if (const SqlResultSet *set = resultSet(r, 0)) {
                                 for (const QVariantList &row : set->rows) {
                                     if (toBool(row.value(1)) && toBool(row.value(2)))
                                         flags << toInt(row.value(0));
                                 }
                             }
                             m_facts.traceFlags = flags;
                         }});
    m_steps.append(Step {QStringLiteral("SELECT host_platform, host_distribution FROM "
                                        "sys.dm_os_host_info;"),
                         false, tr("The host operating system could not be read"),
                         [this](const SqlResult &r) {
                             const SqlResultSet *set = resultSet(r, 0);
                             if (set && !set->rows.isEmpty()) {
                                 m_facts.hostPlatform = set->rows.first().value(0).toString();
                                 m_facts.hostDistribution = set->rows.first().value(1).toString();
                             }
                         }});
    runNext();
}

void ServerProbe::runNext()
{
    if (m_steps.isEmpty()) {
        finish(SqlError());
        return;
    }
    if (!m_session) {
        SqlError error;
        error.kind = SqlError::Kind::ConnectionLost;
        error.message = tr("The connection was closed during the server check.");
        finish(error);
        return;
    }
    m_request = m_session->execute(m_steps.first().script);
}

void ServerProbe::onFinished(quint64 requestId, const SqlResult &result)
{
    if (!m_running || requestId != m_request || m_steps.isEmpty())
        return;
    const Step step = m_steps.takeFirst();
    if (result.ok()) {
        step.apply(result);
    } else if (step.required || result.error.kind == SqlError::Kind::ConnectionLost
               || result.error.kind == SqlError::Kind::Cancelled) {
        finish(result.error);
        return;
    } else {
        m_facts.problems << tr("%1: %2 (error %3).")
                                .arg(step.failureText, result.error.message,
                                     result.error.nativeCode);
    }
    runNext();
}

void ServerProbe::finish(const SqlError &error)
{
    m_running = false;
    m_steps.clear();
    emit finished(m_facts, error);
}

void ServerProbe::applyInstance(const SqlResult &result)
{
    if (const SqlResultSet *set = resultSet(result, 0); set && !set->rows.isEmpty()) {
        const QVariantList &row = set->rows.first();
        m_facts.version = SqlServerVersion::parse(row.value(0).toString());
        m_facts.productLevel = row.value(1).toString();
        m_facts.updateLevel = row.value(2).toString();
        m_facts.edition = row.value(3).toString();
        m_facts.engineEdition = toInt(row.value(4));
        m_facts.hadrEnabled = toBool(row.value(5));
        m_facts.collation = row.value(6).toString();
        m_facts.serverName = row.value(7).toString();
        m_facts.sysadmin = toBool(row.value(8));
    }
    if (const SqlResultSet *set = resultSet(result, 1); set && !set->rows.isEmpty())
        m_facts.masterKey = toInt(set->rows.first().value(0)) > 0;
    if (const SqlResultSet *set = resultSet(result, 2)) {
        for (const QVariantList &row : set->rows) {
            ServerFacts::Certificate c;
            c.name = row.value(0).toString();
            c.certificateId = toInt(row.value(1));
            c.subject = row.value(2).toString();
            c.issuer = row.value(3).toString();
            c.startDate = toUtc(row.value(4));
            c.expiryDate = toUtc(row.value(5));
            c.encryptedByMasterKey = row.value(6).toString().trimmed() == QLatin1String("MK");
            m_facts.certificates << c;
        }
    }
    if (const SqlResultSet *set = resultSet(result, 3)) {
        for (const QVariantList &row : set->rows)
            m_facts.availabilityGroups
                << ServerFacts::AvailabilityGroup {row.value(0).toString(), toBool(row.value(1))};
    }
    QStringList names;
    if (const SqlResultSet *set = resultSet(result, 4)) {
        for (const QVariantList &row : set->rows) {
            ServerFacts::Database db;
            db.name = row.value(0).toString();
            db.databaseId = toInt(row.value(1));
            db.state = row.value(2).toString();
            db.recoveryModel = row.value(3).toString();
            db.encrypted = toBool(row.value(4));
            db.inAvailabilityGroup = !row.value(5).isNull();
            m_facts.databases << db;
            names << db.name;
        }
    }
    const QString filegroups = filegroupQuery(names);
    if (!filegroups.isEmpty())
        m_steps.append(Step {filegroups, false,
                             tr("FILESTREAM and memory-optimized filegroups could not be read"),
                             [this](const SqlResult &r) {
                                 applyFilegroups(r);
                             }});
}

void ServerProbe::applyFiles(const SqlResult &result)
{
    if (const SqlResultSet *set = resultSet(result, 0)) {
        for (const QVariantList &row : set->rows) {
            const QString name = row.value(0).toString();
            const QDateTime finished = toUtc(row.value(1));
            for (ServerFacts::Database &db : m_facts.databases) {
                if (db.name.compare(name, Qt::CaseInsensitive) == 0
                    && (!db.lastFullBackup.isValid() || finished > db.lastFullBackup))
                    db.lastFullBackup = finished;
            }
        }
    }
    if (const SqlResultSet *set = resultSet(result, 1)) {
        for (const QVariantList &row : set->rows) {
            const int id = toInt(row.value(0));
            const QString type = row.value(1).toString();
            for (ServerFacts::Database &db : m_facts.databases) {
                if (db.databaseId != id)
                    continue;
                if (type == QLatin1String("LOG"))
                    ++db.logFileCount;
            }
        }
    }
}

void ServerProbe::applyFilegroups(const SqlResult &result)
{
    // One result set per database, in the order of m_facts.databases.
    for (ServerFacts::Database &db : m_facts.databases) {
        db.filestream = false;
        db.memoryOptimized = false;
    }
    for (const SqlResultSet &set : result.resultSets) {
        for (const QVariantList &row : set.rows) {
            for (ServerFacts::Database &db : m_facts.databases) {
                if (db.name.compare(row.value(0).toString(), Qt::CaseInsensitive) != 0)
                    continue;
                const QString type = row.value(1).toString().trimmed();
                if (type == QLatin1String("FD"))
                    db.filestream = true;
                else if (type == QLatin1String("FX"))
                    db.memoryOptimized = true;
            }
        }
    }
}

} // namespace milink
