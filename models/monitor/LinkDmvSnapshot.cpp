#include "LinkDmvSnapshot.h"

#include <QJsonArray>

namespace milink {

namespace {

// Column access by name, so a server that adds columns or orders them otherwise
// does not shift the values.
class Row
{
public:
    Row(const SqlResultSet &set, const QVariantList &values) : m_set(set), m_values(values) { }

    QVariant value(const char *column) const
    {
        const int index = m_set.columns.indexOf(QLatin1String(column));
        return index < 0 ? QVariant() : m_values.value(index);
    }
    QString text(const char *column) const
    {
        const QVariant v = value(column);
        return v.isNull() ? QString() : v.toString().trimmed();
    }
    bool flag(const char *column) const { return value(column).toInt() != 0; }
    qint64 integer(const char *column) const
    {
        const QVariant v = value(column);
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        return v.isNull() || !ok ? -1 : n;
    }
    double real(const char *column) const
    {
        const QVariant v = value(column);
        bool ok = false;
        const double n = v.toDouble(&ok);
        return v.isNull() || !ok ? -1 : n;
    }
    QDateTime time(const char *column) const
    {
        QDateTime t = value(column).toDateTime();
        if (t.isValid())
            t.setTimeSpec(Qt::UTC); // the DMVs' *_utc and certificate dates are UTC
        return t;
    }

private:
    const SqlResultSet &m_set;
    const QVariantList &m_values;
};

// Each statement of the batch announces itself with its first column, so a result
// set is recognised even when an earlier statement returned nothing.
enum class Set { Members, Groups, Databases, Seeding, Certificates, LogSpace, Unknown };

Set kindOf(const SqlResultSet &set)
{
    const QString first = set.columns.value(0);
    if (first == QLatin1String("link_member"))
        return Set::Members;
    if (first == QLatin1String("group_name"))
        return Set::Groups;
    if (first == QLatin1String("link_database"))
        return Set::Databases;
    if (first == QLatin1String("local_database_name"))
        return Set::Seeding;
    if (first == QLatin1String("certificate_name"))
        return Set::Certificates;
    if (first.compare(QLatin1String("Database Name"), Qt::CaseInsensitive) == 0)
        return Set::LogSpace;
    return Set::Unknown;
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue();
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return value.toDouble();
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray: return QString::fromLatin1(value.toByteArray().toHex());
    default: return value.toString();
    }
}

} // namespace

QString LinkDmvSnapshot::query()
{
    // The first column of every SELECT names the result set (see kindOf()).
    return QStringLiteral(
        "SET NOCOUNT ON;\n"
        "SELECT ag.name AS link_member, ar.replica_server_name AS member_name, ar.endpoint_url,\n"
        "       ar.availability_mode_desc, rs.is_local, rs.role_desc, rs.connected_state_desc,\n"
        "       rs.synchronization_health_desc, rs.last_connect_error_number,\n"
        "       rs.last_connect_error_description, rs.last_connect_error_timestamp\n"
        "FROM sys.availability_groups AS ag\n"
        "JOIN sys.availability_replicas AS ar ON ar.group_id = ag.group_id\n"
        "LEFT JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = "
        "ar.replica_id\n"
        "WHERE ag.is_distributed = 1;\n"
        "SELECT ag.name AS group_name, adc.database_name\n"
        "FROM sys.availability_groups AS ag\n"
        "JOIN sys.availability_databases_cluster AS adc ON adc.group_id = ag.group_id\n"
        "WHERE ag.is_distributed = 0;\n"
        "SELECT ag.name AS link_database, d.name AS database_name, drs.is_local,\n"
        "       drs.is_primary_replica, drs.synchronization_state_desc,\n"
        "       drs.synchronization_health_desc, drs.database_state_desc, drs.is_suspended,\n"
        "       drs.suspend_reason_desc,\n"
        "       CONVERT(nvarchar(40), drs.last_hardened_lsn) AS last_hardened_lsn,\n"
        "       CONVERT(nvarchar(40), drs.end_of_log_lsn) AS end_of_log_lsn,\n"
        "       drs.last_hardened_time, drs.log_send_queue_size, drs.redo_queue_size,\n"
        "       drs.secondary_lag_seconds\n"
        "FROM sys.dm_hadr_database_replica_states AS drs\n"
        "JOIN sys.availability_groups AS ag ON ag.group_id = drs.group_id\n"
        "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
        "WHERE ag.is_distributed = 1;\n"
        "SELECT local_database_name, role_desc, internal_state_desc, transferred_size_bytes,\n"
        "       database_size_bytes, transfer_rate_bytes_per_second, failure_message\n"
        "FROM sys.dm_hadr_physical_seeding_stats;\n"
        "SELECT c.name AS certificate_name, c.subject, c.expiry_date,\n"
        "       CASE WHEN EXISTS (SELECT 1 FROM sys.database_mirroring_endpoints AS e\n"
        "                         WHERE e.certificate_id = c.certificate_id)\n"
        "            THEN 1 ELSE 0 END AS used_by_endpoint\n"
        "FROM master.sys.certificates AS c;\n"
        "DBCC SQLPERF(LOGSPACE);\n");
}

LinkDmvSnapshot LinkDmvSnapshot::fromResult(const SqlResult &result)
{
    LinkDmvSnapshot s;
    if (result.error.isError())
        s.problem = result.error.message;
    QJsonArray rawSets;
    for (const SqlResultSet &set : result.resultSets) {
        QJsonArray rows;
        for (const QVariantList &values : set.rows) {
            QJsonArray row;
            for (const QVariant &v : values)
                row.append(jsonOf(v));
            rows.append(row);
        }
        rawSets.append(
            QJsonObject {{QStringLiteral("columns"), QJsonArray::fromStringList(set.columns)},
                         {QStringLiteral("rows"), rows}});
        const Set kind = kindOf(set);
        for (const QVariantList &values : set.rows) {
            const Row r(set, values);
            switch (kind) {
            case Set::Members: {
                Member m;
                m.linkName = r.text("link_member");
                m.memberName = r.text("member_name");
                m.endpointUrl = r.text("endpoint_url");
                m.availabilityMode = r.text("availability_mode_desc");
                m.hasState = !r.value("is_local").isNull();
                m.isLocal = r.flag("is_local");
                m.role = r.text("role_desc").toUpper();
                m.connectedState = r.text("connected_state_desc");
                m.synchronizationHealth = r.text("synchronization_health_desc");
                m.lastErrorNumber = qMax<qint64>(0, r.integer("last_connect_error_number"));
                m.lastErrorDescription = r.text("last_connect_error_description");
                m.lastErrorTime = r.time("last_connect_error_timestamp");
                s.members.append(m);
                break;
            }
            case Set::Groups:
                s.groupDatabases[r.text("group_name").toLower()].append(r.text("database_name"));
                break;
            case Set::Databases: {
                DatabaseState d;
                d.linkName = r.text("link_database");
                d.databaseName = r.text("database_name");
                d.isLocal = r.flag("is_local");
                d.isPrimary = r.flag("is_primary_replica");
                d.synchronizationState = r.text("synchronization_state_desc");
                d.synchronizationHealth = r.text("synchronization_health_desc");
                d.databaseState = r.text("database_state_desc");
                d.suspended = r.flag("is_suspended");
                d.suspendReason = r.text("suspend_reason_desc");
                d.hardenedLsn = r.text("last_hardened_lsn");
                d.endOfLogLsn = r.text("end_of_log_lsn");
                d.hardenedTime = r.time("last_hardened_time");
                d.logSendQueueKb = r.integer("log_send_queue_size");
                d.redoQueueKb = r.integer("redo_queue_size");
                d.lagSeconds = r.real("secondary_lag_seconds");
                s.databases.append(d);
                break;
            }
            case Set::Seeding: {
                Seeding g;
                g.databaseName = r.text("local_database_name");
                g.role = r.text("role_desc");
                g.state = r.text("internal_state_desc");
                g.transferredBytes = r.integer("transferred_size_bytes");
                g.totalBytes = r.integer("database_size_bytes");
                g.bytesPerSecond = r.integer("transfer_rate_bytes_per_second");
                g.failure = r.text("failure_message");
                s.seeding.append(g);
                break;
            }
            case Set::Certificates: {
                Certificate c;
                c.name = r.text("certificate_name");
                c.subject = r.text("subject");
                c.expiry = r.time("expiry_date");
                c.usedByEndpoint = r.flag("used_by_endpoint");
                s.certificates.append(c);
                break;
            }
            case Set::LogSpace: {
                // DBCC SQLPERF(LOGSPACE): Database Name, Log Size (MB), Log Space Used (%), Status
                const QString name = values.value(0).toString().trimmed().toLower();
                bool ok = false;
                const double used = values.value(2).toDouble(&ok);
                if (!name.isEmpty() && ok)
                    s.logUsedPercent.insert(name, used);
                break;
            }
            case Set::Unknown: break;
            }
        }
    }
    s.raw = QJsonObject {{QStringLiteral("resultSets"), rawSets},
                         {QStringLiteral("error"), s.problem}};
    return s;
}

const LinkDmvSnapshot::Member *LinkDmvSnapshot::localMember(const QString &linkName) const
{
    for (const Member &m : members) {
        if (m.isLocal && m.linkName.compare(linkName, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

const LinkDmvSnapshot::Member *LinkDmvSnapshot::remoteMember(const QString &linkName) const
{
    for (const Member &m : members) {
        if (!m.isLocal && m.linkName.compare(linkName, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QString LinkDmvSnapshot::localRole(const QString &linkName) const
{
    const Member *m = localMember(linkName);
    return m ? m->role : QString();
}

const LinkDmvSnapshot::DatabaseState *
LinkDmvSnapshot::database(const QString &linkName, const QString &databaseName, bool local) const
{
    for (const DatabaseState &d : databases) {
        if (d.isLocal == local && d.linkName.compare(linkName, Qt::CaseInsensitive) == 0
            && d.databaseName.compare(databaseName, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

const LinkDmvSnapshot::Seeding *LinkDmvSnapshot::seedingOf(const QString &databaseName) const
{
    for (const Seeding &g : seeding) {
        if (g.databaseName.compare(databaseName, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

QStringList LinkDmvSnapshot::linkNames() const
{
    QStringList names;
    for (const Member &m : members) {
        if (!names.contains(m.linkName, Qt::CaseInsensitive))
            names.append(m.linkName);
    }
    return names;
}

QStringList LinkDmvSnapshot::databasesOf(const QString &linkName) const
{
    QStringList names;
    // A member of a DAG is named by its AG: that AG's databases are the link's.
    // Only the local member's AG is on this instance.
    if (const Member *local = localMember(linkName))
        names = groupDatabases.value(local->memberName.toLower());
    for (const DatabaseState &d : databases) {
        if (d.linkName.compare(linkName, Qt::CaseInsensitive) == 0
            && !names.contains(d.databaseName, Qt::CaseInsensitive))
            names.append(d.databaseName);
    }
    return names;
}

} // namespace milink
