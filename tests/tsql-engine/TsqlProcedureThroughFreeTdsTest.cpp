// Microsoft's "Configure link with scripts" procedure, every block, pasted into FreeTDS `tsql`
// against a running milink-sim: the managed-instance-first direction, the replication-mode
// change and the LSN comparison, the planned failover SQL Server → managed instance and the
// break-link variant. The Azure steps go over HTTP to the simulator's ARM endpoint, as the
// article's PowerShell/REST calls do. Only the <placeholders> are filled in.
#include "SimProcess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

namespace {

const QString kApiVersion = QStringLiteral("2025-01-01");

// Runs a script through `tsql -o q` (tab-separated, headers kept) and returns all it printed.
QString tsql(quint16 port, const QString &user, const QString &script)
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

// tsql prints informational messages as "Msg N (severity 0…" too; errors have severity 11+.
void requireNoError(const QString &output)
{
    static const QRegularExpression error(QStringLiteral("Msg \\d+ \\(severity (1[1-9]|2\\d)"));
    INFO(output.toStdString());
    REQUIRE_FALSE(output.contains(error));
}

QString hexOfResource(const QString &file)
{
    QFile f(QStringLiteral(MILINK_SOURCE_DIR "/resources/certificates/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QStringLiteral("0x") + QString::fromLatin1(f.readAll().toHex()).toUpper();
}

// The value printed under `header` in the first result set that has that column, or {}.
QString columnValue(const QString &output, const QString &header)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char('\t'));
        const int index = columns.indexOf(header);
        if (index >= 0)
            return lines.at(i + 1).split(QLatin1Char('\t')).value(index).trimmed();
    }
    return {};
}

// Every value printed under `header`, from every result set with that column.
QStringList columnValues(const QString &output, const QString &header)
{
    QStringList values;
    const QStringList lines = output.split(QLatin1Char('\n'));
    int index = -1;
    int width = 0;
    for (const QString &line : lines) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.contains(header)) {
            index = columns.indexOf(header);
            width = int(columns.size());
            continue;
        }
        if (index >= 0 && columns.size() == width && !line.startsWith(QLatin1String("Msg ")))
            values << columns.at(index).trimmed();
        else
            index = -1;
    }
    return values;
}

struct ArmReply
{
    int status = 0;
    QJsonObject body;
    QByteArray location;
};

// One ARM call with the simulator's bearer token; a long-running operation is followed
// through its Location header to its end, as Az PowerShell does.
ArmReply arm(SimProcess &sim, const QByteArray &method, const QString &path,
             const QJsonObject &body = {})
{
    const QString token = sim.issueToken();
    QNetworkAccessManager network;
    auto send = [&](const QByteArray &verb, const QUrl &url, const QByteArray &payload) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setTransferTimeout(20000);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, payload);
        REQUIRE(QTest::qWaitFor([reply]() { return reply->isFinished(); }, 25000));
        ArmReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = QJsonDocument::fromJson(reply->readAll()).object();
        out.location = reply->rawHeader("Location");
        reply->deleteLater();
        return out;
    };
    QUrl url(sim.armUrl().toString(QUrl::StripTrailingSlash) + path
             + QStringLiteral("?api-version=") + kApiVersion);
    ArmReply reply
        = send(method, url,
               body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    for (int poll = 0; reply.status == 202 && !reply.location.isEmpty() && poll < 50; ++poll) {
        const QUrl location(QString::fromUtf8(reply.location));
        QTest::qWait(50); // the simulator counts polls, not time: a short pause is enough
        ArmReply next = send("GET", location, {});
        if (next.status == 202 && next.location.isEmpty())
            next.location = reply.location;
        reply = next;
    }
    INFO(method.toStdString() << " " << path.toStdString() << " → " << reply.status << " "
                              << QJsonDocument(reply.body).toJson().toStdString());
    REQUIRE(reply.status < 300);
    return reply;
}

// The simulator with a managed instance that already holds `Orders` (the database the
// managed-instance-first link replicates to SQL Server) and fast simulated time.
QString writeScenario(QTemporaryFile &file)
{
    QProcess print;
    print.start(SimProcess::executable(), {QStringLiteral("--print-demo-scenario")});
    REQUIRE(print.waitForFinished(20000));
    QJsonObject scenario = QJsonDocument::fromJson(print.readAllStandardOutput()).object();
    REQUIRE_FALSE(scenario.isEmpty());
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
    QJsonObject mi = instances.first().toObject();
    mi.insert(QStringLiteral("databases"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Orders")},
                                       {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                       {QStringLiteral("sizeMB"), 256}}});
    instances.replace(0, mi);
    scenario.insert(QStringLiteral("managedInstances"), instances);
    file.setFileTemplate(QDir::tempPath() + QStringLiteral("/milink-procedure-XXXXXX.json"));
    REQUIRE(file.open());
    file.write(QJsonDocument(scenario).toJson());
    REQUIRE(file.flush());
    return file.fileName();
}

// The article's certificate builder: dynamic SQL named after @@SERVERNAME.
const char *const kCertificateBuilder = R"(
-- Run on SQL Server
USE MASTER;
GO
-- Customize SQL Server certificate expiration date by adjusting the date below
DECLARE @certificateExpirationDate DATE = '2030-01-01'

-- Build dynamic SQL statement to create certificate
DECLARE @sqlserver_certificate_name NVARCHAR(MAX) = N'Cert_' + @@servername  + N'_endpoint'
DECLARE @sqlserver_certificate_subject NVARCHAR(MAX) = N'Certificate for ' + @sqlserver_certificate_name
DECLARE @create_sqlserver_certificate_command NVARCHAR(MAX) = N'CREATE CERTIFICATE [' + @sqlserver_certificate_name + '] ' + char (13) +
'    WITH SUBJECT = ''' + @sqlserver_certificate_subject + ''',' + char (13) +
'    EXPIRY_DATE = '''+ CONVERT(NVARCHAR(MAX), @certificateExpirationDate, 120)  + ''''+ char (13)
IF NOT EXISTS (SELECT name from sys.certificates WHERE name = @sqlserver_certificate_name)
BEGIN
    PRINT (@create_sqlserver_certificate_command)
    -- Execute the query to create SQL Server certificate for authentication on the link endpoint
    EXECUTE sp_executesql @stmt = @create_sqlserver_certificate_command
    PRINT 'SQL Server certificate created.'
END
ELSE
    PRINT 'Certificate ' + @sqlserver_certificate_name + ' already exists.'
GO
)";

struct Procedure
{
    SimProcess &sim;
    quint16 sqlPort = 0;
    quint16 miPort = 0;
    QString fqdn;
    QString miName;
    QString miResourceId;

    explicit Procedure(SimProcess &s) : sim(s)
    {
        const QJsonObject sql
            = sim.ready().value(QStringLiteral("sqlServers")).toArray().first().toObject();
        const QJsonObject mi
            = sim.ready().value(QStringLiteral("managedInstances")).toArray().first().toObject();
        sqlPort = quint16(sql.value(QStringLiteral("port")).toInt());
        miPort = quint16(mi.value(QStringLiteral("port")).toInt());
        fqdn = mi.value(QStringLiteral("fqdn")).toString();
        miName = mi.value(QStringLiteral("name")).toString();
        miResourceId = mi.value(QStringLiteral("resourceId")).toString();
        // Connection in two simulated seconds, seeding in a few: with --time-scale 20 the
        // whole link comes up in well under a real second.
        sim.control(
            QStringLiteral("link.configure"),
            {{QStringLiteral("connectDelaySeconds"), 2}, {QStringLiteral("seedingMBps"), 256}});
    }

    QString onSql(const QString &script) { return tsql(sqlPort, QStringLiteral("sa"), script); }
    QString onMi(const QString &script) { return tsql(miPort, QStringLiteral("miadmin"), script); }

    // Steps 2–9 of the article: identical for both directions.
    void trustBothWays(bool managedInstanceKeyThroughArm)
    {
        QString output = onSql(QStringLiteral(R"(
-- Run on SQL Server
-- Create a master key encryption password
USE MASTER;
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE symmetric_key_id = 101)
BEGIN
    PRINT 'Creating master key.' + CHAR(13) + 'Keep the password confidential and in a secure place.'
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Sim-MasterKey-Passw0rd!'
END
ELSE
    PRINT 'Master key already exists.'
GO
%1-- Run on SQL Server
USE MASTER;
GO
SELECT * FROM sys.certificates WHERE pvt_key_encryption_type = 'MK'
GO
-- Run on SQL Server
-- Show the name and the public key of generated SQL Server certificate
USE MASTER
GO
DECLARE @sqlserver_certificate_name NVARCHAR(MAX) = N'Cert_' + @@servername  + N'_endpoint'
DECLARE @PUBLICKEYENC VARBINARY(MAX) = CERTENCODED(CERT_ID(@sqlserver_certificate_name));
SELECT @sqlserver_certificate_name as 'SQLServerCertName'
SELECT @PUBLICKEYENC AS SQLServerPublicKey;
GO
)")
                                   .arg(QLatin1String(kCertificateBuilder)));
        requireNoError(output);
        CHECK(output.contains(QStringLiteral("Creating master key.")));
        CHECK(output.contains(QStringLiteral("SQL Server certificate created.")));
        CHECK(columnValue(output, QStringLiteral("SQLServerCertName"))
              == QStringLiteral("Cert_SQL01_endpoint"));
        CHECK(columnValue(output, QStringLiteral("pvt_key_encryption_type"))
              == QStringLiteral("MK"));
        CHECK(columnValue(output, QStringLiteral("subject"))
              == QStringLiteral("Certificate for Cert_SQL01_endpoint"));
        CHECK(columnValue(output, QStringLiteral("expiry_date"))
                  .startsWith(QStringLiteral("Jan  1 2030")));
        const QString publicKey = columnValue(output, QStringLiteral("SQLServerPublicKey"));
        REQUIRE(publicKey.startsWith(QStringLiteral("308")));

        // Running the builder again reports the certificate instead of failing.
        output = onSql(QLatin1String(kCertificateBuilder));
        requireNoError(output);
        CHECK(output.contains(QStringLiteral("Certificate Cert_SQL01_endpoint already exists.")));
        CHECK_FALSE(output.contains(QStringLiteral("CREATE CERTIFICATE")));

        // New-AzSqlInstanceServerTrustCertificate: the public key uploaded to the instance.
        const ArmReply trust
            = arm(sim, "PUT",
                  miResourceId + QStringLiteral("/serverTrustCertificates/Cert_SQL01_endpoint"),
                  {{QStringLiteral("properties"),
                    QJsonObject {{QStringLiteral("publicBlob"),
                                  QString(QStringLiteral("0x") + publicKey)}}}});
        CHECK(trust.body.value(QStringLiteral("properties"))
                  .toObject()
                  .value(QStringLiteral("certificateName"))
                  .toString()
              == QStringLiteral("Cert_SQL01_endpoint"));

        // The managed instance's endpoint certificate: Get-AzSqlInstanceEndpointCertificate, or
        // the procedure on the instance itself. Both give the same key.
        const QString onInstance
            = onMi(QStringLiteral("-- Run on SQL Managed Instance\nEXEC "
                                  "sp_get_endpoint_certificate @endpoint_type = 4\nGO\n"));
        requireNoError(onInstance);
        const QString tsqlKey
            = columnValue(onInstance, QStringLiteral("EndpointCertificatePublicKey"));
        const ArmReply endpointCertificate = arm(
            sim, "GET", miResourceId + QStringLiteral("/endpointCertificates/DATABASE_MIRRORING"));
        const QString armKey = endpointCertificate.body.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("publicBlob"))
                                   .toString();
        REQUIRE(armKey.startsWith(QStringLiteral("0x30")));
        CHECK(armKey.mid(2).compare(tsqlKey, Qt::CaseInsensitive) == 0);
        const QString miKey
            = managedInstanceKeyThroughArm ? armKey : QStringLiteral("0x") + tsqlKey;

        output = onSql(QStringLiteral(R"(
-- Run on SQL Server
USE MASTER
CREATE CERTIFICATE [%1]
FROM BINARY = %2
GO
-- Run on SQL Server
-- Create a certificate for the Microsoft PKI root CA
IF NOT EXISTS (SELECT name FROM sys.certificates WHERE name = 'MicrosoftPKI')
BEGIN
    PRINT 'Creating MicrosoftPKI certificate.'
    CREATE CERTIFICATE [MicrosoftPKI] FROM BINARY = %3

    --Trust certificates issued by Microsoft PKI root authority for Azure database.windows.net domains
    DECLARE @CERTID int
    SELECT @CERTID = CERT_ID('MicrosoftPKI')
    EXEC sp_certificate_add_issuer @CERTID, N'*.database.windows.net'
END
ELSE
    PRINT 'Certificate MicrosoftPKI already exsits.'
GO
-- Create the certificate for DigiCert PKI root CA
IF NOT EXISTS (SELECT name FROM sys.certificates WHERE name = 'DigiCertPKI')
BEGIN
    PRINT 'Creating DigiCertPKI certificate.'
    CREATE CERTIFICATE [DigiCertPKI] FROM BINARY = %4

    --Trust certificates issued by DigiCert PKI root authority for Azure database.windows.net domains
    DECLARE @CERTID int
    SELECT @CERTID = CERT_ID('DigiCertPKI')
    EXEC sp_certificate_add_issuer @CERTID, N'*.database.windows.net'
END
ELSE
    PRINT 'Certificate DigiCertPKI already exsits.'
GO
-- Run on SQL Server
USE master
SELECT name, subject, issuer_name, pvt_key_encryption_type FROM sys.certificates ORDER BY name
GO
-- Run on SQL Server
-- View database mirroring endpoints on SQL Server
SELECT * FROM sys.database_mirroring_endpoints WHERE type_desc = 'DATABASE_MIRRORING'
GO
-- Run on SQL Server
-- Create a connection endpoint listener on SQL Server
USE MASTER
CREATE ENDPOINT database_mirroring_endpoint
    STATE=STARTED
    AS TCP (LISTENER_PORT=5022, LISTENER_IP = ALL)
    FOR DATABASE_MIRRORING (
        ROLE=ALL,
        AUTHENTICATION = CERTIFICATE [Cert_SQL01_endpoint],
        ENCRYPTION = REQUIRED ALGORITHM AES
    )
GO
-- Run on SQL Server
-- Alter the existing database mirroring endpoint to use CERTIFICATE for authentication and AES for encryption
USE MASTER
ALTER ENDPOINT [database_mirroring_endpoint]
    STATE=STARTED
    AS TCP (LISTENER_PORT=5022, LISTENER_IP = ALL)
    FOR DATABASE_MIRRORING (
        ROLE=ALL,
        AUTHENTICATION = WINDOWS NEGOTIATE CERTIFICATE [Cert_SQL01_endpoint],
        ENCRYPTION = REQUIRED ALGORITHM AES
    )
GO
-- Run on SQL Server
SELECT
    name, type_desc, state_desc, role_desc,
    connection_auth_desc, is_encryption_enabled, encryption_algorithm_desc
FROM
    sys.database_mirroring_endpoints
GO
)")
                           .arg(fqdn, miKey, hexOfResource(QStringLiteral("MicrosoftPKI.der")),
                                hexOfResource(QStringLiteral("DigiCertPKI.der"))));
        requireNoError(output);
        CHECK(output.contains(QStringLiteral("Creating MicrosoftPKI certificate.")));
        CHECK(output.contains(QStringLiteral("Creating DigiCertPKI certificate.")));
        const QStringList names = columnValues(output, QStringLiteral("subject"));
        CHECK(names.size() == 4);
        CHECK(output.contains(fqdn + QLatin1Char('\t')));
        CHECK(output.contains(QStringLiteral("database_mirroring_endpoint\tDATABASE_MIRRORING\t"
                                             "STARTED\tALL\tNEGOTIATE, CERTIFICATE\t1\tAES")));
    }

    // The article's connection query, repeated until the managed instance's replica of
    // `miAg` shows CONNECTED (well under a real second at time scale 20); returns the output.
    QString waitConnected(const QString &miAg)
    {
        const QString query = QStringLiteral(R"(
-- Run on SQL Server
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
)");
        QString output;
        const bool connected = QTest::qWaitFor(
            [&]() {
                output = onSql(query);
                for (const QString &line : output.split(QLatin1Char('\n'))) {
                    if (line.startsWith(miAg + QLatin1Char('\t'))
                        && line.contains(QStringLiteral("\tCONNECTED\t")))
                        return true;
                }
                return false;
            },
            10000);
        INFO(output.toStdString());
        REQUIRE(connected);
        return output;
    }
};

const char *const kDistributedQuery = R"(
-- Run on SQL Server
-- Verifies the state of the distributed availability group
SELECT
    ag.name, ag.is_distributed, ar.replica_server_name,
    ar.availability_mode_desc, ars.connected_state_desc, ars.role_desc,
    ars.operational_state_desc, ars.synchronization_health_desc
FROM
    sys.availability_groups ag
    join sys.availability_replicas ar
    on ag.group_id=ar.group_id
    left join sys.dm_hadr_availability_replica_states ars
    on ars.replica_id=ar.replica_id
WHERE
    ag.is_distributed=1
GO
)";

QString localRoleQuery(const QString &dag)
{
    return QStringLiteral(
               "SELECT ag.name, rs.role_desc\n"
               "FROM sys.availability_groups ag\n"
               "JOIN sys.dm_hadr_availability_replica_states rs ON ag.group_id = "
               "rs.group_id\n"
               "WHERE rs.is_local = 1 AND ag.is_distributed = 1 AND ag.name = '%1'\nGO\n")
        .arg(dag);
}

// Steps 2–9, the AG without a database, CREATE ANY DATABASE, the DAG naming the database in
// the managed instance's listener URL and the link resource with instanceLinkRole Primary.
void setUpManagedInstanceFirst(SimProcess &sim, Procedure &p)
{
    p.trustBothWays(true);

    // The database exists only on the managed instance.
    CHECK(p.onSql(QStringLiteral(
                      "SELECT COUNT(*) AS n FROM sys.databases WHERE name = 'Orders'\nGO\n"))
              .contains(QStringLiteral("n\n0")));

    const QString output = p.onSql(QStringLiteral(R"(
-- Run on SQL Server
-- Create the primary availability group on SQL Server
USE MASTER
CREATE AVAILABILITY GROUP [AG_Orders]
WITH (CLUSTER_TYPE = NONE)
FOR REPLICA ON
    N'SQL01' WITH (
        ENDPOINT_URL = N'TCP://127.0.0.1:5022',
        FAILOVER_MODE = MANUAL,
        AVAILABILITY_MODE = SYNCHRONOUS_COMMIT,
        SEEDING_MODE = AUTOMATIC
        );
GO
ALTER AVAILABILITY GROUP [AG_Orders] GRANT CREATE ANY DATABASE
GO
-- Run on SQL Server
-- Create a distributed availability group for the availability group and database
USE MASTER
CREATE AVAILABILITY GROUP [DAG_Orders]
WITH (DISTRIBUTED)
    AVAILABILITY GROUP ON
    N'AG_Orders' WITH
    (
      LISTENER_URL = 'TCP://127.0.0.1:5022',
      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,
      FAILOVER_MODE = MANUAL,
      SEEDING_MODE = AUTOMATIC,
      SESSION_TIMEOUT = 20
    ),
    N'MI_AG_Orders' WITH
    (
      LISTENER_URL = 'tcp://%1:5022;Server=[%2];Database=[Orders]',
      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,
      FAILOVER_MODE = MANUAL,
      SEEDING_MODE = AUTOMATIC
    );
GO
SELECT ag.[name] AS [AG Name], ag.is_distributed, ar.replica_server_name AS [Replica Name]
FROM sys.availability_groups ag
    INNER JOIN sys.dm_hadr_availability_replica_states ags ON ag.group_id = ags.group_id
    INNER JOIN sys.availability_replicas ar ON ags.replica_id = ar.replica_id
ORDER BY ag.name, ar.replica_server_name
GO
)")
                                       .arg(p.fqdn, p.miName));
    requireNoError(output);
    CHECK(output.contains(QStringLiteral("AG_Orders\t0\tSQL01")));
    CHECK(output.contains(QStringLiteral("DAG_Orders\t1\tAG_Orders")));

    // The link resource with the managed instance as the initial primary (the article's REST PUT).
    const ArmReply created = arm(
        sim, "PUT", p.miResourceId + QStringLiteral("/distributedAvailabilityGroups/DAG_Orders"),
        {{QStringLiteral("properties"),
          QJsonObject {
              {QStringLiteral("instanceLinkRole"), QStringLiteral("Primary")},
              {QStringLiteral("partnerAvailabilityGroupName"), QStringLiteral("AG_Orders")},
              {QStringLiteral("instanceAvailabilityGroupName"), QStringLiteral("MI_AG_Orders")},
              {QStringLiteral("partnerEndpoint"), QStringLiteral("TCP://127.0.0.1:5022")},
              {QStringLiteral("failoverMode"), QStringLiteral("Manual")},
              {QStringLiteral("seedingMode"), QStringLiteral("Automatic")},
              {QStringLiteral("databases"),
               QJsonArray {
                   QJsonObject {{QStringLiteral("databaseName"), QStringLiteral("Orders")}}}}}}});
    CHECK(created.body.value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("instanceLinkRole"))
              .toString()
          == QStringLiteral("Primary"));
}

SimProcess::Options managedInstanceFirstOptions(QTemporaryFile &scenario)
{
    SimProcess::Options options;
    options.scenarioFile = writeScenario(scenario);
    options.timeScale = 20;
    return options;
}

} // namespace

TEST_CASE("The managed-instance-first procedure runs through FreeTDS tsql",
          "[tsql][procedure][freetds]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("tsql")).isEmpty())
        FAIL("FreeTDS tsql is not installed (.ci/install-deps installs freetds-bin)");
    QTemporaryFile scenario;
    SimProcess sim(managedInstanceFirstOptions(scenario));
    Procedure p(sim);
    setUpManagedInstanceFirst(sim, p);
    const ArmReply link = arm(
        sim, "GET", p.miResourceId + QStringLiteral("/distributedAvailabilityGroups/DAG_Orders"));
    const QJsonObject properties = link.body.value(QStringLiteral("properties")).toObject();
    CHECK(properties.value(QStringLiteral("instanceLinkRole")).toString()
          == QStringLiteral("Primary"));
    CHECK(properties.value(QStringLiteral("partnerAvailabilityGroupName")).toString()
          == QStringLiteral("AG_Orders"));
    // The managed instance's side of the link appears on the next tick, with the primary role.
    CHECK(QTest::qWaitFor(
        [&]() {
            return p.onMi(localRoleQuery(QStringLiteral("DAG_Orders")))
                .contains(QStringLiteral("DAG_Orders\tPRIMARY"));
        },
        5000));
}

// In the article's order the DAG exists on SQL Server before the ARM PUT that makes the managed
// instance primary: SQL Server must end up secondary, not in a split brain.
TEST_CASE("The managed-instance-first link connects and seeds the database into SQL Server",
          "[tsql][procedure][freetds]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("tsql")).isEmpty())
        FAIL("FreeTDS tsql is not installed (.ci/install-deps installs freetds-bin)");
    QTemporaryFile scenario;
    SimProcess sim(managedInstanceFirstOptions(scenario));
    Procedure p(sim);
    setUpManagedInstanceFirst(sim, p);

    // SQL Server is the secondary here, and a secondary's sys.dm_hadr_availability_replica_states
    // lists only its own replicas: the article's connection query shows SQL Server's member,
    // and the link's connection is read from Azure (Get-AzSqlInstanceLink) as well.
    const ArmReply connected = [&]() {
        ArmReply reply;
        const bool ok = QTest::qWaitFor(
            [&]() {
                reply = arm(sim, "GET",
                            p.miResourceId
                                + QStringLiteral("/distributedAvailabilityGroups/DAG_Orders"));
                return reply.body.value(QStringLiteral("properties"))
                           .toObject()
                           .value(QStringLiteral("databases"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("connectedState"))
                           .toString()
                    == QStringLiteral("CONNECTED");
            },
            10000);
        INFO(QJsonDocument(reply.body).toJson().toStdString());
        REQUIRE(ok);
        return reply;
    }();
    const QString output = p.onSql(QStringLiteral(R"(
-- Run on SQL Server
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
)"));
    requireNoError(output);
    CHECK(output.contains(QStringLiteral("AG_Orders\tTCP://127.0.0.1:5022\tCONNECTED")));

    // SQL Server holds the secondary role; the database appears there once seeded, read-only.
    CHECK(p.onSql(localRoleQuery(QStringLiteral("DAG_Orders")))
              .contains(QStringLiteral("DAG_Orders\tSECONDARY")));
    CHECK(p.onMi(localRoleQuery(QStringLiteral("DAG_Orders")))
              .contains(QStringLiteral("DAG_Orders\tPRIMARY")));
    const QString databaseQuery = QStringLiteral(
        "SELECT name, state_desc, DATABASEPROPERTYEX(name, 'Updateability') AS updateability\n"
        "FROM sys.databases WHERE name = 'Orders'\nGO\n");
    QString databases;
    REQUIRE(QTest::qWaitFor(
        [&]() {
            databases = p.onSql(databaseQuery);
            return databases.contains(QStringLiteral("Orders\tONLINE\tREAD_ONLY"));
        },
        20000));
    CHECK(p.onMi(databaseQuery).contains(QStringLiteral("Orders\tONLINE\tREAD_WRITE")));
    const ArmReply link = arm(
        sim, "GET", p.miResourceId + QStringLiteral("/distributedAvailabilityGroups/DAG_Orders"));
    const QJsonObject db = link.body.value(QStringLiteral("properties"))
                               .toObject()
                               .value(QStringLiteral("databases"))
                               .toArray()
                               .first()
                               .toObject();
    CHECK(db.value(QStringLiteral("replicaState")).toString()
          == QStringLiteral("LinkSynchronizing"));
    CHECK(link.body.value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("partnerLinkRole"))
              .toString()
          == QStringLiteral("Secondary"));
}

TEST_CASE("Replication mode, LSNs, planned failover and break-link run through FreeTDS tsql",
          "[tsql][procedure][freetds][failover]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("tsql")).isEmpty())
        FAIL("FreeTDS tsql is not installed (.ci/install-deps installs freetds-bin)");
    SimProcess::Options options;
    options.timeScale = 20;
    SimProcess sim(options);
    Procedure p(sim);
    p.trustBothWays(false);

    // Two links from SQL Server: Sales fails over and keeps the link, Inventory breaks it.
    for (const QString &database : {QStringLiteral("Sales"), QStringLiteral("Inventory")}) {
        const QString output = p.onSql(QStringLiteral(R"(
-- Run on SQL Server
-- Create the primary availability group on SQL Server
USE MASTER
CREATE AVAILABILITY GROUP [AG_%1]
WITH (CLUSTER_TYPE = NONE) -- <- Delete this line for SQL Server 2016 only. Leave as is for all higher versions.
    FOR database [%1]
    REPLICA ON
        N'SQL01' WITH
            (
            ENDPOINT_URL = 'TCP://127.0.0.1:5022',
            AVAILABILITY_MODE = SYNCHRONOUS_COMMIT,
            FAILOVER_MODE = MANUAL,
            SEEDING_MODE = AUTOMATIC
            );
GO
-- Run on SQL Server
-- Create a distributed availability group for the availability group and database
USE MASTER
CREATE AVAILABILITY GROUP [DAG_%1]
WITH (DISTRIBUTED)
    AVAILABILITY GROUP ON
    N'AG_%1' WITH
    (
      LISTENER_URL = 'TCP://127.0.0.1:5022',
      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,
      FAILOVER_MODE = MANUAL,
      SEEDING_MODE = AUTOMATIC,
      SESSION_TIMEOUT = 20
    ),
    N'MI_AG_%1' WITH
    (
      LISTENER_URL = 'tcp://%2:5022;Server=[%3]',
      AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT,
      FAILOVER_MODE = MANUAL,
      SEEDING_MODE = AUTOMATIC
    );
GO
)")
                                           .arg(database, p.fqdn, p.miName));
        requireNoError(output);
        arm(sim, "PUT",
            p.miResourceId + QStringLiteral("/distributedAvailabilityGroups/DAG_") + database,
            {{QStringLiteral("properties"),
              QJsonObject {
                  {QStringLiteral("instanceLinkRole"), QStringLiteral("Secondary")},
                  {QStringLiteral("partnerAvailabilityGroupName"),
                   QString(QStringLiteral("AG_") + database)},
                  {QStringLiteral("instanceAvailabilityGroupName"),
                   QString(QStringLiteral("MI_AG_") + database)},
                  {QStringLiteral("partnerEndpoint"), QStringLiteral("TCP://127.0.0.1:5022")},
                  {QStringLiteral("failoverMode"), QStringLiteral("Manual")},
                  {QStringLiteral("seedingMode"), QStringLiteral("Automatic")},
                  {QStringLiteral("databases"),
                   QJsonArray {QJsonObject {{QStringLiteral("databaseName"), database}}}}}}});
        p.waitConnected(QStringLiteral("MI_AG_") + database);
    }

    // The application writes while the link is asynchronous, then stops (step 1 of failover).
    sim.control(QStringLiteral("link.workload"),
                {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                 {QStringLiteral("database"), QStringLiteral("Sales")},
                 {QStringLiteral("logMBps"), 8}});
    const QString readOnly = QStringLiteral(
        "SELECT name, DATABASEPROPERTYEX(name, 'Updateability') AS updateability\n"
        "FROM sys.databases WHERE name IN ('Sales', 'Inventory') ORDER BY name\nGO\n");
    REQUIRE(QTest::qWaitFor(
        [&]() {
            const QString onMi = p.onMi(readOnly);
            return onMi.contains(QStringLiteral("Inventory\tREAD_ONLY"))
                && onMi.contains(QStringLiteral("Sales\tREAD_ONLY"));
        },
        20000));
    QTest::qWait(300); // let the workload write some log before it stops
    sim.control(QStringLiteral("link.workload"),
                {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                 {QStringLiteral("database"), QStringLiteral("Sales")},
                 {QStringLiteral("logMBps"), 0}});

    // The replication mode change and its verification.
    QString output = p.onSql(QStringLiteral(R"(
-- Run on SQL Server
-- Sets the distributed availability group to a synchronous commit.
-- ManagedInstanceName example: 'sqlmi1'
USE master
GO
ALTER AVAILABILITY GROUP [DAG_Sales]
MODIFY
AVAILABILITY GROUP ON
    'AG_Sales' WITH
        (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),
    '%1' WITH
        (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT);
GO
)")
                                 .arg(p.miName)
                             + QLatin1String(kDistributedQuery));
    requireNoError(output);
    CHECK(output.contains(QStringLiteral("DAG_Sales\t1\tAG_Sales\tSYNCHRONOUS_COMMIT")));
    CHECK(output.contains(
        QStringLiteral("DAG_Sales\t1\tMI_AG_Sales\tSYNCHRONOUS_COMMIT\tCONNECTED")));
    CHECK(
        output.contains(QStringLiteral("DAG_Inventory\t1\tMI_AG_Inventory\tASYNCHRONOUS_COMMIT")));

    // The LSN comparison on both sides: equal once the secondary caught up.
    const QString sqlLsns = QStringLiteral(R"(
-- Run on SQL Server
SELECT
    ag.name AS [Replication group],
    db.name AS [Database name],
    drs.database_id AS [Database ID],
    drs.group_id,
    drs.replica_id,
    drs.synchronization_state_desc AS [Sync state],
    drs.end_of_log_lsn AS [End of log LSN],
    drs.last_hardened_lsn AS [Last hardened LSN]
FROM
    sys.dm_hadr_database_replica_states drs
    inner join sys.databases db on db.database_id = drs.database_id
    inner join sys.availability_groups ag on drs.group_id = ag.group_id
WHERE
    ag.is_distributed = 1 and db.name = 'Sales'
GO
)");
    const QString miLsns = QStringLiteral(R"(
-- Run on a managed instance
SELECT
    db.name AS [Database name],
    drs.database_id AS [Database ID],
    drs.group_id,
    drs.replica_id,
    drs.synchronization_state_desc AS [Sync state],
    drs.end_of_log_lsn AS [End of log LSN],
    drs.last_hardened_lsn AS [Last hardened LSN]
FROM
    sys.dm_hadr_database_replica_states drs
    inner join sys.databases db on db.database_id = drs.database_id
WHERE
    db.name = 'Sales'
GO
)");
    QStringList sqlHardened;
    QStringList miHardened;
    REQUIRE(QTest::qWaitFor(
        [&]() {
            sqlHardened = columnValues(p.onSql(sqlLsns), QStringLiteral("Last hardened LSN"));
            miHardened = columnValues(p.onMi(miLsns), QStringLiteral("Last hardened LSN"));
            return !sqlHardened.isEmpty() && !miHardened.isEmpty()
                && sqlHardened.count(sqlHardened.first()) == sqlHardened.size()
                && miHardened.count(sqlHardened.first()) == miHardened.size();
        },
        20000));
    INFO("SQL Server: " << sqlHardened.join(QLatin1Char(' ')).toStdString() << " managed instance: "
                        << miHardened.join(QLatin1Char(' ')).toStdString());
    CHECK(sqlHardened.size() == 2); // the local and the remote replica, on the primary
    CHECK(sqlHardened.first().toULongLong() > 0);
    // Stable with the workload stopped.
    QTest::qWait(300);
    CHECK(columnValues(p.onSql(sqlLsns), QStringLiteral("Last hardened LSN")) == sqlHardened);
    CHECK(columnValues(p.onMi(miLsns), QStringLiteral("Last hardened LSN")) == miHardened);

    // Planned failover SQL Server → managed instance (SQL Server 2022 CU13), on the primary.
    output = p.onSql(QStringLiteral("-- Run on SQL Server\nUSE master\nGO\n"
                                    "ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER\nGO\n"));
    requireNoError(output);
    CHECK(p.onSql(localRoleQuery(QStringLiteral("DAG_Sales")))
              .contains(QStringLiteral("DAG_Sales\tSECONDARY")));
    CHECK(p.onMi(localRoleQuery(QStringLiteral("DAG_Sales")))
              .contains(QStringLiteral("DAG_Sales\tPRIMARY")));
    REQUIRE(QTest::qWaitFor(
        [&]() { return p.onMi(readOnly).contains(QStringLiteral("Sales\tREAD_WRITE")); }, 20000));
    CHECK(p.onSql(readOnly).contains(QStringLiteral("Sales\tREAD_ONLY")));
    const ArmReply sales = arm(
        sim, "GET", p.miResourceId + QStringLiteral("/distributedAvailabilityGroups/DAG_Sales"));
    CHECK(sales.body.value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("instanceLinkRole"))
              .toString()
          == QStringLiteral("Primary"));
    // A second FAILOVER from what is now the secondary is refused.
    CHECK(p.onSql(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER\nGO\n"))
              .contains(QStringLiteral("Msg 41122")));

    // Break-link failover of Inventory: Remove-AzSqlInstanceLink, then the SQL Server side.
    arm(sim, "DELETE",
        p.miResourceId + QStringLiteral("/distributedAvailabilityGroups/DAG_Inventory"));
    output = p.onSql(QStringLiteral(R"(
-- Run on SQL Server
USE MASTER
GO
DROP AVAILABILITY GROUP [DAG_Inventory]
GO
DROP AVAILABILITY GROUP [AG_Inventory]
GO
SELECT name FROM sys.availability_groups ORDER BY name
GO
)"));
    requireNoError(output);
    CHECK_FALSE(output.contains(QStringLiteral("Inventory")));
    CHECK(output.contains(QStringLiteral("DAG_Sales")));
    REQUIRE(QTest::qWaitFor(
        [&]() { return p.onMi(readOnly).contains(QStringLiteral("Inventory\tREAD_WRITE")); },
        20000));
    const QString miGroups
        = p.onMi(QStringLiteral("SELECT name FROM sys.availability_groups ORDER BY name\nGO\n"));
    CHECK_FALSE(miGroups.contains(QStringLiteral("Inventory")));
    CHECK(miGroups.contains(QStringLiteral("DAG_Sales")));
}
