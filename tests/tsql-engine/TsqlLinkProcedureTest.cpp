// The T-SQL of the "Configure link with scripts" procedure, written out the way a DBA pastes it
// (only the <placeholders> filled in), and the errors its statements raise when something is
// missing or wrong.
#include "TsqlEngineFixture.h"

#include <QFile>
#include <QSslCertificate>

using namespace milink::sim;
using namespace milink::sim::test;

namespace {

QString hexLiteral(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex()).toUpper();
}

QByteArray resourceCertificate(const char *name)
{
    QFile file(QStringLiteral(MILINK_SOURCE_DIR "/resources/certificates/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Steps 1–2: FULL recovery, a full backup, the master key.
const char *const kPrepare = R"(
-- Run on SQL Server
ALTER DATABASE [Sales] SET RECOVERY FULL
BACKUP DATABASE [Sales] TO DISK = N'C:\Backup\Sales.bak' WITH CHECKSUM, STATS = 25
USE MASTER
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE symmetric_key_id = 101)
BEGIN
    PRINT 'Creating master key'
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Sim-MasterKey-Passw0rd!'
END
ELSE
    PRINT 'Master key exists'
)";

// Step 3: the certificate, built and run with dynamic SQL.
const char *const kCertificate = R"(
USE MASTER
DECLARE @certificateExpirationDate DATE = '2030-12-31'
DECLARE @sqlserver_certificate_name NVARCHAR(MAX) = N'Cert_' + @@servername  + N'_endpoint'
DECLARE @sqlserver_certificate_subject NVARCHAR(MAX) = N'Certificate for ' + @sqlserver_certificate_name
DECLARE @create_sqlserver_certificate_command NVARCHAR(MAX) = N'CREATE CERTIFICATE [' + @sqlserver_certificate_name + '] ' + char (13) +
'    WITH SUBJECT = ''' + @sqlserver_certificate_subject + ''',' + char (13) +
'    EXPIRY_DATE = '''+ CONVERT(NVARCHAR(MAX), @certificateExpirationDate, 120)  + ''''+ char (13)
IF NOT EXISTS (SELECT name from sys.certificates WHERE name = @sqlserver_certificate_name)
BEGIN
    PRINT (@create_sqlserver_certificate_command)
    EXEC sp_executesql @stmt = @create_sqlserver_certificate_command
    PRINT 'SQL Server certificate created.'
END
ELSE
    PRINT 'Certificate ' + @sqlserver_certificate_name + ' already exists.'
)";

// Step 4: the public key.
const char *const kPublicKey = R"(
USE MASTER
DECLARE @sqlserver_certificate_name NVARCHAR(MAX) = N'Cert_' + @@servername  + N'_endpoint'
DECLARE @PUBLICKEYENC VARBINARY(MAX) = CERTENCODED(CERT_ID(@sqlserver_certificate_name));
SELECT @sqlserver_certificate_name AS SQLServerCertName
SELECT @PUBLICKEYENC AS SQLServerPublicKey;
SELECT CONVERT(varchar(max), CERTENCODED(CERT_ID(@sqlserver_certificate_name)), 1) AS PublicKeyHex
)";

// Step 9: the endpoint and its verification.
const char *const kEndpoint = R"(
USE MASTER
CREATE ENDPOINT database_mirroring_endpoint
    STATE=STARTED
    AS TCP (LISTENER_PORT=5022, LISTENER_IP = ALL)
    FOR DATABASE_MIRRORING (
        ROLE=ALL,
        AUTHENTICATION = CERTIFICATE [Cert_SQL01_endpoint],
        ENCRYPTION = REQUIRED ALGORITHM AES
    )
)";

const char *const kEndpointCheck = R"(
SELECT
    name, type_desc, state_desc, role_desc,
    connection_auth_desc, is_encryption_enabled, encryption_algorithm_desc
FROM
    sys.database_mirroring_endpoints
)";

} // namespace

TEST_CASE_METHOD(TsqlEngineFixture, "The link procedure runs unmodified, SQL Server first",
                 "[tsql][procedure]")
{
    // 1–2
    BatchResult result = run(QLatin1String(kPrepare));
    requireSuccess(result);
    CHECK(printedBy(result).contains(QStringLiteral("Creating master key")));
    CHECK(sql->masterKey);
    CHECK(sql->database(QStringLiteral("Sales"))->logChainStarted);
    CHECK(printedBy(run(QLatin1String(kPrepare))).contains(QStringLiteral("Master key exists")));

    // 3: the dynamic-SQL certificate builder; run twice, the second run reports the certificate.
    result = run(QLatin1String(kCertificate));
    requireSuccess(result);
    const SimCertificate *certificate = sql->certificate(QStringLiteral("Cert_SQL01_endpoint"));
    REQUIRE(certificate);
    CHECK(certificate->subject == QStringLiteral("Certificate for Cert_SQL01_endpoint"));
    CHECK(certificate->expiryDate.date() == QDate(2030, 12, 31));
    CHECK(certificate->hasPrivateKey);
    CHECK(printedBy(run(QLatin1String(kCertificate)))
          == QStringList {QStringLiteral("Certificate Cert_SQL01_endpoint already exists.")});
    const BatchResult check
        = run(QStringLiteral("SELECT name, certificate_id, subject, issuer_name, start_date, "
                             "expiry_date, pvt_key_encryption_type\n"
                             "FROM master.sys.certificates WHERE pvt_key_encryption_type = 'MK'"));
    requireSuccess(check);
    CHECK(resultSetsOf(check).first().rows.size() == 1);

    // 4: the public key parses as a certificate and matches the hex text.
    result = run(QLatin1String(kPublicKey));
    requireSuccess(result);
    const QList<ResultSet> keys = resultSetsOf(result);
    REQUIRE(keys.size() == 3);
    const QByteArray der = keys.at(1).rows.first().first().toByteArray();
    CHECK(der == certificate->der);
    CHECK_FALSE(QSslCertificate(der, QSsl::Der).isNull());
    CHECK(keys.at(2).rows.first().first().toString() == hexLiteral(der));

    // 6: the managed instance's endpoint certificate.
    result = runOnMi(QStringLiteral("EXEC sp_get_endpoint_certificate @endpoint_type = 4"));
    requireSuccess(result);
    const QByteArray miDer = scalarOf(result).toByteArray();
    REQUIRE_FALSE(miDer.isEmpty());

    // 7: imported under the managed instance's FQDN.
    const QString fqdn = managedInstance->fqdn;
    requireSuccess(run(QStringLiteral("USE MASTER\nCREATE CERTIFICATE [%1]\nFROM BINARY = %2")
                           .arg(fqdn, hexLiteral(miDer))));
    const SimCertificate *imported = sql->certificate(fqdn);
    REQUIRE(imported);
    CHECK_FALSE(imported->hasPrivateKey);
    CHECK(imported->der == miDer);

    // 8: the two root certificates and their issuer patterns.
    for (const char *root : {"MicrosoftPKI", "DigiCertPKI"}) {
        const QByteArray rootDer = resourceCertificate(
            root == QByteArray("MicrosoftPKI") ? "MicrosoftPKI.der" : "DigiCertPKI.der");
        const QString script
            = QStringLiteral(
                  "DECLARE @managed_instance_dns_suffix NVARCHAR(MAX) = N'.database.windows.net'\n"
                  "IF NOT EXISTS (SELECT name FROM sys.certificates WHERE name = '%1')\n"
                  "BEGIN\n"
                  "    PRINT 'Creating %1 certificate.'\n"
                  "    CREATE CERTIFICATE [%1] FROM BINARY = %2\n"
                  "    DECLARE @CERTID int\n"
                  "    SELECT @CERTID = CERT_ID('%1')\n"
                  "    DECLARE @pattern NVARCHAR(MAX) = N'*' + @managed_instance_dns_suffix\n"
                  "    EXEC sp_certificate_add_issuer @CERTID, @pattern\n"
                  "END\n"
                  "ELSE\n"
                  "    PRINT 'Certificate %1 already exists.'")
                  .arg(QLatin1String(root), hexLiteral(rootDer));
        requireSuccess(run(script));
        const SimCertificate *c = sql->certificate(QLatin1String(root));
        REQUIRE(c);
        CHECK(c->issuerPatterns == QStringList {QStringLiteral("*.database.windows.net")});
        CHECK(printedBy(run(script))
              == QStringList {
                  QStringLiteral("Certificate %1 already exists.").arg(QLatin1String(root))});
    }
    CHECK(
        sql->certificate(QStringLiteral("MicrosoftPKI"))
            ->issuerName.contains(QStringLiteral("Microsoft RSA Root Certificate Authority 2017")));

    // 9: the endpoint, checked as the article checks it.
    requireSuccess(run(QLatin1String(kEndpoint)));
    result = run(QLatin1String(kEndpointCheck));
    requireSuccess(result);
    const QVariantList endpoint = resultSetsOf(result).first().rows.first();
    CHECK(endpoint.at(0).toString() == QStringLiteral("database_mirroring_endpoint"));
    CHECK(endpoint.at(1).toString() == QStringLiteral("DATABASE_MIRRORING"));
    CHECK(endpoint.at(2).toString() == QStringLiteral("STARTED"));
    CHECK(endpoint.at(3).toString() == QStringLiteral("ALL"));
    CHECK(endpoint.at(4).toString() == QStringLiteral("CERTIFICATE"));
    CHECK(endpoint.at(5).toBool());
    CHECK(endpoint.at(6).toString() == QStringLiteral("AES"));
    const BatchResult port
        = run(QStringLiteral("SELECT t.port FROM sys.database_mirroring_endpoints e\n"
                             "LEFT JOIN sys.tcp_endpoints t ON t.endpoint_id = e.endpoint_id"));
    CHECK(scalarOf(port).toInt() == 5022);

    // An existing endpoint is altered, keeping Windows authentication next to the certificate.
    requireSuccess(run(QStringLiteral(
        "ALTER ENDPOINT [database_mirroring_endpoint]\n"
        "    STATE=STARTED\n"
        "    AS TCP (LISTENER_PORT=5022, LISTENER_IP = ALL)\n"
        "    FOR DATABASE_MIRRORING (\n"
        "        ROLE=ALL,\n"
        "        AUTHENTICATION = WINDOWS NEGOTIATE CERTIFICATE [Cert_SQL01_endpoint],\n"
        "        ENCRYPTION = REQUIRED ALGORITHM AES\n"
        "    )")));
    result = run(QLatin1String(kEndpointCheck));
    CHECK(resultSetsOf(result).first().rows.first().at(4).toString()
          == QStringLiteral("NEGOTIATE, CERTIFICATE"));

    // 10–11: the AG and the DAG.
    requireSuccess(run(QStringLiteral(
        "USE MASTER\n"
        "CREATE AVAILABILITY GROUP [AG_Sales]\n"
        "WITH (CLUSTER_TYPE = NONE) -- <- Delete this line for SQL Server 2016 only.\n"
        "    FOR database [Sales]\n"
        "    REPLICA ON\n"
        "        N'SQL01' WITH\n"
        "            (\n"
        "            ENDPOINT_URL = 'TCP://10.0.0.4:5022',\n"
        "            AVAILABILITY_MODE = SYNCHRONOUS_COMMIT,\n"
        "            FAILOVER_MODE = MANUAL,\n"
        "            SEEDING_MODE = AUTOMATIC\n"
        "            );")));
    requireSuccess(run(QStringLiteral("USE MASTER\n"
                                      "CREATE AVAILABILITY GROUP [DAG_Sales]\n"
                                      "WITH (DISTRIBUTED)\n"
                                      "    AVAILABILITY GROUP ON\n"
                                      "    N'AG_Sales' WITH\n"
                                      "    (\n"
                                      "      LISTENER_URL = 'TCP://10.0.0.4:5022',\n"
                                      "      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,\n"
                                      "      FAILOVER_MODE = MANUAL,\n"
                                      "      SEEDING_MODE = AUTOMATIC,\n"
                                      "      SESSION_TIMEOUT = 20\n"
                                      "    ),\n"
                                      "    N'MI_AG_Sales' WITH\n"
                                      "    (\n"
                                      "      LISTENER_URL = 'tcp://%1:5022;Server=[%2]',\n"
                                      "      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,\n"
                                      "      FAILOVER_MODE = MANUAL,\n"
                                      "      SEEDING_MODE = AUTOMATIC\n"
                                      "    );")
                           .arg(fqdn, managedInstance->name)));

    // 12: the inventory.
    result = run(QStringLiteral(
        "SELECT ag.[name] AS [AG Name], ag.is_distributed, ar.replica_server_name AS [Replica "
        "Name]\n"
        "FROM sys.availability_groups ag\n"
        "    INNER JOIN sys.dm_hadr_availability_replica_states ags ON ag.group_id = ags.group_id\n"
        "    INNER JOIN sys.availability_replicas ar ON ags.replica_id = ar.replica_id\n"
        "ORDER BY ag.name, ar.replica_server_name"));
    requireSuccess(result);
    ResultSet set = resultSetsOf(result).first();
    CHECK(set.columns.at(0).name == QStringLiteral("AG Name"));
    REQUIRE(set.rows.size() == 3);
    CHECK(set.rows.at(0).at(0).toString() == QStringLiteral("AG_Sales"));
    CHECK(set.rows.at(1).at(0).toString() == QStringLiteral("DAG_Sales"));
    CHECK(set.rows.at(1).at(1).toBool());
    CHECK(set.rows.at(2).at(2).toString() == QStringLiteral("MI_AG_Sales"));

    // 14: the connection query shows the managed instance's replica, not yet connected.
    result
        = run(QStringLiteral("SELECT\n"
                             "    r.replica_server_name AS [Replica],\n"
                             "    r.endpoint_url AS [Endpoint],\n"
                             "    rs.connected_state_desc AS [Connected state],\n"
                             "    rs.last_connect_error_description AS [Last connection error],\n"
                             "    rs.last_connect_error_number AS [Last connection error No],\n"
                             "    rs.last_connect_error_timestamp AS [Last error timestamp]\n"
                             "FROM\n"
                             "    sys.dm_hadr_availability_replica_states rs\n"
                             "    JOIN sys.availability_replicas r\n"
                             "    ON rs.replica_id = r.replica_id\n"
                             "WHERE r.replica_server_name = 'MI_AG_Sales'"));
    requireSuccess(result);
    set = resultSetsOf(result).first();
    REQUIRE(set.rows.size() == 1);
    CHECK(set.rows.first().at(2).toString() == QStringLiteral("DISCONNECTED"));

    // Replication mode: MODIFY names the members; the managed instance side may be named by
    // its AG or by the instance name in its listener URL.
    requireSuccess(run(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales]\n"
                                      "MODIFY\n"
                                      "AVAILABILITY GROUP ON\n"
                                      "    'AG_Sales' WITH\n"
                                      "        (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),\n"
                                      "    '%1' WITH\n"
                                      "        (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT);")
                           .arg(managedInstance->name)));
    result = run(QStringLiteral(
        "SELECT ag.name, ag.is_distributed, ar.replica_server_name, ar.availability_mode_desc,\n"
        "       ars.connected_state_desc, ars.role_desc, ars.operational_state_desc,\n"
        "       ars.synchronization_health_desc\n"
        "FROM sys.availability_groups ag\n"
        "join sys.availability_replicas ar on ag.group_id=ar.group_id\n"
        "left join sys.dm_hadr_availability_replica_states ars on ars.replica_id=ar.replica_id\n"
        "WHERE ag.is_distributed=1"));
    requireSuccess(result);
    set = resultSetsOf(result).first();
    REQUIRE(set.rows.size() == 2);
    for (const QVariantList &row : set.rows)
        CHECK(row.at(3).toString() == QStringLiteral("SYNCHRONOUS_COMMIT"));

    // The LSN query runs (rows appear once the link state machine pairs both sides).
    requireSuccess(
        run(QStringLiteral("DECLARE @db sysname = N'Sales'\n"
                           "SELECT ag.name, db.name, drs.synchronization_state_desc, "
                           "drs.end_of_log_lsn, drs.last_hardened_lsn\n"
                           "FROM sys.dm_hadr_database_replica_states drs\n"
                           "JOIN sys.databases db ON db.database_id = drs.database_id\n"
                           "JOIN sys.availability_groups ag ON drs.group_id = ag.group_id\n"
                           "WHERE ag.is_distributed = 1 AND db.name = @db")));
    requireSuccess(run(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] SET "
                                      "(REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT = 1)")));
    CHECK(
        sql->availabilityGroup(QStringLiteral("DAG_Sales"))->requiredSynchronizedSecondariesToCommit
        == 1);

    // Cleanup.
    requireSuccess(run(QStringLiteral(
        "USE MASTER\nDROP AVAILABILITY GROUP DAG_Sales\nDROP AVAILABILITY GROUP [AG_Sales]")));
    CHECK(sql->availabilityGroups.isEmpty());
}

TEST_CASE_METHOD(TsqlEngineFixture, "The link procedure runs unmodified, managed instance first",
                 "[tsql][procedure]")
{
    requireSuccess(run(QLatin1String(kPrepare)));
    requireSuccess(run(QLatin1String(kCertificate)));
    requireSuccess(run(QLatin1String(kEndpoint)));
    requireSuccess(
        run(QStringLiteral("CREATE AVAILABILITY GROUP [AG_MIFirst]\n"
                           "WITH (CLUSTER_TYPE = NONE)\n"
                           "FOR REPLICA ON N'SQL01' WITH (ENDPOINT_URL = N'TCP://10.0.0.4:5022',\n"
                           "    FAILOVER_MODE = MANUAL, AVAILABILITY_MODE = SYNCHRONOUS_COMMIT, "
                           "SEEDING_MODE = AUTOMATIC)\n"
                           "ALTER AVAILABILITY GROUP [AG_MIFirst] GRANT CREATE ANY DATABASE")));
    const SimAvailabilityGroup *ag = sql->availabilityGroup(QStringLiteral("AG_MIFirst"));
    REQUIRE(ag);
    CHECK(ag->databases.isEmpty());
    CHECK(ag->createAnyDatabaseGranted);
    requireSuccess(
        run(QStringLiteral(
                "CREATE AVAILABILITY GROUP [DAG_MIFirst] WITH (DISTRIBUTED) AVAILABILITY GROUP ON\n"
                "  N'AG_MIFirst' WITH (LISTENER_URL = 'TCP://10.0.0.4:5022', AVAILABILITY_MODE = "
                "ASYNCHRONOUS_COMMIT,\n"
                "                     FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC, "
                "SESSION_TIMEOUT = 20),\n"
                "  N'MI_AG' WITH (LISTENER_URL = 'tcp://%1:5022;Server=[%2];Database=[Sales]',\n"
                "                AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL, "
                "SEEDING_MODE = AUTOMATIC)")
                .arg(managedInstance->fqdn, managedInstance->name)));
    const SimAvailabilityGroup *dag = sql->availabilityGroup(QStringLiteral("DAG_MIFirst"));
    REQUIRE(dag);
    CHECK(dag->distributed);
    REQUIRE(dag->localReplica());
    CHECK(dag->localReplica()->role == QStringLiteral("SECONDARY"));
    CHECK(dag->replicas.at(1).endpointUrl.endsWith(QStringLiteral(";Database=[Sales]")));
}

TEST_CASE_METHOD(TsqlEngineFixture, "Certificates refuse what SQL Server refuses",
                 "[tsql][ddl][certificates]")
{
    // No master key yet.
    BatchResult result = run(QStringLiteral(
        "CREATE CERTIFICATE [Cert_A] WITH SUBJECT = 'a', EXPIRY_DATE = '12/31/2030'"));
    CHECK(firstErrorNumber(result) == 15581);
    requireSuccess(run(
        QStringLiteral("CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Sim-MasterKey-Passw0rd!'")));
    CHECK(firstErrorNumber(run(QStringLiteral(
              "CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Sim-MasterKey-Passw0rd!'")))
          == 15578);
    requireSuccess(run(QStringLiteral(
        "CREATE CERTIFICATE [Cert_A] WITH SUBJECT = 'a', EXPIRY_DATE = '12/31/2030'")));
    CHECK(firstErrorNumber(run(QStringLiteral("CREATE CERTIFICATE Cert_A WITH SUBJECT = 'again'")))
          == 15232);
    // A named instance's @@SERVERNAME has a backslash.
    CHECK(firstErrorNumber(run(
              QStringLiteral("CREATE CERTIFICATE [Cert_HOST\\INST_endpoint] WITH SUBJECT = 'x'")))
          != 0);
    CHECK_FALSE(sql->certificate(QStringLiteral("Cert_HOST\\INST_endpoint")));
    // A truncated blob, as the article prints it, is not a certificate.
    const QByteArray truncated = resourceCertificate("MicrosoftPKI.der").left(40);
    CHECK(firstErrorNumber(run(QStringLiteral("CREATE CERTIFICATE [MicrosoftPKI] FROM BINARY = %1")
                                   .arg(hexLiteral(truncated))))
          == 15297);
    // The same certificate under a second name.
    const QByteArray der = sql->certificate(QStringLiteral("Cert_A"))->der;
    CHECK(firstErrorNumber(run(
              QStringLiteral("CREATE CERTIFICATE [Copy] FROM BINARY = %1").arg(hexLiteral(der))))
          == 15232);
    CHECK(firstErrorNumber(run(QStringLiteral("CREATE CERTIFICATE [F] FROM FILE = 'C:\\nope.cer'")))
          == 15208);
    CHECK(firstErrorNumber(run(QStringLiteral("DROP CERTIFICATE [NoSuch]"))) == 15151);
    CHECK(firstErrorNumber(run(QStringLiteral("EXEC sp_certificate_add_issuer NULL, N'*.x'")))
          == 15151);
    requireSuccess(run(QStringLiteral("DROP CERTIFICATE Cert_A")));
    CHECK_FALSE(sql->certificate(QStringLiteral("Cert_A")));
}

TEST_CASE_METHOD(TsqlEngineFixture, "Endpoints refuse what SQL Server refuses",
                 "[tsql][ddl][endpoint]")
{
    requireSuccess(run(QLatin1String(kPrepare)));
    CHECK(firstErrorNumber(run(QLatin1String(kEndpoint))) == 15151); // certificate missing
    requireSuccess(run(QLatin1String(kCertificate)));
    requireSuccess(run(QLatin1String(kEndpoint)));
    const BatchResult second = run(
        QStringLiteral("CREATE ENDPOINT another STATE = STARTED AS TCP (LISTENER_PORT = 5023)\n"
                       "FOR DATABASE_MIRRORING (ROLE = ALL)"));
    CHECK(firstErrorNumber(second) == 7862);
    CHECK(firstErrorNumber(run(QStringLiteral("ALTER ENDPOINT nosuch STATE = STOPPED"))) == 15151);
    CHECK(firstErrorNumber(
              run(QStringLiteral("ALTER ENDPOINT database_mirroring_endpoint FOR "
                                 "DATABASE_MIRRORING (ENCRYPTION = REQUIRED ALGORITHM DES)")))
          == 102);
    requireSuccess(
        run(QStringLiteral("ALTER ENDPOINT database_mirroring_endpoint STATE = STOPPED\n"
                           "  FOR DATABASE_MIRRORING (ENCRYPTION = SUPPORTED ALGORITHM AES RC4)")));
    const BatchResult check = run(QLatin1String(kEndpointCheck));
    const QVariantList row = resultSetsOf(check).first().rows.first();
    CHECK(row.at(2).toString() == QStringLiteral("STOPPED"));
    CHECK(row.at(6).toString() == QStringLiteral("NONE, AES, RC4"));
    CHECK(firstErrorNumber(run(QStringLiteral("DROP CERTIFICATE [Cert_SQL01_endpoint]"))) != 0);
    requireSuccess(run(QStringLiteral("DROP ENDPOINT database_mirroring_endpoint")));
    CHECK(sql->endpoints.isEmpty());
}

TEST_CASE_METHOD(TsqlEngineFixture, "Backups follow the log chain rules", "[tsql][ddl][backup]")
{
    // A database restored or switched to FULL without a full backup since.
    sql->database(QStringLiteral("Sales"))->logChainStarted = false;
    sql->backups.clear();
    BatchResult result = run(QStringLiteral("BACKUP LOG [Sales] TO DISK = N'C:\\b\\s.trn'"));
    QList<ServerMessage> errors = errorsOf(result);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).number == 4214);
    CHECK(errors.at(1).number == 3013);
    CHECK(errors.at(1).text == QStringLiteral("BACKUP LOG is terminating abnormally."));

    // A COPY_ONLY full backup does not start the chain.
    requireSuccess(run(QStringLiteral("BACKUP DATABASE Sales TO DISK = 'x.bak' WITH COPY_ONLY")));
    CHECK(firstErrorNumber(run(QStringLiteral("BACKUP LOG Sales TO DISK = 'x.trn'"))) == 4214);
    result = run(QStringLiteral("BACKUP DATABASE Sales TO DISK = 'x.bak' WITH CHECKSUM"));
    requireSuccess(result);
    CHECK(messagesOf(result).last().number == 3014);
    requireSuccess(
        run(QStringLiteral("BACKUP LOG [Sales] TO DISK = N'C:\\b\\s.trn' WITH NOFORMAT, NOINIT, "
                           "NAME = N'log', SKIP, NOREWIND, NOUNLOAD, COMPRESSION, STATS = 1")));
    result = run(QStringLiteral(
        "SELECT TOP (1) bs.backup_finish_date, bs.is_copy_only, bs.has_backup_checksums, bs.type\n"
        "FROM msdb.dbo.backupset AS bs\n"
        "WHERE bs.database_name = N'Sales' AND bs.type = 'D' AND bs.is_copy_only = 0\n"
        "ORDER BY bs.backup_finish_date DESC"));
    requireSuccess(result);
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK_FALSE(row.at(1).toBool());
    CHECK(row.at(2).toBool());
    CHECK(row.at(3).toString() == QStringLiteral("D"));
    result = run(QStringLiteral("SELECT last_log_backup_lsn FROM sys.database_recovery_status "
                                "WHERE database_id = DB_ID('Sales')"));
    CHECK(scalarOf(result).isValid());

    requireSuccess(run(QStringLiteral("ALTER DATABASE Inventory SET RECOVERY SIMPLE")));
    CHECK(firstErrorNumber(run(QStringLiteral("BACKUP LOG Inventory TO DISK = 'i.trn'"))) == 4208);
    CHECK(firstErrorNumber(run(QStringLiteral("BACKUP DATABASE NoSuch TO DISK = 'n.bak'"))) == 911);
    CHECK(firstErrorNumber(run(QStringLiteral("ALTER DATABASE NoSuch SET RECOVERY FULL"))) == 5011);
}

TEST_CASE_METHOD(TsqlEngineFixture, "Availability groups check HADR, recovery and the log chain",
                 "[tsql][ddl][ag]")
{
    const QString createAg = QStringLiteral(
        "CREATE AVAILABILITY GROUP [AG1] WITH (CLUSTER_TYPE = NONE) FOR DATABASE [Sales]\n"
        "REPLICA ON N'SQL01' WITH (ENDPOINT_URL = 'TCP://sql01:5022', AVAILABILITY_MODE = "
        "SYNCHRONOUS_COMMIT,\n"
        "  FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC)");
    sql->hadrEnabled = false;
    CHECK(firstErrorNumber(run(createAg)) == 35220);
    sql->hadrEnabled = true;
    sql->database(QStringLiteral("Sales"))->logChainStarted = false;
    CHECK(firstErrorNumber(run(createAg)) == 1475); // no full backup since FULL recovery
    requireSuccess(run(QStringLiteral("ALTER DATABASE Sales SET RECOVERY SIMPLE")));
    CHECK(firstErrorNumber(run(createAg)) == 1465);
    requireSuccess(run(QStringLiteral("ALTER DATABASE Sales SET RECOVERY FULL\n"
                                      "BACKUP DATABASE Sales TO DISK = 'C:\\s.bak'")));
    requireSuccess(run(createAg));
    CHECK(firstErrorNumber(run(createAg)) == 41042);
    CHECK(firstErrorNumber(run(QStringLiteral("ALTER DATABASE Sales SET RECOVERY SIMPLE")))
          == 1468);
    CHECK(firstErrorNumber(run(QStringLiteral(
              "CREATE AVAILABILITY GROUP [AG2] WITH (CLUSTER_TYPE = NONE) FOR DATABASE [Sales]\n"
              "REPLICA ON N'OTHER' WITH (ENDPOINT_URL = 'TCP://o:5022', AVAILABILITY_MODE = "
              "SYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL)")))
          != 0);
    CHECK(firstErrorNumber(run(QStringLiteral(
              "CREATE AVAILABILITY GROUP [DAGX] WITH (DISTRIBUTED) AVAILABILITY GROUP ON\n"
              " 'NotHere' WITH (LISTENER_URL = 'TCP://a:5022', AVAILABILITY_MODE = "
              "ASYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL),\n"
              " 'NotThere' WITH (LISTENER_URL = 'TCP://b:5022', AVAILABILITY_MODE = "
              "ASYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL)")))
          == 15151);
    CHECK(firstErrorNumber(run(QStringLiteral("ALTER AVAILABILITY GROUP [NoSuch] FAILOVER")))
          == 15151);
    CHECK(firstErrorNumber(run(QStringLiteral("DROP AVAILABILITY GROUP [NoSuch]"))) == 15151);
    CHECK(firstErrorNumber(run(QStringLiteral("ALTER AVAILABILITY GROUP [AG1] FAILOVER")))
          == 41122);
    CHECK(
        firstErrorNumber(run(QStringLiteral("ALTER AVAILABILITY GROUP [AG1] SET (ROLE = PRIMARY)")))
        == 102);
    const BatchResult inventory
        = run(QStringLiteral("SELECT d.name, d.replica_id, d.group_database_id FROM sys.databases "
                             "d WHERE d.name = 'Sales'"));
    CHECK(resultSetsOf(inventory).first().rows.first().at(1).isValid());
}

TEST_CASE_METHOD(TsqlEngineFixture, "SQL Server 2016 has no CLUSTER_TYPE", "[tsql][ddl][ag]")
{
    sql->productVersion = QStringLiteral("13.0.6300.2");
    requireSuccess(run(QStringLiteral("BACKUP DATABASE Sales TO DISK = 'C:\\s.bak'")));
    CHECK(firstErrorNumber(run(QStringLiteral(
              "CREATE AVAILABILITY GROUP [AG1] WITH (CLUSTER_TYPE = NONE) FOR DATABASE [Sales]\n"
              "REPLICA ON N'SQL01' WITH (ENDPOINT_URL = 'TCP://sql01:5022', AVAILABILITY_MODE = "
              "SYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL)")))
          == 102);
    requireSuccess(
        run(QStringLiteral("CREATE AVAILABILITY GROUP [AG1] FOR DATABASE [Sales]\n"
                           "REPLICA ON N'SQL01' WITH (ENDPOINT_URL = 'TCP://sql01:5022', "
                           "AVAILABILITY_MODE = SYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL)")));
}

TEST_CASE_METHOD(TsqlEngineFixture,
                 "Once Azure's half exists the DMVs show the link connecting, replicating and "
                 "failing over",
                 "[tsql][procedure][link]")
{
    // SQL Server's half, as the procedure builds it.
    requireSuccess(run(QLatin1String(kPrepare)));
    requireSuccess(run(QLatin1String(kCertificate)));
    const QByteArray miDer
        = scalarOf(runOnMi(QStringLiteral("EXEC sp_get_endpoint_certificate @endpoint_type = 4")))
              .toByteArray();
    const QString fqdn = managedInstance->fqdn;
    requireSuccess(run(
        QStringLiteral("CREATE CERTIFICATE [%1] FROM BINARY = %2\n"
                       "CREATE CERTIFICATE [MicrosoftPKI] FROM BINARY = %3\n"
                       "DECLARE @id int = CERT_ID('MicrosoftPKI')\n"
                       "EXEC sp_certificate_add_issuer @id, N'*.database.windows.net'")
            .arg(fqdn, hexLiteral(miDer), hexLiteral(resourceCertificate("MicrosoftPKI.der")))));
    requireSuccess(run(QLatin1String(kEndpoint)));
    requireSuccess(run(
        QStringLiteral(
            "CREATE AVAILABILITY GROUP [AG_Sales] WITH (CLUSTER_TYPE = NONE) FOR DATABASE [Sales]\n"
            "REPLICA ON N'SQL01' WITH (ENDPOINT_URL = 'TCP://10.0.0.4:5022',\n"
            "  AVAILABILITY_MODE = SYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL, SEEDING_MODE = "
            "AUTOMATIC)\n"
            "CREATE AVAILABILITY GROUP [DAG_Sales] WITH (DISTRIBUTED) AVAILABILITY GROUP ON\n"
            "  N'AG_Sales' WITH (LISTENER_URL = 'TCP://10.0.0.4:5022', AVAILABILITY_MODE = "
            "ASYNCHRONOUS_COMMIT,\n"
            "                   FAILOVER_MODE = MANUAL, SEEDING_MODE = AUTOMATIC),\n"
            "  N'MI_AG_Sales' WITH (LISTENER_URL = 'tcp://%1:5022;Server=[%2]',\n"
            "                   AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT, FAILOVER_MODE = MANUAL, "
            "SEEDING_MODE = AUTOMATIC)")
            .arg(fqdn, managedInstance->name)));

    // Azure's half, as the ARM calls of the procedure leave it.
    SimServerTrustCertificate trust;
    trust.name = QStringLiteral("Cert_SQL01_endpoint");
    trust.der = sql->certificate(QStringLiteral("Cert_SQL01_endpoint"))->der;
    managedInstance->serverTrustCertificates << trust;
    SimLinkResource link;
    link.name = QStringLiteral("DAG_Sales");
    link.distributedAvailabilityGroupId = QUuid::createUuid();
    link.partnerAvailabilityGroupName = QStringLiteral("AG_Sales");
    link.instanceAvailabilityGroupName = QStringLiteral("MI_AG_Sales");
    link.partnerEndpoint = QStringLiteral("TCP://10.0.0.4:5022");
    link.failoverMode = QStringLiteral("Manual");
    SimLinkDatabase database;
    database.databaseName = QStringLiteral("Sales");
    link.databases << database;
    managedInstance->links << link;

    const QString connection
        = QStringLiteral("SELECT rs.connected_state_desc, rs.last_connect_error_number\n"
                         "FROM sys.dm_hadr_availability_replica_states rs\n"
                         "JOIN sys.availability_replicas r ON rs.replica_id = r.replica_id\n"
                         "WHERE r.replica_server_name = 'MI_AG_Sales'");
    const QString lsns = QStringLiteral(
        "SELECT drs.is_local, drs.synchronization_state_desc, drs.end_of_log_lsn, "
        "drs.last_hardened_lsn\n"
        "FROM sys.dm_hadr_database_replica_states drs\n"
        "JOIN sys.databases db ON db.database_id = drs.database_id\n"
        "JOIN sys.availability_groups ag ON drs.group_id = ag.group_id\n"
        "WHERE ag.is_distributed = 1 AND db.name = N'Sales' ORDER BY drs.is_local DESC");
    bool connected = false;
    for (int i = 0; i < 240 && !connected; ++i) {
        world.clock().advance(5000);
        world.links().tick();
        const BatchResult state = run(connection);
        requireSuccess(state);
        const QList<ResultSet> sets = resultSetsOf(state);
        connected = !sets.first().rows.isEmpty()
            && sets.first().rows.first().at(0).toString() == QStringLiteral("CONNECTED");
    }
    REQUIRE(connected);

    // Replication: both rows on the primary, equal LSNs once caught up.
    bool caughtUp = false;
    for (int i = 0; i < 240 && !caughtUp; ++i) {
        world.clock().advance(5000);
        world.links().tick();
        const ResultSet set = resultSetsOf(run(lsns)).first();
        caughtUp = set.rows.size() == 2 && set.rows.at(1).at(3).isValid()
            && set.rows.at(0).at(3).toString() == set.rows.at(1).at(3).toString();
    }
    CHECK(caughtUp);
    const BatchResult onMi = runOnMi(
        QStringLiteral("SELECT db.name, drs.synchronization_state_desc, drs.last_hardened_lsn,\n"
                       "       DATABASEPROPERTYEX(db.name, 'Updateability')\n"
                       "FROM sys.dm_hadr_database_replica_states drs\n"
                       "JOIN sys.databases db ON db.database_id = drs.database_id\n"
                       "WHERE db.name = N'Sales'"));
    requireSuccess(onMi);
    REQUIRE_FALSE(resultSetsOf(onMi).first().rows.isEmpty());
    CHECK(resultSetsOf(onMi).first().rows.first().at(3).toString() == QStringLiteral("READ_ONLY"));

    // Planned failover goes through the link state machine's rules: SQL Server 2022 CU13, run
    // on the primary, after switching to synchronous commit and catching up.
    requireSuccess(
        run(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] MODIFY AVAILABILITY GROUP ON\n"
                           "  'AG_Sales' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),\n"
                           "  'MI_AG_Sales' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT)")));
    for (int i = 0; i < 20; ++i) {
        world.clock().advance(5000);
        world.links().tick();
    }
    const BatchResult failover
        = run(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER"));
    requireSuccess(failover);
    const BatchResult role = run(QStringLiteral(
        "SELECT rs.role_desc FROM sys.availability_groups ag\n"
        "JOIN sys.dm_hadr_availability_replica_states rs ON ag.group_id = rs.group_id\n"
        "WHERE rs.is_local = 1 AND ag.is_distributed = 1 AND ag.name = 'DAG_Sales'"));
    CHECK(scalarOf(role).toString() == QStringLiteral("SECONDARY"));
    for (int i = 0; i < 4; ++i) {
        world.clock().advance(5000);
        world.links().tick();
    }
    CHECK(scalarOf(runOnMi(QStringLiteral("SELECT DATABASEPROPERTYEX('Sales', 'Updateability')")))
              .toString()
          == QStringLiteral("READ_WRITE"));
    CHECK(scalarOf(run(QStringLiteral("SELECT DATABASEPROPERTYEX('Sales', 'Updateability')")))
              .toString()
          == QStringLiteral("READ_ONLY"));
    // Failing over again from what is now the secondary is refused by the same rules ARM uses.
    CHECK(firstErrorNumber(run(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER")))
          == 41122);
}
