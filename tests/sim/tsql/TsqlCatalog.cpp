#include "TsqlCatalog.h"

#include "world/SimWorld.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimeZone>
#include <QUuid>

namespace milink::sim {

namespace {

TsqlTypeInfo type(TsqlKind kind, int length = -1)
{
    return TsqlTypeInfo::of(kind, length);
}
const TsqlTypeInfo kSysname = TsqlTypeInfo::of(TsqlKind::NVarChar, 128);
const TsqlTypeInfo kDesc = TsqlTypeInfo::of(TsqlKind::NVarChar, 60);
const TsqlTypeInfo kInt = TsqlTypeInfo::of(TsqlKind::Int);
const TsqlTypeInfo kTiny = TsqlTypeInfo::of(TsqlKind::TinyInt);
const TsqlTypeInfo kSmall = TsqlTypeInfo::of(TsqlKind::SmallInt);
const TsqlTypeInfo kBig = TsqlTypeInfo::of(TsqlKind::BigInt);
const TsqlTypeInfo kBit = TsqlTypeInfo::of(TsqlKind::Bit);
const TsqlTypeInfo kDate = TsqlTypeInfo::of(TsqlKind::DateTime);
const TsqlTypeInfo kGuid = TsqlTypeInfo::of(TsqlKind::UniqueIdentifier);
const TsqlTypeInfo kLsn = TsqlTypeInfo::of(TsqlKind::Numeric, -1, 25, 0);

// Values are typed by their column when the row is added, so builders only give the data.
class Builder
{
public:
    Builder &col(const char *name, const TsqlTypeInfo &columnType)
    {
        m_table.addColumn(QLatin1String(name), columnType);
        return *this;
    }
    void row(const QVariantList &values)
    {
        QList<TsqlValue> row;
        for (int i = 0; i < m_table.columnTypes.size(); ++i) {
            const QVariant v = i < values.size() ? values.at(i) : QVariant();
            row << TsqlValue {m_table.columnTypes.at(i), normalise(v, m_table.columnTypes.at(i))};
        }
        m_table.rows << row;
    }
    TsqlTable table() const { return m_table; }

private:
    static QVariant normalise(const QVariant &v, const TsqlTypeInfo &columnType)
    {
        if (!v.isValid() || v.isNull())
            return QVariant();
        if (columnType.isInteger()) {
            if (v.typeId() == QMetaType::Bool)
                return QVariant(qint64(v.toBool() ? 1 : 0));
            return QVariant(v.toLongLong());
        }
        if (columnType.kind == TsqlKind::Numeric)
            return QVariant(v.toString());
        if (columnType.kind == TsqlKind::Float)
            return QVariant(v.toDouble());
        if (columnType.isDateTime())
            return v.toDateTime().isValid() ? QVariant(v.toDateTime().toUTC()) : QVariant();
        if (columnType.isString())
            return QVariant(v.toString());
        return v;
    }
    TsqlTable m_table;
};

QVariant lsn(quint64 value)
{
    return value == 0 ? QVariant() : QVariant(QString::number(value));
}

int roleCode(const QString &role)
{
    if (role == QLatin1String("PRIMARY"))
        return 1;
    if (role == QLatin1String("SECONDARY"))
        return 2;
    return 0;
}

int healthCode(const QString &health)
{
    if (health == QLatin1String("HEALTHY"))
        return 2;
    if (health == QLatin1String("PARTIALLY_HEALTHY"))
        return 1;
    return 0;
}

int syncStateCode(const QString &state)
{
    if (state == QLatin1String("SYNCHRONIZING"))
        return 1;
    if (state == QLatin1String("SYNCHRONIZED"))
        return 2;
    if (state == QLatin1String("REVERTING"))
        return 3;
    if (state == QLatin1String("INITIALIZING"))
        return 4;
    return 0;
}

int recoveryCode(const QString &model)
{
    if (model == QLatin1String("FULL"))
        return 1;
    if (model == QLatin1String("BULK_LOGGED"))
        return 2;
    return 3;
}

// The group_database_id of a database in an AG: stable for the pair.
QUuid groupDatabaseId(const QUuid &groupId, const QString &database)
{
    return QUuid::createUuidV5(groupId, database.toLower());
}

struct AuthenticationDesc
{
    int code;
    QString desc;
};

// connection_auth / connection_auth_desc from the endpoint's AUTHENTICATION clause.
AuthenticationDesc authentication(const SimEndpoint &e)
{
    QString auth = e.authentication.toUpper();
    auth.replace(QLatin1String("WINDOWS NEGOTIATE"), QLatin1String("NEGOTIATE"));
    auth.replace(QLatin1String("WINDOWS NTLM"), QLatin1String("NTLM"));
    auth.replace(QLatin1String("WINDOWS KERBEROS"), QLatin1String("KERBEROS"));
    auth.replace(QLatin1String("WINDOWS"), QLatin1String("NEGOTIATE"));
    const QStringList parts = auth.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList codes = {QString(),
                                      QStringLiteral("NTLM"),
                                      QStringLiteral("KERBEROS"),
                                      QStringLiteral("NEGOTIATE"),
                                      QStringLiteral("CERTIFICATE"),
                                      QStringLiteral("NTLM, CERTIFICATE"),
                                      QStringLiteral("KERBEROS, CERTIFICATE"),
                                      QStringLiteral("NEGOTIATE, CERTIFICATE"),
                                      QStringLiteral("CERTIFICATE, NTLM"),
                                      QStringLiteral("CERTIFICATE, KERBEROS"),
                                      QStringLiteral("CERTIFICATE, NEGOTIATE")};
    const QString desc = parts.join(QStringLiteral(", "));
    const qsizetype code = codes.indexOf(desc);
    return AuthenticationDesc {code < 0 ? 3 : static_cast<int>(code), desc};
}

struct AlgorithmDesc
{
    int code;
    QString desc;
};

AlgorithmDesc algorithm(const SimEndpoint &e)
{
    QStringList parts = e.algorithm.toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("NONE"));
    // ENCRYPTION = SUPPORTED allows unencrypted connections: NONE comes first.
    if (!e.encryptionRequired || parts.isEmpty())
        parts.prepend(QStringLiteral("NONE"));
    if (!e.encryptionRequired && parts.size() == 1)
        parts = {QStringLiteral("NONE")};
    static const QStringList codes
        = {QStringLiteral("NONE"),          QStringLiteral("RC4"),
           QStringLiteral("AES"),           QStringLiteral("NONE, RC4"),
           QStringLiteral("NONE, AES"),     QStringLiteral("RC4, AES"),
           QStringLiteral("AES, RC4"),      QStringLiteral("NONE, RC4, AES"),
           QStringLiteral("NONE, AES, RC4")};
    const QString desc = parts.join(QStringLiteral(", "));
    const qsizetype code = codes.indexOf(desc);
    return AlgorithmDesc {code < 0 ? 0 : static_cast<int>(code), desc};
}

SimDatabase systemDatabase(int id, const char *name, const char *recovery)
{
    SimDatabase d;
    d.databaseId = id;
    d.name = QLatin1String(name);
    d.recoveryModel = QLatin1String(recovery);
    d.sizeBytes = 8LL * 1024 * 1024;
    d.logSizeBytes = 2LL * 1024 * 1024;
    d.createDate = QDateTime(QDate(2003, 4, 8), QTime(9, 13, 36), QTimeZone::utc());
    return d;
}

} // namespace

TsqlCatalog::TsqlCatalog(SimWorld &world, SimInstance &instance)
    : m_world(world), m_instance(instance)
{
}

bool TsqlCatalog::isSystemDatabase(const QString &name)
{
    const QString n = name.toLower();
    return n == QLatin1String("master") || n == QLatin1String("tempdb")
        || n == QLatin1String("model") || n == QLatin1String("msdb");
}

QList<SimDatabase> TsqlCatalog::databases() const
{
    QList<SimDatabase> result
        = {systemDatabase(1, "master", "SIMPLE"), systemDatabase(2, "tempdb", "SIMPLE"),
           systemDatabase(3, "model", m_instance.isManagedInstance() ? "FULL" : "FULL"),
           systemDatabase(4, "msdb", "SIMPLE")};
    for (SimDatabase &d : result)
        d.collation = m_instance.collation;
    for (const SimDatabase &d : std::as_const(m_instance.databases)) {
        if (!isSystemDatabase(d.name))
            result << d;
    }
    return result;
}

std::optional<SimDatabase> TsqlCatalog::database(const QString &name) const
{
    for (const SimDatabase &d : databases()) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

std::optional<SimDatabase> TsqlCatalog::database(int databaseId) const
{
    for (const SimDatabase &d : databases()) {
        if (d.databaseId == databaseId)
            return d;
    }
    return std::nullopt;
}

std::optional<TsqlTable> TsqlCatalog::table(const QString &database, const QString &schema,
                                            const QString &name) const
{
    const QString s = schema.toLower();
    const QString n = name.toLower();
    if (s == QLatin1String("dbo")) {
        if (database.compare(QLatin1String("msdb"), Qt::CaseInsensitive) != 0)
            return std::nullopt;
        if (n == QLatin1String("backupset"))
            return backupset();
        if (n == QLatin1String("backupmediafamily"))
            return backupmediafamily();
        // SQL Agent exists on SQL Server only (a managed instance's jobs are not simulated).
        if (n == QLatin1String("sysjobs") && !m_instance.isManagedInstance())
            return sysjobs();
        if (n == QLatin1String("sysjobsteps") && !m_instance.isManagedInstance())
            return sysjobsteps();
        return std::nullopt;
    }
    if (s != QLatin1String("sys"))
        return std::nullopt;
    if (n == QLatin1String("databases"))
        return databasesView();
    if (n == QLatin1String("master_files"))
        return masterFiles();
    if (n == QLatin1String("filegroups"))
        return filegroups(database);
    if (n == QLatin1String("database_recovery_status"))
        return databaseRecoveryStatus();
    if (n == QLatin1String("symmetric_keys"))
        return symmetricKeys(database);
    if (n == QLatin1String("certificates"))
        return certificates(database);
    if (n == QLatin1String("endpoints"))
        return endpoints(0);
    if (n == QLatin1String("database_mirroring_endpoints"))
        return endpoints(1);
    if (n == QLatin1String("tcp_endpoints"))
        return endpoints(2);
    if (n == QLatin1String("availability_groups"))
        return availabilityGroups();
    if (n == QLatin1String("availability_replicas"))
        return availabilityReplicas();
    if (n == QLatin1String("availability_databases_cluster"))
        return availabilityDatabasesCluster();
    if (n == QLatin1String("dm_hadr_availability_replica_states"))
        return replicaStates();
    if (n == QLatin1String("dm_hadr_database_replica_states"))
        return databaseReplicaStates();
    if (n == QLatin1String("dm_hadr_physical_seeding_stats"))
        return physicalSeedingStats();
    if (n == QLatin1String("dm_hadr_automatic_seeding"))
        return automaticSeeding();
    if (n == QLatin1String("dm_os_host_info"))
        return hostInfo();
    if (n == QLatin1String("dm_server_services"))
        return serverServices();
    if (n == QLatin1String("dm_db_log_space_usage"))
        return logSpaceUsage(database);
    if (n == QLatin1String("dm_hadr_fabric_config_parameters") && m_instance.isManagedInstance())
        return fabricConfigParameters();
    if (n == QLatin1String("server_principals"))
        return serverPrincipals();
    if (n == QLatin1String("server_role_members"))
        return serverRoleMembers();
    if (n == QLatin1String("dm_database_encryption_keys"))
        return databaseEncryptionKeys();
    return std::nullopt;
}

TsqlTable TsqlCatalog::databasesView() const
{
    Builder b;
    b.col("name", kSysname)
        .col("database_id", kInt)
        .col("source_database_id", kInt)
        .col("owner_sid", type(TsqlKind::VarBinary, 85))
        .col("create_date", kDate)
        .col("compatibility_level", kTiny)
        .col("collation_name", kSysname)
        .col("user_access", kTiny)
        .col("user_access_desc", kDesc)
        .col("is_read_only", kBit)
        .col("is_auto_close_on", kBit)
        .col("is_auto_shrink_on", kBit)
        .col("state", kTiny)
        .col("state_desc", kDesc)
        .col("is_in_standby", kBit)
        .col("recovery_model", kTiny)
        .col("recovery_model_desc", kDesc)
        .col("page_verify_option", kTiny)
        .col("page_verify_option_desc", kDesc)
        .col("log_reuse_wait", kTiny)
        .col("log_reuse_wait_desc", kDesc)
        .col("is_encrypted", kBit)
        .col("is_broker_enabled", kBit)
        .col("is_accelerated_database_recovery_on", kBit)
        .col("is_memory_optimized_elevate_to_snapshot_on", kBit)
        .col("replica_id", kGuid)
        .col("group_database_id", kGuid)
        .col("containment", kTiny)
        .col("containment_desc", kDesc);
    const int major = m_instance.productVersion.section(QLatin1Char('.'), 0, 0).toInt();
    const int compatibility = m_instance.isManagedInstance() ? 160 : qMax(130, major * 10);
    for (const SimDatabase &d : databases()) {
        QVariant replicaId, groupDbId;
        for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
            if (ag.distributed)
                continue;
            bool member = false;
            for (const QString &name : ag.databases)
                member = member || name.compare(d.name, Qt::CaseInsensitive) == 0;
            if (member && ag.localReplica()) {
                replicaId = QVariant(ag.localReplica()->replicaId);
                groupDbId = QVariant(groupDatabaseId(ag.groupId, d.name));
            }
        }
        QString logReuse = QStringLiteral("NOTHING");
        int logReuseCode = 0;
        if (d.recoveryModel != QLatin1String("SIMPLE") && d.logChainStarted
            && !TsqlCatalog::isSystemDatabase(d.name)) {
            logReuse = replicaId.isValid() ? QStringLiteral("AVAILABILITY_REPLICA")
                                           : QStringLiteral("LOG_BACKUP");
            logReuseCode = replicaId.isValid() ? 9 : 2;
        }
        const QString state = d.state.isEmpty() ? QStringLiteral("ONLINE") : d.state;
        static const QStringList states
            = {QStringLiteral("ONLINE"),     QStringLiteral("RESTORING"),
               QStringLiteral("RECOVERING"), QStringLiteral("RECOVERY_PENDING"),
               QStringLiteral("SUSPECT"),    QStringLiteral("EMERGENCY"),
               QStringLiteral("OFFLINE")};
        b.row({d.name,
               d.databaseId,
               QVariant(),
               QByteArray::fromHex("01"),
               d.createDate.isValid() ? d.createDate
                                      : QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()),
               d.name == QLatin1String("master") ? compatibility : compatibility,
               d.collation.isEmpty() ? m_instance.collation : d.collation,
               0,
               QStringLiteral("MULTI_USER"),
               d.readOnly,
               false,
               false,
               qMax<qsizetype>(0, states.indexOf(state)),
               state,
               false,
               recoveryCode(d.recoveryModel),
               d.recoveryModel,
               2,
               QStringLiteral("CHECKSUM"),
               logReuseCode,
               logReuse,
               d.encrypted,
               d.brokerEnabled,
               d.acceleratedRecovery,
               false,
               replicaId,
               groupDbId,
               0,
               QStringLiteral("NONE")});
    }
    return b.table();
}

TsqlTable TsqlCatalog::masterFiles() const
{
    Builder b;
    b.col("database_id", kInt)
        .col("file_id", kInt)
        .col("file_guid", kGuid)
        .col("type", kTiny)
        .col("type_desc", kDesc)
        .col("data_space_id", kInt)
        .col("name", kSysname)
        .col("physical_name", type(TsqlKind::NVarChar, 260))
        .col("state", kTiny)
        .col("state_desc", kDesc)
        .col("size", kInt)
        .col("max_size", kInt)
        .col("growth", kInt)
        .col("is_percent_growth", kBit);
    const bool linux
        = m_instance.hostPlatform.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
    const QString dir = linux
        ? QStringLiteral("/var/opt/mssql/data/")
        : QStringLiteral("C:\\Program Files\\Microsoft SQL Server\\MSSQL\\DATA\\");
    for (const SimDatabase &d : databases()) {
        const QString base = d.name == QLatin1String("master") ? QStringLiteral("master") : d.name;
        b.row({d.databaseId, 1, QVariant(), 0, QStringLiteral("ROWS"), 1,
               d.name == QLatin1String("tempdb") ? QStringLiteral("tempdev") : d.name,
               QString(dir + base + QStringLiteral(".mdf")), 0, QStringLiteral("ONLINE"),
               static_cast<qint64>(d.sizeBytes / 8192), -1, 8192, false});
        for (int i = 0; i < qMax(1, d.logFileCount); ++i) {
            b.row(
                {d.databaseId, 2 + i, QVariant(), 1, QStringLiteral("LOG"), 0,
                 QString(d.name + QStringLiteral("_log")
                         + (i == 0 ? QString() : QString::number(i + 1))),
                 QString(dir + base + QStringLiteral("_log")
                         + (i == 0 ? QString() : QString::number(i + 1)) + QStringLiteral(".ldf")),
                 0, QStringLiteral("ONLINE"),
                 static_cast<qint64>(d.logSizeBytes / 8192 / qMax(1, d.logFileCount)), 268435456,
                 8192, false});
        }
        if (d.filestream)
            b.row({d.databaseId, 65537, QVariant(), 2, QStringLiteral("FILESTREAM"), 2,
                   QString(d.name + QStringLiteral("_fs")),
                   QString(dir + base + QStringLiteral("_fs")), 0, QStringLiteral("ONLINE"), 0, -1,
                   0, false});
    }
    return b.table();
}

TsqlTable TsqlCatalog::filegroups(const QString &databaseName) const
{
    Builder b;
    b.col("name", kSysname)
        .col("data_space_id", kInt)
        .col("type", type(TsqlKind::Char, 2))
        .col("type_desc", kDesc)
        .col("is_default", kBit)
        .col("is_system", kBit)
        .col("is_read_only", kBit);
    const auto d = database(databaseName);
    b.row({QStringLiteral("PRIMARY"), 1, QStringLiteral("FG"), QStringLiteral("ROWS_FILEGROUP"),
           true, false, false});
    if (d && d->filestream)
        b.row({QStringLiteral("FileStreamGroup"), 2, QStringLiteral("FD"),
               QStringLiteral("FILESTREAM_DATA_FILEGROUP"), false, false, false});
    if (d && d->memoryOptimized)
        b.row({QStringLiteral("InMemoryGroup"), 3, QStringLiteral("FX"),
               QStringLiteral("MEMORY_OPTIMIZED_DATA_FILEGROUP"), false, false, false});
    return b.table();
}

TsqlTable TsqlCatalog::databaseRecoveryStatus() const
{
    Builder b;
    b.col("database_id", kInt)
        .col("database_guid", kGuid)
        .col("family_guid", kGuid)
        .col("last_log_backup_lsn", kLsn)
        .col("recovery_fork_guid", kGuid)
        .col("first_recovery_fork_guid", kGuid)
        .col("fork_point_lsn", kLsn);
    for (const SimDatabase &d : databases()) {
        const QUuid id = QUuid::createUuidV5(QUuid(), m_instance.serverName + d.name);
        // The log chain exists once a full backup ran in FULL recovery; SQL Server then
        // reports the backup's LSN here even before the first log backup.
        quint64 chain = d.lastLogBackupLsn;
        if (chain == 0 && d.logChainStarted && d.recoveryModel != QLatin1String("SIMPLE"))
            chain = d.endOfLogLsn;
        b.row({d.databaseId, id, id, lsn(chain), id, id, QVariant()});
    }
    return b.table();
}

TsqlTable TsqlCatalog::symmetricKeys(const QString &databaseName) const
{
    Builder b;
    b.col("name", kSysname)
        .col("principal_id", kInt)
        .col("symmetric_key_id", kInt)
        .col("key_length", kInt)
        .col("key_algorithm", type(TsqlKind::Char, 2))
        .col("algorithm_desc", kDesc)
        .col("create_date", kDate)
        .col("modify_date", kDate)
        .col("key_guid", kGuid)
        .col("key_thumbprint", type(TsqlKind::VarBinary, 32))
        .col("provider_type", kDesc)
        .col("cryptographic_provider_guid", kGuid)
        .col("cryptographic_provider_algid", type(TsqlKind::VarBinary, 85));
    if (databaseName.compare(QLatin1String("master"), Qt::CaseInsensitive) != 0)
        return b.table();
    const QDateTime created(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    if (m_instance.masterKey)
        b.row({QStringLiteral("##MS_DatabaseMasterKey##"), 1, 101, 256, QStringLiteral("A3"),
               QStringLiteral("AES_256"), created, created,
               QUuid::createUuidV5(QUuid(), m_instance.serverName + QStringLiteral("DMK"))});
    b.row({QStringLiteral("##MS_ServiceMasterKey##"), 1, 102, 256, QStringLiteral("A3"),
           QStringLiteral("AES_256"), created, created,
           QUuid::createUuidV5(QUuid(), m_instance.serverName + QStringLiteral("SMK"))});
    return b.table();
}

TsqlTable TsqlCatalog::certificates(const QString &databaseName) const
{
    Builder b;
    b.col("name", kSysname)
        .col("certificate_id", kInt)
        .col("principal_id", kInt)
        .col("pvt_key_encryption_type", type(TsqlKind::Char, 2))
        .col("pvt_key_encryption_type_desc", kDesc)
        .col("is_active_for_begin_dialog", kBit)
        .col("issuer_name", type(TsqlKind::NVarChar, 442))
        .col("cert_serial_number", kSysname)
        .col("sid", type(TsqlKind::VarBinary, 85))
        .col("string_sid", type(TsqlKind::NVarChar, 128))
        .col("subject", type(TsqlKind::NVarChar, 4000))
        .col("expiry_date", kDate)
        .col("start_date", kDate)
        .col("thumbprint", type(TsqlKind::VarBinary, 32))
        .col("attested_by", type(TsqlKind::NVarChar, 260))
        .col("pvt_key_last_backup_date", kDate)
        .col("key_length", kInt);
    if (databaseName.compare(QLatin1String("master"), Qt::CaseInsensitive) != 0)
        return b.table();
    for (const SimCertificate &c : std::as_const(m_instance.certificates)) {
        QString serial;
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(c.der, QSsl::Der);
        if (!parsed.isEmpty())
            serial = QString::fromLatin1(parsed.first().serialNumber()).remove(QLatin1Char(':'));
        const QString type = c.privateKeyEncryptionType();
        b.row({c.name, c.certificateId, 1, type,
               type == QLatin1String("MK") ? QStringLiteral("ENCRYPTED_BY_MASTER_KEY")
                                           : QStringLiteral("NO_PRIVATE_KEY"),
               true, c.issuerName, serial, QByteArray::fromHex("0106"), QVariant(), c.subject,
               c.expiryDate, c.startDate, c.thumbprint(), QVariant(), QVariant(), 2048});
    }
    return b.table();
}

TsqlTable TsqlCatalog::endpoints(int shape) const
{
    // shape 0: sys.endpoints, 1: sys.database_mirroring_endpoints, 2: sys.tcp_endpoints
    Builder b;
    b.col("name", kSysname)
        .col("endpoint_id", kInt)
        .col("principal_id", kInt)
        .col("protocol", kTiny)
        .col("protocol_desc", kDesc)
        .col("type", kTiny)
        .col("type_desc", kDesc)
        .col("state", kTiny)
        .col("state_desc", kDesc)
        .col("is_admin_endpoint", kBit);
    if (shape == 1) {
        b.col("role", kTiny)
            .col("role_desc", kDesc)
            .col("is_encryption_enabled", kBit)
            .col("connection_auth", kTiny)
            .col("connection_auth_desc", kDesc)
            .col("certificate_id", kInt)
            .col("encryption_algorithm", kTiny)
            .col("encryption_algorithm_desc", kDesc);
    }
    if (shape == 2) {
        b.col("port", kInt)
            .col("is_dynamic_port", kBit)
            .col("ip_address", type(TsqlKind::NVarChar, 45));
    }
    // The built-in endpoints every instance has.
    if (shape != 1) {
        struct Builtin
        {
            int id;
            const char *name;
            int protocol;
            const char *protocolDesc;
            bool admin;
        };
        static const Builtin builtins[] = {{1, "Dedicated Admin Connection", 2, "TCP", true},
                                           {2, "TSQL Local Machine", 1, "SHARED_MEMORY", false},
                                           {3, "TSQL Named Pipes", 3, "NAMED_PIPES", false},
                                           {4, "TSQL Default TCP", 2, "TCP", false}};
        for (const Builtin &e : builtins) {
            if (shape == 2 && e.protocol != 2)
                continue;
            QVariantList row = {QLatin1String(e.name),
                                e.id,
                                1,
                                e.protocol,
                                QLatin1String(e.protocolDesc),
                                2,
                                QStringLiteral("TSQL"),
                                0,
                                QStringLiteral("STARTED"),
                                e.admin};
            if (shape == 2)
                row << (e.admin ? 0 : (m_instance.tdsPort ? m_instance.tdsPort : 1433)) << e.admin
                    << QVariant();
            b.row(row);
        }
    }
    for (const SimEndpoint &e : std::as_const(m_instance.endpoints)) {
        const int state = e.started ? 0 : 1;
        QVariantList row = {e.name,
                            e.endpointId,
                            1,
                            2,
                            QStringLiteral("TCP"),
                            4,
                            QStringLiteral("DATABASE_MIRRORING"),
                            state,
                            e.started ? QStringLiteral("STARTED") : QStringLiteral("STOPPED"),
                            false};
        if (shape == 1) {
            const AuthenticationDesc auth = authentication(e);
            const AlgorithmDesc alg = algorithm(e);
            const SimCertificate *certificate
                = e.certificateName.isEmpty() ? nullptr : m_instance.certificate(e.certificateName);
            const QString role = e.role.toUpper();
            const int roleCode = role == QLatin1String("PARTNER") ? 1
                : role == QLatin1String("WITNESS")                ? 2
                                                                  : 3;
            row << roleCode << role << (e.encryptionRequired || alg.code != 0) << auth.code
                << auth.desc << (certificate ? QVariant(certificate->certificateId) : QVariant())
                << alg.code << alg.desc;
        }
        if (shape == 2)
            row << e.port << false
                << (e.listenerIp.compare(QLatin1String("ALL"), Qt::CaseInsensitive) == 0
                        ? QVariant()
                        : QVariant(e.listenerIp));
        b.row(row);
    }
    return b.table();
}

TsqlTable TsqlCatalog::availabilityGroups() const
{
    Builder b;
    b.col("group_id", kGuid)
        .col("name", kSysname)
        .col("resource_id", type(TsqlKind::NVarChar, 40))
        .col("resource_group_id", type(TsqlKind::NVarChar, 40))
        .col("failure_condition_level", kInt)
        .col("health_check_timeout", kInt)
        .col("automated_backup_preference", kTiny)
        .col("automated_backup_preference_desc", kDesc)
        .col("version", kSmall)
        .col("basic_features", kBit)
        .col("dtc_support", kBit)
        .col("db_failover", kBit)
        .col("is_distributed", kBit)
        .col("cluster_type", kTiny)
        .col("cluster_type_desc", kDesc)
        .col("required_synchronized_secondaries_to_commit", kInt)
        .col("sequence_number", kBig)
        .col("is_contained", kBit);
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        const QString cluster = ag.clusterType.toLower();
        const int clusterCode = cluster == QLatin1String("wsfc") ? 0
            : cluster == QLatin1String("external")               ? 1
                                                                 : 2;
        b.row({ag.groupId, ag.name, QVariant(), QVariant(), 3, 30000, 2,
               QStringLiteral("secondary"), 1, false, false, false, ag.distributed, clusterCode,
               cluster, ag.requiredSynchronizedSecondariesToCommit, 1, false});
    }
    return b.table();
}

TsqlTable TsqlCatalog::availabilityReplicas() const
{
    Builder b;
    b.col("replica_id", kGuid)
        .col("group_id", kGuid)
        .col("replica_metadata_id", kInt)
        .col("replica_server_name", type(TsqlKind::NVarChar, 256))
        .col("owner_sid", type(TsqlKind::VarBinary, 85))
        .col("endpoint_url", type(TsqlKind::NVarChar, 128))
        .col("availability_mode", kTiny)
        .col("availability_mode_desc", kDesc)
        .col("failover_mode", kTiny)
        .col("failover_mode_desc", kDesc)
        .col("session_timeout", kInt)
        .col("primary_role_allow_connections", kTiny)
        .col("primary_role_allow_connections_desc", kDesc)
        .col("secondary_role_allow_connections", kTiny)
        .col("secondary_role_allow_connections_desc", kDesc)
        .col("create_date", kDate)
        .col("modify_date", kDate)
        .col("backup_priority", kInt)
        .col("read_only_routing_url", type(TsqlKind::NVarChar, 256))
        .col("seeding_mode", kTiny)
        .col("seeding_mode_desc", kDesc);
    int metadataId = 65536;
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        for (const SimReplica &r : ag.replicas) {
            const bool sync = r.availabilityMode == QLatin1String("SYNCHRONOUS_COMMIT");
            const bool automatic = r.failoverMode == QLatin1String("AUTOMATIC");
            const bool automaticSeeding = r.seedingMode == QLatin1String("AUTOMATIC");
            b.row({r.replicaId,
                   ag.groupId,
                   r.isLocal ? QVariant(metadataId++) : QVariant(),
                   r.serverName,
                   QByteArray::fromHex("01"),
                   r.endpointUrl,
                   sync ? 1 : 0,
                   r.availabilityMode,
                   automatic ? 0 : 1,
                   r.failoverMode,
                   r.sessionTimeout,
                   3,
                   QStringLiteral("ALL"),
                   0,
                   QStringLiteral("NO"),
                   QVariant(),
                   QVariant(),
                   50,
                   QVariant(),
                   automaticSeeding ? 0 : 1,
                   r.seedingMode});
        }
    }
    return b.table();
}

TsqlTable TsqlCatalog::availabilityDatabasesCluster() const
{
    Builder b;
    b.col("group_id", kGuid)
        .col("group_database_id", kGuid)
        .col("database_name", kSysname)
        .col("truncation_lsn", kLsn);
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        for (const QString &name : ag.databases)
            b.row({ag.groupId, groupDatabaseId(ag.groupId, name), name, QVariant()});
    }
    return b.table();
}

TsqlTable TsqlCatalog::replicaStates() const
{
    Builder b;
    b.col("replica_id", kGuid)
        .col("group_id", kGuid)
        .col("is_local", kBit)
        .col("role", kTiny)
        .col("role_desc", kDesc)
        .col("operational_state", kTiny)
        .col("operational_state_desc", kDesc)
        .col("connected_state", kTiny)
        .col("connected_state_desc", kDesc)
        .col("recovery_health", kTiny)
        .col("recovery_health_desc", kDesc)
        .col("synchronization_health", kTiny)
        .col("synchronization_health_desc", kDesc)
        .col("last_connect_error_number", kInt)
        .col("last_connect_error_description", type(TsqlKind::NVarChar, 1024))
        .col("last_connect_error_timestamp", kDate)
        .col("write_lease_remaining_ticks", kBig)
        .col("current_configuration_commit_start_time_utc", kDate);
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        const SimReplica *local = ag.localReplica();
        const bool primary = local && local->role == QLatin1String("PRIMARY");
        for (const SimReplica &r : ag.replicas) {
            // A secondary only knows its own replica's state.
            if (!r.isLocal && !primary)
                continue;
            const QString operational = r.isLocal
                ? (r.operationalState.isEmpty() ? QStringLiteral("ONLINE") : r.operationalState)
                : QString();
            static const QStringList operationalStates
                = {QStringLiteral("PENDING_FAILOVER"), QStringLiteral("PENDING"),
                   QStringLiteral("ONLINE"),           QStringLiteral("OFFLINE"),
                   QStringLiteral("FAILED"),           QStringLiteral("FAILED_NO_QUORUM")};
            const QString role = r.role.isEmpty() ? QStringLiteral("RESOLVING") : r.role;
            b.row(
                {r.replicaId, ag.groupId, r.isLocal, roleCode(role), role,
                 operational.isEmpty() ? QVariant()
                                       : QVariant(operationalStates.indexOf(operational)),
                 operational.isEmpty() ? QVariant() : QVariant(operational),
                 r.connectedState == QLatin1String("CONNECTED") ? 1 : 0, r.connectedState,
                 r.isLocal ? QVariant(1) : QVariant(),
                 r.isLocal ? QVariant(QStringLiteral("ONLINE")) : QVariant(),
                 healthCode(r.synchronizationHealth), r.synchronizationHealth,
                 r.lastConnectErrorNumber == 0 ? QVariant() : QVariant(r.lastConnectErrorNumber),
                 r.lastConnectErrorNumber == 0 ? QVariant()
                                               : QVariant(r.lastConnectErrorDescription),
                 r.lastConnectErrorNumber == 0 ? QVariant() : QVariant(r.lastConnectErrorTimestamp),
                 r.isLocal ? QVariant(qint64(9223372036854775807LL)) : QVariant(), QVariant()});
        }
    }
    return b.table();
}

TsqlTable TsqlCatalog::databaseReplicaStates() const
{
    Builder b;
    b.col("database_id", kInt)
        .col("group_id", kGuid)
        .col("replica_id", kGuid)
        .col("group_database_id", kGuid)
        .col("is_local", kBit)
        .col("is_primary_replica", kBit)
        .col("synchronization_state", kTiny)
        .col("synchronization_state_desc", kDesc)
        .col("is_commit_participant", kBit)
        .col("synchronization_health", kTiny)
        .col("synchronization_health_desc", kDesc)
        .col("database_state", kTiny)
        .col("database_state_desc", kDesc)
        .col("is_suspended", kBit)
        .col("suspend_reason", kTiny)
        .col("suspend_reason_desc", kDesc)
        .col("recovery_lsn", kLsn)
        .col("truncation_lsn", kLsn)
        .col("last_sent_lsn", kLsn)
        .col("last_sent_time", kDate)
        .col("last_received_lsn", kLsn)
        .col("last_received_time", kDate)
        .col("last_hardened_lsn", kLsn)
        .col("last_hardened_time", kDate)
        .col("last_redone_lsn", kLsn)
        .col("last_redone_time", kDate)
        .col("log_send_queue_size", kBig)
        .col("log_send_rate", kBig)
        .col("redo_queue_size", kBig)
        .col("redo_rate", kBig)
        .col("filestream_send_rate", kBig)
        .col("end_of_log_lsn", kLsn)
        .col("last_commit_lsn", kLsn)
        .col("last_commit_time", kDate)
        .col("low_water_mark_for_ghosts", kBig)
        .col("secondary_lag_seconds", kBig);
    const QDateTime now = m_world.clock().now();

    // The partner's copy of a database in a link, on any other instance of the world.
    const auto partnerDatabase
        = [this](const QString &database, const QString &memberAg) -> const SimDatabase * {
        QList<SimInstance *> engines = m_world.sqlServers();
        for (SimManagedInstance *mi : m_world.managedInstances())
            engines << mi->engine();
        for (SimInstance *engine : engines) {
            if (engine == &m_instance)
                continue;
            for (const SimDatabase &d : std::as_const(engine->databases)) {
                if (d.name.compare(database, Qt::CaseInsensitive) == 0 && d.replication.inLink
                    && d.replication.availabilityGroup.compare(memberAg, Qt::CaseInsensitive) == 0)
                    return &d;
            }
        }
        return nullptr;
    };
    const auto addRow = [&](const SimDatabase &d, const QUuid &groupId, const SimReplica &replica,
                            bool isLocal, bool isPrimary, const SimDatabase::Replication &rep,
                            quint64 endOfLog) {
        const QString state = rep.synchronizationState.isEmpty()
            ? (isPrimary ? QStringLiteral("SYNCHRONIZED") : QStringLiteral("NOT SYNCHRONIZING"))
            : rep.synchronizationState;
        const QString health = rep.synchronizationHealth.isEmpty()
            ? (isPrimary ? QStringLiteral("HEALTHY") : QStringLiteral("NOT_HEALTHY"))
            : rep.synchronizationHealth;
        const quint64 hardened = isPrimary ? endOfLog : rep.lastHardenedLsn;
        const bool known = isLocal || hardened != 0;
        b.row({d.databaseId,
               groupId,
               replica.replicaId,
               groupDatabaseId(groupId, d.name),
               isLocal,
               isPrimary,
               syncStateCode(state),
               state,
               isPrimary,
               healthCode(health),
               health,
               isLocal ? QVariant(0) : QVariant(),
               isLocal ? QVariant(QStringLiteral("ONLINE")) : QVariant(),
               false,
               QVariant(),
               QVariant(),
               lsn(endOfLog),
               lsn(d.lastLogBackupLsn),
               lsn(isPrimary ? endOfLog : rep.lastReceivedLsn),
               known ? QVariant(now) : QVariant(),
               lsn(isPrimary ? 0 : rep.lastReceivedLsn),
               (!isPrimary && known) ? QVariant(now) : QVariant(),
               lsn(hardened),
               known ? QVariant(now) : QVariant(),
               lsn(isPrimary ? endOfLog : rep.lastRedoneLsn),
               (!isPrimary && known) ? QVariant(now) : QVariant(),
               isPrimary ? QVariant() : QVariant(qint64(rep.logSendQueueKb)),
               isPrimary ? QVariant() : QVariant(qint64(0)),
               isPrimary ? QVariant() : QVariant(qint64(rep.redoQueueKb)),
               isPrimary ? QVariant() : QVariant(qint64(0)),
               QVariant(),
               lsn(isPrimary ? endOfLog : rep.lastHardenedLsn),
               lsn(isPrimary ? endOfLog : rep.lastCommitLsn),
               known ? QVariant(now) : QVariant(),
               qint64(1),
               isPrimary ? QVariant(qint64(0)) : QVariant(qint64(rep.secondaryLagSeconds))});
    };

    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        const SimReplica *local = ag.localReplica();
        if (!local)
            continue;
        const bool localPrimary = local->role == QLatin1String("PRIMARY");
        if (!ag.distributed) {
            for (const QString &name : ag.databases) {
                const auto d = database(name);
                if (!d)
                    continue;
                SimDatabase::Replication rep = d->replication;
                if (!d->replication.inLink || localPrimary) {
                    rep.synchronizationState
                        = local->availabilityMode == QLatin1String("SYNCHRONOUS_COMMIT")
                        ? QStringLiteral("SYNCHRONIZED")
                        : QStringLiteral("SYNCHRONIZING");
                    rep.synchronizationHealth = QStringLiteral("HEALTHY");
                }
                addRow(*d, ag.groupId, *local, true, localPrimary, rep,
                       localPrimary ? d->endOfLogLsn : d->replication.lastHardenedLsn);
            }
            continue;
        }
        // A distributed AG: the databases of its local member AG.
        for (const SimDatabase &d : databases()) {
            if (!d.replication.inLink
                || d.replication.availabilityGroup.compare(local->serverName, Qt::CaseInsensitive)
                    != 0)
                continue;
            const bool primary = d.replication.isPrimary;
            addRow(d, ag.groupId, *local, true, primary, d.replication,
                   primary ? d.endOfLogLsn : d.replication.lastHardenedLsn);
            if (!primary)
                continue;
            for (const SimReplica &r : ag.replicas) {
                if (r.isLocal)
                    continue;
                const SimDatabase *partner = partnerDatabase(d.name, r.serverName);
                SimDatabase::Replication rep
                    = partner ? partner->replication : SimDatabase::Replication();
                addRow(d, ag.groupId, r, false, false, rep, rep.lastHardenedLsn);
            }
        }
    }
    return b.table();
}

TsqlTable TsqlCatalog::physicalSeedingStats() const
{
    Builder b;
    b.col("local_physical_seeding_id", kGuid)
        .col("remote_physical_seeding_id", kGuid)
        .col("local_database_id", kInt)
        .col("local_database_name", kSysname)
        .col("remote_machine_name", type(TsqlKind::NVarChar, 128))
        .col("role_desc", kDesc)
        .col("internal_state_desc", kDesc)
        .col("transfer_rate_bytes_per_second", kBig)
        .col("transferred_size_bytes", kBig)
        .col("database_size_bytes", kBig)
        .col("start_time_utc", kDate)
        .col("end_time_utc", kDate)
        .col("estimate_time_complete_utc", kDate)
        .col("total_disk_io_wait_time_ms", kBig)
        .col("total_network_wait_time_ms", kBig)
        .col("failure_code", kInt)
        .col("failure_message", type(TsqlKind::NVarChar, 4000))
        .col("failure_time_utc", kDate)
        .col("is_compression_enabled", kBit);
    // Seeding runs while the managed instance's link reports the database as being created.
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        if (!ag.distributed)
            continue;
        for (SimManagedInstance *mi : m_world.managedInstances()) {
            SimLinkResource *link = mi->link(ag.name);
            if (!link)
                continue;
            for (const SimLinkDatabase &ld : std::as_const(link->databases)) {
                if (ld.replicaState != QLatin1String("CreatingLink")
                    && ld.replicaState != QLatin1String("Seeding"))
                    continue;
                const auto d = database(ld.databaseName);
                const qint64 size = d ? d->sizeBytes : 0;
                QString percent = ld.seedingProgress;
                percent.remove(QLatin1Char('%'));
                const qint64 transferred = static_cast<qint64>(size * percent.toDouble() / 100.0);
                const QUuid id
                    = QUuid::createUuidV5(link->distributedAvailabilityGroupId, ld.databaseName);
                const bool source = mi->engine() != &m_instance;
                b.row({id, id, d ? QVariant(d->databaseId) : QVariant(), ld.databaseName,
                       source ? mi->fqdn : m_instance.serverName,
                       source ? QStringLiteral("Source") : QStringLiteral("Destination"),
                       QStringLiteral("ReadingAndSendingData"), qint64(64) * 1024 * 1024,
                       transferred, size, m_world.clock().now(), QVariant(), QVariant(), 0, 0, 0,
                       QVariant(), QVariant(), true});
            }
        }
    }
    return b.table();
}

TsqlTable TsqlCatalog::automaticSeeding() const
{
    Builder b;
    b.col("start_time", kDate)
        .col("completion_time", kDate)
        .col("ag_id", kGuid)
        .col("ag_db_id", kGuid)
        .col("ag_remote_replica_id", kGuid)
        .col("operation_id", kGuid)
        .col("is_source", kBit)
        .col("current_state", kDesc)
        .col("performed_seeding", kBit)
        .col("failure_state", kInt)
        .col("failure_state_desc", kDesc)
        .col("error_code", kInt)
        .col("number_of_attempts", kInt);
    const TsqlTable stats = physicalSeedingStats();
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        if (!ag.distributed)
            continue;
        for (const QList<TsqlValue> &row : stats.rows) {
            const QString name = row.at(3).toText();
            QUuid remote;
            for (const SimReplica &r : ag.replicas) {
                if (!r.isLocal)
                    remote = r.replicaId;
            }
            b.row({m_world.clock().now(), QVariant(), ag.groupId, groupDatabaseId(ag.groupId, name),
                   remote, row.at(0).data, row.at(5).toText() == QLatin1String("Source"),
                   QStringLiteral("SEEDING"), true, 0, QVariant(), 0, 1});
        }
    }
    return b.table();
}

TsqlTable TsqlCatalog::hostInfo() const
{
    Builder b;
    b.col("host_platform", type(TsqlKind::NVarChar, 256))
        .col("host_distribution", type(TsqlKind::NVarChar, 256))
        .col("host_release", type(TsqlKind::NVarChar, 256))
        .col("host_service_pack_level", type(TsqlKind::NVarChar, 256))
        .col("host_sku", kInt)
        .col("os_language_version", kInt)
        .col("host_architecture", type(TsqlKind::NVarChar, 256));
    const bool linux
        = m_instance.hostPlatform.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
    QString release = QStringLiteral("10.0");
    if (linux) {
        static const QRegularExpression version(QStringLiteral("(\\d+(\\.\\d+)?)"));
        const auto match = version.match(m_instance.hostDistribution);
        release = match.hasMatch() ? match.captured(1) : QStringLiteral("22.04");
    }
    b.row({m_instance.hostPlatform, m_instance.hostDistribution, release, QString(),
           linux ? QVariant() : QVariant(8), 1033, QStringLiteral("X64")});
    return b.table();
}

TsqlTable TsqlCatalog::serverServices() const
{
    Builder b;
    b.col("servicename", type(TsqlKind::NVarChar, 256))
        .col("startup_type", kInt)
        .col("startup_type_desc", type(TsqlKind::NVarChar, 256))
        .col("status", kInt)
        .col("status_desc", type(TsqlKind::NVarChar, 256))
        .col("process_id", kInt)
        .col("last_startup_time", type(TsqlKind::DateTime2))
        .col("service_account", type(TsqlKind::NVarChar, 256))
        .col("filename", type(TsqlKind::NVarChar, 256))
        .col("is_clustered", type(TsqlKind::NVarChar, 1))
        .col("cluster_nodename", type(TsqlKind::NVarChar, 256))
        .col("instant_file_initialization_enabled", type(TsqlKind::NVarChar, 1));
    const qsizetype slash = m_instance.serverName.indexOf(QLatin1Char('\\'));
    const QString instanceName
        = slash < 0 ? QStringLiteral("MSSQLSERVER") : m_instance.serverName.mid(slash + 1);
    b.row({QStringLiteral("SQL Server (%1)").arg(instanceName), 2, QStringLiteral("Automatic"), 4,
           QStringLiteral("Running"), 4242, m_world.clock().now().addDays(-3),
           QStringLiteral("NT Service\\MSSQLSERVER"), QStringLiteral("sqlservr.exe"),
           QStringLiteral("N"), QVariant(), QStringLiteral("Y")});
    b.row({QStringLiteral("SQL Server Agent (%1)").arg(instanceName), 2,
           QStringLiteral("Automatic"), m_instance.agentRunning ? 4 : 1,
           m_instance.agentRunning ? QStringLiteral("Running") : QStringLiteral("Stopped"),
           m_instance.agentRunning ? QVariant(4343) : QVariant(),
           m_instance.agentRunning ? QVariant(m_world.clock().now().addDays(-3)) : QVariant(),
           QStringLiteral("NT Service\\SQLSERVERAGENT"), QStringLiteral("SQLAGENT.EXE"),
           QStringLiteral("N"), QVariant(), QStringLiteral("N")});
    return b.table();
}

TsqlTable TsqlCatalog::logSpaceUsage(const QString &databaseName) const
{
    Builder b;
    b.col("database_id", kInt)
        .col("total_log_size_in_bytes", kBig)
        .col("used_log_space_in_bytes", kBig)
        .col("used_log_space_in_percent", type(TsqlKind::Float))
        .col("log_space_in_bytes_since_last_backup", kBig);
    const auto d = database(databaseName);
    if (d) {
        const qint64 used = static_cast<qint64>(d->logSizeBytes * d->logUsedPercent / 100.0);
        b.row({d->databaseId, d->logSizeBytes, used, d->logUsedPercent, used});
    }
    return b.table();
}

TsqlTable TsqlCatalog::fabricConfigParameters() const
{
    Builder b;
    b.col("section_name", type(TsqlKind::NVarChar, 256))
        .col("parameter_name", type(TsqlKind::NVarChar, 256))
        .col("value", type(TsqlKind::NVarChar, 4000))
        .col("is_overridden", kBit);
    const SimManagedInstance *mi = m_world.managedInstanceOf(&m_instance);
    const QString dns = mi ? mi->fqdn : m_instance.hostName;
    b.row({QStringLiteral("SQL"), QStringLiteral("DnsRecordName"), dns, false});
    b.row({QStringLiteral("SQL"), QStringLiteral("HadrPort"), QStringLiteral("5022"), false});
    return b.table();
}

TsqlTable TsqlCatalog::backupset() const
{
    Builder b;
    b.col("backup_set_id", kInt)
        .col("media_set_id", kInt)
        .col("name", type(TsqlKind::NVarChar, 128))
        .col("description", type(TsqlKind::NVarChar, 255))
        .col("database_name", type(TsqlKind::NVarChar, 128))
        .col("server_name", type(TsqlKind::NVarChar, 128))
        .col("machine_name", type(TsqlKind::NVarChar, 128))
        .col("type", type(TsqlKind::Char, 1))
        .col("is_copy_only", kBit)
        .col("has_backup_checksums", kBit)
        .col("backup_start_date", kDate)
        .col("backup_finish_date", kDate)
        .col("first_lsn", kLsn)
        .col("last_lsn", kLsn)
        .col("checkpoint_lsn", kLsn)
        .col("database_backup_lsn", kLsn)
        .col("backup_size", TsqlTypeInfo::of(TsqlKind::Numeric, -1, 20, 0))
        .col("compressed_backup_size", TsqlTypeInfo::of(TsqlKind::Numeric, -1, 20, 0))
        .col("recovery_model", type(TsqlKind::NVarChar, 60));
    int id = 1;
    for (const SimBackup &backup : std::as_const(m_instance.backups)) {
        const auto d = database(backup.databaseName);
        const qint64 size
            = d ? (backup.type == QLatin1Char('L') ? d->logSizeBytes / 4 : d->sizeBytes) : 0;
        b.row({id, id, QVariant(), QVariant(), backup.databaseName, m_instance.serverName,
               m_instance.serverName.section(QLatin1Char('\\'), 0, 0), QString(backup.type),
               backup.copyOnly, backup.checksum, backup.startDate, backup.finishDate,
               lsn(backup.firstLsn), lsn(backup.lastLsn), lsn(backup.firstLsn), QVariant(),
               QString::number(size), QString::number(size / 3),
               d ? QVariant(d->recoveryModel) : QVariant()});
        ++id;
    }
    return b.table();
}

namespace {

// A stable job_id per job name, as msdb keeps one per job.
QUuid jobId(const QString &name)
{
    static const QUuid ns(QStringLiteral("{6c1d8f0e-7a3b-4c59-9e21-0b5f4d3a2c17}"));
    return QUuid::createUuidV5(ns, name);
}

} // namespace

TsqlTable TsqlCatalog::sysjobs() const
{
    Builder b;
    b.col("job_id", type(TsqlKind::UniqueIdentifier))
        .col("name", kSysname)
        .col("enabled", type(TsqlKind::TinyInt))
        .col("description", type(TsqlKind::NVarChar, 512));
    for (const SimAgentJob &job : std::as_const(m_instance.agentJobs))
        b.row({jobId(job.name), job.name, job.enabled ? 1 : 0, QString()});
    return b.table();
}

TsqlTable TsqlCatalog::sysjobsteps() const
{
    Builder b;
    b.col("job_id", type(TsqlKind::UniqueIdentifier))
        .col("step_id", kInt)
        .col("step_name", kSysname)
        .col("subsystem", type(TsqlKind::NVarChar, 40))
        .col("command", type(TsqlKind::NVarChar, -1))
        .col("database_name", kSysname);
    for (const SimAgentJob &job : std::as_const(m_instance.agentJobs)) {
        int stepId = 1;
        for (const SimAgentJobStep &step : job.steps)
            b.row({jobId(job.name), stepId++, step.stepName, step.subsystem, step.command,
                   QStringLiteral("master")});
    }
    return b.table();
}

TsqlTable TsqlCatalog::backupmediafamily() const
{
    Builder b;
    b.col("media_set_id", kInt)
        .col("family_sequence_number", kTiny)
        .col("physical_device_name", type(TsqlKind::NVarChar, 260))
        .col("device_type", kTiny);
    int id = 1;
    for (const SimBackup &backup : std::as_const(m_instance.backups)) {
        const bool url = backup.path.startsWith(QLatin1String("http"), Qt::CaseInsensitive);
        b.row({id++, 1, backup.path, url ? 9 : 2});
    }
    return b.table();
}

TsqlTable TsqlCatalog::serverPrincipals() const
{
    Builder b;
    b.col("name", kSysname)
        .col("principal_id", kInt)
        .col("sid", type(TsqlKind::VarBinary, 85))
        .col("type", type(TsqlKind::Char, 1))
        .col("type_desc", kDesc)
        .col("is_disabled", kBit)
        .col("create_date", kDate)
        .col("modify_date", kDate)
        .col("default_database_name", kSysname);
    const QDateTime created(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    b.row({QStringLiteral("public"), 2, QByteArray::fromHex("02"), QStringLiteral("R"),
           QStringLiteral("SERVER_ROLE"), false, created, created, QVariant()});
    b.row({QStringLiteral("sysadmin"), 3, QByteArray::fromHex("03"), QStringLiteral("R"),
           QStringLiteral("SERVER_ROLE"), false, created, created, QVariant()});
    int id = 256;
    for (const SimLogin &login : std::as_const(m_instance.logins)) {
        const int principal
            = login.name.compare(QLatin1String("sa"), Qt::CaseInsensitive) == 0 ? 1 : id++;
        b.row({login.name, principal,
               QCryptographicHash::hash(login.name.toUtf8(), QCryptographicHash::Md5),
               QStringLiteral("S"), QStringLiteral("SQL_LOGIN"), login.disabled, created, created,
               QStringLiteral("master")});
    }
    return b.table();
}

TsqlTable TsqlCatalog::serverRoleMembers() const
{
    Builder b;
    b.col("role_principal_id", kInt).col("member_principal_id", kInt);
    const TsqlTable principals = serverPrincipals();
    for (const QList<TsqlValue> &row : principals.rows) {
        if (row.at(3).toText() != QLatin1String("S"))
            continue;
        const SimLogin *login = m_instance.login(row.at(0).toText());
        if (login && login->sysadmin)
            b.row({3, row.at(1).data});
    }
    return b.table();
}

TsqlTable TsqlCatalog::databaseEncryptionKeys() const
{
    Builder b;
    b.col("database_id", kInt)
        .col("encryption_state", kInt)
        .col("encryption_state_desc", kDesc)
        .col("key_algorithm", kDesc)
        .col("key_length", kInt)
        .col("encryptor_type", kDesc);
    for (const SimDatabase &d : databases()) {
        if (d.encrypted)
            b.row({d.databaseId, 3, QStringLiteral("ENCRYPTED"), QStringLiteral("AES"), 256,
                   QStringLiteral("CERTIFICATE")});
    }
    return b.table();
}

} // namespace milink::sim
