// LinkMonitor against milink-sim through the real stacks: links created by the
// create-link plan (PlanRunner over QODBC → FreeTDS and HTTP), then watched the way
// the status window and `milink status` watch them.

#include "MonitorHarness.h"

#include "monitor/LinkDmvSnapshot.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

void requireSuccess(ScenarioFixture &fixture, const Plan &plan)
{
    const ScenarioFixture::RunOutcome outcome = fixture.run(plan);
    INFO(outcome.describe().toStdString());
    REQUIRE(outcome.ok);
}

QJsonObject workload(const QString &instance, const QString &database, double logMBps)
{
    return {{QStringLiteral("instance"), instance},
            {QStringLiteral("database"), database},
            {QStringLiteral("logMBps"), logMBps}};
}

QString describe(const LinkMonitor &monitor)
{
    QString text = monitor.problems().join(QLatin1Char('\n'));
    for (const LinkStatusRow &row : monitor.rows())
        text += QLatin1Char('\n') + row.linkName + QLatin1Char('/') + row.databaseName
            + QStringLiteral(" ") + toString(row.health) + QStringLiteral(": ")
            + row.reasons.join(QLatin1Char(' ')) + QStringLiteral(" | ")
            + row.problems.join(QLatin1Char(' '));
    return text;
}

} // namespace

TEST_CASE("The monitor shows seeding with an ETA and then roles and equal LSNs on both sides",
          "[monitor][sim]")
{
    ScenarioFixture fixture;
    // 512 MB at 4 MB/s: about two simulated minutes (six real seconds) of seeding.
    fixture.sim().control(QStringLiteral("link.configure"), {{QStringLiteral("seedingMBps"), 4}});
    Plan plan = fixture.plan();
    ScenarioFixture::stopBefore(plan, QStringLiteral("wait-seeding"));
    requireSuccess(fixture, plan);

    MonitorHarness harness(fixture);
    harness.refresh();
    INFO(describe(harness.monitor()).toStdString());
    REQUIRE(harness.monitor().rows().size() == 1);
    LinkStatusRow first = harness.row(QStringLiteral("Sales"));
    CHECK(first.linkName == QStringLiteral("DAG_Sales"));
    CHECK(first.sources
          == QStringList {QStringLiteral("arm"), QStringLiteral("sqlServer"),
                          QStringLiteral("managedInstance")});
    CHECK(first.seeding);
    CHECK(first.replicaState == QStringLiteral("CreatingLink"));
    CHECK(first.seedingPercent >= 0);
    CHECK(first.seedingPercent < 100);
    CHECK_FALSE(first.seedingEta.isValid()); // one observation gives no rate yet
    CHECK(harness.monitor().lastRoundTrips() == 3);

    // A second observation a second later: a rate, and an ETA in the future that
    // fits the remaining bytes.
    QTest::qWait(1000);
    harness.refresh();
    const LinkStatusRow second = harness.row(QStringLiteral("Sales"));
    INFO("percent " << first.seedingPercent << " → " << second.seedingPercent);
    REQUIRE(second.seeding);
    CHECK(second.seedingPercent > first.seedingPercent);
    REQUIRE(second.seedingEta.isValid());
    CHECK(second.seedingEta > harness.monitor().lastRefreshed());
    // Simulated 4 MB/s at time scale 20 = 80 MB per real second; 512 MB take ~6.4 s.
    CHECK(second.seedingEta < harness.monitor().lastRefreshed().addSecs(30));
    CHECK(second.seedingTotalBytes == qint64(512) * 1024 * 1024);
    CHECK(second.seedingBytesPerSecond > 20.0 * 1024 * 1024);
    CHECK(second.seedingBytesPerSecond < 200.0 * 1024 * 1024);
    CHECK(second.health == LinkHealth::Healthy);

    // Seeded and caught up: roles, connection, equal hardened LSNs on both sides.
    REQUIRE(harness.waitForRow(QStringLiteral("Sales"), [](const LinkStatusRow &r) {
        return r.replicaState == QStringLiteral("LinkSynchronizing") && r.hardenedLsnsEqual();
    }));
    LinkStatusRow row = harness.row(QStringLiteral("Sales"));
    INFO(describe(harness.monitor()).toStdString());
    CHECK(row.sqlServerRole == QStringLiteral("PRIMARY"));
    CHECK(row.managedInstanceRole == QStringLiteral("SECONDARY"));
    CHECK_FALSE(row.splitBrain);
    CHECK(row.connectedState == QStringLiteral("CONNECTED"));
    CHECK(row.synchronizationHealth == QStringLiteral("HEALTHY"));
    CHECK(row.replicationMode == QStringLiteral("Async"));
    CHECK_FALSE(row.seeding);
    CHECK(row.lagSeconds == 0);
    CHECK_FALSE(row.sqlServerHardenedLsn.isEmpty());
    CHECK(row.sqlServerCertificateExpiry.date() == QDate(2027, 11, 22));
    CHECK(row.managedInstanceCertificateName == fixture.link.managedInstance.fqdn);
    CHECK(row.managedInstanceCertificateExpiry.isValid());
    CHECK(row.sqlServerLogUsedPercent >= 0);
    CHECK(row.health == LinkHealth::Healthy);
    CHECK(row.reasons.isEmpty());
    CHECK(harness.monitor().problems().isEmpty());

    // A workload: the asynchronous secondary trails, LSNs differ, lag shows.
    fixture.sim().control(QStringLiteral("link.workload"),
                          workload(QStringLiteral("SQL01"), QStringLiteral("Sales"), 20));
    REQUIRE(harness.waitForRow(QStringLiteral("Sales"), [](const LinkStatusRow &r) {
        return r.lagSeconds > 0 && !r.hardenedLsnsEqual();
    }));
    row = harness.row(QStringLiteral("Sales"));
    CHECK(row.lagSeconds < 60);
    CHECK(row.logSendQueueKb >= 0);
    const QString trailing = row.managedInstanceHardenedLsn;

    // Workload stopped: the secondary catches up and the LSNs are equal again.
    fixture.sim().control(QStringLiteral("link.workload"),
                          workload(QStringLiteral("SQL01"), QStringLiteral("Sales"), 0));
    REQUIRE(harness.waitForRow(QStringLiteral("Sales"), [](const LinkStatusRow &r) {
        return r.hardenedLsnsEqual() && r.lagSeconds == 0;
    }));
    row = harness.row(QStringLiteral("Sales"));
    CHECK(row.managedInstanceHardenedLsn.toDouble() > trailing.toDouble());
    // The history holds every refresh, with LSNs that never go back.
    REQUIRE(row.history.size() >= 4);
    for (int i = 1; i < row.history.size(); ++i) {
        CHECK(row.history.at(i).time >= row.history.at(i - 1).time);
        CHECK(row.history.at(i).sqlServerHardenedLsn >= row.history.at(i - 1).sqlServerHardenedLsn);
    }
}

TEST_CASE("Fifty links show one row each and cost as many round trips as one link",
          "[monitor][sim]")
{
    // SQL Server with fifty small databases.
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases;
    for (int i = 1; i <= 50; ++i)
        databases.append(QJsonObject {
            {QStringLiteral("name"), QStringLiteral("Db%1").arg(i, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
            {QStringLiteral("sizeMB"), 8}});
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);

    ScenarioFixture fixture(20, scenario);
    fixture.sim().control(
        QStringLiteral("link.configure"),
        {{QStringLiteral("connectDelaySeconds"), 1}, {QStringLiteral("seedingMBps"), 1024}});
    fixture.link.databases.clear();
    fixture.link.addDatabase(QStringLiteral("Db01"));
    requireSuccess(fixture, fixture.plan());

    MonitorHarness harness(fixture);
    harness.refresh();
    REQUIRE(harness.monitor().rows().size() == 1);
    const int oneLinkTrips = harness.monitor().lastRoundTrips();
    const int oneLinkHttp = harness.monitor().lastArmHttpRequests();
    CHECK(oneLinkTrips == 3);
    CHECK(oneLinkHttp == 1);

    // The other 49 in one plan: the instance steps are already done and skipped.
    fixture.link.databases.clear();
    for (int i = 2; i <= 50; ++i)
        fixture.link.addDatabase(QStringLiteral("Db%1").arg(i, 2, 10, QLatin1Char('0')));
    requireSuccess(fixture, fixture.plan());

    REQUIRE(harness.waitForRow(
        QStringLiteral("Db50"),
        [&](const LinkStatusRow &) {
            if (harness.monitor().rows().size() != 50)
                return false;
            for (const LinkStatusRow &r : harness.monitor().rows()) {
                if (r.replicaState != QStringLiteral("LinkSynchronizing") || !r.hardenedLsnsEqual())
                    return false;
            }
            return true;
        },
        90000));
    INFO(describe(harness.monitor()).toStdString());
    CHECK(harness.monitor().lastRoundTrips() == oneLinkTrips);
    CHECK(harness.monitor().lastSqlBatches() == 2);
    CHECK(harness.monitor().lastArmCalls() == 1);
    // ARM pages its list (20 a page here): the one list operation reads three pages.
    CHECK(harness.monitor().lastArmHttpRequests() == 3);
    QStringList names;
    for (const LinkStatusRow &r : harness.monitor().rows()) {
        names << r.databaseName;
        CHECK(r.linkName == QStringLiteral("DAG_") + r.databaseName);
        CHECK(r.sqlServerRole == QStringLiteral("PRIMARY"));
        CHECK(r.managedInstanceRole == QStringLiteral("SECONDARY"));
        CHECK(r.connectedState == QStringLiteral("CONNECTED"));
        CHECK(r.sources.size() == 3);
        CHECK(r.health == LinkHealth::Healthy);
    }
    names.sort();
    CHECK(names.size() == 50);
    CHECK(names.removeDuplicates() == 0);

    // With a page large enough, even the HTTP requests are those of one link.
    fixture.sim().control(QStringLiteral("arm.configure"), {{QStringLiteral("pageSize"), 100}});
    harness.refresh();
    CHECK(harness.monitor().rows().size() == 50);
    CHECK(harness.monitor().lastArmHttpRequests() == oneLinkHttp);

    // One database with a workload: only its row trails.
    fixture.sim().control(QStringLiteral("link.workload"),
                          workload(QStringLiteral("SQL01"), QStringLiteral("Db17"), 20));
    REQUIRE(harness.waitForRow(QStringLiteral("Db17"),
                               [](const LinkStatusRow &r) { return r.lagSeconds > 0; }));
    for (const LinkStatusRow &r : harness.monitor().rows()) {
        if (r.databaseName != QStringLiteral("Db17"))
            CHECK(r.lagSeconds == 0);
    }
}

TEST_CASE("A split brain after a forced failover is flagged critical", "[monitor][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    MonitorHarness harness(fixture, false);
    harness.refresh();
    CHECK_FALSE(harness.row(QStringLiteral("Sales")).splitBrain);

    const QJsonObject partition {
        {QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
        {QStringLiteral("managedInstance"), fixture.link.managedInstance.name},
        {QStringLiteral("partitioned"), true}};
    fixture.sim().control(QStringLiteral("link.partition"), partition);
    REQUIRE(harness.waitForRow(QStringLiteral("Sales"), [](const LinkStatusRow &r) {
        return r.connectedState == QStringLiteral("DISCONNECTED");
    }));
    CHECK(harness.row(QStringLiteral("Sales")).health == LinkHealth::Critical);
    ScenarioFixture::finish(fixture.api().failoverLink(
        fixture.instance(), QString::fromLatin1(ScenarioFixture::kLinkName),
        QStringLiteral("ForcedAllowDataLoss")));
    QJsonObject healed = partition;
    healed.insert(QStringLiteral("partitioned"), false);
    fixture.sim().control(QStringLiteral("link.partition"), healed);

    harness.refresh();
    const LinkStatusRow row = harness.row(QStringLiteral("Sales"));
    INFO(describe(harness.monitor()).toStdString());
    CHECK(row.splitBrain);
    CHECK(row.sqlServerRole == QStringLiteral("PRIMARY"));
    CHECK(row.managedInstanceRole == QStringLiteral("PRIMARY"));
    CHECK(row.health == LinkHealth::Critical);
    REQUIRE_FALSE(row.reasons.isEmpty());
    CHECK(row.reasons.first().contains(QStringLiteral("Split brain")));
    CHECK(harness.monitor().overallHealth() == LinkHealth::Critical);
}

TEST_CASE("A dropped SQL Server connection is a problem text while Azure's data still shows",
          "[monitor][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    MonitorHarness harness(fixture, false);
    harness.refresh();
    REQUIRE(harness.monitor().problems().isEmpty());

    fixture.sim().control(QStringLiteral("tds.dropConnections"),
                          {{QStringLiteral("server"), QStringLiteral("SQL01")}});
    // The session notices the drop on its next statement: that refresh reports it.
    QTest::qWait(200);
    harness.refresh();
    INFO(describe(harness.monitor()).toStdString());
    REQUIRE(harness.monitor().problems().size() == 1);
    CHECK(harness.monitor().problems().first().startsWith(QStringLiteral("SQL Server: ")));
    const LinkStatusRow row = harness.row(QStringLiteral("Sales"));
    CHECK(row.sources == QStringList {QStringLiteral("arm")});
    CHECK(row.connectedState == QStringLiteral("CONNECTED"));
    CHECK(row.sqlServerRole == QStringLiteral("PRIMARY")); // from Azure's partnerLinkRole
    REQUIRE(row.problems.size() == 1);
    CHECK(row.problems.first().contains(QStringLiteral("SQL Server")));
    CHECK(row.health == LinkHealth::Warning);
    CHECK(harness.monitor().overallHealth() == LinkHealth::Warning);

    // The next refresh reopens the connection and SQL Server's view is back.
    harness.refresh();
    INFO(describe(harness.monitor()).toStdString());
    CHECK(harness.monitor().problems().isEmpty());
    CHECK(harness.row(QStringLiteral("Sales")).sources.contains(QStringLiteral("sqlServer")));
    CHECK(harness.monitor().lastSqlBatches() == 1);
}

TEST_CASE("Azure failing with 503 is a problem text while the DMVs still show", "[monitor][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    MonitorHarness harness(fixture);
    fixture.sim().control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
         {QStringLiteral("method"), QStringLiteral("GET")},
         {QStringLiteral("status"), 503},
         {QStringLiteral("count"), -1}});
    harness.refresh();
    INFO(describe(harness.monitor()).toStdString());
    REQUIRE(harness.monitor().problems().size() == 1);
    CHECK(harness.monitor().problems().first().startsWith(QStringLiteral("Azure: ")));
    CHECK(harness.monitor().lastArmHttpRequests() > 1); // retried before giving up
    const LinkStatusRow row = harness.row(QStringLiteral("Sales"));
    CHECK(row.sources
          == QStringList {QStringLiteral("sqlServer"), QStringLiteral("managedInstance")});
    CHECK(row.sqlServerRole == QStringLiteral("PRIMARY"));
    CHECK(row.managedInstanceRole == QStringLiteral("SECONDARY"));
    CHECK(row.connectedState == QStringLiteral("CONNECTED"));
    CHECK_FALSE(row.sqlServerHardenedLsn.isEmpty());
    REQUIRE(row.problems.size() == 1);
    CHECK(row.problems.first().contains(QStringLiteral("Azure")));
    CHECK(row.health == LinkHealth::Warning);

    fixture.sim().control(QStringLiteral("faults.clear"));
    harness.refresh();
    CHECK(harness.monitor().problems().isEmpty());
    CHECK(harness.row(QStringLiteral("Sales")).health == LinkHealth::Healthy);
}

TEST_CASE("A refresh only reads: GET requests and SELECT statements", "[monitor][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    MonitorHarness harness(fixture);
    fixture.sim().control(QStringLiteral("arm.clearRequests"));
    harness.refresh();
    harness.refresh();
    const QJsonArray requests = fixture.sim()
                                    .control(QStringLiteral("arm.requests"))
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    REQUIRE(requests.size() == 2);
    for (const QJsonValue &r : requests)
        CHECK(r.toObject().value(QStringLiteral("method")).toString() == QStringLiteral("GET"));

    // Every statement of the batch is a SELECT, SET NOCOUNT or DBCC SQLPERF.
    const QStringList statements
        = LinkDmvSnapshot::query().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    static const QRegularExpression allowed(
        QStringLiteral("^(SELECT|SET NOCOUNT ON|DBCC SQLPERF\\(LOGSPACE\\))"));
    static const QRegularExpression writes(
        QStringLiteral("\\b(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|EXEC|BACKUP|GRANT)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &statement : statements) {
        const QString s = statement.trimmed();
        if (s.isEmpty())
            continue;
        INFO(s.toStdString());
        CHECK(allowed.match(s).hasMatch());
        CHECK_FALSE(writes.match(s).hasMatch());
    }
}

TEST_CASE("A source that does not answer in time is a problem and the others still show",
          "[monitor][sim]")
{
    ScenarioFixture fixture;
    requireSuccess(fixture, fixture.plan());
    MonitorHarness harness(fixture);
    harness.monitor().setTimeoutMs(1500);
    // Azure answers, but only after ten seconds.
    fixture.sim().control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
         {QStringLiteral("delayMs"), 10000},
         {QStringLiteral("count"), 1}});
    QElapsedTimer timer;
    timer.start();
    harness.refresh();
    CHECK(timer.elapsed() < 8000);
    INFO(describe(harness.monitor()).toStdString());
    REQUIRE(harness.monitor().problems().size() == 1);
    CHECK(harness.monitor().problems().first()
          == QStringLiteral("Azure: no answer within 2 second(s)"));
    const LinkStatusRow row = harness.row(QStringLiteral("Sales"));
    CHECK(row.sources
          == QStringList {QStringLiteral("sqlServer"), QStringLiteral("managedInstance")});
    CHECK(row.health == LinkHealth::Warning);

    // The next refresh is complete again.
    harness.monitor().setTimeoutMs(60000);
    harness.refresh();
    CHECK(harness.monitor().problems().isEmpty());
    CHECK(harness.row(QStringLiteral("Sales")).sources.size() == 3);
}

TEST_CASE("A managed-instance-first link shows the managed instance as primary", "[monitor][sim]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
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
    requireSuccess(fixture, fixture.plan());

    for (const bool withManagedInstance : {true, false}) {
        INFO("with the managed instance's endpoint: " << withManagedInstance);
        MonitorHarness harness(fixture, withManagedInstance);
        REQUIRE(harness.waitForRow(QStringLiteral("Orders"), [](const LinkStatusRow &r) {
            return r.replicaState == QStringLiteral("LinkSynchronizing") && r.hardenedLsnsEqual();
        }));
        const LinkStatusRow row = harness.row(QStringLiteral("Orders"));
        INFO(describe(harness.monitor()).toStdString());
        CHECK(row.linkName == QStringLiteral("DAG_Orders"));
        CHECK(row.sqlServerRole == QStringLiteral("SECONDARY"));
        CHECK(row.managedInstanceRole == QStringLiteral("PRIMARY"));
        CHECK_FALSE(row.splitBrain);
        CHECK(row.connectedState == QStringLiteral("CONNECTED"));
        CHECK(row.synchronizationHealth == QStringLiteral("HEALTHY"));
        CHECK(row.health == LinkHealth::Healthy);
        CHECK(row.reasons.isEmpty());
    }
}
