// The link procedure's T-SQL pasted into FreeTDS `tsql` against a running milink-sim, the way a
// DBA runs Microsoft's article: every batch alone (tsql splits on GO), only the placeholders
// filled in.
#include "SimProcess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// Runs a script through `tsql -o q` and returns everything it printed.
QString tsql(int port, const QString &user, const QString &script)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("tsql"),
                  {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(port), QStringLiteral("-U"), user, QStringLiteral("-P"),
                   QStringLiteral("Sim-Passw0rd"), QStringLiteral("-o"), QStringLiteral("q")});
    REQUIRE(process.waitForStarted(10000));
    process.write(script.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAll());
}

QString hexOf(const QString &file)
{
    QFile f(QStringLiteral(MILINK_SOURCE_DIR "/resources/certificates/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QStringLiteral("0x") + QString::fromLatin1(f.readAll().toHex()).toUpper();
}

// tsql prints informational messages as "Msg N (severity 0…" too; errors have severity 11+.
void requireNoError(const QString &output)
{
    static const QRegularExpression error(QStringLiteral("Msg \\d+ \\(severity (1[1-9]|2\\d)"));
    INFO(output.toStdString());
    REQUIRE_FALSE(output.contains(error));
}

} // namespace

TEST_CASE("The link procedure runs through FreeTDS tsql against milink-sim",
          "[tsql][procedure][freetds]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("tsql")).isEmpty())
        FAIL("FreeTDS tsql is not installed (.ci/install-deps installs freetds-bin)");
    SimProcess sim;
    const int sql = sim.ready()
                        .value(QStringLiteral("sqlServers"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("port"))
                        .toInt();
    const QJsonObject mi
        = sim.ready().value(QStringLiteral("managedInstances")).toArray().first().toObject();
    const QString fqdn = mi.value(QStringLiteral("fqdn")).toString();
    const QString miName = mi.value(QStringLiteral("name")).toString();

    // Recovery model, backup, master key, certificate (the dynamic-SQL builder).
    QString output = tsql(sql, QStringLiteral("sa"), QStringLiteral(R"(
ALTER DATABASE [Sales] SET RECOVERY FULL
GO
BACKUP DATABASE [Sales] TO DISK = N'C:\Backup\Sales.bak'
GO
USE MASTER
GO
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE symmetric_key_id = 101)
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Sim-MasterKey-Passw0rd!'
GO
DECLARE @certificateExpirationDate DATE = '2031-06-30'
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
GO
DECLARE @sqlserver_certificate_name NVARCHAR(MAX) = N'Cert_' + @@servername  + N'_endpoint'
SELECT name AS SQLServerCertName, certencoded(cert_id(name)) AS SQLServerPublicKey
FROM sys.certificates WHERE name = @sqlserver_certificate_name
GO
)"));
    requireNoError(output);
    CHECK(output.contains(QStringLiteral("SQL Server certificate created.")));
    CHECK(output.contains(QStringLiteral("Cert_SQL01_endpoint\t308")));

    // The managed instance's certificate, read there and imported here under its FQDN.
    output = tsql(mi.value(QStringLiteral("port")).toInt(), QStringLiteral("miadmin"),
                  QStringLiteral("EXEC sp_get_endpoint_certificate @endpoint_type = 4\nGO\n"));
    requireNoError(output);
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    const QString miKey = QStringLiteral("0x") + lines.at(1).trimmed();
    REQUIRE(miKey.startsWith(QStringLiteral("0x30")));

    output = tsql(sql, QStringLiteral("sa"),
                  QStringLiteral(R"(
USE MASTER
CREATE CERTIFICATE [%1]
FROM BINARY = %2
GO
DECLARE @managed_instance_dns_suffix NVARCHAR(MAX) = N'.database.windows.net'
IF NOT EXISTS (SELECT name FROM sys.certificates WHERE name = 'MicrosoftPKI')
BEGIN
    PRINT 'Creating MicrosoftPKI certificate.'
    CREATE CERTIFICATE [MicrosoftPKI] FROM BINARY = %3
    DECLARE @CERTID int
    SELECT @CERTID = CERT_ID('MicrosoftPKI')
    DECLARE @issuer NVARCHAR(MAX) = N'*' + @managed_instance_dns_suffix
    EXEC sp_certificate_add_issuer @CERTID, @issuer
END
ELSE
    PRINT 'Certificate MicrosoftPKI already exists.'
GO
IF NOT EXISTS (SELECT name FROM sys.certificates WHERE name = 'DigiCertPKI')
BEGIN
    PRINT 'Creating DigiCertPKI certificate.'
    CREATE CERTIFICATE [DigiCertPKI] FROM BINARY = %4
    DECLARE @CERTID int
    SELECT @CERTID = CERT_ID('DigiCertPKI')
    EXEC sp_certificate_add_issuer @CERTID, N'*.database.windows.net'
END
ELSE
    PRINT 'Certificate DigiCertPKI already exists.'
GO
CREATE ENDPOINT database_mirroring_endpoint
    STATE=STARTED
    AS TCP (LISTENER_PORT=5022, LISTENER_IP = ALL)
    FOR DATABASE_MIRRORING (
        ROLE=ALL,
        AUTHENTICATION = CERTIFICATE [Cert_SQL01_endpoint],
        ENCRYPTION = REQUIRED ALGORITHM AES
    )
GO
SELECT name, type_desc, state_desc, role_desc, connection_auth_desc, is_encryption_enabled,
       encryption_algorithm_desc
FROM sys.database_mirroring_endpoints
GO
)")
                      .arg(fqdn, miKey, hexOf(QStringLiteral("MicrosoftPKI.der")),
                           hexOf(QStringLiteral("DigiCertPKI.der"))));
    requireNoError(output);
    CHECK(output.contains(QStringLiteral("Creating MicrosoftPKI certificate.")));
    CHECK(output.contains(QStringLiteral("Creating DigiCertPKI certificate.")));
    CHECK(output.contains(QStringLiteral(
        "database_mirroring_endpoint\tDATABASE_MIRRORING\tSTARTED\tALL\tCERTIFICATE\t1\tAES")));

    // The AG and the DAG, then the article's verification queries.
    output = tsql(sql, QStringLiteral("sa"),
                  QStringLiteral(R"(
USE MASTER
CREATE AVAILABILITY GROUP [AG_Sales]
WITH (CLUSTER_TYPE = NONE)
    FOR database [Sales]
    REPLICA ON
        N'SQL01' WITH
            (
            ENDPOINT_URL = 'TCP://127.0.0.1:5022',
            AVAILABILITY_MODE = SYNCHRONOUS_COMMIT,
            FAILOVER_MODE = MANUAL,
            SEEDING_MODE = AUTOMATIC
            );
GO
CREATE AVAILABILITY GROUP [DAG_Sales]
WITH (DISTRIBUTED)
    AVAILABILITY GROUP ON
    N'AG_Sales' WITH
    (
      LISTENER_URL = 'TCP://127.0.0.1:5022',
      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,
      FAILOVER_MODE = MANUAL,
      SEEDING_MODE = AUTOMATIC,
      SESSION_TIMEOUT = 20
    ),
    N'MI_AG_Sales' WITH
    (
      LISTENER_URL = 'tcp://%1:5022;Server=[%2]',
      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,
      FAILOVER_MODE = MANUAL,
      SEEDING_MODE = AUTOMATIC
    );
GO
SELECT ag.name, ag.is_distributed FROM sys.availability_groups ag ORDER BY ag.name
GO
SELECT
    r.replica_server_name AS [Replica],
    r.endpoint_url AS [Endpoint],
    rs.connected_state_desc AS [Connected state],
    rs.last_connect_error_description AS [Last connection error],
    rs.last_connect_error_number AS [Last connection error No],
    rs.last_connect_error_timestamp AS [Last error timestamp]
FROM
    sys.dm_hadr_availability_replica_states rs
    JOIN sys.availability_replicas r
    ON rs.replica_id = r.replica_id
GO
ALTER AVAILABILITY GROUP [DAG_Sales]
MODIFY
AVAILABILITY GROUP ON
    'AG_Sales' WITH
        (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),
    'MI_AG_Sales' WITH
        (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT);
GO
SELECT ag.name, ar.replica_server_name, ar.availability_mode_desc
FROM sys.availability_groups ag
join sys.availability_replicas ar on ag.group_id = ar.group_id
WHERE ag.is_distributed = 1
ORDER BY ar.replica_server_name
GO
)")
                      .arg(fqdn, miName));
    requireNoError(output);
    CHECK(output.contains(QStringLiteral("AG_Sales\t0")));
    CHECK(output.contains(QStringLiteral("DAG_Sales\t1")));
    CHECK(output.contains(
        QStringLiteral("MI_AG_Sales\ttcp://%1:5022;Server=[%2]").arg(fqdn, miName)));
    CHECK(output.contains(QStringLiteral("DAG_Sales\tAG_Sales\tSYNCHRONOUS_COMMIT")));
    CHECK(output.contains(QStringLiteral("DAG_Sales\tMI_AG_Sales\tSYNCHRONOUS_COMMIT")));

    // A mistake is refused as SQL Server refuses it, and cleanup leaves nothing behind.
    output = tsql(sql, QStringLiteral("sa"), QStringLiteral(R"(
CREATE ENDPOINT second_endpoint AS TCP (LISTENER_PORT = 5023) FOR DATABASE_MIRRORING (ROLE = ALL)
GO
DROP AVAILABILITY GROUP [DAG_Sales]
GO
DROP AVAILABILITY GROUP [AG_Sales]
GO
SELECT COUNT(*) AS groups FROM sys.availability_groups
GO
)"));
    CHECK(output.contains(QStringLiteral("Msg 7862")));
    CHECK(output.contains(QStringLiteral("groups\n0")));
}
