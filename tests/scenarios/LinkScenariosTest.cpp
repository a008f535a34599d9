// The link state machine's scenarios through the real stacks: the create-link plan
// run by PlanRunner over QODBC → unixODBC → FreeTDS → milink-sim and HTTP to its
// Resource Manager, altered the way real setups go wrong, and the outcome read
// back as users see it (DMVs on SQL Server, the link resource in ARM).

#include "ScenarioFixture.h"

#include "plan/PlanBuilder.h"
#include "plan/RootCertificate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace milink;

namespace {

// Runs `plan` and REQUIREs success, showing every step when it fails.
void requireSuccess(ScenarioFixture &fixture, const Plan &plan)
{
    const ScenarioFixture::RunOutcome outcome = fixture.run(plan);
    INFO(outcome.describe().toStdString());
    REQUIRE(outcome.ok);
}

// Waits until SQL Server reports `error` for the managed instance replica of
// DAG_Sales, and checks that the link is down on both sides.
void requireConnectError(ScenarioFixture &fixture, int error, bool whileCreating = true)
{
    ScenarioFixture::RemoteReplica replica;
    const bool reported = ScenarioFixture::waitFor([&]() {
        replica = fixture.remoteReplica();
        return replica.lastConnectError == error;
    });
    INFO("last_connect_error_number " << replica.lastConnectError << ": "
                                      << replica.lastConnectErrorDescription.toStdString());
    REQUIRE(reported);
    CHECK(replica.connectedState == QStringLiteral("DISCONNECTED"));
    CHECK_FALSE(replica.lastConnectErrorDescription.isEmpty());

    const LinkDatabaseState db = fixture.armDatabase();
    CHECK(db.connectedState == QStringLiteral("DISCONNECTED"));
    if (whileCreating)
        CHECK(db.replicaState == QStringLiteral("CreatingLink"));
    CHECK(db.mostRecentLinkError == replica.lastConnectErrorDescription);
}

QJsonObject workload(const QString &instance, double logMBps)
{
    return {{QStringLiteral("instance"), instance},
            {QStringLiteral("database"), QStringLiteral("Sales")},
            {QStringLiteral("logMBps"), logMBps}};
}

// Hardened LSNs of Sales on SQL Server: the local (primary) copy and the managed
// instance's copy as SQL Server sees it.
std::pair<QString, QString> hardenedLsns(ScenarioFixture &fixture)
{
    const SqlResult result = fixture.sql(
        QStringLiteral("SELECT drs.is_local, CONVERT(varchar(40), drs.last_hardened_lsn)\n"
                       "FROM sys.dm_hadr_database_replica_states AS drs\n"
                       "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
                       "JOIN sys.availability_groups AS ag ON ag.group_id = drs.group_id\n"
                       "WHERE d.name = N'Sales' AND ag.name = N'DAG_Sales'"));
    INFO(result.error.serverText.toStdString());
    REQUIRE(result.ok());
    std::pair<QString, QString> lsns;
    for (const QVariantList &row : result.resultSets.value(0).rows)
        (row.value(0).toInt() == 1 ? lsns.first : lsns.second) = row.value(1).toString();
    return lsns;
}

} // namespace

TEST_CASE("A correct setup connects and seeding rises from CreatingLink to LinkSynchronizing",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    // 512 MB at 16 MB/s: half a simulated minute of seeding, long enough to watch.
    fixture.sim().control(QStringLiteral("link.configure"), {{QStringLiteral("seedingMBps"), 16}});
    Plan plan = fixture.plan();
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-seeding"));
    requireSuccess(fixture, plan);

    const ScenarioFixture::RemoteReplica replica = fixture.remoteReplica();
    CHECK(replica.connectedState == QStringLiteral("CONNECTED"));
    CHECK(replica.lastConnectError == 0);

    // Progress as ARM reports it, until the link synchronizes.
    QList<int> progress;
    LinkDatabaseState db;
    REQUIRE(ScenarioFixture::waitFor([&]() {
        db = fixture.armDatabase();
        if (db.replicaState == QStringLiteral("CreatingLink"))
            progress << QString(db.seedingProgress).remove(QLatin1Char('%')).toInt();
        return db.replicaState == QStringLiteral("LinkSynchronizing");
    }));
    QStringList seen;
    for (int p : progress)
        seen << QString::number(p);
    INFO("progress seen: " << seen.join(QLatin1Char(' ')).toStdString());
    REQUIRE(progress.size() >= 2);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.first() < 100);
    CHECK(progress.last() > progress.first());
    CHECK(db.seedingProgress == QStringLiteral("100%"));
    CHECK(db.connectedState == QStringLiteral("CONNECTED"));
    CHECK(db.mostRecentLinkError.isEmpty());

    // The plan's own seeding wait now passes, and SQL Server sees the copy synchronizing.
    Plan rest = fixture.plan();
    ScenarioFixture::startAt(rest, QStringLiteral("wait-seeding"));
    requireSuccess(fixture, rest);
    CHECK(fixture
              .scalar(QStringLiteral(
                  "SELECT drs.synchronization_state_desc\n"
                  "FROM sys.dm_hadr_database_replica_states AS drs\n"
                  "JOIN sys.availability_groups AS ag ON ag.group_id = drs.group_id\n"
                  "WHERE ag.name = N'DAG_Sales' AND drs.is_local = 0"))
              .toString()
          == QStringLiteral("SYNCHRONIZING"));
    CHECK(fixture.localRole() == QStringLiteral("PRIMARY"));
}

TEST_CASE("Seeding starts over after the connection is interrupted", "[scenario][sim]")
{
    ScenarioFixture fixture;
    // 512 MB at 8 MB/s: a simulated minute of seeding.
    fixture.sim().control(QStringLiteral("link.configure"), {{QStringLiteral("seedingMBps"), 8}});
    Plan plan = fixture.plan();
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-seeding"));
    requireSuccess(fixture, plan);

    const auto percent = [](const LinkDatabaseState &db) {
        return QString(db.seedingProgress).remove(QLatin1Char('%')).toInt();
    };
    int before = 0;
    REQUIRE(ScenarioFixture::waitFor([&]() {
        const LinkDatabaseState db = fixture.armDatabase();
        before = percent(db);
        return db.replicaState == QStringLiteral("CreatingLink") && before >= 30;
    }));
    REQUIRE(before < 100);

    QJsonObject partition {{QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
                           {QStringLiteral("managedInstance"), fixture.link.managedInstance.name},
                           {QStringLiteral("partitioned"), true}};
    fixture.sim().control(QStringLiteral("link.partition"), partition);
    requireConnectError(fixture, 35206);
    partition.insert(QStringLiteral("partitioned"), false);
    fixture.sim().control(QStringLiteral("link.partition"), partition);

    // Connected again, the copy is seeded from the start: progress falls below what it
    // had reached, then rises to the end.
    LinkDatabaseState db;
    REQUIRE(ScenarioFixture::waitFor([&]() {
        db = fixture.armDatabase();
        return db.connectedState == QStringLiteral("CONNECTED")
            && db.replicaState == QStringLiteral("CreatingLink") && percent(db) < before;
    }));
    REQUIRE(ScenarioFixture::waitFor([&]() {
        db = fixture.armDatabase();
        return db.replicaState == QStringLiteral("LinkSynchronizing");
    }));
    CHECK(db.seedingProgress == QStringLiteral("100%"));
}

TEST_CASE("A managed instance certificate named other than its FQDN fails with 41974",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    Plan plan = fixture.plan();
    PlanStep &create
        = ScenarioFixture::step(plan, QStringLiteral("create-managed-instance-certificate"));
    const QString fqdnName
        = QLatin1Char('[') + fixture.link.managedInstance.fqdn + QLatin1Char(']');
    REQUIRE(create.tsql.contains(fqdnName));
    create.tsql.replace(fqdnName,
                        QStringLiteral("[") + fixture.link.managedInstance.name
                            + QStringLiteral("_endpoint]"));
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-connected"));
    requireSuccess(fixture, plan);

    CHECK(fixture
              .scalar(QStringLiteral("SELECT COUNT(*) FROM sys.certificates WHERE name = N'%1'")
                          .arg(fixture.link.managedInstance.name + QStringLiteral("_endpoint")))
              .toInt()
          == 1);
    requireConnectError(fixture, 41974);
}

TEST_CASE("Without sp_certificate_add_issuer for the root certificates the link fails with 41974",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    Plan plan = fixture.plan();
    ScenarioFixture::removeSteps(plan, QStringLiteral("trust-root-"));
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-connected"));
    requireSuccess(fixture, plan);
    requireConnectError(fixture, 41974);
    CHECK(fixture.remoteReplica().lastConnectErrorDescription.contains(
        QStringLiteral("sp_certificate_add_issuer")));
}

TEST_CASE("A link that cannot connect reports 41962 five minutes after its creation",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    // The SQL Server half is ready long before the Azure half (scripts handed over).
    Plan sqlHalf = fixture.plan();
    ScenarioFixture::removeSteps(sqlHalf, QStringLiteral("trust-root-"));
    ScenarioFixture::stopBefore(sqlHalf, QStringLiteral("create-link:"));
    requireSuccess(fixture, sqlHalf);
    fixture.sim().control(QStringLiteral("link.tick")); // the state machine has seen the DAG
    fixture.sim().control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 600}});
    fixture.sim().control(QStringLiteral("link.tick"));
    fixture.refreshToken();

    Plan azureHalf = fixture.plan();
    ScenarioFixture::startAt(azureHalf, QStringLiteral("create-link:"));
    ScenarioFixture::stopBefore(azureHalf, QStringLiteral("wait-connected"));
    requireSuccess(fixture, azureHalf);
    // The timeout runs from the link's creation, so first the real cause shows.
    requireConnectError(fixture, 41974);

    fixture.sim().control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 301}});
    fixture.sim().control(QStringLiteral("link.tick"));
    ScenarioFixture::RemoteReplica replica;
    REQUIRE(ScenarioFixture::waitFor([&]() {
        replica = fixture.remoteReplica();
        return replica.lastConnectError == 41962;
    }));
    CHECK(
        replica.lastConnectErrorDescription.contains(QStringLiteral("sp_certificate_add_issuer")));
    const LinkDatabaseState db = fixture.armDatabase();
    CHECK(db.replicaState == QStringLiteral("LinkInitError"));
    CHECK(db.mostRecentLinkError.contains(QStringLiteral("sp_certificate_add_issuer")));
}

TEST_CASE("A stale server trust certificate on the managed instance fails with 41973",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    // An earlier attempt left another certificate under the SQL Server
    // certificate's name: the plan finds the name taken and does not upload again.
    const QList<RootCertificate> roots = RootCertificate::all();
    REQUIRE_FALSE(roots.isEmpty());
    REQUIRE_FALSE(roots.first().der.isEmpty());
    ScenarioFixture::finish(fixture.api().createServerTrustCertificate(
        fixture.instance(), fixture.link.effectiveCertificateName(), roots.first().der));

    Plan plan = fixture.plan();
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-connected"));
    const ScenarioFixture::RunOutcome outcome = fixture.run(plan);
    INFO(outcome.describe().toStdString());
    REQUIRE(outcome.ok);
    bool uploadSkipped = false;
    for (const StepRecord &r : outcome.records) {
        if (r.stepId == QStringLiteral("upload-server-trust-certificate"))
            uploadSkipped = r.status == StepRecord::Status::Skipped;
    }
    CHECK(uploadSkipped);
    requireConnectError(fixture, 41973);
}

TEST_CASE("A link whose partner endpoint is on another port than the endpoint fails with 41986",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    Plan plan = fixture.plan();
    PlanStep &create = ScenarioFixture::step(plan, QStringLiteral("create-link:"));
    REQUIRE(create.arm.has_value());
    QJsonObject properties = create.arm->body.value(QStringLiteral("properties")).toObject();
    const QString endpoint = properties.value(QStringLiteral("partnerEndpoint")).toString();
    REQUIRE(endpoint.endsWith(QStringLiteral(":5022")));
    properties.insert(QStringLiteral("partnerEndpoint"),
                      QString(endpoint).replace(QStringLiteral(":5022"), QStringLiteral(":5023")));
    create.arm->body.insert(QStringLiteral("properties"), properties);
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-connected"));
    requireSuccess(fixture, plan);

    requireConnectError(fixture, 41986);
    CHECK(fixture.armLink().partnerEndpoint.endsWith(QStringLiteral(":5023")));
}

TEST_CASE("An expired SQL Server certificate breaks a connected link with 41973", "[scenario][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    REQUIRE(fixture.remoteReplica().connectedState == QStringLiteral("CONNECTED"));

    const QDateTime expiry = fixture
                                 .scalar(QStringLiteral("SELECT expiry_date FROM sys.certificates "
                                                        "WHERE name = N'%1'")
                                             .arg(fixture.link.effectiveCertificateName()))
                                 .toDateTime();
    REQUIRE(expiry.isValid());
    const QDateTime now = fixture.scalar(QStringLiteral("SELECT SYSUTCDATETIME()")).toDateTime();
    REQUIRE(now < expiry);
    fixture.sim().control(QStringLiteral("clock.advance"),
                          {{QStringLiteral("seconds"), double(now.secsTo(expiry) + 86400)}});
    fixture.sim().control(QStringLiteral("link.tick"));
    fixture.refreshToken(); // the old token expired with the clock

    ScenarioFixture::RemoteReplica replica;
    REQUIRE(ScenarioFixture::waitFor([&]() {
        replica = fixture.remoteReplica();
        return replica.lastConnectError == 41973;
    }));
    CHECK(replica.connectedState == QStringLiteral("DISCONNECTED"));
    CHECK(replica.lastConnectErrorDescription.contains(QStringLiteral("expired")));
    const LinkDatabaseState db = fixture.armDatabase();
    CHECK(db.connectedState == QStringLiteral("DISCONNECTED"));
    CHECK(db.mostRecentLinkError.contains(QStringLiteral("expired")));
}

TEST_CASE("A log backup during seeding breaks the link with 1408 unless trace flag 12381 is on",
          "[scenario][sim]")
{
    const bool traceFlag = GENERATE(false, true);
    INFO("trace flag 12381 " << (traceFlag ? "on" : "off"));
    ScenarioFixture fixture;
    // 512 MB at 4 MB/s: seeding lasts about two simulated minutes.
    fixture.sim().control(QStringLiteral("link.configure"), {{QStringLiteral("seedingMBps"), 4}});
    if (traceFlag)
        REQUIRE(fixture.sql(QStringLiteral("DBCC TRACEON(12381, -1);")).ok());
    Plan plan = fixture.plan();
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-seeding"));
    requireSuccess(fixture, plan);
    REQUIRE(fixture.armDatabase().replicaState == QStringLiteral("CreatingLink"));

    const SqlResult backup = fixture.sql(
        QStringLiteral("BACKUP LOG [Sales] TO DISK = N'/var/opt/mssql/backup/Sales.trn';"));
    INFO(backup.error.serverText.toStdString());
    REQUIRE(backup.ok());

    if (!traceFlag) {
        LinkDatabaseState db;
        REQUIRE(ScenarioFixture::waitFor([&]() {
            db = fixture.armDatabase();
            return db.replicaState == QStringLiteral("LinkCreationError");
        }));
        CHECK(db.mostRecentLinkError.contains(QStringLiteral("1408")));
        CHECK(db.connectedState == QStringLiteral("DISCONNECTED"));
        CHECK(fixture.remoteReplica().connectedState == QStringLiteral("DISCONNECTED"));
        // It stays broken: seeding does not resume by itself.
        fixture.sim().control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 600}});
        fixture.sim().control(QStringLiteral("link.tick"));
        CHECK(fixture.armDatabase().replicaState == QStringLiteral("LinkCreationError"));
    } else {
        Plan rest = fixture.plan();
        ScenarioFixture::startAt(rest, QStringLiteral("wait-seeding"));
        requireSuccess(fixture, rest);
        const LinkDatabaseState db = fixture.armDatabase();
        CHECK(db.replicaState == QStringLiteral("LinkSynchronizing"));
        CHECK(db.mostRecentLinkError.isEmpty());
    }
}

TEST_CASE("Planned failover is refused while an async link trails and swaps the roles in "
          "synchronous commit",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    fixture.sim().control(QStringLiteral("link.workload"), workload(QStringLiteral("SQL01"), 8));

    // Asynchronous commit under a workload: the managed instance trails.
    std::pair<QString, QString> lsns;
    REQUIRE(ScenarioFixture::waitFor([&]() {
        lsns = hardenedLsns(fixture);
        return !lsns.first.isEmpty() && !lsns.second.isEmpty() && lsns.first != lsns.second;
    }));
    const LinkDatabaseState trailing = fixture.armDatabase();
    CHECK(trailing.replicaState == QStringLiteral("LinkSynchronizing"));

    const SqlResult refused
        = fixture.sql(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER;"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.number() == 41142);
    CHECK(fixture.localRole() == QStringLiteral("PRIMARY"));

    // Stop the workload and switch both sides to synchronous commit.
    fixture.sim().control(QStringLiteral("link.workload"), workload(QStringLiteral("SQL01"), 0));
    const DatabaseLink &db = fixture.link.databases.first();
    const SqlResult sync = fixture.sql(
        QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] MODIFY AVAILABILITY GROUP ON\n"
                       "    N'%1' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),\n"
                       "    N'%2' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT);")
            .arg(db.availabilityGroupName, db.instanceAvailabilityGroupName));
    INFO(sync.error.serverText.toStdString());
    REQUIRE(sync.ok());
    ScenarioFixture::finish(fixture.api().setReplicationMode(
        fixture.instance(), QString::fromLatin1(ScenarioFixture::kLinkName),
        QStringLiteral("Sync")));
    REQUIRE(ScenarioFixture::waitFor([&]() {
        lsns = hardenedLsns(fixture);
        return !lsns.first.isEmpty() && lsns.first == lsns.second;
    }));

    const SqlResult failover
        = fixture.sql(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER;"));
    INFO(failover.error.serverText.toStdString());
    REQUIRE(failover.ok());
    CHECK(fixture.localRole() == QStringLiteral("SECONDARY"));
    const DistributedAvailabilityGroupInfo link = fixture.armLink();
    CHECK(link.instanceLinkRole == QStringLiteral("Primary"));
    CHECK(link.partnerLinkRole == QStringLiteral("Secondary"));
}

TEST_CASE("A forced failover during a partition leaves two primaries until SET (ROLE = "
          "SECONDARY) repairs it",
          "[scenario][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    const QJsonObject partition {
        {QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
        {QStringLiteral("managedInstance"), fixture.link.managedInstance.name},
        {QStringLiteral("partitioned"), true}};
    fixture.sim().control(QStringLiteral("link.partition"), partition);
    requireConnectError(fixture, 35206, false);

    ScenarioFixture::finish(fixture.api().failoverLink(
        fixture.instance(), QString::fromLatin1(ScenarioFixture::kLinkName),
        QStringLiteral("ForcedAllowDataLoss")));
    QJsonObject healed = partition;
    healed.insert(QStringLiteral("partitioned"), false);
    fixture.sim().control(QStringLiteral("link.partition"), healed);

    // Both sides claim the primary role and the link stays down.
    CHECK(fixture.localRole() == QStringLiteral("PRIMARY"));
    DistributedAvailabilityGroupInfo link = fixture.armLink();
    CHECK(link.instanceLinkRole == QStringLiteral("Primary"));
    CHECK(link.partnerLinkRole == QStringLiteral("Primary"));
    REQUIRE(link.databases.size() == 1);
    CHECK(link.databases.first().connectedState == QStringLiteral("DISCONNECTED"));
    CHECK(link.databases.first().mostRecentLinkError.contains(QStringLiteral("split brain")));

    const SqlResult demote = fixture.sql(
        QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] SET (ROLE = SECONDARY);"));
    INFO(demote.error.serverText.toStdString());
    REQUIRE(demote.ok());
    CHECK(fixture.localRole() == QStringLiteral("SECONDARY"));
    REQUIRE(ScenarioFixture::waitFor([&]() {
        const LinkDatabaseState db = fixture.armDatabase();
        return db.connectedState == QStringLiteral("CONNECTED")
            && db.replicaState == QStringLiteral("LinkSynchronizing");
    }));
    link = fixture.armLink();
    CHECK(link.instanceLinkRole == QStringLiteral("Primary"));
    CHECK(link.partnerLinkRole == QStringLiteral("Secondary"));
}

TEST_CASE("A managed-instance-first link makes SQL Server the secondary and seeds into it",
          "[scenario][sim]")
{
    // The managed instance holds Orders; SQL Server does not have it yet.
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
    REQUIRE_FALSE(instances.isEmpty());
    QJsonObject mi = instances.at(0).toObject();
    mi.insert(QStringLiteral("databases"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Orders")},
                                       {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                       {QStringLiteral("sizeMB"), 64}}});
    instances.replace(0, mi);
    scenario.insert(QStringLiteral("managedInstances"), instances);

    ScenarioFixture fixture(20, scenario);
    fixture.link.direction = LinkDirection::ManagedInstanceToSqlServer;
    fixture.link.databases.clear();
    fixture.link.addDatabase(QStringLiteral("Orders"));
    // The plan creates the DAG on SQL Server before the link resource that makes the
    // managed instance primary: SQL Server must end up secondary, not in split brain.
    // The whole plan runs, its waits included: on the secondary SQL Server the
    // connection shows as the seeded database, not as the remote replica's row.
    requireSuccess(fixture, fixture.plan());
    CHECK(fixture.armDatabase().connectedState == QStringLiteral("CONNECTED"));

    CHECK(fixture.localRole() == QStringLiteral("SECONDARY"));
    const DistributedAvailabilityGroupInfo link = fixture.armLink();
    CHECK(link.instanceLinkRole == QStringLiteral("Primary"));
    CHECK(link.partnerLinkRole == QStringLiteral("Secondary"));
    REQUIRE(ScenarioFixture::waitFor([&]() {
        return fixture.armDatabase().replicaState == QStringLiteral("LinkSynchronizing");
    }));
    CHECK(fixture
              .scalar(QStringLiteral("SELECT CONVERT(nvarchar(20), DATABASEPROPERTYEX(N'Orders', "
                                     "'Updateability'))"))
              .toString()
          == QStringLiteral("READ_ONLY"));
}
