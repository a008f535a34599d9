#include "PlanBuilder.h"

#include "RootCertificate.h"
#include "SupportMatrix.h"

#include "link/LinkDefaults.h"
#include "link/LinkValidator.h"
#include "tsql/TsqlQuote.h"

#include <QJsonArray>
#include <QUrl>

namespace milink {

namespace {

using Target = PlanStep::Target;
using Scope = PlanStep::Scope;

// Names are validated before any T-SQL is built, so identifier() cannot fail here.
QString ident(const QString &name)
{
    return TsqlQuote::identifier(name).value_or(QStringLiteral("[]"));
}

// Literals for text that sqlcmd also reads: `$(` is split so it is never expanded.
QString lit(const QString &text)
{
    return TsqlQuote::literal(text, TsqlQuote::SqlcmdMode::Escape);
}

QString encoded(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString throwStatement(const QString &message)
{
    return QStringLiteral(";THROW 50000, %1, 1;").arg(lit(message));
}

// Undo of a certificate the run created; skipped when it is gone or an endpoint
// uses it (an endpoint that existed before the run was altered to it, and stays).
StepUndo dropCertificateUndo(const QString &name, const QString &title)
{
    StepUndo undo;
    undo.title = title;
    undo.tsql = QStringLiteral("DROP CERTIFICATE %1;").arg(ident(name));
    undo.goneQuery = QStringLiteral("SELECT 1 WHERE CERT_ID(%1) IS NULL\n"
                                    "UNION ALL SELECT 1 FROM sys.database_mirroring_endpoints "
                                    "WHERE certificate_id = CERT_ID(%1)")
                         .arg(lit(name));
    return undo;
}

StepUndo dropGroupUndo(const QString &name, const QString &title)
{
    StepUndo undo;
    undo.title = title;
    undo.tsql = QStringLiteral("DROP AVAILABILITY GROUP %1;").arg(ident(name));
    undo.goneQuery = QStringLiteral("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                                    "sys.availability_groups WHERE name = %1)")
                         .arg(lit(name));
    return undo;
}

StepUndo armDeleteUndo(ArmCall::Action action, const QString &path, const QString &name,
                       const QString &title)
{
    ArmCall del;
    del.action = action;
    del.method = "DELETE";
    del.path = path;
    del.longRunning = true;
    del.resourceName = name;
    StepUndo undo;
    undo.title = title;
    undo.arm = del;
    undo.armGoneWhenAny << ArmCheck {path, ArmCheck::Predicate::Absent, {}, {}, name};
    return undo;
}

QString availabilityMode(ReplicationMode mode)
{
    return mode == ReplicationMode::Sync ? QStringLiteral("SYNCHRONOUS_COMMIT")
                                         : QStringLiteral("ASYNCHRONOUS_COMMIT");
}

QString replicaStatesOfDag(const QString &dag)
{
    return QStringLiteral("SELECT 1 FROM sys.availability_groups AS ag\n"
                          "JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id\n"
                          "JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = "
                          "r.replica_id\n"
                          "WHERE ag.name = %1 AND ag.is_distributed = 1")
        .arg(lit(dag));
}

// Non-empty when this side's role in the distributed AG is `role`.
QString localRoleQuery(const QString &dag, const QString &role)
{
    return QStringLiteral("SELECT 1 FROM sys.availability_groups AS ag\n"
                          "JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = "
                          "ag.group_id\n"
                          "WHERE ag.name = %1 AND ag.is_distributed = 1 AND rs.is_local = 1 AND "
                          "rs.role_desc = N'%2'")
        .arg(lit(dag), role);
}

class Builder
{
public:
    Builder(const LinkDefinition &link, const PlanOptions &options,
            const DiscoveredState *discovered)
        : m_link(link), m_options(options), m_discovered(discovered)
    {
        for (const DatabaseLink &db : link.databases) {
            if (options.databases.isEmpty() || options.databases.contains(db.databaseName))
                m_databases << db;
        }
    }

    const QList<DatabaseLink> &databases() const { return m_databases; }
    Plan take() { return std::move(m_plan); }

    void createLinkFromSqlServer();
    void createLinkFromManagedInstance();
    void setReplicationMode();
    void failover();
    void deleteLink();
    void rotateCertificate();
    void repairSplitBrain();

private:
    PlanStep &add(const QString &id, Target target, const QString &title,
                  const QString &description)
    {
        PlanStep step;
        step.id = id;
        step.target = target;
        step.title = title;
        step.description = description;
        m_plan.steps.append(step);
        return m_plan.steps.last();
    }
    PlanStep &addForDatabase(const QString &id, const DatabaseLink &db, Target target,
                             const QString &title, const QString &description)
    {
        PlanStep &step = add(id + QLatin1Char(':') + db.linkName, target, title, description);
        step.scope = Scope::Database;
        step.databaseName = db.databaseName;
        step.linkName = db.linkName;
        return step;
    }
    void addParameter(PlanParameter::Kind kind, const QString &name, const QString &description,
                      const QString &value = {}, const QString &producedBy = {})
    {
        if (m_plan.parameter(name))
            return;
        m_plan.parameters.append({name, kind, value, producedBy, description});
    }
    int databaseNumber(const DatabaseLink &db) const
    {
        return static_cast<int>(m_link.databases.indexOf(db)) + 1;
    }
    QString linkPath(const DatabaseLink &db) const
    {
        return QStringLiteral("/distributedAvailabilityGroups/") + encoded(db.linkName);
    }
    QString listenerUrl() const { return m_link.endpoint.url(); }
    QString miListenerUrl(const DatabaseLink *databaseForMiPrimary) const
    {
        QString url = QStringLiteral("tcp://%1:5022;Server=[%2]")
                          .arg(m_link.managedInstance.fqdn, m_link.managedInstance.name);
        if (databaseForMiPrimary)
            url += QStringLiteral(";Database=") + ident(databaseForMiPrimary->databaseName);
        return url;
    }
    bool discoveredCertificate(const QString &name) const
    {
        return m_discovered && m_discovered->certificates.contains(name, Qt::CaseInsensitive);
    }
    bool discoveredGroup(const QString &name) const
    {
        return m_discovered && m_discovered->availabilityGroups.contains(name, Qt::CaseInsensitive);
    }
    const DiscoveredState::Database *discoveredDatabase(const QString &name) const
    {
        if (!m_discovered)
            return nullptr;
        for (const DiscoveredState::Database &db : m_discovered->databases) {
            if (db.name == name)
                return &db;
        }
        return nullptr;
    }

    // Building blocks shared by several operations.
    void checkSqlServer();
    void databaseChecks();
    void instanceTrust(bool addMasterKey);
    void createCertificate(const QString &name, const QDate &expiry, const QString &stepId);
    void uploadTrustCertificate(const QString &name, const QString &stepId);
    void configureEndpoint(const QString &certificate, const QString &stepId);
    void waitConnected(const DatabaseLink &db, const QString &idPrefix);
    void createAvailabilityGroup(PlanStep &step, const DatabaseLink &db, bool holdsDatabase);
    void setModeBothSides(const DatabaseLink &db, ReplicationMode mode, const QString &idPrefix);
    void patchMode(const DatabaseLink &db, ReplicationMode mode, const QString &idPrefix);
    // phase 0: wait synchronized and read the primary's LSN; 1: wait until the
    // secondary has it; 2: check the primary has not moved.
    void waitEqualLsns(const DatabaseLink &db, LinkSide primary, int phase);
    void deleteAzureLink(const DatabaseLink &db);
    void waitManagedInstanceBackup(const DatabaseLink &db, bool onlyWhenPrimary);
    void dropSqlServerGroups(const DatabaseLink &db);

    const LinkDefinition &m_link;
    const PlanOptions &m_options;
    const DiscoveredState *m_discovered;
    QList<DatabaseLink> m_databases;
    Plan m_plan;
};

void Builder::checkSqlServer()
{
    PlanStep &step = add(
        QStringLiteral("check-sql-server"), Target::SqlServer,
        PlanBuilder::tr("Check that Always On availability groups are enabled"),
        PlanBuilder::tr("The link is a distributed availability group, so SQL Server must have "
                        "the Always On availability groups feature enabled "
                        "(SERVERPROPERTY('IsHadrEnabled') = 1)."));
    step.doneQuery = QStringLiteral("SELECT 1 WHERE SERVERPROPERTY('IsHadrEnabled') = 1");
    step.tsql = throwStatement(PlanBuilder::tr(
        "Always On availability groups are not enabled on this SQL Server. Enable them in SQL "
        "Server Configuration Manager (Windows) or with mssql-conf set hadr.hadrenabled 1 "
        "(Linux), restart SQL Server and run this script again."));
}

void Builder::databaseChecks()
{
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        const QString name = lit(db.databaseName);
        PlanStep &recovery = addForDatabase(
            QStringLiteral("set-recovery-full"), db, Target::SqlServer,
            PlanBuilder::tr("Use the full recovery model for %1").arg(db.databaseName),
            PlanBuilder::tr("The link replicates the transaction log, which needs the FULL "
                            "recovery model."));
        recovery.doneQuery = QStringLiteral("SELECT 1 FROM sys.databases WHERE name = %1 AND "
                                            "recovery_model_desc = N'FULL'")
                                 .arg(name);
        recovery.tsql
            = QStringLiteral("ALTER DATABASE %1 SET RECOVERY FULL;").arg(ident(db.databaseName));
        const DiscoveredState::Database *found = discoveredDatabase(db.databaseName);
        recovery.alreadyDone = found && found->fullRecovery.value_or(false);

        const QString hasBackup
            = QStringLiteral("SELECT 1 FROM sys.database_recovery_status WHERE database_id = "
                             "DB_ID(%1) AND last_log_backup_lsn IS NOT NULL\n"
                             "UNION ALL SELECT 1 FROM msdb.dbo.backupset WHERE database_name = "
                             "%1 AND type = 'D' AND is_copy_only = 0")
                  .arg(name);
        if (m_options.takeFullBackup) {
            PlanStep &backup = addForDatabase(
                QStringLiteral("full-backup"), db, Target::SqlServer,
                PlanBuilder::tr("Take a full backup of %1").arg(db.databaseName),
                PlanBuilder::tr("Seeding needs an unbroken log chain, which starts with a full "
                                "backup. milink takes one only when none exists, WITH CHECKSUM "
                                "and never COPY_ONLY (a copy-only backup does not start a "
                                "chain; SQL Server error 1475 asks for this backup)."));
            backup.doneQuery = hasBackup;
            const QChar separator = m_options.backupDirectory.contains(QLatin1Char('\\'))
                ? QLatin1Char('\\')
                : QLatin1Char('/');
            backup.tsql = QStringLiteral("DECLARE @file nvarchar(4000) = N'$(BackupDirectory)' + "
                                         "%1;\nBACKUP DATABASE %2 TO DISK = @file WITH CHECKSUM, "
                                         "INIT;")
                              .arg(lit(separator + db.linkName + QStringLiteral(".bak")),
                                   ident(db.databaseName));
            backup.consumes << QStringLiteral("BackupDirectory");
            backup.alreadyDone = found && found->hasFullBackup.value_or(false);
            addParameter(PlanParameter::Kind::Setting, QStringLiteral("BackupDirectory"),
                         PlanBuilder::tr("Directory on the SQL Server host for full backups."),
                         m_options.backupDirectory);
        }
        PlanStep &check = addForDatabase(
            QStringLiteral("check-full-backup"), db, Target::SqlServer,
            PlanBuilder::tr("Check that %1 has a full backup").arg(db.databaseName),
            PlanBuilder::tr("Automatic seeding starts from the log chain of a full backup that "
                            "is not COPY_ONLY."));
        check.doneQuery = hasBackup;
        check.tsql = throwStatement(
            PlanBuilder::tr("The database %1 has no full backup. Take one with BACKUP DATABASE "
                            "… WITH CHECKSUM (not COPY_ONLY), or export the scripts again with "
                            "--full-backup, and run this script again.")
                .arg(db.databaseName));
        check.alreadyDone = found && found->hasFullBackup.value_or(false);
    }
}

void Builder::createCertificate(const QString &name, const QDate &expiry, const QString &stepId)
{
    PlanStep &step = add(
        stepId, Target::SqlServer,
        PlanBuilder::tr("Create the SQL Server endpoint certificate %1").arg(name),
        PlanBuilder::tr("The mirroring endpoint authenticates to the managed instance with this "
                        "certificate; its private key is protected by the master key. When no "
                        "expiry date is set, it expires one year after this statement runs."));
    step.doneQuery
        = QStringLiteral("SELECT 1 FROM master.sys.certificates WHERE name = %1").arg(lit(name));
    const QString expiryExpression = expiry.isValid()
        ? lit(expiry.toString(QStringLiteral("yyyyMMdd")))
        : QStringLiteral("CONVERT(nvarchar(8), DATEADD(YEAR, 1, SYSUTCDATETIME()), 112)");
    step.tsql = QStringLiteral("DECLARE @expiry nvarchar(8) = %1;\n"
                               "DECLARE @sql nvarchar(max) = %2 + @expiry + N'''';\n"
                               "EXEC (@sql);")
                    .arg(expiryExpression,
                         lit(QStringLiteral("CREATE CERTIFICATE %1 WITH SUBJECT = %2, "
                                            "EXPIRY_DATE = '")
                                 .arg(ident(name), TsqlQuote::literal(name))));
    step.output = StepOutput {QStringLiteral("SqlCertificatePublicKey"),
                              QStringLiteral("SELECT CONVERT(varchar(max), "
                                             "CERTENCODED(CERT_ID(%1)), 1) AS "
                                             "SqlCertificatePublicKey")
                                  .arg(lit(name)),
                              {}};
    step.produces << QStringLiteral("SqlCertificatePublicKey");
    step.notes << PlanBuilder::tr("The query prints the certificate's public key (0x…): pass it "
                                  "to the next Azure script as SqlCertificatePublicKey.");
    step.alreadyDone = discoveredCertificate(name);
    addParameter(PlanParameter::Kind::Produced, QStringLiteral("SqlCertificatePublicKey"),
                 PlanBuilder::tr("Public key of the SQL Server endpoint certificate (0x…), "
                                 "uploaded to the managed instance."),
                 {}, stepId);
}

void Builder::uploadTrustCertificate(const QString &name, const QString &stepId)
{
    PlanStep &step = add(
        stepId, Target::Arm,
        PlanBuilder::tr("Upload the SQL Server certificate %1 to the managed instance").arg(name),
        PlanBuilder::tr("The managed instance trusts SQL Server's endpoint only with its public "
                        "key stored as a server trust certificate."));
    ArmCall request;
    request.action = ArmCall::Action::PutServerTrustCertificate;
    request.method = "PUT";
    request.path = QStringLiteral("/serverTrustCertificates/") + encoded(name);
    request.body = QJsonObject {{QStringLiteral("properties"),
                                 QJsonObject {{QStringLiteral("publicBlob"),
                                               QStringLiteral("$(SqlCertificatePublicKey)")}}}};
    request.longRunning = true;
    request.resourceName = name;
    step.arm = request;
    step.armDoneWhenAny << ArmCheck {request.path, ArmCheck::Predicate::Exists, {}, {}, name};
    step.consumes << QStringLiteral("SqlCertificatePublicKey");
    step.alreadyDone
        = m_discovered && m_discovered->serverTrustCertificates.contains(name, Qt::CaseInsensitive);
    step.undo = armDeleteUndo(
        ArmCall::Action::DeleteServerTrustCertificate, request.path, name,
        PlanBuilder::tr("Delete the server trust certificate %1 in Azure").arg(name));
}

void Builder::configureEndpoint(const QString &certificate, const QString &stepId)
{
    const int port = m_link.endpoint.port;
    PlanStep &step = add(
        stepId, Target::SqlServer,
        PlanBuilder::tr("Create or adjust the database mirroring endpoint"),
        PlanBuilder::tr("The managed instance connects to this endpoint on port %1. It must use "
                        "certificate authentication with %2 and AES encryption. An existing "
                        "endpoint is altered, keeping Windows authentication (WINDOWS NEGOTIATE "
                        "CERTIFICATE) for availability groups that already use it.")
            .arg(port)
            .arg(certificate));
    step.doneQuery = QStringLiteral("SELECT 1 FROM sys.database_mirroring_endpoints AS e\n"
                                    "WHERE e.certificate_id = CERT_ID(%1) AND "
                                    "e.is_encryption_enabled = 1\n"
                                    "  AND e.encryption_algorithm_desc LIKE N'%AES%' AND "
                                    "e.state_desc = N'STARTED'")
                         .arg(lit(certificate));
    step.tsql
        = QStringLiteral(
              "DECLARE @name sysname, @port int, @auth nvarchar(60);\n"
              "SELECT @name = e.name, @port = t.port, @auth = e.connection_auth_desc\n"
              "FROM sys.database_mirroring_endpoints AS e\n"
              "JOIN sys.tcp_endpoints AS t ON t.endpoint_id = e.endpoint_id;\n"
              "IF @name IS NULL\n"
              "BEGIN\n"
              "    CREATE ENDPOINT %1 STATE = STARTED\n"
              "        AS TCP (LISTENER_PORT = %2, LISTENER_IP = ALL)\n"
              "        FOR DATABASE_MIRRORING (ROLE = ALL, AUTHENTICATION = CERTIFICATE %3,\n"
              "            ENCRYPTION = REQUIRED ALGORITHM AES);\n"
              "END\n"
              "ELSE\n"
              "BEGIN\n"
              "    IF @port <> %2\n"
              "    BEGIN\n"
              "        %4\n"
              "    END;\n"
              "    DECLARE @sql nvarchar(max) = N'ALTER ENDPOINT ' + QUOTENAME(@name)\n"
              "        + N' STATE = STARTED FOR DATABASE_MIRRORING (ROLE = ALL, AUTHENTICATION = "
              "'\n"
              "        + CASE WHEN @auth LIKE N'%NEGOTIATE%' OR @auth LIKE N'%NTLM%' OR @auth "
              "LIKE N'%KERBEROS%'\n"
              "               THEN N'WINDOWS NEGOTIATE CERTIFICATE ' ELSE N'CERTIFICATE ' END\n"
              "        + %5 + N', ENCRYPTION = REQUIRED ALGORITHM AES)';\n"
              "    EXEC (@sql);\n"
              "END;")
              .arg(ident(m_link.endpoint.name))
              .arg(port)
              .arg(ident(certificate),
                   throwStatement(
                       PlanBuilder::tr("The existing database mirroring endpoint listens on "
                                       "another port than %1. Set endpoint.port in the project "
                                       "to that port (SQL Server has one mirroring endpoint) "
                                       "and export the scripts again.")
                           .arg(port)),
                   lit(ident(certificate)));
    step.notes << PlanBuilder::tr("Afterwards, sys.database_mirroring_endpoints shows "
                                  "STARTED, encryption AES and the certificate. Allow inbound "
                                  "TCP %1 from the managed instance's subnet.")
                      .arg(port);
    step.alreadyDone = m_discovered && m_discovered->endpointReady.value_or(false);
    StepUndo undo;
    undo.title
        = PlanBuilder::tr("Drop the database mirroring endpoint %1").arg(m_link.endpoint.name);
    undo.tsql = QStringLiteral("DROP ENDPOINT %1;").arg(ident(m_link.endpoint.name));
    undo.goneQuery = QStringLiteral("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                                    "sys.database_mirroring_endpoints WHERE name = %1)\n"
                                    "UNION ALL SELECT 1 FROM sys.availability_groups")
                         .arg(lit(m_link.endpoint.name));
    // An endpoint that existed is only altered: the run did not create it.
    undo.existedBeforeQuery = QStringLiteral("SELECT 1 FROM sys.database_mirroring_endpoints");
    step.undo = undo;
}

void Builder::instanceTrust(bool addMasterKey)
{
    const QString certificate = m_link.effectiveCertificateName();
    if (addMasterKey) {
        PlanStep &key
            = add(QStringLiteral("create-master-key"), Target::SqlServer,
                  PlanBuilder::tr("Create the database master key in master"),
                  PlanBuilder::tr("The master key protects the private key of the endpoint "
                                  "certificate. The password is a parameter and is never written "
                                  "into a script or a project file."));
        key.doneQuery = QStringLiteral(
            "SELECT 1 FROM master.sys.symmetric_keys WHERE symmetric_key_id = 101");
        key.tsql = QStringLiteral("IF N'$(MasterKeyPassword)' = N''\n"
                                  "BEGIN\n"
                                  "    %1\n"
                                  "END;\n"
                                  "CREATE MASTER KEY ENCRYPTION BY PASSWORD = "
                                  "N'$(MasterKeyPassword)';")
                       .arg(throwStatement(PlanBuilder::tr(
                           "MasterKeyPassword is empty. Pass the master key password as the "
                           "sqlcmd variable MasterKeyPassword.")));
        key.consumes << QStringLiteral("MasterKeyPassword");
        key.notes << PlanBuilder::tr("Keep the master key password in your password safe; "
                                     "SQL Server asks for it when master is restored elsewhere.");
        key.alreadyDone = m_discovered && m_discovered->hasMasterKey.value_or(false);
        // Only ever undone when this run created it: a master key that existed
        // before protects other certificates.
        StepUndo undo;
        undo.title = PlanBuilder::tr("Drop the database master key in master");
        undo.tsql = QStringLiteral("DROP MASTER KEY;");
        undo.goneQuery = QStringLiteral("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                                        "master.sys.symmetric_keys WHERE symmetric_key_id = 101)");
        key.undo = undo;
        addParameter(PlanParameter::Kind::Secret, QStringLiteral("MasterKeyPassword"),
                     PlanBuilder::tr("Password of the database master key in master (secret; "
                                     "only needed when master has no master key yet)."));
    }

    createCertificate(certificate, m_link.certificate.expiryDate,
                      QStringLiteral("create-certificate"));
    m_plan.steps.last().undo = dropCertificateUndo(
        certificate,
        PlanBuilder::tr("Drop the SQL Server endpoint certificate %1").arg(certificate));
    uploadTrustCertificate(certificate, QStringLiteral("upload-server-trust-certificate"));

    PlanStep &download
        = add(QStringLiteral("download-endpoint-certificate"), Target::Arm,
              PlanBuilder::tr("Download the managed instance's endpoint certificate"),
              PlanBuilder::tr("SQL Server must trust the public key of the managed instance's "
                              "DATABASE_MIRRORING endpoint."));
    ArmCall get;
    get.action = ArmCall::Action::GetEndpointCertificate;
    get.method = "GET";
    get.path = QStringLiteral("/endpointCertificates/DATABASE_MIRRORING");
    get.resourceName = QStringLiteral("DATABASE_MIRRORING");
    download.arm = get;
    download.output = StepOutput {
        QStringLiteral("MiEndpointCertificate"), {}, QStringLiteral("/properties/publicBlob")};
    download.produces << QStringLiteral("MiEndpointCertificate");
    download.notes << PlanBuilder::tr("The Azure CLI prints the key without 0x; the scripts "
                                      "accept it either way.");
    addParameter(PlanParameter::Kind::Produced, QStringLiteral("MiEndpointCertificate"),
                 PlanBuilder::tr("Public key of the managed instance's mirroring endpoint "
                                 "certificate (hex, with or without 0x)."),
                 {}, download.id);

    const QString fqdn = m_link.managedInstance.fqdn;
    PlanStep &miCert
        = add(QStringLiteral("create-managed-instance-certificate"), Target::SqlServer,
              PlanBuilder::tr("Trust the managed instance's certificate on SQL Server"),
              PlanBuilder::tr("Creates the certificate named exactly after the managed instance "
                              "(%1) from its public key; SQL Server finds it by that name when the "
                              "managed instance connects.")
                  .arg(fqdn));
    miCert.doneQuery
        = QStringLiteral("SELECT 1 FROM master.sys.certificates WHERE name = %1").arg(lit(fqdn));
    miCert.tsql
        = QStringLiteral(
              "DECLARE @hex nvarchar(max) = REPLACE(REPLACE(REPLACE(REPLACE("
              "N'$(MiEndpointCertificate)', N' ', N''), NCHAR(9), N''), NCHAR(10), N''), "
              "NCHAR(13), N'');\n"
              "IF LEFT(@hex, 2) NOT IN (N'0x', N'0X') SET @hex = N'0x' + @hex;\n"
              "IF LEN(@hex) < 4 OR LEN(@hex) % 2 <> 0 OR SUBSTRING(@hex, 3, LEN(@hex)) LIKE "
              "N'%[^0-9A-Fa-f]%'\n"
              "BEGIN\n"
              "    %1\n"
              "END;\n"
              "DECLARE @sql nvarchar(max) = %2 + @hex;\n"
              "EXEC (@sql);")
              .arg(throwStatement(PlanBuilder::tr(
                       "MiEndpointCertificate is not a hexadecimal public key. Pass the value "
                       "the Azure script printed.")),
                   lit(QStringLiteral("CREATE CERTIFICATE %1 FROM BINARY = ").arg(ident(fqdn))));
    miCert.consumes << QStringLiteral("MiEndpointCertificate");
    miCert.alreadyDone = discoveredCertificate(fqdn);
    miCert.undo = dropCertificateUndo(
        fqdn,
        PlanBuilder::tr("Drop the managed instance's certificate %1 on SQL Server").arg(fqdn));

    const QString suffix = PlanBuilder::sqlDnsSuffix(m_link);
    const QString pattern = QStringLiteral("*.") + suffix;
    const bool publicCloud = suffix == QLatin1String("database.windows.net");
    const QList<RootCertificate> roots = RootCertificate::all();
    for (const RootCertificate &root : roots) {
        PlanStep &step = add(
            QStringLiteral("trust-root-") + root.name.toLower(), Target::SqlServer,
            PlanBuilder::tr("Trust the root certificate %1 for %2").arg(root.name, pattern),
            PlanBuilder::tr("Imports the public root certificate %1 (%2) and registers it as an "
                            "issuer for %3 with sp_certificate_add_issuer, so SQL Server "
                            "accepts the managed instance's certificate chain.")
                .arg(root.name, root.subject, pattern));
        if (!publicCloud)
            step.notes
                << PlanBuilder::tr(
                       "The issuer pattern %1 for this cloud follows the cloud's SQL DNS suffix; "
                       "Microsoft documents only *.database.windows.net, so this pattern and these "
                       "roots are unconfirmed for this cloud.")
                       .arg(pattern);
        step.doneQuery = QStringLiteral("SELECT 1 FROM master.sys.certificates WHERE name = %1")
                             .arg(lit(root.name));
        // Create and register together: a certificate without its issuer entry
        // would make a rerun skip the registration.
        step.tsql = QStringLiteral("BEGIN TRY\n"
                                   "    CREATE CERTIFICATE %1 FROM BINARY = %2;\n"
                                   "    DECLARE @certificateId int = CERT_ID(%3);\n"
                                   "    EXEC sp_certificate_add_issuer @certificateId, %4;\n"
                                   "END TRY\n"
                                   "BEGIN CATCH\n"
                                   "    IF CERT_ID(%3) IS NOT NULL DROP CERTIFICATE %1;\n"
                                   "    THROW;\n"
                                   "END CATCH;")
                        .arg(ident(root.name), TsqlQuote::binaryLiteral(root.der), lit(root.name),
                             lit(pattern));
        step.alreadyDone = discoveredCertificate(root.name);
        StepUndo undo = dropCertificateUndo(
            root.name, PlanBuilder::tr("Drop the root certificate %1").arg(root.name));
        undo.tsql = QStringLiteral("DECLARE @certificateId int = CERT_ID(%1);\n"
                                   "EXEC sp_certificate_drop_issuer @certificateId, %2;\n"
                                   "DROP CERTIFICATE %3;")
                        .arg(lit(root.name), lit(pattern), ident(root.name));
        step.undo = undo;
    }

    configureEndpoint(certificate, QStringLiteral("configure-endpoint"));
}

void Builder::createAvailabilityGroup(PlanStep &step, const DatabaseLink &db, bool holdsDatabase)
{
    // SQL Server first: the group holds the database. Managed instance first: it starts
    // empty and receives the database by seeding. CLUSTER_TYPE = NONE needs 2017+.
    const bool clusterTypeNone = SupportMatrix::supportsClusterTypeNone(m_link.sqlServer.version);
    step.doneQuery = QStringLiteral("SELECT 1 FROM sys.availability_groups WHERE name = %1")
                         .arg(lit(db.availabilityGroupName));
    const QString head
        = QStringLiteral("CREATE AVAILABILITY GROUP %1%2 %3REPLICA ON N'")
              .arg(ident(db.availabilityGroupName),
                   clusterTypeNone ? QStringLiteral(" WITH (CLUSTER_TYPE = NONE)") : QString(),
                   holdsDatabase ? QStringLiteral("FOR DATABASE %1 ").arg(ident(db.databaseName))
                                 : QStringLiteral("FOR "));
    const QString tail = QStringLiteral("' WITH (ENDPOINT_URL = %1, FAILOVER_MODE = MANUAL, "
                                        "AVAILABILITY_MODE = SYNCHRONOUS_COMMIT, "
                                        "SEEDING_MODE = AUTOMATIC)")
                             .arg(TsqlQuote::literal(listenerUrl()));
    // @@SERVERNAME is read at run time, so the script is right on whichever server runs it.
    step.tsql = QStringLiteral("DECLARE @sql nvarchar(max) = %1\n"
                               "    + REPLACE(@@SERVERNAME, N'''', N'''''')\n"
                               "    + %2;\n"
                               "EXEC (@sql);")
                    .arg(lit(head), lit(tail));
    step.alreadyDone = discoveredGroup(db.availabilityGroupName);
    step.undo = dropGroupUndo(
        db.availabilityGroupName,
        PlanBuilder::tr("Drop the availability group %1").arg(db.availabilityGroupName));
}

void Builder::waitConnected(const DatabaseLink &db, const QString &idPrefix)
{
    PlanStep &step = addForDatabase(
        idPrefix, db, Target::SqlServer,
        PlanBuilder::tr("Wait until the managed instance is connected for %1").arg(db.linkName),
        PlanBuilder::tr("The link is usable once SQL Server sees the managed instance's replica "
                        "of the distributed availability group as CONNECTED (usually within a "
                        "minute)."));
    WaitCondition wait;
    if (m_link.direction == LinkDirection::ManagedInstanceToSqlServer) {
        // SQL Server is the secondary here, and a secondary lists only its own replica
        // rows: the connection shows as the database that seeding creates on it.
        step.description = PlanBuilder::tr(
            "The link is usable once the managed instance has connected and started seeding: "
            "the database then appears on SQL Server (usually within a minute).");
        wait.query = QStringLiteral("SELECT 1 FROM sys.databases WHERE name = %1")
                         .arg(lit(db.databaseName));
    } else {
        wait.query = replicaStatesOfDag(db.linkName)
            + QStringLiteral(" AND rs.is_local = 0 AND rs.connected_state_desc = N'CONNECTED'");
    }
    wait.timeoutSeconds = 600;
    wait.pollSeconds = 5;
    wait.diagnosticQuery
        = QStringLiteral("SELECT r.replica_server_name, r.endpoint_url, rs.connected_state_desc, "
                         "rs.last_connect_error_number, rs.last_connect_error_description, "
                         "rs.last_connect_error_timestamp\n"
                         "FROM sys.availability_groups AS ag\n"
                         "JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id\n"
                         "JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id "
                         "= r.replica_id\n"
                         "WHERE ag.name = %1")
              .arg(lit(db.linkName));
    wait.timeoutMessage
        = PlanBuilder::tr("The managed instance did not connect to %1 within 10 minutes. Check the "
                          "last_connect_error columns above, the network path to port %2 in both "
                          "directions and "
                          "the certificates (errors 41973/41974), then run this script again.")
              .arg(db.linkName)
              .arg(m_link.endpoint.port);
    step.wait = wait;
}

void Builder::createLinkFromSqlServer()
{
    m_plan.title = PlanBuilder::tr("Create the link (SQL Server initial primary)");
    m_plan.summary = PlanBuilder::tr(
        "Prepares SQL Server (recovery model, backups, master key, certificates, endpoint), "
        "exchanges certificates with the managed instance, creates one availability group and "
        "one distributed availability group per database, creates the link in Azure and waits "
        "for the connection and for seeding.");
    checkSqlServer();
    databaseChecks();
    instanceTrust(true);

    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &ag = addForDatabase(
            QStringLiteral("create-availability-group"), db, Target::SqlServer,
            PlanBuilder::tr("Create the availability group %1").arg(db.availabilityGroupName),
            PlanBuilder::tr("An availability group on SQL Server holding %1; the distributed "
                            "availability group joins it to the managed instance. An existing "
                            "group of that name is reused.")
                .arg(db.databaseName));
        createAvailabilityGroup(ag, db, true);

        PlanStep &dag = addForDatabase(
            QStringLiteral("create-distributed-availability-group"), db, Target::SqlServer,
            PlanBuilder::tr("Create the distributed availability group %1").arg(db.linkName),
            PlanBuilder::tr("Joins %1 on SQL Server with %2 on the managed instance. It shows "
                            "as disconnected until the link is created in Azure.")
                .arg(db.availabilityGroupName, db.instanceAvailabilityGroupName));
        dag.doneQuery = QStringLiteral("SELECT 1 FROM sys.availability_groups WHERE name = %1 "
                                       "AND is_distributed = 1")
                            .arg(lit(db.linkName));
        dag.tsql = QStringLiteral(
                       "CREATE AVAILABILITY GROUP %1 WITH (DISTRIBUTED) AVAILABILITY GROUP ON\n"
                       "    %2 WITH (LISTENER_URL = %3, AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT, "
                       "FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC, SESSION_TIMEOUT = 20),\n"
                       "    %4 WITH (LISTENER_URL = %5, AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT, "
                       "FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC);")
                       .arg(ident(db.linkName), lit(db.availabilityGroupName), lit(listenerUrl()),
                            lit(db.instanceAvailabilityGroupName), lit(miListenerUrl(nullptr)));
        dag.alreadyDone = discoveredGroup(db.linkName);
        dag.undo = dropGroupUndo(
            db.linkName,
            PlanBuilder::tr("Drop the distributed availability group %1").arg(db.linkName));
    }

    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &create = addForDatabase(
            QStringLiteral("create-link"), db, Target::Arm,
            PlanBuilder::tr("Create the link %1 in Azure").arg(db.linkName),
            PlanBuilder::tr("Creates the managed instance's side of the distributed "
                            "availability group (instanceLinkRole Secondary); the managed "
                            "instance then connects to SQL Server and seeding starts."));
        ArmCall put;
        put.action = ArmCall::Action::PutLink;
        put.method = "PUT";
        put.path = linkPath(db);
        put.longRunning = true;
        put.resourceName = db.linkName;
        put.body = QJsonObject {
            {QStringLiteral("properties"),
             QJsonObject {
                 {QStringLiteral("instanceLinkRole"), QStringLiteral("Secondary")},
                 {QStringLiteral("partnerAvailabilityGroupName"), db.availabilityGroupName},
                 {QStringLiteral("instanceAvailabilityGroupName"),
                  db.instanceAvailabilityGroupName},
                 {QStringLiteral("partnerEndpoint"), listenerUrl()},
                 {QStringLiteral("failoverMode"), armFailoverMode(m_link.failoverMode)},
                 {QStringLiteral("seedingMode"), QStringLiteral("Automatic")},
                 {QStringLiteral("databases"),
                  QJsonArray {QJsonObject {{QStringLiteral("databaseName"), db.databaseName}}}},
             }}};
        create.arm = put;
        create.armDoneWhenAny << ArmCheck {
            put.path, ArmCheck::Predicate::Exists, {}, {}, db.linkName};
        create.undo
            = armDeleteUndo(ArmCall::Action::DeleteLink, put.path, db.linkName,
                            PlanBuilder::tr("Delete the link %1 in Azure").arg(db.linkName));
        create.alreadyDone
            = m_discovered && m_discovered->links.contains(db.linkName, Qt::CaseInsensitive);
    }

    for (const DatabaseLink &db : std::as_const(m_databases))
        waitConnected(db, QStringLiteral("wait-connected"));

    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &seeding = addForDatabase(
            QStringLiteral("wait-seeding"), db, Target::SqlServer,
            PlanBuilder::tr("Wait until %1 is seeded").arg(db.databaseName),
            PlanBuilder::tr("Automatic seeding copies the database to the managed instance; "
                            "the link replicates once the managed instance's copy is "
                            "synchronizing. Large databases take hours; seeding restarts after "
                            "an interruption and is cancelled after six days."));
        WaitCondition wait;
        wait.query = QStringLiteral("SELECT 1 FROM sys.availability_groups AS ag\n"
                                    "JOIN sys.dm_hadr_database_replica_states AS drs ON "
                                    "drs.group_id = ag.group_id\n"
                                    "WHERE ag.name = %1 AND drs.is_local = 0 AND "
                                    "drs.synchronization_state_desc IN (N'SYNCHRONIZING', "
                                    "N'SYNCHRONIZED')")
                         .arg(lit(db.linkName));
        wait.timeoutSeconds = 6 * 24 * 3600;
        wait.pollSeconds = 60;
        wait.diagnosticQuery = QStringLiteral(
            "SELECT s.local_database_name, a.current_state, s.internal_state_desc, "
            "s.transferred_size_bytes / 1048576 AS transferred_mb, s.database_size_bytes / "
            "1048576 AS database_mb\n"
            "FROM sys.dm_hadr_physical_seeding_stats AS s\n"
            "JOIN sys.dm_hadr_automatic_seeding AS a ON s.local_physical_seeding_id = "
            "a.operation_id");
        wait.timeoutMessage
            = PlanBuilder::tr(
                  "Seeding of %1 did not finish in six days; the service cancels it then. Check "
                  "the "
                  "seeding progress above and the link's state in Azure, then delete and recreate "
                  "the link.")
                  .arg(db.databaseName);
        seeding.wait = wait;
        seeding.notes << PlanBuilder::tr("Until seeding finishes, take no log backups of %1 on SQL "
                                         "Server (unless trace flag "
                                         "12381 is on): a truncated log forces the seeding to "
                                         "start over (errors 1408/1412).")
                             .arg(db.databaseName);
    }

    m_plan.advice << PlanBuilder::tr(
        "During seeding, take no transaction log backups on SQL Server unless trace flag 12381 "
        "is enabled; afterwards, schedule regular log backups again, or the log grows until "
        "replication stops.");
    if (m_link.replicationMode == ReplicationMode::Sync)
        m_plan.advice << PlanBuilder::tr(
            "The project asks for synchronous replication; the link is created asynchronous. "
            "After seeding, run the set-replication-mode operation with --mode sync.");
    m_plan.advice << PlanBuilder::tr(
        "Repeat the certificate steps before the SQL Server certificate expires (operation "
        "rotate-certificate); an expired certificate stops the link.");
}

void Builder::createLinkFromManagedInstance()
{
    m_plan.title = PlanBuilder::tr("Create the link (managed instance initial primary)");
    m_plan.summary = PlanBuilder::tr(
        "Prepares SQL Server's certificates and endpoint, creates an empty availability group "
        "that may create the databases, a distributed availability group per database, and "
        "the link in Azure with the managed instance as primary; the managed instance then "
        "seeds each database to SQL Server.");
    checkSqlServer();
    instanceTrust(true);
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &ag = addForDatabase(
            QStringLiteral("create-availability-group"), db, Target::SqlServer,
            PlanBuilder::tr("Create the availability group %1 without a database")
                .arg(db.availabilityGroupName),
            PlanBuilder::tr("The database %1 arrives from the managed instance by seeding, so "
                            "the group starts empty.")
                .arg(db.databaseName));
        createAvailabilityGroup(ag, db, false);

        PlanStep &grant = addForDatabase(
            QStringLiteral("grant-create-database"), db, Target::SqlServer,
            PlanBuilder::tr("Let %1 create the seeded database").arg(db.availabilityGroupName),
            PlanBuilder::tr("Automatic seeding creates the database on SQL Server only when the "
                            "availability group may create databases. Granting twice is "
                            "harmless, so this step always runs."));
        grant.tsql = QStringLiteral("ALTER AVAILABILITY GROUP %1 GRANT CREATE ANY DATABASE;")
                         .arg(ident(db.availabilityGroupName));

        PlanStep &dag = addForDatabase(
            QStringLiteral("create-distributed-availability-group"), db, Target::SqlServer,
            PlanBuilder::tr("Create the distributed availability group %1").arg(db.linkName),
            PlanBuilder::tr("Joins %1 with %2 on the managed instance; the managed instance's "
                            "listener URL names the database %3 it sends.")
                .arg(db.availabilityGroupName, db.instanceAvailabilityGroupName, db.databaseName));
        dag.doneQuery = QStringLiteral("SELECT 1 FROM sys.availability_groups WHERE name = %1 "
                                       "AND is_distributed = 1")
                            .arg(lit(db.linkName));
        dag.tsql = QStringLiteral(
                       "CREATE AVAILABILITY GROUP %1 WITH (DISTRIBUTED) AVAILABILITY GROUP ON\n"
                       "    %2 WITH (LISTENER_URL = %3, AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT, "
                       "FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC, SESSION_TIMEOUT = 20),\n"
                       "    %4 WITH (LISTENER_URL = %5, AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT, "
                       "FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC);")
                       .arg(ident(db.linkName), lit(db.availabilityGroupName), lit(listenerUrl()),
                            lit(db.instanceAvailabilityGroupName), lit(miListenerUrl(&db)));
        dag.alreadyDone = discoveredGroup(db.linkName);
        dag.undo = dropGroupUndo(
            db.linkName,
            PlanBuilder::tr("Drop the distributed availability group %1").arg(db.linkName));
    }
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &create = addForDatabase(
            QStringLiteral("create-link"), db, Target::Arm,
            PlanBuilder::tr("Create the link %1 in Azure").arg(db.linkName),
            PlanBuilder::tr("Creates the link with the managed instance as primary "
                            "(instanceLinkRole Primary, failoverMode Manual); the managed "
                            "instance then seeds %1 to SQL Server.")
                .arg(db.databaseName));
        ArmCall put;
        put.action = ArmCall::Action::PutLink;
        put.method = "PUT";
        put.path = linkPath(db);
        put.longRunning = true;
        put.resourceName = db.linkName;
        put.body = QJsonObject {
            {QStringLiteral("properties"),
             QJsonObject {
                 {QStringLiteral("instanceLinkRole"), QStringLiteral("Primary")},
                 {QStringLiteral("partnerAvailabilityGroupName"), db.availabilityGroupName},
                 {QStringLiteral("instanceAvailabilityGroupName"),
                  db.instanceAvailabilityGroupName},
                 {QStringLiteral("partnerEndpoint"), listenerUrl()},
                 {QStringLiteral("failoverMode"), QStringLiteral("Manual")},
                 {QStringLiteral("seedingMode"), QStringLiteral("Automatic")},
                 {QStringLiteral("databases"),
                  QJsonArray {QJsonObject {{QStringLiteral("databaseName"), db.databaseName}}}},
             }}};
        create.arm = put;
        create.armDoneWhenAny << ArmCheck {
            put.path, ArmCheck::Predicate::Exists, {}, {}, db.linkName};
        create.undo
            = armDeleteUndo(ArmCall::Action::DeleteLink, put.path, db.linkName,
                            PlanBuilder::tr("Delete the link %1 in Azure").arg(db.linkName));
        create.notes << PlanBuilder::tr("A managed instance database encrypted with a "
                                        "service-managed key cannot replicate to SQL Server; "
                                        "use a customer-managed TDE key.");
    }
    for (const DatabaseLink &db : std::as_const(m_databases))
        waitConnected(db, QStringLiteral("wait-connected"));
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &seeding = addForDatabase(
            QStringLiteral("wait-seeding"), db, Target::SqlServer,
            PlanBuilder::tr("Wait until %1 is seeded to SQL Server").arg(db.databaseName),
            PlanBuilder::tr("The database appears on SQL Server as restoring and then "
                            "synchronizing."));
        WaitCondition wait;
        wait.query = QStringLiteral("SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs\n"
                                    "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
                                    "WHERE d.name = %1 AND drs.is_local = 1 AND "
                                    "drs.synchronization_state_desc IN (N'SYNCHRONIZING', "
                                    "N'SYNCHRONIZED')")
                         .arg(lit(db.databaseName));
        wait.timeoutSeconds = 6 * 24 * 3600;
        wait.pollSeconds = 60;
        wait.timeoutMessage = PlanBuilder::tr("Seeding of %1 did not finish in six days. Check "
                                              "the link's state in Azure, then delete and "
                                              "recreate the link.")
                                  .arg(db.databaseName);
        seeding.wait = wait;
    }
    m_plan.advice << PlanBuilder::tr(
        "The managed instance backs its databases up automatically; SQL Server needs no log "
        "backups while it is the secondary.");
}

void Builder::setModeBothSides(const DatabaseLink &db, ReplicationMode mode,
                               const QString &idPrefix)
{
    const QString desc = availabilityMode(mode);
    PlanStep &sql = addForDatabase(
        idPrefix, db, Target::SqlServer,
        PlanBuilder::tr("Set %1 to %2 on SQL Server").arg(db.linkName, desc),
        PlanBuilder::tr("Changes the commit mode of both members of the distributed "
                        "availability group. Run it where the link is primary."));
    sql.doneQuery = QStringLiteral("SELECT 1 FROM sys.availability_groups AS ag WHERE ag.name = "
                                   "%1 AND ag.is_distributed = 1\n"
                                   "AND NOT EXISTS (SELECT 1 FROM sys.availability_replicas AS r "
                                   "WHERE r.group_id = ag.group_id AND r.availability_mode_desc "
                                   "<> N'%2')")
                        .arg(lit(db.linkName), desc);
    sql.tsql = QStringLiteral("ALTER AVAILABILITY GROUP %1 MODIFY AVAILABILITY GROUP ON\n"
                              "    %2 WITH (AVAILABILITY_MODE = %4),\n"
                              "    %3 WITH (AVAILABILITY_MODE = %4);")
                   .arg(ident(db.linkName), lit(db.availabilityGroupName),
                        lit(db.instanceAvailabilityGroupName), desc);
}

void Builder::patchMode(const DatabaseLink &db, ReplicationMode mode, const QString &idPrefix)
{
    const QString arm = armReplicationMode(mode);
    PlanStep &step = addForDatabase(
        idPrefix, db, Target::Arm,
        PlanBuilder::tr("Set the replication mode of %1 to %2 in Azure").arg(db.linkName, arm),
        PlanBuilder::tr("Sets the link's replicationMode on the managed instance's side."));
    ArmCall patch;
    patch.action = ArmCall::Action::PatchLink;
    patch.method = "PATCH";
    patch.path = linkPath(db);
    patch.longRunning = true;
    patch.resourceName = db.linkName;
    patch.body = QJsonObject {
        {QStringLiteral("properties"), QJsonObject {{QStringLiteral("replicationMode"), arm}}}};
    step.arm = patch;
    step.armDoneWhenAny << ArmCheck {patch.path, ArmCheck::Predicate::PropertyEquals,
                                     QStringLiteral("/properties/replicationMode"), arm,
                                     db.linkName};
}

void Builder::setReplicationMode()
{
    const ReplicationMode mode = m_options.replicationMode.value_or(m_link.replicationMode);
    m_plan.title = PlanBuilder::tr("Set the replication mode to %1").arg(armReplicationMode(mode));
    m_plan.summary = PlanBuilder::tr(
        "Changes the commit mode of each link on SQL Server (T-SQL) and in Azure. Synchronous "
        "commit waits for the managed instance on every commit; asynchronous is recommended "
        "for normal operation.");
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        setModeBothSides(db, mode, QStringLiteral("set-mode-sql-server"));
        patchMode(db, mode, QStringLiteral("set-mode-azure"));
    }
    m_plan.advice << PlanBuilder::tr("Update link.replicationMode in the project file to match.");
}

void Builder::waitEqualLsns(const DatabaseLink &db, LinkSide primary, int phase)
{
    const int n = databaseNumber(db);
    const bool sqlPrimary = primary == LinkSide::SqlServer;
    const Target primaryTarget = sqlPrimary ? Target::SqlServer : Target::ManagedInstance;
    const Target secondaryTarget = sqlPrimary ? Target::ManagedInstance : Target::SqlServer;
    const QString value = (sqlPrimary ? QStringLiteral("SqlServerHardenedLsn_")
                                      : QStringLiteral("ManagedInstanceHardenedLsn_"))
        + QString::number(n);
    const QString localLsn
        = QStringLiteral("SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS %1\n"
                         "FROM sys.dm_hadr_database_replica_states AS drs\n"
                         "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
                         "WHERE d.name = %2 AND drs.is_local = 1")
              .arg(value, lit(db.databaseName));

    if (phase == 0) {
        PlanStep &sync = addForDatabase(
            QStringLiteral("wait-synchronized"), db, primaryTarget,
            PlanBuilder::tr("Wait until %1 is synchronized and read its hardened LSN")
                .arg(db.databaseName),
            PlanBuilder::tr("With the workload stopped and synchronous commit, the secondary "
                            "catches up. The primary's last hardened LSN is then compared with the "
                            "secondary's."));
        WaitCondition wait;
        wait.query = QStringLiteral("SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs\n"
                                    "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
                                    "WHERE d.name = %1 AND drs.is_local = 0 AND "
                                    "drs.synchronization_state_desc = N'SYNCHRONIZED'")
                         .arg(lit(db.databaseName));
        wait.timeoutSeconds = 1800;
        wait.pollSeconds = 5;
        wait.timeoutMessage = PlanBuilder::tr("%1 did not reach SYNCHRONIZED in 30 minutes. Check "
                                              "that the workload is stopped and the link is "
                                              "healthy, then run this script again.")
                                  .arg(db.databaseName);
        sync.wait = wait;
        sync.output = StepOutput {value, localLsn, {}};
        sync.produces << value;
        addParameter(
            PlanParameter::Kind::Produced, value,
            PlanBuilder::tr("Last hardened LSN of %1 on the primary.").arg(db.databaseName), {},
            sync.id);
    }
    if (phase == 1) {
        PlanStep &equal = addForDatabase(
            QStringLiteral("wait-lsn-equal"), db, secondaryTarget,
            PlanBuilder::tr("Wait until the secondary has hardened the same LSN for %1")
                .arg(db.databaseName),
            PlanBuilder::tr("No data is lost only when both sides report the same last hardened "
                            "LSN."));
        WaitCondition same;
        same.query = QStringLiteral("SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs\n"
                                    "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
                                    "WHERE d.name = %1 AND drs.is_local = 1 AND "
                                    "CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(%2)'")
                         .arg(lit(db.databaseName), value);
        same.timeoutSeconds = 600;
        same.pollSeconds = 5;
        same.diagnosticQuery = QString(localLsn).replace(QStringLiteral(" AS ") + value,
                                                         QStringLiteral(" AS last_hardened_lsn"));
        same.timeoutMessage
            = PlanBuilder::tr(
                  "The secondary's hardened LSN of %1 did not reach the primary's within 10 "
                  "minutes. "
                  "Do "
                  "not fail over: check the link's health, then run the scripts again from the "
                  "synchronization step.")
                  .arg(db.databaseName);
        equal.wait = same;
        equal.consumes << value;
    }
    if (phase == 2) {
        PlanStep &stable = addForDatabase(
            QStringLiteral("check-lsn-stable"), db, primaryTarget,
            PlanBuilder::tr("Check that %1 is not changing any more").arg(db.databaseName),
            PlanBuilder::tr("If the primary's hardened LSN moved since it was read, the workload "
                            "is still writing and a failover would lose those transactions."));
        stable.doneQuery
            = QStringLiteral("SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs\n"
                             "JOIN sys.databases AS d ON d.database_id = "
                             "drs.database_id\n"
                             "WHERE d.name = %1 AND drs.is_local = 1 AND "
                             "CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(%2)'")
                  .arg(lit(db.databaseName), value);
        stable.tsql = throwStatement(
            PlanBuilder::tr("The hardened LSN of %1 changed: the workload is still writing. Stop "
                            "it and run the scripts again from the synchronization step.")
                .arg(db.databaseName));
        stable.consumes << value;
    }
}

void Builder::deleteAzureLink(const DatabaseLink &db)
{
    PlanStep &step = addForDatabase(
        QStringLiteral("delete-link"), db, Target::Arm,
        PlanBuilder::tr("Delete the link %1 in Azure").arg(db.linkName),
        PlanBuilder::tr("Breaks the link on the managed instance's side; the managed instance's "
                        "copy of %1 becomes an independent read/write database.")
            .arg(db.databaseName));
    ArmCall del;
    del.action = ArmCall::Action::DeleteLink;
    del.method = "DELETE";
    del.path = linkPath(db);
    del.longRunning = true;
    del.resourceName = db.linkName;
    step.arm = del;
    step.armDoneWhenAny << ArmCheck {del.path, ArmCheck::Predicate::Absent, {}, {}, db.linkName};
    step.destructive = true;
}

void Builder::waitManagedInstanceBackup(const DatabaseLink &db, bool onlyWhenPrimary)
{
    PlanStep &step = addForDatabase(
        QStringLiteral("wait-managed-instance-backup"), db, Target::ManagedInstance,
        PlanBuilder::tr("Wait for the managed instance's first full backup of %1")
            .arg(db.databaseName),
        PlanBuilder::tr("Once %1 is read/write on the managed instance, the service takes a "
                        "full backup automatically. Until it exists, the copy on SQL Server is "
                        "the only restorable one, so the link's SQL Server objects stay.")
            .arg(db.databaseName));
    WaitCondition wait;
    wait.query = QStringLiteral("SELECT 1 FROM msdb.dbo.backupset WHERE database_name = %1 AND "
                                "type = 'D'")
                     .arg(lit(db.databaseName));
    if (onlyWhenPrimary)
        wait.query
            += QStringLiteral("\nUNION ALL SELECT 1 WHERE DATABASEPROPERTYEX(%1, 'Updateability') "
                              "IS NULL OR DATABASEPROPERTYEX(%1, 'Updateability') <> 'READ_WRITE'")
                   .arg(lit(db.databaseName));
    wait.timeoutSeconds = 4 * 3600;
    wait.pollSeconds = 60;
    wait.timeoutMessage = PlanBuilder::tr("The managed instance has no full backup of %1 after "
                                          "four hours. Check the instance's backups in the "
                                          "Azure portal before you continue.")
                              .arg(db.databaseName);
    step.wait = wait;
}

void Builder::dropSqlServerGroups(const DatabaseLink &db)
{
    PlanStep &dag = addForDatabase(
        QStringLiteral("drop-distributed-availability-group"), db, Target::SqlServer,
        PlanBuilder::tr("Drop the distributed availability group %1").arg(db.linkName),
        PlanBuilder::tr("Removes the link's remaining object on SQL Server after the Azure "
                        "side was deleted."));
    dag.doneQuery = QStringLiteral("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                                   "sys.availability_groups WHERE name = %1)")
                        .arg(lit(db.linkName));
    dag.tsql = QStringLiteral("DROP AVAILABILITY GROUP %1;").arg(ident(db.linkName));
    dag.destructive = true;
    if (!m_options.dropAvailabilityGroup)
        return;
    PlanStep &ag = addForDatabase(
        QStringLiteral("drop-availability-group"), db, Target::SqlServer,
        PlanBuilder::tr("Drop the availability group %1").arg(db.availabilityGroupName),
        PlanBuilder::tr("Removes the availability group that held %1 for the link; the "
                        "database itself stays.")
            .arg(db.databaseName));
    ag.doneQuery = QStringLiteral("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                                  "sys.availability_groups WHERE name = %1)")
                       .arg(lit(db.availabilityGroupName));
    ag.tsql = QStringLiteral("DROP AVAILABILITY GROUP %1;").arg(ident(db.availabilityGroupName));
    ag.destructive = true;
}

void Builder::failover()
{
    const bool forced = m_options.failoverType == FailoverType::Forced;
    const bool toManagedInstance = m_options.failoverTo == LinkSide::ManagedInstance;
    const bool removeLink = toManagedInstance
        ? SupportMatrix::failoverRemovesLink(m_link, m_options)
        : m_options.removeLink;
    m_plan.title = toManagedInstance
        ? (forced ? PlanBuilder::tr("Forced failover to the managed instance")
                  : PlanBuilder::tr("Planned failover to the managed instance"))
        : (forced ? PlanBuilder::tr("Forced failover to SQL Server")
                  : PlanBuilder::tr("Planned failover to SQL Server"));
    if (removeLink)
        m_plan.title += PlanBuilder::tr(", removing the link");

    if (toManagedInstance && removeLink && !m_options.removeLink)
        m_plan.advice << PlanBuilder::tr(
            "This link is one-way (SQL Server 2016–2019, or a link created one-way), so the "
            "failover removes it: there is no way back to SQL Server through the link.");

    // Steps go phase by phase across all databases, so each phase is one file of
    // the exported scripts and the databases fail over together.
    const QList<DatabaseLink> databases = m_databases;
    auto each = [&databases](const auto &function) {
        for (const DatabaseLink &db : databases)
            function(db);
    };
    auto linkFailover
        = [this](const DatabaseLink &db, const QString &id, const QString &type,
                 const QString &roleAfter, const QString &title, const QString &description) {
              PlanStep &step = addForDatabase(id, db, Target::Arm, title, description);
              ArmCall post;
              post.action = ArmCall::Action::FailoverLink;
              post.method = "POST";
              post.path = linkPath(db) + QStringLiteral("/failover");
              post.longRunning = true;
              post.resourceName = db.linkName;
              post.body = QJsonObject {{QStringLiteral("failoverType"), type}};
              step.arm = post;
              step.armDoneWhenAny << ArmCheck {linkPath(db), ArmCheck::Predicate::PropertyEquals,
                                               QStringLiteral("/properties/instanceLinkRole"),
                                               roleAfter, db.linkName};
              step.destructive = true;
          };
    auto removeAfterFailover = [&](bool waitForBackup) {
        each([this](const DatabaseLink &db) { deleteAzureLink(db); });
        if (waitForBackup)
            each([this](const DatabaseLink &db) { waitManagedInstanceBackup(db, false); });
        each([this](const DatabaseLink &db) { dropSqlServerGroups(db); });
    };

    if (toManagedInstance && !forced) {
        m_plan.summary
            = PlanBuilder::tr(
                  "Stop the workload on SQL Server first. The plan switches to synchronous commit, "
                  "waits until both sides have hardened the same log, then %1.")
                  .arg(removeLink ? PlanBuilder::tr("deletes the link so the managed "
                                                    "instance's databases become "
                                                    "read/write")
                                  : PlanBuilder::tr("fails over with T-SQL on SQL "
                                                    "Server, keeping the link in "
                                                    "the other direction"));
        each([this](const DatabaseLink &db) {
            setModeBothSides(db, ReplicationMode::Sync, QStringLiteral("set-synchronous"));
        });
        for (int phase = 0; phase < 3; ++phase)
            each([&](const DatabaseLink &db) { waitEqualLsns(db, LinkSide::SqlServer, phase); });
        if (removeLink) {
            removeAfterFailover(true);
        } else {
            each([this](const DatabaseLink &db) {
                PlanStep &step = addForDatabase(
                    QStringLiteral("failover"), db, Target::SqlServer,
                    PlanBuilder::tr("Fail %1 over to the managed instance").arg(db.linkName),
                    PlanBuilder::tr("ALTER AVAILABILITY GROUP … FAILOVER on SQL Server (2022 "
                                    "CU13 or later): SQL Server becomes the secondary and the "
                                    "link replicates from the managed instance."));
                step.doneQuery = localRoleQuery(db.linkName, QStringLiteral("SECONDARY"));
                step.tsql = QStringLiteral("ALTER AVAILABILITY GROUP %1 FAILOVER;")
                                .arg(ident(db.linkName));
                step.destructive = true;
            });
            each([this](const DatabaseLink &db) {
                patchMode(db, m_link.replicationMode, QStringLiteral("restore-replication-mode"));
            });
        }
    } else if (toManagedInstance) {
        m_plan.summary = PlanBuilder::tr(
            "For a disaster on SQL Server: the managed instance (the secondary) becomes primary "
            "without waiting for SQL Server. Transactions it has not received are lost.");
        if (removeLink) {
            removeAfterFailover(true);
            for (PlanStep &step : m_plan.steps) {
                if (step.target == Target::SqlServer)
                    step.notes << PlanBuilder::tr(
                        "Run the SQL Server part only when SQL Server is reachable again.");
            }
        } else {
            each([&](const DatabaseLink &db) {
                linkFailover(db, QStringLiteral("forced-failover"),
                             QStringLiteral("ForcedAllowDataLoss"), QStringLiteral("Primary"),
                             PlanBuilder::tr("Force %1 to fail over to the managed instance")
                                 .arg(db.linkName),
                             PlanBuilder::tr("Azure failover with failoverType "
                                             "ForcedAllowDataLoss, run against the managed "
                                             "instance (the secondary)."));
            });
            m_plan.advice << PlanBuilder::tr(
                "If SQL Server comes back, both sides are primary (split brain). Run the "
                "repair-split-brain operation before writing on SQL Server again.");
        }
    } else if (!forced) {
        m_plan.summary = PlanBuilder::tr(
            "Stop the workload on the managed instance first. The plan switches the link to "
            "synchronous commit, waits until both sides have hardened the same log, fails over "
            "in Azure (planned), waits until SQL Server is primary and restores the "
            "replication mode.");
        each([this](const DatabaseLink &db) {
            patchMode(db, ReplicationMode::Sync, QStringLiteral("set-synchronous"));
        });
        for (int phase = 0; phase < 3; ++phase)
            each([&](const DatabaseLink &db) {
                waitEqualLsns(db, LinkSide::ManagedInstance, phase);
            });
        each([&](const DatabaseLink &db) {
            linkFailover(db, QStringLiteral("failover"), QStringLiteral("Planned"),
                         QStringLiteral("Secondary"),
                         PlanBuilder::tr("Fail %1 over to SQL Server").arg(db.linkName),
                         PlanBuilder::tr("Azure failover with failoverType Planned, accepted "
                                         "only while the managed instance is primary."));
        });
        each([this](const DatabaseLink &db) {
            PlanStep &primary = addForDatabase(
                QStringLiteral("wait-sql-server-primary"), db, Target::SqlServer,
                PlanBuilder::tr("Wait until SQL Server is primary for %1").arg(db.linkName),
                PlanBuilder::tr("The role change reaches SQL Server within seconds."));
            primary.wait = WaitCondition {localRoleQuery(db.linkName, QStringLiteral("PRIMARY")),
                                          300,
                                          5,
                                          {},
                                          PlanBuilder::tr("SQL Server did not become primary "
                                                          "for %1 within 5 minutes. Check the "
                                                          "link in Azure.")
                                              .arg(db.linkName)};
        });
        if (removeLink) {
            removeAfterFailover(false);
        } else {
            each([this](const DatabaseLink &db) {
                setModeBothSides(db, m_link.replicationMode,
                                 QStringLiteral("restore-replication-mode-sql-server"));
            });
            each([this](const DatabaseLink &db) {
                patchMode(db, m_link.replicationMode, QStringLiteral("restore-replication-mode"));
            });
        }
    } else {
        m_plan.summary = PlanBuilder::tr(
            "For a disaster on the managed instance: SQL Server (the secondary) becomes primary "
            "without waiting. Transactions it has not received are lost.");
        each([this](const DatabaseLink &db) {
            PlanStep &step = addForDatabase(
                QStringLiteral("forced-failover"), db, Target::SqlServer,
                PlanBuilder::tr("Force %1 to fail over to SQL Server").arg(db.linkName),
                PlanBuilder::tr("ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on "
                                "SQL Server, the secondary."));
            step.doneQuery = localRoleQuery(db.linkName, QStringLiteral("PRIMARY"));
            step.tsql
                = QStringLiteral("ALTER AVAILABILITY GROUP %1 FORCE_FAILOVER_ALLOW_DATA_LOSS;")
                      .arg(ident(db.linkName));
            step.destructive = true;
        });
        if (removeLink)
            removeAfterFailover(false);
        else
            m_plan.advice << PlanBuilder::tr(
                "If the managed instance comes back, both sides are primary (split brain). Run "
                "the repair-split-brain operation before writing on the managed instance again.");
    }
    m_plan.advice << PlanBuilder::tr(
        "Point the applications at the new primary (the managed instance's FQDN, or SQL "
        "Server).");
}

void Builder::deleteLink()
{
    m_plan.title = PlanBuilder::tr("Delete the link");
    m_plan.summary = PlanBuilder::tr(
        "Deletes each link in Azure, then drops the distributed availability group on SQL "
        "Server (and, if chosen, the availability group). Both copies of each database become "
        "independent.");
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        waitManagedInstanceBackup(db, true);
        deleteAzureLink(db);
        dropSqlServerGroups(db);
    }
    if (!m_options.removeCertificates)
        return;

    const QString fqdn = m_link.managedInstance.fqdn;
    const QString certificate = m_link.effectiveCertificateName();
    PlanStep &miCert
        = add(QStringLiteral("drop-managed-instance-certificate"), Target::SqlServer,
              PlanBuilder::tr("Drop the managed instance's certificate on SQL Server"),
              PlanBuilder::tr("Only when no distributed availability group on SQL Server still "
                              "points at %1.")
                  .arg(fqdn));
    miCert.doneQuery
        = QStringLiteral("SELECT 1 WHERE CERT_ID(%1) IS NULL\n"
                         "UNION ALL SELECT 1 FROM sys.availability_groups AS ag\n"
                         "JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id\n"
                         "WHERE ag.is_distributed = 1 AND r.endpoint_url LIKE %2")
              .arg(lit(fqdn), lit(QStringLiteral("%://") + fqdn + QStringLiteral(":%")));
    miCert.tsql = QStringLiteral("DROP CERTIFICATE %1;").arg(ident(fqdn));
    miCert.destructive = true;

    PlanStep &endpoint
        = add(QStringLiteral("drop-endpoint"), Target::SqlServer,
              PlanBuilder::tr("Drop the database mirroring endpoint"),
              PlanBuilder::tr("Only when no availability group is left on SQL Server: other groups "
                              "use the same endpoint."));
    endpoint.doneQuery
        = QStringLiteral("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                         "sys.database_mirroring_endpoints WHERE certificate_id = CERT_ID(%1))\n"
                         "UNION ALL SELECT 1 FROM sys.availability_groups")
              .arg(lit(certificate));
    endpoint.tsql = QStringLiteral("DECLARE @name sysname = (SELECT name FROM "
                                   "sys.database_mirroring_endpoints);\n"
                                   "DECLARE @sql nvarchar(max) = N'DROP ENDPOINT ' + "
                                   "QUOTENAME(@name);\n"
                                   "EXEC (@sql);");
    endpoint.destructive = true;

    PlanStep &sqlCert
        = add(QStringLiteral("drop-certificate"), Target::SqlServer,
              PlanBuilder::tr("Drop the SQL Server endpoint certificate %1").arg(certificate),
              PlanBuilder::tr("Only when no endpoint uses it any more."));
    sqlCert.doneQuery = QStringLiteral("SELECT 1 WHERE CERT_ID(%1) IS NULL\n"
                                       "UNION ALL SELECT 1 FROM sys.database_mirroring_endpoints "
                                       "WHERE certificate_id = CERT_ID(%1)")
                            .arg(lit(certificate));
    sqlCert.tsql = QStringLiteral("DROP CERTIFICATE %1;").arg(ident(certificate));
    sqlCert.destructive = true;

    PlanStep &trust
        = add(QStringLiteral("delete-server-trust-certificate"), Target::Arm,
              PlanBuilder::tr("Delete the server trust certificate %1 in Azure").arg(certificate),
              PlanBuilder::tr("Only when the managed instance has no other link."));
    ArmCall del;
    del.action = ArmCall::Action::DeleteServerTrustCertificate;
    del.method = "DELETE";
    del.path = QStringLiteral("/serverTrustCertificates/") + encoded(certificate);
    del.longRunning = true;
    del.resourceName = certificate;
    trust.arm = del;
    trust.armDoneWhenAny << ArmCheck {del.path, ArmCheck::Predicate::Absent, {}, {}, certificate}
                         << ArmCheck {QStringLiteral("/distributedAvailabilityGroups"),
                                      ArmCheck::Predicate::ListNotEmpty,
                                      {},
                                      {},
                                      {}};
    trust.destructive = true;
    m_plan.advice << PlanBuilder::tr(
        "The root certificates MicrosoftPKI and DigiCertPKI and the master key stay: they are "
        "harmless and other links may need them.");
}

void Builder::rotateCertificate()
{
    const QString current = m_link.effectiveCertificateName();
    const QString next = m_options.newCertificateName.isEmpty()
        ? PlanBuilder::defaultNewCertificateName(m_link)
        : m_options.newCertificateName;
    m_plan.title = PlanBuilder::tr("Rotate the SQL Server endpoint certificate");
    m_plan.summary
        = PlanBuilder::tr(
              "Creates the certificate %1, uploads it to the managed instance, switches the "
              "mirroring "
              "endpoint to it, checks that every link reconnects, then drops %2 on both sides.")
              .arg(next, current);
    createCertificate(next, m_options.newCertificateExpiry,
                      QStringLiteral("create-new-certificate"));
    uploadTrustCertificate(next, QStringLiteral("upload-new-server-trust-certificate"));

    PlanStep &endpoint
        = add(QStringLiteral("switch-endpoint-certificate"), Target::SqlServer,
              PlanBuilder::tr("Switch the mirroring endpoint to %1").arg(next),
              PlanBuilder::tr("The endpoint keeps Windows authentication if it had it; connections "
                              "re-establish with the new certificate."));
    endpoint.doneQuery = QStringLiteral("SELECT 1 FROM sys.database_mirroring_endpoints WHERE "
                                        "certificate_id = CERT_ID(%1)")
                             .arg(lit(next));
    endpoint.tsql
        = QStringLiteral("DECLARE @name sysname, @auth nvarchar(60);\n"
                         "SELECT @name = name, @auth = connection_auth_desc FROM "
                         "sys.database_mirroring_endpoints;\n"
                         "IF @name IS NULL\n"
                         "BEGIN\n"
                         "    %1\n"
                         "END;\n"
                         "DECLARE @sql nvarchar(max) = N'ALTER ENDPOINT ' + QUOTENAME(@name)\n"
                         "    + N' FOR DATABASE_MIRRORING (AUTHENTICATION = '\n"
                         "    + CASE WHEN @auth LIKE N'%NEGOTIATE%' OR @auth LIKE N'%NTLM%' OR "
                         "@auth LIKE N'%KERBEROS%'\n"
                         "           THEN N'WINDOWS NEGOTIATE CERTIFICATE ' ELSE N'CERTIFICATE ' "
                         "END\n"
                         "    + %2 + N')';\n"
                         "EXEC (@sql);")
              .arg(throwStatement(PlanBuilder::tr(
                       "SQL Server has no database mirroring endpoint, so there is no "
                       "certificate to rotate. Create the link first.")),
                   lit(ident(next)));
    for (const DatabaseLink &db : std::as_const(m_databases))
        waitConnected(db, QStringLiteral("verify-connected"));

    PlanStep &drop
        = add(QStringLiteral("drop-old-certificate"), Target::SqlServer,
              PlanBuilder::tr("Drop the old certificate %1").arg(current),
              PlanBuilder::tr("Only after the endpoint uses the new certificate and the links "
                              "reconnected."));
    drop.doneQuery = QStringLiteral("SELECT 1 WHERE CERT_ID(%1) IS NULL").arg(lit(current));
    drop.tsql = QStringLiteral("IF EXISTS (SELECT 1 FROM sys.database_mirroring_endpoints WHERE "
                               "certificate_id = CERT_ID(%1))\n"
                               "BEGIN\n"
                               "    %2\n"
                               "END;\n"
                               "DROP CERTIFICATE %3;")
                    .arg(lit(current),
                         throwStatement(PlanBuilder::tr("The endpoint still uses %1; the switch "
                                                        "did not happen. Run the scripts again "
                                                        "from the endpoint step.")
                                            .arg(current)),
                         ident(current));
    drop.destructive = true;

    PlanStep &trust
        = add(QStringLiteral("delete-old-server-trust-certificate"), Target::Arm,
              PlanBuilder::tr("Delete the old server trust certificate %1 in Azure").arg(current),
              PlanBuilder::tr("The managed instance no longer needs the old public key."));
    ArmCall del;
    del.action = ArmCall::Action::DeleteServerTrustCertificate;
    del.method = "DELETE";
    del.path = QStringLiteral("/serverTrustCertificates/") + encoded(current);
    del.longRunning = true;
    del.resourceName = current;
    trust.arm = del;
    trust.armDoneWhenAny << ArmCheck {del.path, ArmCheck::Predicate::Absent, {}, {}, current};
    trust.destructive = true;
    m_plan.advice << PlanBuilder::tr("Set certificate.name to %1 in the project file.").arg(next);
}

void Builder::repairSplitBrain()
{
    const bool keepMi = m_options.keepPrimary == LinkSide::ManagedInstance;
    m_plan.title = keepMi
        ? PlanBuilder::tr("Repair a split brain, keeping the managed instance primary")
        : PlanBuilder::tr("Repair a split brain, keeping SQL Server primary");
    m_plan.summary = PlanBuilder::tr(
        "After a forced failover both sides can be primary. This guided plan shows each side's "
        "role, backs up the side that gives up its changes, makes it secondary and waits for "
        "the link to reconnect. Changes made on that side after the forced failover are lost "
        "from the link; only the backup keeps them.");
    for (const DatabaseLink &db : std::as_const(m_databases)) {
        PlanStep &sqlRole
            = addForDatabase(QStringLiteral("show-role-sql-server"), db, Target::SqlServer,
                             PlanBuilder::tr("Show SQL Server's role for %1").arg(db.linkName),
                             PlanBuilder::tr("PRIMARY on both sides means split brain."));
        sqlRole.output = StepOutput {
            {},
            QStringLiteral("SELECT ag.name, rs.role_desc FROM sys.availability_groups AS ag\n"
                           "JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = "
                           "ag.group_id\n"
                           "WHERE ag.name = %1 AND rs.is_local = 1")
                .arg(lit(db.linkName)),
            {}};
        PlanStep &miRole = addForDatabase(
            QStringLiteral("show-role-managed-instance"), db, Target::ManagedInstance,
            PlanBuilder::tr("Show the managed instance's role for %1").arg(db.databaseName),
            PlanBuilder::tr("READ_WRITE means the managed instance acts as primary."));
        miRole.output
            = StepOutput {{},
                          QStringLiteral("SELECT %1 AS database_name, DATABASEPROPERTYEX(%1, "
                                         "'Updateability') AS updateability")
                              .arg(lit(db.databaseName)),
                          {}};
        if (keepMi) {
            PlanStep &backup = addForDatabase(
                QStringLiteral("backup-sql-server-log"), db, Target::SqlServer,
                PlanBuilder::tr("Back up the log of %1 on SQL Server").arg(db.databaseName),
                PlanBuilder::tr("Keeps the transactions SQL Server accepted after the forced "
                                "failover, before SQL Server becomes secondary and they leave "
                                "the link."));
            backup.doneQuery = localRoleQuery(db.linkName, QStringLiteral("SECONDARY"));
            backup.tsql = QStringLiteral("DECLARE @file nvarchar(4000) = N'$(BackupDirectory)' + "
                                         "%1;\nBACKUP LOG %2 TO DISK = @file WITH CHECKSUM, INIT;")
                              .arg(lit((m_options.backupDirectory.contains(QLatin1Char('\\'))
                                            ? QStringLiteral("\\")
                                            : QStringLiteral("/"))
                                       + db.linkName + QStringLiteral("-split-brain.trn")),
                                   ident(db.databaseName));
            backup.consumes << QStringLiteral("BackupDirectory");
            addParameter(PlanParameter::Kind::Setting, QStringLiteral("BackupDirectory"),
                         PlanBuilder::tr("Directory on the SQL Server host for the log backup."),
                         m_options.backupDirectory);
            PlanStep &demote = addForDatabase(
                QStringLiteral("demote-sql-server"), db, Target::SqlServer,
                PlanBuilder::tr("Make SQL Server secondary for %1").arg(db.linkName),
                PlanBuilder::tr("ALTER AVAILABILITY GROUP … SET (ROLE = SECONDARY) on SQL "
                                "Server."));
            demote.doneQuery = localRoleQuery(db.linkName, QStringLiteral("SECONDARY"));
            demote.tsql = QStringLiteral("ALTER AVAILABILITY GROUP %1 SET (ROLE = SECONDARY);")
                              .arg(ident(db.linkName));
            demote.destructive = true;
        } else {
            PlanStep &backup = addForDatabase(
                QStringLiteral("backup-managed-instance"), db, Target::ManagedInstance,
                PlanBuilder::tr("Take a copy-only backup of %1 on the managed instance")
                    .arg(db.databaseName),
                PlanBuilder::tr("Keeps the transactions the managed instance accepted after "
                                "the forced failover. Needs a credential for the storage "
                                "container on the managed instance."));
            backup.doneQuery
                = QStringLiteral("SELECT 1 WHERE DATABASEPROPERTYEX(%1, 'Updateability') <> "
                                 "'READ_WRITE'")
                      .arg(lit(db.databaseName));
            backup.tsql = QStringLiteral("DECLARE @url nvarchar(4000) = N'$(BackupUrl)' + %1;\n"
                                         "BACKUP DATABASE %2 TO URL = @url WITH COPY_ONLY;")
                              .arg(lit(QStringLiteral("/") + db.linkName
                                       + QStringLiteral("-split-brain.bak")),
                                   ident(db.databaseName));
            backup.consumes << QStringLiteral("BackupUrl");
            addParameter(PlanParameter::Kind::Setting, QStringLiteral("BackupUrl"),
                         PlanBuilder::tr("Storage container URL for the managed instance's "
                                         "copy-only backup."),
                         m_options.backupUrl);
            PlanStep &demote = addForDatabase(
                QStringLiteral("demote-managed-instance"), db, Target::Arm,
                PlanBuilder::tr("Make the managed instance secondary for %1").arg(db.linkName),
                PlanBuilder::tr("Azure setRole with instanceRole Secondary and roleChangeType "
                                "Forced (no cmdlet or CLI command exists for this call)."));
            ArmCall post;
            post.action = ArmCall::Action::SetRole;
            post.method = "POST";
            post.path = linkPath(db) + QStringLiteral("/setRole");
            post.longRunning = true;
            post.resourceName = db.linkName;
            post.body = QJsonObject {{QStringLiteral("instanceRole"), QStringLiteral("Secondary")},
                                     {QStringLiteral("roleChangeType"), QStringLiteral("Forced")}};
            demote.arm = post;
            demote.armDoneWhenAny << ArmCheck {linkPath(db), ArmCheck::Predicate::PropertyEquals,
                                               QStringLiteral("/properties/instanceLinkRole"),
                                               QStringLiteral("Secondary"), db.linkName};
            demote.destructive = true;
        }
        waitConnected(db, QStringLiteral("wait-connected"));
        // Only a primary lists its partner's replica, so the connection is read on
        // the side that stays primary (a secondary SQL Server shows its own row only).
        PlanStep &connected = m_plan.steps.last();
        connected.target = keepMi ? Target::ManagedInstance : Target::SqlServer;
        connected.description = PlanBuilder::tr(
            "The repair is done once the side that stays primary sees its partner's replica of "
            "the distributed availability group as CONNECTED again.");
        connected.wait->query = replicaStatesOfDag(db.linkName)
            + QStringLiteral(" AND rs.is_local = 0 AND rs.connected_state_desc = N'CONNECTED'");
    }
    m_plan.advice << PlanBuilder::tr(
        "Microsoft's troubleshooting guide follows the demotion with ALTER AVAILABILITY GROUP "
        "… FAILOVER on the managed instance; what that statement does in this situation is not "
        "confirmed, so milink does not run it. Check the link's state on both sides and in "
        "Azure before you resume the workload.");
}

void checkNames(const LinkDefinition &link, const QList<DatabaseLink> &databases,
                Operation operation, const PlanOptions &options, ValidationIssues &issues)
{
    // `$(` starts a sqlcmd variable everywhere in a script (even inside [ ] and
    // comments) and marks plan parameters for milink's runner.
    auto noVariable = [&](const QString &value, const QString &path) {
        if (value.contains(QLatin1String("$(")))
            issues.append({ValidationIssue::Severity::Error, path,
                           PlanBuilder::tr("\"%1\" contains \"$(\", which sqlcmd and milink read "
                                           "as a script parameter. Rename the object so the "
                                           "name has no \"$(\".")
                               .arg(value)});
    };
    noVariable(link.effectiveCertificateName(), QStringLiteral("certificate.name"));
    noVariable(link.endpoint.name, QStringLiteral("endpoint.name"));
    for (int i = 0; i < link.databases.size(); ++i) {
        const DatabaseLink &db = link.databases.at(i);
        const QString base = QStringLiteral("databases[%1].").arg(i);
        noVariable(db.databaseName, base + QStringLiteral("name"));
        noVariable(db.linkName, base + QStringLiteral("linkName"));
        noVariable(db.availabilityGroupName, base + QStringLiteral("availabilityGroupName"));
        noVariable(db.instanceAvailabilityGroupName,
                   base + QStringLiteral("instanceAvailabilityGroupName"));
    }
    for (const QString &name : options.databases) {
        bool known = false;
        for (const DatabaseLink &db : link.databases)
            known = known || db.databaseName == name;
        if (!known)
            issues.append({ValidationIssue::Severity::Error, QStringLiteral("--database"),
                           PlanBuilder::tr("The database %1 is not part of this project. Give "
                                           "one of the names under databases[].name.")
                               .arg(name)});
    }
    if (databases.isEmpty() && !link.databases.isEmpty() && options.databases.isEmpty())
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("databases"),
                       PlanBuilder::tr("No database is selected.")});

    const bool needsFqdn = operation == Operation::CreateLink
        || (operation == Operation::DeleteLink && options.removeCertificates);
    if (needsFqdn && link.managedInstance.fqdn.isEmpty())
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("managedInstance.fqdn"),
                       PlanBuilder::tr("The managed instance's host name is empty; the "
                                       "certificate on SQL Server must be named exactly after "
                                       "it. Enter fullyQualifiedDomainName as the Azure portal "
                                       "shows it (name.zone.database.windows.net).")});
    if (operation == Operation::CreateLink && !link.managedInstance.fqdn.isEmpty()
        && PlanBuilder::sqlDnsSuffix(link).isEmpty())
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("managedInstance.fqdn"),
                       PlanBuilder::tr("The host name %1 has no DNS suffix after the instance "
                                       "name and zone, so the root certificates cannot be "
                                       "registered for it. Enter the full host name.")
                           .arg(link.managedInstance.fqdn)});
    noVariable(link.managedInstance.fqdn, QStringLiteral("managedInstance.fqdn"));
    if (needsFqdn && link.managedInstance.fqdn.size() > LinkValidator::kSysnameLength)
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("managedInstance.fqdn"),
                       PlanBuilder::tr("The host name %1 is longer than %2 characters, so SQL "
                                       "Server cannot hold a certificate named after it. Check "
                                       "the managed instance's host name.")
                           .arg(link.managedInstance.fqdn)
                           .arg(LinkValidator::kSysnameLength)});

    auto checkPath = [&](const QString &value, const QString &path, const QString &what) {
        if (value.isEmpty()) {
            issues.append(
                {ValidationIssue::Severity::Error, path,
                 PlanBuilder::tr("%1 is needed for this operation. Add %2.").arg(what, path)});
            return;
        }
        for (const QChar ch : value) {
            if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')
                || ch.category() == QChar::Other_Control) {
                issues.append({ValidationIssue::Severity::Error, path,
                               PlanBuilder::tr("%1 \"%2\" contains a quote or a control "
                                               "character, which cannot be passed safely as a "
                                               "script parameter. Choose another location.")
                                   .arg(what, value)});
                return;
            }
        }
        noVariable(value, path);
    };
    if (operation == Operation::CreateLink && options.takeFullBackup)
        checkPath(options.backupDirectory, QStringLiteral("--backup-directory"),
                  PlanBuilder::tr("A backup directory on the SQL Server host"));
    if (operation == Operation::RepairSplitBrain) {
        if (options.keepPrimary == LinkSide::ManagedInstance)
            checkPath(options.backupDirectory, QStringLiteral("--backup-directory"),
                      PlanBuilder::tr("A directory on the SQL Server host for the log backup"));
        else
            checkPath(options.backupUrl, QStringLiteral("--backup-url"),
                      PlanBuilder::tr("A storage container URL for the copy-only backup"));
    }
    if (operation == Operation::RotateCertificate)
        noVariable(options.newCertificateName, QStringLiteral("--new-certificate-name"));
}

} // namespace

QString PlanBuilder::instanceResourceId(const LinkDefinition &link)
{
    const ManagedInstanceTarget &mi = link.managedInstance;
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Sql/"
                          "managedInstances/%3")
        .arg(encoded(mi.subscriptionId), encoded(mi.resourceGroup), encoded(mi.name));
}

QString PlanBuilder::sqlDnsSuffix(const LinkDefinition &link)
{
    const QString cloud = link.managedInstance.cloud;
    if (cloud == QLatin1String("AzureCloud"))
        return QStringLiteral("database.windows.net");
    if (cloud == QLatin1String("AzureUSGovernment"))
        return QStringLiteral("database.usgovcloudapi.net");
    if (cloud == QLatin1String("AzureChinaCloud"))
        return QStringLiteral("database.chinacloudapi.cn");
    // <instance>.<dns zone>.<suffix>
    return link.managedInstance.fqdn.section(QLatin1Char('.'), 2);
}

QString PlanBuilder::defaultNewCertificateName(const LinkDefinition &link)
{
    const QString current = link.effectiveCertificateName();
    return LinkDefaults::unique(current, {current});
}

PlanBuilder::Result PlanBuilder::build(const LinkDefinition &link, Operation operation,
                                       const PlanOptions &options,
                                       const DiscoveredState *discovered)
{
    Result result;
    result.issues = SupportMatrix::check(link, operation, options);
    Builder builder(link, options, discovered);
    checkNames(link, builder.databases(), operation, options, result.issues);
    if (hasErrors(result.issues))
        return result;

    switch (operation) {
    case Operation::CreateLink:
        if (link.direction == LinkDirection::SqlServerToManagedInstance)
            builder.createLinkFromSqlServer();
        else
            builder.createLinkFromManagedInstance();
        break;
    case Operation::SetReplicationMode: builder.setReplicationMode(); break;
    case Operation::Failover: builder.failover(); break;
    case Operation::DeleteLink: builder.deleteLink(); break;
    case Operation::RotateCertificate: builder.rotateCertificate(); break;
    case Operation::RepairSplitBrain: builder.repairSplitBrain(); break;
    }
    Plan plan = builder.take();
    plan.operation = operation;
    result.plan = std::move(plan);
    return result;
}

} // namespace milink
