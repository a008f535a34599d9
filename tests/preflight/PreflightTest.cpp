// The create-link preflight: every check with the statuses it can give, and
// offline runs where nothing that needs a server is ever shown as passed.

#include "preflight/Preflight.h"

#include <catch2/catch.hpp>

using namespace milink;
using Status = CheckResult::Status;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

LinkDefinition baseLink()
{
    LinkDefinition link;
    link.sqlServer.host = QStringLiteral("sql01");
    link.sqlServer.port = 1433;
    link.sqlServer.serverName = QStringLiteral("SQL01");
    link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    link.managedInstance.subscriptionId = QStringLiteral("sub");
    link.managedInstance.resourceGroup = QStringLiteral("rg");
    link.managedInstance.name = QStringLiteral("mi1");
    link.managedInstance.fqdn = QStringLiteral("mi1.zone.database.windows.net");
    link.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022;
    link.failoverMode = FailoverMode::TwoWay;
    link.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    link.addDatabase(QStringLiteral("Sales"));
    return link;
}

ServerFacts baseFacts()
{
    ServerFacts facts;
    facts.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    facts.sysadmin = true;
    facts.hadrEnabled = true;
    facts.masterKey = true;
    facts.collation = QStringLiteral("SQL_Latin1_General_CP1_CI_AS");
    ServerFacts::Database sales;
    sales.name = QStringLiteral("Sales");
    sales.recoveryModel = QStringLiteral("FULL");
    sales.memoryOptimized = false;
    facts.databases << sales;
    return facts;
}

AzureFacts baseAzure()
{
    AzureFacts azure;
    azure.instance.name = QStringLiteral("mi1");
    azure.instance.state = QStringLiteral("Ready");
    azure.instance.databaseFormat = QStringLiteral("SQLServer2022");
    azure.instance.collation = QStringLiteral("SQL_Latin1_General_CP1_CI_AS");
    azure.instance.skuName = QStringLiteral("GP_Gen5");
    azure.instance.skuTier = QStringLiteral("GeneralPurpose");
    azure.endpointCertificate = EndpointCertificateInfo();
    return azure;
}

Preflight::Input onlineInput()
{
    Preflight::Input input;
    input.link = baseLink();
    input.sqlServer = baseFacts();
    input.azure = baseAzure();
    input.now = kNow;
    input.extras.logBackupJobs = QList<Preflight::LogBackupJob>();
    input.extras.logSpace = QList<Preflight::LogSpace> {{QStringLiteral("Sales"), 1 << 20, 12.5}};
    input.extras.tcpEndpoints = QList<Preflight::TcpEndpoint> {
        {QStringLiteral("TSQL Default TCP"), QStringLiteral("TSQL"), 1433}};
    input.extras.certificateThumbprints = QList<QPair<QString, QString>>();
    return input;
}

Status statusOf(const CheckResults &results, const QString &id)
{
    const CheckResult *result = findCheck(results, id);
    REQUIRE(result != nullptr);
    return result->status;
}

} // namespace

TEST_CASE("Preflight passes a healthy link except what cannot be verified from here", "[preflight]")
{
    const CheckResults results = Preflight::evaluate(onlineInput());
    for (const CheckResult &result : results) {
        INFO(result.id.toStdString() << ": " << result.reason.toStdString());
        if (result.id == Preflight::kNetworkToManagedInstance
            || result.id == Preflight::kNetworkToSqlServer
            || result.id == Preflight::kAzureWritePermissions)
            CHECK(result.status == Status::NotVerified);
        else
            CHECK(result.status == Status::Passed);
        CHECK_FALSE(result.title.isEmpty());
        CHECK_FALSE(result.reason.isEmpty());
    }
    CHECK_FALSE(hasFailures(results));
}

TEST_CASE("Preflight offline never shows a server check as passed", "[preflight]")
{
    Preflight::Input input;
    input.link = baseLink();
    input.offline = true;
    input.now = kNow;
    // Even facts left over from an earlier online run do not count offline.
    input.azure = baseAzure();
    const CheckResults results = Preflight::evaluate(input);
    const QStringList needServer = {Preflight::kSysadmin,
                                    Preflight::kHadr,
                                    Preflight::kMasterKey,
                                    Preflight::kUpdatePolicy,
                                    Preflight::kInstanceState,
                                    Preflight::kCollation,
                                    Preflight::kServiceTier,
                                    Preflight::kLinkLimit,
                                    Preflight::kStaleTrustCertificate,
                                    Preflight::kNamesSqlServer,
                                    Preflight::kNamesAzure,
                                    Preflight::kCertificate,
                                    Preflight::kEndpoint,
                                    Preflight::kEndpointPort,
                                    Preflight::kLogBackupJobs,
                                    Preflight::kLogSpace,
                                    Preflight::kTde,
                                    Preflight::kAzureReadPermissions,
                                    Preflight::kAzureWritePermissions};
    for (const QString &id : needServer) {
        INFO(id.toStdString());
        CHECK(statusOf(results, id) == Status::NotVerified);
    }
    const CheckResult *jobs = findCheck(results, Preflight::kLogBackupJobs);
    CHECK(jobs->reason.contains(QStringLiteral("offline")));
    // What the typed values decide is still checked.
    CHECK(statusOf(results, Preflight::kEndpointAddress) == Status::Passed);
}

TEST_CASE("Preflight offline still refuses impossible typed values", "[preflight]")
{
    Preflight::Input input;
    input.link = baseLink();
    input.link.managedInstance.updatePolicy = UpdatePolicy::AlwaysUpToDate;
    input.link.endpoint.listenerAddress.clear();
    input.offline = true;
    input.now = kNow;
    const CheckResults results = Preflight::evaluate(input);
    CHECK(statusOf(results, Preflight::kUpdatePolicy) == Status::Failed);
    CHECK(statusOf(results, Preflight::kEndpointAddress) == Status::Failed);
}

TEST_CASE("Preflight instance checks: sysadmin HADR and master key", "[preflight]")
{
    Preflight::Input input = onlineInput();
    input.sqlServer->sysadmin = false;
    input.sqlServer->hadrEnabled = false;
    input.sqlServer->masterKey = false;
    const CheckResults results = Preflight::evaluate(input);
    CHECK(statusOf(results, Preflight::kSysadmin) == Status::Failed);
    CHECK(statusOf(results, Preflight::kHadr) == Status::Failed);
    CHECK(statusOf(results, Preflight::kMasterKey) == Status::Warning);

    input.sqlServer.reset();
    const CheckResults unread = Preflight::evaluate(input);
    CHECK(statusOf(unread, Preflight::kSysadmin) == Status::NotVerified);
}

TEST_CASE("Preflight update policy against direction and two-way", "[preflight]")
{
    LinkDefinition link = baseLink();
    CHECK(Preflight::updatePolicy(link, true).status == Status::Passed);
    CHECK(Preflight::updatePolicy(link, false).status == Status::NotVerified);

    link.managedInstance.updatePolicy = UpdatePolicy::AlwaysUpToDate;
    const CheckResult twoWay = Preflight::updatePolicy(link, true);
    CHECK(twoWay.status == Status::Failed);
    CHECK(twoWay.reason.contains(QStringLiteral("Always-up-to-date")));

    link.direction = LinkDirection::ManagedInstanceToSqlServer;
    CHECK(Preflight::updatePolicy(link, true).status == Status::Failed);

    // One way from SQL Server works with any policy.
    link.direction = LinkDirection::SqlServerToManagedInstance;
    link.failoverMode = FailoverMode::OneWay;
    CHECK(Preflight::updatePolicy(link, true).status == Status::Passed);

    link.sqlServer.version = SqlServerVersion();
    CHECK(Preflight::updatePolicy(link, true).status == Status::NotVerified);
}

TEST_CASE("Preflight managed instance state collation tier and link limit", "[preflight]")
{
    Preflight::Input input = onlineInput();
    input.azure->instance.state = QStringLiteral("Stopped");
    input.azure->instance.collation = QStringLiteral("Latin1_General_100_CS_AS");
    CHECK(Preflight::instanceState(input.azure).status == Status::Failed);
    CHECK(Preflight::instanceState(input.azure).reason.contains(QStringLiteral("Stopped")));
    CHECK(Preflight::collation(input.sqlServer, input.azure).status == Status::Warning);
    CHECK(Preflight::collation(std::nullopt, input.azure).status == Status::NotVerified);

    input.sqlServer->databases[0].memoryOptimized = true;
    CHECK(Preflight::serviceTier(input.link, input.sqlServer, input.azure).status
          == Status::Failed);
    input.azure->instance.skuName = QStringLiteral("BC_Gen5");
    input.azure->instance.skuTier = QStringLiteral("BusinessCritical");
    CHECK(Preflight::serviceTier(input.link, input.sqlServer, input.azure).status
          == Status::Passed);
    input.sqlServer->databases[0].memoryOptimized.reset();
    input.azure->instance.skuTier = QStringLiteral("GeneralPurpose");
    input.azure->instance.skuName = QStringLiteral("GP_Gen5");
    CHECK(Preflight::serviceTier(input.link, input.sqlServer, input.azure).status
          == Status::NotVerified);

    for (int i = 0; i < 99; ++i)
        input.azure->links.append(DistributedAvailabilityGroupInfo());
    CHECK(Preflight::linkLimit(input.link, input.azure).status == Status::Passed); // 100
    input.azure->links.append(DistributedAvailabilityGroupInfo());
    CHECK(Preflight::linkLimit(input.link, input.azure).status == Status::Warning); // 101 GP
    input.azure->instance.skuTier = QStringLiteral("BusinessCritical");
    CHECK(Preflight::linkLimit(input.link, input.azure).status == Status::Failed);
    CHECK(Preflight::linkLimit(input.link, std::nullopt).status == Status::NotVerified);
}

TEST_CASE("Preflight finds a stale trust certificate on the managed instance", "[preflight]")
{
    Preflight::Input input = onlineInput();
    const QString name = input.link.effectiveCertificateName();
    ServerTrustCertificateInfo trust;
    trust.name = name;
    trust.thumbprint = QStringLiteral("0xAAAA");
    input.azure->trustCertificates << trust;

    SECTION("SQL Server has no such certificate")
    {
        const CheckResult result = Preflight::staleTrustCertificate(input);
        CHECK(result.status == Status::Failed);
        CHECK(result.remedy.contains(name));
    }
    SECTION("SQL Server's certificate has another thumbprint")
    {
        ServerFacts::Certificate certificate;
        certificate.name = name;
        certificate.encryptedByMasterKey = true;
        input.sqlServer->certificates << certificate;
        input.extras.certificateThumbprints->append({name, QStringLiteral("0xbbbb")});
        const CheckResult result = Preflight::staleTrustCertificate(input);
        CHECK(result.status == Status::Failed);
        CHECK(result.reason.contains(QStringLiteral("0xAAAA")));
        CHECK(result.reason.contains(QStringLiteral("0xBBBB")));
    }
    SECTION("the same certificate is reused")
    {
        ServerFacts::Certificate certificate;
        certificate.name = name;
        certificate.encryptedByMasterKey = true;
        input.sqlServer->certificates << certificate;
        input.extras.certificateThumbprints->append({name, QStringLiteral("aaaa")});
        CHECK(Preflight::staleTrustCertificate(input).status == Status::Passed);
    }
    SECTION("thumbprints not read")
    {
        ServerFacts::Certificate certificate;
        certificate.name = name;
        input.sqlServer->certificates << certificate;
        input.extras.certificateThumbprints.reset();
        input.extras.certificateThumbprintsProblem = QStringLiteral("permission denied");
        const CheckResult result = Preflight::staleTrustCertificate(input);
        CHECK(result.status == Status::NotVerified);
        CHECK(result.reason.contains(QStringLiteral("permission denied")));
    }
}

TEST_CASE("Preflight warns when SQL Server's certificate is trusted under another name",
          "[preflight]")
{
    Preflight::Input input = onlineInput();
    const QString name = input.link.effectiveCertificateName();
    input.extras.certificateThumbprints->append({name, QStringLiteral("0x1234")});
    ServerTrustCertificateInfo other;
    other.name = QStringLiteral("OldName");
    other.thumbprint = QStringLiteral("0x1234");
    input.azure->trustCertificates << other;
    const CheckResult result = Preflight::duplicateTrustCertificate(input);
    CHECK(result.status == Status::Warning);
    CHECK(result.reason.contains(QStringLiteral("OldName")));
}

TEST_CASE("Preflight finds names already used on either side", "[preflight]")
{
    Preflight::Input input = onlineInput();
    const DatabaseLink &database = input.link.databases.constFirst();
    input.sqlServer->availabilityGroups
        << ServerFacts::AvailabilityGroup {database.availabilityGroupName, false};
    const CheckResult sql = Preflight::sqlServerNames(input);
    CHECK(sql.status == Status::Failed);
    CHECK(sql.reason.contains(database.availabilityGroupName));

    DistributedAvailabilityGroupInfo existing;
    existing.name = database.linkName;
    input.azure->links << existing;
    const CheckResult azure = Preflight::azureNames(input);
    CHECK(azure.status == Status::Failed);
    CHECK(azure.reason.contains(database.linkName));
    input.azure->links.clear();
    CHECK(Preflight::azureNames(input).status == Status::Passed);
}

TEST_CASE("Preflight certificate and its expiry", "[preflight]")
{
    Preflight::Input input = onlineInput();
    const QString name = input.link.effectiveCertificateName();
    CHECK(Preflight::certificate(input).status == Status::Passed);

    input.link.certificate.expiryDate = kNow.date().addDays(10);
    CHECK(Preflight::certificateExpiry(input).status == Status::Warning);
    input.link.certificate.expiryDate = kNow.date().addDays(-1);
    CHECK(Preflight::certificateExpiry(input).status == Status::Failed);
    input.link.certificate.expiryDate = kNow.date().addYears(1);
    CHECK(Preflight::certificateExpiry(input).status == Status::Passed);

    ServerFacts::Certificate existing;
    existing.name = name;
    existing.encryptedByMasterKey = false;
    existing.expiryDate = kNow.addDays(400);
    input.sqlServer->certificates << existing;
    CHECK(Preflight::certificate(input).status == Status::Failed);
    input.sqlServer->certificates[0].encryptedByMasterKey = true;
    input.sqlServer->certificates[0].expiryDate = kNow.addDays(-3);
    CHECK(Preflight::certificate(input).status == Status::Failed);
    // The existing certificate's date wins over the declared one.
    CHECK(Preflight::certificateExpiry(input).status == Status::Failed);
}

TEST_CASE("Preflight endpoint reuse port conflicts and address", "[preflight]")
{
    Preflight::Input input = onlineInput();
    ServerFacts::Endpoint endpoint;
    endpoint.name = QStringLiteral("Hadr_endpoint");
    endpoint.port = 5022;
    endpoint.state = QStringLiteral("STARTED");
    endpoint.authentication = QStringLiteral("WINDOWS NEGOTIATE");
    endpoint.encryptionEnabled = true;
    endpoint.algorithm = QStringLiteral("RC4");
    input.sqlServer->mirroringEndpoint = endpoint;
    CHECK(Preflight::endpoint(input).status == Status::Failed); // another name
    input.link.endpoint.name = QStringLiteral("Hadr_endpoint");
    const CheckResult altered = Preflight::endpoint(input);
    CHECK(altered.status == Status::Warning);
    CHECK(altered.reason.contains(QStringLiteral("AES")));
    CHECK(altered.reason.contains(QStringLiteral("CERTIFICATE")));

    input.extras.tcpEndpoints->append(
        {QStringLiteral("broker"), QStringLiteral("SERVICE_BROKER"), 5022});
    CHECK(Preflight::endpointPort(input).status == Status::Failed);
    input.link.endpoint.port = 1433;
    CHECK(Preflight::endpointPort(input).status == Status::Failed);
    input.link.endpoint.port = 5023;
    CHECK(Preflight::endpointPort(input).status == Status::Passed);
    input.extras.tcpEndpoints.reset();
    CHECK(Preflight::endpointPort(input).status == Status::NotVerified);

    LinkDefinition link = baseLink();
    link.endpoint.listenerAddress = QStringLiteral("fd00::4");
    const CheckResult ipv6 = Preflight::endpointAddress(link);
    CHECK(ipv6.status == Status::Passed);
    CHECK(ipv6.reason.contains(QStringLiteral("TCP://[fd00::4]:5022")));
    link.endpoint.listenerAddress = QStringLiteral("sql01.contoso.example");
    CHECK(Preflight::endpointAddress(link).status == Status::Warning);
    link.endpoint.listenerAddress = QStringLiteral("127.0.0.1");
    CHECK(Preflight::endpointAddress(link).status == Status::Failed);
    link.endpoint.listenerAddress = QStringLiteral("not a host!");
    CHECK(Preflight::endpointAddress(link).status == Status::Failed);
}

TEST_CASE("Preflight log backup jobs that would break seeding", "[preflight]")
{
    Preflight::Input input = onlineInput();
    input.extras.logBackupJobs->append({QStringLiteral("Nightly logs"), QStringLiteral("Backup"),
                                        true, QStringLiteral("BACKUP LOG [Sales] TO DISK = 'x'")});
    input.extras.logBackupJobs->append({QStringLiteral("Other"), QStringLiteral("Backup"), true,
                                        QStringLiteral("BACKUP LOG [Inventory] TO DISK = 'y'")});
    const CheckResult found = Preflight::logBackupJobs(input);
    CHECK(found.status == Status::Warning);
    CHECK(found.reason.contains(QStringLiteral("Nightly logs")));
    CHECK_FALSE(found.reason.contains(QStringLiteral("Other")));

    input.extras.logBackupJobs = QList<Preflight::LogBackupJob> {
        {QStringLiteral("Maintenance"), QStringLiteral("Log"), true,
         QStringLiteral("EXECUTE dbo.DatabaseBackup @Databases = 'USER_DATABASES', "
                        "@BackupType = 'LOG'")}};
    CHECK(Preflight::logBackupJobs(input).status == Status::Warning);
    input.extras.logBackupJobs->first().enabled = false;
    CHECK(Preflight::logBackupJobs(input).status == Status::Passed);

    input.extras.logBackupJobs.reset();
    input.extras.logBackupJobsProblem = QStringLiteral("Invalid object name 'msdb.dbo.sysjobs'.");
    const CheckResult unread = Preflight::logBackupJobs(input);
    CHECK(unread.status == Status::NotVerified);
    CHECK(unread.reason.contains(QStringLiteral("sysjobs")));

    input.link.direction = LinkDirection::ManagedInstanceToSqlServer;
    CHECK(Preflight::logBackupJobs(input).status == Status::Passed);
}

TEST_CASE("Preflight log space and TDE", "[preflight]")
{
    Preflight::Input input = onlineInput();
    CHECK(Preflight::logSpace(input).status == Status::Passed);
    input.extras.logSpace = QList<Preflight::LogSpace> {{QStringLiteral("Sales"), 1 << 20, 91.0}};
    CHECK(Preflight::logSpace(input).status == Status::Warning);
    input.extras.logSpace = QList<Preflight::LogSpace>();
    CHECK(Preflight::logSpace(input).status == Status::NotVerified);
    input.extras.logSpace.reset();
    CHECK(Preflight::logSpace(input).status == Status::NotVerified);

    CHECK(Preflight::tde(input).status == Status::Passed);
    input.sqlServer->databases[0].encrypted = true;
    CHECK(Preflight::tde(input).status == Status::Warning);
    input.link.direction = LinkDirection::ManagedInstanceToSqlServer;
    CHECK(Preflight::tde(input).status == Status::NotVerified);
}

TEST_CASE("Preflight Azure permissions and the network are never passed on a guess", "[preflight]")
{
    Preflight::Input input = onlineInput();
    CHECK(Preflight::azureReadPermissions(input).status == Status::Passed);
    input.azure->endpointCertificate.reset();
    CHECK(Preflight::azureReadPermissions(input).status == Status::Warning);
    input.azure.reset();
    CHECK(Preflight::azureReadPermissions(input).status == Status::NotVerified);
    CHECK(Preflight::azureWritePermissions(input).status == Status::NotVerified);

    const CheckResult toSql = Preflight::networkToSqlServer(onlineInput());
    CHECK(toSql.status == Status::NotVerified);
    CHECK(toSql.reason.contains(QStringLiteral("5022")));
    CHECK(toSql.remedy.contains(QStringLiteral("10.0.0.4")));
    const CheckResult toMi = Preflight::networkToManagedInstance(onlineInput());
    CHECK(toMi.status == Status::NotVerified);
    CHECK(toMi.remedy.contains(QStringLiteral("mi1.zone.database.windows.net")));
}

TEST_CASE("Preflight normalizes thumbprints", "[preflight]")
{
    CHECK(Preflight::normalizeThumbprint(QStringLiteral("0xab12")) == QStringLiteral("0xAB12"));
    CHECK(Preflight::normalizeThumbprint(QStringLiteral("AB:12")) == QStringLiteral("0xAB12"));
    CHECK(Preflight::normalizeThumbprint(QString()).isEmpty());
}

TEST_CASE("Names an earlier run of the same link created are a resumed setup", "[preflight]")
{
    Preflight::Input input;
    input.link.addDatabase(QStringLiteral("Sales"));
    const DatabaseLink db = input.link.databases.constFirst();
    ServerFacts facts;
    facts.availabilityGroups.append({db.availabilityGroupName, false});
    input.sqlServer = facts;
    const auto names = [&input] {
        for (const CheckResult &check : Preflight::evaluate(input)) {
            if (check.id == Preflight::kNamesSqlServer)
                return check.status;
        }
        return CheckResult::Status::Passed;
    };
    // Somebody else's group of the same name blocks the link.
    CHECK(names() == CheckResult::Status::Failed);
    // The journal of this project says its own run created it: resume.
    input.finishedSteps << QStringLiteral("create-availability-group:") + db.linkName;
    CHECK(names() == CheckResult::Status::Warning);
}
