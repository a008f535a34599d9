#include "PlanTestLinks.h"

#include "plan/PlanBuilder.h"
#include "plan/RootCertificate.h"

#include "tsql/TsqlQuote.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

Plan build(const LinkDefinition &link, Operation operation, const PlanOptions &options = {},
           const DiscoveredState *discovered = nullptr)
{
    PlanBuilder::Result result = PlanBuilder::build(link, operation, options, discovered);
    for (const ValidationIssue &issue : result.issues)
        UNSCOPED_INFO(issue.toString().toStdString());
    REQUIRE(result.plan);
    return *result.plan;
}

QStringList ids(const Plan &plan)
{
    QStringList out;
    for (const PlanStep &step : plan.steps)
        out << step.id;
    return out;
}

int indexOf(const Plan &plan, const QString &id)
{
    const QStringList all = ids(plan);
    const int index = static_cast<int>(all.indexOf(id));
    INFO(id.toStdString());
    REQUIRE(index >= 0);
    return index;
}

const PlanStep &step(const Plan &plan, const QString &id)
{
    const PlanStep *found = plan.step(id);
    INFO(id.toStdString());
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("Create link from SQL Server: instance steps once, database steps per database",
          "[plan][create]")
{
    const Plan plan = build(PlanTestLinks::sales(), Operation::CreateLink);
    const QStringList all = ids(plan);
    for (const char *id : {"check-sql-server", "create-master-key", "create-certificate",
                           "upload-server-trust-certificate", "download-endpoint-certificate",
                           "create-managed-instance-certificate", "trust-root-microsoftpki",
                           "trust-root-digicertpki", "configure-endpoint"})
        CHECK(all.count(QString::fromLatin1(id)) == 1);
    for (const QString &link : {QStringLiteral("DAG_Sales"), QStringLiteral("DAG_Inventory")}) {
        for (const char *prefix :
             {"set-recovery-full:", "check-full-backup:", "create-availability-group:",
              "create-distributed-availability-group:", "create-link:", "wait-connected:",
              "wait-seeding:"}) {
            const PlanStep &s = step(plan, QString::fromLatin1(prefix) + link);
            CHECK(s.scope == PlanStep::Scope::Database);
            CHECK(s.linkName == link);
        }
    }
    // Run order: certificate exchange before the endpoint, AGs before Azure, Azure before waits.
    CHECK(indexOf(plan, QStringLiteral("create-master-key"))
          < indexOf(plan, QStringLiteral("create-certificate")));
    CHECK(indexOf(plan, QStringLiteral("create-certificate"))
          < indexOf(plan, QStringLiteral("upload-server-trust-certificate")));
    CHECK(indexOf(plan, QStringLiteral("download-endpoint-certificate"))
          < indexOf(plan, QStringLiteral("create-managed-instance-certificate")));
    CHECK(indexOf(plan, QStringLiteral("configure-endpoint"))
          < indexOf(plan, QStringLiteral("create-availability-group:DAG_Sales")));
    CHECK(indexOf(plan, QStringLiteral("create-distributed-availability-group:DAG_Inventory"))
          < indexOf(plan, QStringLiteral("create-link:DAG_Sales")));
    CHECK(indexOf(plan, QStringLiteral("create-link:DAG_Inventory"))
          < indexOf(plan, QStringLiteral("wait-connected:DAG_Sales")));

    // Every step that changes something is guarded, or is a wait.
    for (const PlanStep &s : plan.steps) {
        INFO(s.id.toStdString());
        CHECK(!s.title.isEmpty());
        CHECK(!s.description.isEmpty());
        if (!s.tsql.isEmpty())
            CHECK(!s.doneQuery.isEmpty());
        if (s.arm && s.arm->method != "GET")
            CHECK(!s.armDoneWhenAny.isEmpty());
        if (s.arm)
            CHECK(s.arm->apiVersion == QStringLiteral("2025-01-01"));
    }

    // Values flow: SQL certificate key → Azure; MI endpoint key → T-SQL.
    CHECK(step(plan, QStringLiteral("create-certificate")).produces
          == QStringList {QStringLiteral("SqlCertificatePublicKey")});
    CHECK(step(plan, QStringLiteral("upload-server-trust-certificate")).consumes
          == QStringList {QStringLiteral("SqlCertificatePublicKey")});
    CHECK(step(plan, QStringLiteral("upload-server-trust-certificate"))
              .arm->body.value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("publicBlob"))
              .toString()
          == QStringLiteral("$(SqlCertificatePublicKey)"));
    CHECK(step(plan, QStringLiteral("download-endpoint-certificate")).output->jsonPointer
          == QStringLiteral("/properties/publicBlob"));
    const PlanStep &miCert = step(plan, QStringLiteral("create-managed-instance-certificate"));
    CHECK(miCert.consumes == QStringList {QStringLiteral("MiEndpointCertificate")});
    CHECK(miCert.tsql.contains(
        QStringLiteral("CREATE CERTIFICATE [sqlmi-prod.0123456789ab.database.windows.net]")));

    // The master key password is a secret parameter, referenced, never a value.
    const PlanParameter *secret = plan.parameter(QStringLiteral("MasterKeyPassword"));
    REQUIRE(secret);
    CHECK(secret->kind == PlanParameter::Kind::Secret);
    CHECK(secret->value.isEmpty());

    // AG with CLUSTER_TYPE = NONE on 2022, DAG with the MI FQDN listener.
    CHECK(step(plan, QStringLiteral("create-availability-group:DAG_Sales"))
              .tsql.contains(QStringLiteral("WITH (CLUSTER_TYPE = NONE) FOR DATABASE [Sales]")));
    CHECK(step(plan, QStringLiteral("create-distributed-availability-group:DAG_Sales"))
              .tsql.contains(QStringLiteral(
                  "LISTENER_URL = N'tcp://sqlmi-prod.0123456789ab.database.windows.net:5022;"
                  "Server=[sqlmi-prod]'")));

    // The Azure link: Secondary, two-way = Manual, automatic seeding.
    const QJsonObject properties = step(plan, QStringLiteral("create-link:DAG_Sales"))
                                       .arm->body.value(QStringLiteral("properties"))
                                       .toObject();
    CHECK(properties.value(QStringLiteral("instanceLinkRole")).toString()
          == QStringLiteral("Secondary"));
    CHECK(properties.value(QStringLiteral("failoverMode")).toString() == QStringLiteral("Manual"));
    CHECK(properties.value(QStringLiteral("partnerEndpoint")).toString()
          == QStringLiteral("TCP://10.0.0.4:5022"));
    CHECK(properties.value(QStringLiteral("partnerAvailabilityGroupName")).toString()
          == QStringLiteral("AG_Sales"));

    // Log backup advice for seeding.
    CHECK(plan.advice.join(QLatin1Char(' ')).contains(QStringLiteral("12381")));
    // No full backup is taken unless asked for, and never COPY_ONLY.
    CHECK_FALSE(plan.step(QStringLiteral("full-backup:DAG_Sales")));
}

TEST_CASE("The full backup step never uses COPY_ONLY", "[plan][create]")
{
    PlanOptions options;
    options.takeFullBackup = true;
    options.backupDirectory = QStringLiteral("D:\\Backups");
    const Plan plan = build(PlanTestLinks::sales(), Operation::CreateLink, options);
    const PlanStep &backup = step(plan, QStringLiteral("full-backup:DAG_Sales"));
    CHECK(backup.tsql.contains(QStringLiteral("BACKUP DATABASE [Sales]")));
    CHECK(backup.tsql.contains(QStringLiteral("WITH CHECKSUM")));
    CHECK_FALSE(backup.tsql.contains(QStringLiteral("COPY_ONLY")));
    CHECK(backup.tsql.contains(QStringLiteral("N'\\DAG_Sales.bak'")));
    CHECK(plan.parameter(QStringLiteral("BackupDirectory"))->value
          == QStringLiteral("D:\\Backups"));

    PlanOptions missing;
    missing.takeFullBackup = true;
    const auto refused = PlanBuilder::build(PlanTestLinks::sales(), Operation::CreateLink, missing);
    CHECK_FALSE(refused.plan);
    REQUIRE(!refused.issues.isEmpty());
    CHECK(refused.issues.first().path == QStringLiteral("--backup-directory"));
}

TEST_CASE("Root certificates are the full DER, registered for the cloud's DNS suffix",
          "[plan][create][certificates]")
{
    const QList<RootCertificate> roots = RootCertificate::all();
    REQUIRE(roots.size() == 2);
    QFile microsoft(QStringLiteral(MILINK_SOURCE_DIR "/resources/certificates/MicrosoftPKI.der"));
    REQUIRE(microsoft.open(QIODevice::ReadOnly));
    CHECK(roots.at(0).der == microsoft.readAll());
    CHECK(roots.at(0).der.toHex().toUpper().startsWith(
        "308205A830820390A00302010202101ED397095FD8B4B347701EAABE7F45B3"));
    CHECK(roots.at(1).der.toHex().toUpper().contains("033AF1E6A711A9A0BB2864B11D09FAE5"));
    CHECK(roots.at(0).der.size() > 1000);
    CHECK(roots.at(1).der.size() > 800);

    struct CloudCase
    {
        const char *cloud;
        const char *fqdn;
        const char *pattern;
        bool unconfirmed;
    };
    const CloudCase clouds[] = {
        {"AzureCloud", "mi.zone.database.windows.net", "N'*.database.windows.net'", false},
        {"AzureUSGovernment", "mi.zone.database.usgovcloudapi.net",
         "N'*.database.usgovcloudapi.net'", true},
        {"AzureChinaCloud", "mi.zone.database.chinacloudapi.cn", "N'*.database.chinacloudapi.cn'",
         true},
        {"contoso-sim", "mi.zone.database.sim.test", "N'*.database.sim.test'", true},
    };
    for (const CloudCase &c : clouds) {
        INFO(c.cloud);
        LinkDefinition link = PlanTestLinks::sales();
        link.managedInstance.cloud = QString::fromLatin1(c.cloud);
        link.managedInstance.name = QStringLiteral("mi");
        link.managedInstance.fqdn = QString::fromLatin1(c.fqdn);
        const Plan plan = build(link, Operation::CreateLink);
        for (const RootCertificate &root : roots) {
            const PlanStep &s = step(plan, QStringLiteral("trust-root-") + root.name.toLower());
            CHECK(s.tsql.contains(TsqlQuote::binaryLiteral(root.der)));
            CHECK(s.tsql.contains(QStringLiteral("sp_certificate_add_issuer")));
            CHECK(s.tsql.contains(QString::fromLatin1(c.pattern)));
            CHECK(s.notes.join(QLatin1Char(' ')).contains(QStringLiteral("unconfirmed"))
                  == c.unconfirmed);
        }
    }
}

TEST_CASE("SQL Server 2016 creates the availability group without CLUSTER_TYPE", "[plan][create]")
{
    const LinkDefinition link = PlanTestLinks::withVersion(
        QStringLiteral("13.0.7000.253"), UpdatePolicy::AlwaysUpToDate, FailoverMode::OneWay);
    const Plan plan = build(link, Operation::CreateLink);
    const QString tsql = step(plan, QStringLiteral("create-availability-group:DAG_Sales")).tsql;
    CHECK_FALSE(tsql.contains(QStringLiteral("CLUSTER_TYPE")));
    CHECK(tsql.contains(QStringLiteral("FOR DATABASE [Sales]")));
    CHECK(step(plan, QStringLiteral("create-link:DAG_Sales"))
              .arm->body.value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("failoverMode"))
              .toString()
          == QStringLiteral("None"));
}

TEST_CASE("Certificate expiry is computed at run time unless the project sets it", "[plan][create]")
{
    LinkDefinition link = PlanTestLinks::sales();
    const Plan open = build(link, Operation::CreateLink);
    CHECK(step(open, QStringLiteral("create-certificate"))
              .tsql.contains(QStringLiteral("DATEADD(YEAR, 1, SYSUTCDATETIME())")));
    link.certificate.expiryDate = QDate(2027, 11, 22);
    const Plan fixed = build(link, Operation::CreateLink);
    const QString tsql = step(fixed, QStringLiteral("create-certificate")).tsql;
    CHECK(tsql.contains(QStringLiteral("N'20271122'")));
    CHECK_FALSE(tsql.contains(QStringLiteral("SYSUTCDATETIME")));
}

TEST_CASE("Create link from the managed instance", "[plan][create]")
{
    LinkDefinition link = PlanTestLinks::withVersion(
        QStringLiteral("16.0.4095.4"), UpdatePolicy::SqlServer2022, FailoverMode::TwoWay);
    link.direction = LinkDirection::ManagedInstanceToSqlServer;
    link.databases[0].databaseName = QStringLiteral("Sa]les");
    const Plan plan = build(link, Operation::CreateLink);
    CHECK_FALSE(plan.step(QStringLiteral("set-recovery-full:DAG_Sales")));
    CHECK_FALSE(plan.step(QStringLiteral("check-full-backup:DAG_Sales")));
    const QString ag = step(plan, QStringLiteral("create-availability-group:DAG_Sales")).tsql;
    CHECK(ag.contains(QStringLiteral("FOR REPLICA ON")));
    CHECK_FALSE(ag.contains(QStringLiteral("FOR DATABASE")));
    CHECK(step(plan, QStringLiteral("grant-create-database:DAG_Sales")).tsql
          == QStringLiteral("ALTER AVAILABILITY GROUP [AG_Sales] GRANT CREATE ANY DATABASE;"));
    CHECK(step(plan, QStringLiteral("create-distributed-availability-group:DAG_Sales"))
              .tsql.contains(QStringLiteral(";Server=[sqlmi-prod];Database=[Sa]]les]'")));
    const QJsonObject properties = step(plan, QStringLiteral("create-link:DAG_Sales"))
                                       .arm->body.value(QStringLiteral("properties"))
                                       .toObject();
    CHECK(properties.value(QStringLiteral("instanceLinkRole")).toString()
          == QStringLiteral("Primary"));
    CHECK(properties.value(QStringLiteral("failoverMode")).toString() == QStringLiteral("Manual"));
}

TEST_CASE("Set replication mode changes both sides", "[plan][mode]")
{
    PlanOptions options;
    options.replicationMode = ReplicationMode::Sync;
    const Plan plan = build(PlanTestLinks::sales(), Operation::SetReplicationMode, options);
    const PlanStep &sql = step(plan, QStringLiteral("set-mode-sql-server:DAG_Sales"));
    CHECK(sql.tsql.contains(
        QStringLiteral("N'AG_Sales' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT)")));
    CHECK(sql.tsql.contains(
        QStringLiteral("N'AG_Sales_MI' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT)")));
    const PlanStep &arm = step(plan, QStringLiteral("set-mode-azure:DAG_Sales"));
    CHECK(arm.arm->method == "PATCH");
    CHECK(QJsonDocument(arm.arm->body).toJson(QJsonDocument::Compact)
          == R"({"properties":{"replicationMode":"Sync"}})");
    CHECK(arm.armDoneWhenAny.first().expected == QStringLiteral("Sync"));
}

TEST_CASE("Planned failover keeping the link fails over with T-SQL after equal LSNs",
          "[plan][failover]")
{
    PlanOptions options;
    const Plan plan = build(PlanTestLinks::sales(), Operation::Failover, options);
    const int sync = indexOf(plan, QStringLiteral("set-synchronous:DAG_Sales"));
    const int synchronized = indexOf(plan, QStringLiteral("wait-synchronized:DAG_Sales"));
    const int equal = indexOf(plan, QStringLiteral("wait-lsn-equal:DAG_Sales"));
    const int stable = indexOf(plan, QStringLiteral("check-lsn-stable:DAG_Sales"));
    const int failover = indexOf(plan, QStringLiteral("failover:DAG_Sales"));
    CHECK(sync < synchronized);
    CHECK(synchronized < equal);
    CHECK(equal < stable);
    CHECK(stable < failover);
    CHECK(plan.steps.at(equal).target == PlanStep::Target::ManagedInstance);
    CHECK(plan.steps.at(synchronized).produces
          == QStringList {QStringLiteral("SqlServerHardenedLsn_1")});
    CHECK(
        plan.steps.at(equal).wait->query.contains(QStringLiteral("N'$(SqlServerHardenedLsn_1)'")));
    CHECK(plan.steps.at(failover).target == PlanStep::Target::SqlServer);
    CHECK(plan.steps.at(failover).tsql
          == QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER;"));
    CHECK_FALSE(plan.step(QStringLiteral("delete-link:DAG_Sales")));
    CHECK(plan.step(QStringLiteral("restore-replication-mode:DAG_Sales")));
}

TEST_CASE("Failover on SQL Server 2019 always removes the link", "[plan][failover]")
{
    const LinkDefinition link = PlanTestLinks::withVersion(
        QStringLiteral("15.0.4312.2"), UpdatePolicy::AlwaysUpToDate, FailoverMode::OneWay);
    const Plan plan = build(link, Operation::Failover);
    CHECK_FALSE(plan.step(QStringLiteral("failover:DAG_Sales")));
    const int lsn = indexOf(plan, QStringLiteral("check-lsn-stable:DAG_Sales"));
    const int del = indexOf(plan, QStringLiteral("delete-link:DAG_Sales"));
    const int backup = indexOf(plan, QStringLiteral("wait-managed-instance-backup:DAG_Sales"));
    const int drop = indexOf(plan, QStringLiteral("drop-distributed-availability-group:DAG_Sales"));
    CHECK(lsn < del);
    CHECK(del < backup);
    CHECK(backup < drop);
    CHECK(plan.steps.at(del).arm->method == "DELETE");
    CHECK(plan.steps.at(drop).tsql == QStringLiteral("DROP AVAILABILITY GROUP [DAG_Sales];"));
    CHECK_FALSE(plan.step(QStringLiteral("drop-availability-group:DAG_Sales")));
    CHECK(plan.advice.join(QLatin1Char(' ')).contains(QStringLiteral("one-way")));

    PlanOptions dropAg;
    dropAg.dropAvailabilityGroup = true;
    CHECK(build(link, Operation::Failover, dropAg)
              .step(QStringLiteral("drop-availability-group:DAG_Sales")));
}

TEST_CASE("Failover to SQL Server and forced failovers", "[plan][failover]")
{
    const LinkDefinition link = PlanTestLinks::sales();
    PlanOptions planned;
    planned.failoverTo = LinkSide::SqlServer;
    const Plan back = build(link, Operation::Failover, planned);
    const PlanStep &arm = step(back, QStringLiteral("failover:DAG_Sales"));
    CHECK(arm.target == PlanStep::Target::Arm);
    CHECK(arm.arm->path == QStringLiteral("/distributedAvailabilityGroups/DAG_Sales/failover"));
    CHECK(arm.arm->body.value(QStringLiteral("failoverType")).toString()
          == QStringLiteral("Planned"));
    CHECK(step(back, QStringLiteral("wait-synchronized:DAG_Sales")).target
          == PlanStep::Target::ManagedInstance);
    CHECK(indexOf(back, QStringLiteral("failover:DAG_Sales"))
          < indexOf(back, QStringLiteral("wait-sql-server-primary:DAG_Sales")));

    PlanOptions forcedToMi;
    forcedToMi.failoverType = FailoverType::Forced;
    forcedToMi.acceptDataLoss = true;
    const Plan toMi = build(link, Operation::Failover, forcedToMi);
    const PlanStep &forced = step(toMi, QStringLiteral("forced-failover:DAG_Sales"));
    CHECK(forced.target == PlanStep::Target::Arm);
    CHECK(forced.arm->body.value(QStringLiteral("failoverType")).toString()
          == QStringLiteral("ForcedAllowDataLoss"));
    CHECK(forced.destructive);
    CHECK_FALSE(toMi.step(QStringLiteral("wait-synchronized:DAG_Sales")));

    PlanOptions forcedToSql = forcedToMi;
    forcedToSql.failoverTo = LinkSide::SqlServer;
    const Plan toSql = build(link, Operation::Failover, forcedToSql);
    CHECK(
        step(toSql, QStringLiteral("forced-failover:DAG_Sales")).tsql
        == QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FORCE_FAILOVER_ALLOW_DATA_LOSS;"));
    CHECK(step(toSql, QStringLiteral("forced-failover:DAG_Sales")).target
          == PlanStep::Target::SqlServer);
}

TEST_CASE("Delete link in the documented order, cleanup only when unused", "[plan][delete]")
{
    PlanOptions options;
    options.removeCertificates = true;
    options.dropAvailabilityGroup = true;
    const Plan plan = build(PlanTestLinks::sales(), Operation::DeleteLink, options);
    CHECK(indexOf(plan, QStringLiteral("wait-managed-instance-backup:DAG_Sales"))
          < indexOf(plan, QStringLiteral("delete-link:DAG_Sales")));
    CHECK(indexOf(plan, QStringLiteral("delete-link:DAG_Sales"))
          < indexOf(plan, QStringLiteral("drop-distributed-availability-group:DAG_Sales")));
    CHECK(indexOf(plan, QStringLiteral("drop-distributed-availability-group:DAG_Sales"))
          < indexOf(plan, QStringLiteral("drop-availability-group:DAG_Sales")));
    CHECK(indexOf(plan, QStringLiteral("drop-availability-group:DAG_Inventory"))
          < indexOf(plan, QStringLiteral("drop-managed-instance-certificate")));
    CHECK(indexOf(plan, QStringLiteral("drop-endpoint"))
          < indexOf(plan, QStringLiteral("drop-certificate")));
    // Guards: the MI certificate stays while another DAG points at the instance, the endpoint
    // while any AG exists, the trust certificate while the instance has another link.
    CHECK(step(plan, QStringLiteral("drop-managed-instance-certificate"))
              .doneQuery.contains(QStringLiteral("r.endpoint_url LIKE")));
    CHECK(
        step(plan, QStringLiteral("drop-endpoint"))
            .doneQuery.contains(QStringLiteral("UNION ALL SELECT 1 FROM sys.availability_groups")));
    const PlanStep &trust = step(plan, QStringLiteral("delete-server-trust-certificate"));
    REQUIRE(trust.armDoneWhenAny.size() == 2);
    CHECK(trust.armDoneWhenAny.at(1).predicate == ArmCheck::Predicate::ListNotEmpty);

    const Plan plain = build(PlanTestLinks::sales(), Operation::DeleteLink);
    CHECK_FALSE(plain.step(QStringLiteral("drop-endpoint")));
    CHECK_FALSE(plain.step(QStringLiteral("drop-availability-group:DAG_Sales")));
}

TEST_CASE("Rotate the endpoint certificate", "[plan][rotate]")
{
    const Plan plan = build(PlanTestLinks::sales(), Operation::RotateCertificate);
    CHECK(ids(plan).mid(0, 3)
          == QStringList {QStringLiteral("create-new-certificate"),
                          QStringLiteral("upload-new-server-trust-certificate"),
                          QStringLiteral("switch-endpoint-certificate")});
    CHECK(step(plan, QStringLiteral("create-new-certificate"))
              .tsql.contains(QStringLiteral("[Cert_SQL01_PROD_endpoint_2]")));
    CHECK(indexOf(plan, QStringLiteral("verify-connected:DAG_Inventory"))
          < indexOf(plan, QStringLiteral("drop-old-certificate")));
    CHECK(step(plan, QStringLiteral("drop-old-certificate"))
              .tsql.contains(QStringLiteral("DROP CERTIFICATE [Cert_SQL01_PROD_endpoint];")));
    CHECK(step(plan, QStringLiteral("switch-endpoint-certificate"))
              .tsql.contains(QStringLiteral("WINDOWS NEGOTIATE CERTIFICATE")));
    CHECK(step(plan, QStringLiteral("delete-old-server-trust-certificate")).arm->path
          == QStringLiteral("/serverTrustCertificates/Cert_SQL01_PROD_endpoint"));

    PlanOptions same;
    same.newCertificateName = QStringLiteral("cert_sql01_prod_ENDPOINT");
    const auto refused
        = PlanBuilder::build(PlanTestLinks::sales(), Operation::RotateCertificate, same);
    CHECK_FALSE(refused.plan);
    CHECK(refused.issues.first().path == QStringLiteral("--new-certificate-name"));
}

TEST_CASE("Split-brain repair demotes the side that gives up its changes", "[plan][splitbrain]")
{
    PlanOptions keepMi;
    keepMi.backupDirectory = QStringLiteral("/var/opt/mssql/backup");
    const Plan mi = build(PlanTestLinks::sales(), Operation::RepairSplitBrain, keepMi);
    CHECK(indexOf(mi, QStringLiteral("backup-sql-server-log:DAG_Sales"))
          < indexOf(mi, QStringLiteral("demote-sql-server:DAG_Sales")));
    CHECK(step(mi, QStringLiteral("demote-sql-server:DAG_Sales")).tsql
          == QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] SET (ROLE = SECONDARY);"));

    PlanOptions keepSql;
    keepSql.keepPrimary = LinkSide::SqlServer;
    const auto refused
        = PlanBuilder::build(PlanTestLinks::sales(), Operation::RepairSplitBrain, keepSql);
    CHECK_FALSE(refused.plan);
    CHECK(refused.issues.first().path == QStringLiteral("--backup-url"));
    keepSql.backupUrl = QStringLiteral("https://backups.blob.core.windows.net/split");
    const Plan sql = build(PlanTestLinks::sales(), Operation::RepairSplitBrain, keepSql);
    const PlanStep &setRole = step(sql, QStringLiteral("demote-managed-instance:DAG_Sales"));
    CHECK(setRole.arm->action == ArmCall::Action::SetRole);
    CHECK(QJsonDocument(setRole.arm->body).toJson(QJsonDocument::Compact)
          == R"({"instanceRole":"Secondary","roleChangeType":"Forced"})");
    CHECK(step(sql, QStringLiteral("backup-managed-instance:DAG_Sales"))
              .tsql.contains(QStringLiteral("WITH COPY_ONLY")));
}

TEST_CASE("Discovery marks finished steps, without removing them", "[plan][discovery]")
{
    DiscoveredState found;
    found.hasMasterKey = true;
    found.certificates << QStringLiteral("cert_sql01_prod_endpoint");
    found.availabilityGroups << QStringLiteral("AG_Sales");
    found.databases << DiscoveredState::Database {QStringLiteral("Sales"), true, false};
    const Plan plan = build(PlanTestLinks::sales(), Operation::CreateLink, {}, &found);
    CHECK(step(plan, QStringLiteral("create-master-key")).alreadyDone);
    CHECK(step(plan, QStringLiteral("create-certificate")).alreadyDone);
    CHECK(step(plan, QStringLiteral("create-availability-group:DAG_Sales")).alreadyDone);
    CHECK(step(plan, QStringLiteral("set-recovery-full:DAG_Sales")).alreadyDone);
    CHECK_FALSE(step(plan, QStringLiteral("check-full-backup:DAG_Sales")).alreadyDone);
    CHECK_FALSE(step(plan, QStringLiteral("create-availability-group:DAG_Inventory")).alreadyDone);
    CHECK_FALSE(step(plan, QStringLiteral("configure-endpoint")).alreadyDone);

    const Plan offline = build(PlanTestLinks::sales(), Operation::CreateLink);
    for (const PlanStep &s : offline.steps)
        CHECK_FALSE(s.alreadyDone);
    CHECK(offline.steps.size() == plan.steps.size());
}

TEST_CASE("Names that sqlcmd would expand are refused with their path", "[plan][names]")
{
    LinkDefinition link = PlanTestLinks::sales();
    link.databases[1].availabilityGroupName = QStringLiteral("AG_$(x)");
    link.managedInstance.fqdn.clear();
    const auto result = PlanBuilder::build(link, Operation::CreateLink);
    CHECK_FALSE(result.plan);
    QStringList paths;
    for (const ValidationIssue &issue : result.issues)
        paths << issue.path;
    CHECK(paths.contains(QStringLiteral("databases[1].availabilityGroupName")));
    CHECK(paths.contains(QStringLiteral("managedInstance.fqdn")));

    LinkDefinition longHost = PlanTestLinks::sales();
    longHost.managedInstance.fqdn = QStringLiteral("sqlmi-prod.") + QString(120, QLatin1Char('a'))
        + QStringLiteral(".database.windows.net");
    const auto tooLong = PlanBuilder::build(longHost, Operation::CreateLink);
    CHECK_FALSE(tooLong.plan);
    REQUIRE(!tooLong.issues.isEmpty());
    CHECK(tooLong.issues.constLast().path == QStringLiteral("managedInstance.fqdn"));

    PlanOptions unknown;
    unknown.databases << QStringLiteral("Nope");
    const auto refused = PlanBuilder::build(PlanTestLinks::sales(), Operation::DeleteLink, unknown);
    CHECK_FALSE(refused.plan);
    CHECK(refused.issues.first().path == QStringLiteral("--database"));
}

TEST_CASE("A database subset plans only those databases", "[plan]")
{
    PlanOptions options;
    options.databases << QStringLiteral("Inventory");
    const Plan plan = build(PlanTestLinks::sales(), Operation::DeleteLink, options);
    CHECK(plan.step(QStringLiteral("delete-link:DAG_Inventory")));
    CHECK_FALSE(plan.step(QStringLiteral("delete-link:DAG_Sales")));
}
