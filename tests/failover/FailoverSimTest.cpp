// Each failover flow of the failover wizard against milink-sim through the real
// stacks: the offers of FailoverOptions for the roles read by SplitBrainDetector,
// the LSN gate fed by LsnMonitor, and the plans run by PlanRunner over SQL Server,
// the managed instance and Azure.

#include "FailoverSimFixture.h"

#include "azure/ArmJob.h"
#include "azure/Clock.h"
#include "azure/ManagedInstanceInfo.h"
#include "failover/FailoverOptions.h"
#include "failover/FirstBackupCheck.h"
#include "failover/LsnGate.h"
#include "failover/LsnMonitor.h"
#include "failover/SplitBrainDetector.h"
#include "plan/PlanBuilder.h"
#include "tsql/TsqlQuote.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

void requireOk(const FailoverSimFixture::Outcome &outcome)
{
    INFO(outcome.text.toStdString());
    REQUIRE(outcome.ok);
}

// The plan options of the offered failover of `type` towards `to`, for the roles
// the link reports now.
PlanOptions offered(FailoverSimFixture &f, FailoverType type, LinkSide to, bool removeLink = false)
{
    const LinkRoles roles = f.readRoles();
    INFO(roles.describe().toStdString());
    REQUIRE_FALSE(roles.splitBrain());
    const auto choices = FailoverOptions::evaluate(f.link, roles.primary());
    const FailoverChoice *choice = FailoverOptions::find(choices, type, to);
    REQUIRE(choice != nullptr);
    INFO(choice->reason.toStdString());
    REQUIRE(choice->offered);
    return FailoverOptions::planOptions(*choice, removeLink, false, true);
}

QJsonObject alteredScenario(const std::function<void(QJsonObject &sql, QJsonObject &mi)> &edit)
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray sqlServers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
    QJsonObject sql = sqlServers.at(0).toObject();
    QJsonObject mi = instances.at(0).toObject();
    edit(sql, mi);
    sqlServers[0] = sql;
    instances[0] = mi;
    scenario.insert(QStringLiteral("sqlServers"), sqlServers);
    scenario.insert(QStringLiteral("managedInstances"), instances);
    return scenario;
}

int countGroups(FailoverSimFixture &f)
{
    return f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.availability_groups")).toInt();
}

} // namespace

TEST_CASE("Planned failover to the managed instance waits at the LSN gate then fails over with "
          "T-SQL and keeps the link",
          "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    f.workload(QStringLiteral("SQL01"), 8);

    LsnGate gate(nullptr);
    gate.setWindowSeconds(1);
    LsnMonitor monitor(f.sources(), f.link.databases, &gate);
    monitor.setPollIntervalMs(200);
    bool openedUnderWorkload = false;
    QObject::connect(&gate, &LsnGate::changed, [&] { openedUnderWorkload |= gate.isOpen(); });
    monitor.start();

    // Asynchronous commit under a workload: the managed instance trails and the gate stays shut.
    REQUIRE(FailoverSimFixture::waitFor([&] { return gate.state() == LsnGate::State::Differ; }));
    CHECK(gate.reason().contains(QStringLiteral("LSNs differ")));
    const int polls = monitor.pollCount();
    REQUIRE(FailoverSimFixture::waitFor([&] { return monitor.pollCount() >= polls + 10; }));
    CHECK_FALSE(openedUnderWorkload);
    const LsnSample::Database trailing = gate.lastSample().databases.value(0);
    CHECK(trailing.logSendQueueKb >= 0);
    CHECK_FALSE(trailing.armLsn.isEmpty());

    // A planned failover attempted now is refused by SQL Server as well.
    const SqlResult refused
        = f.sql(QStringLiteral("ALTER AVAILABILITY GROUP [DAG_Sales] FAILOVER;"));
    CHECK_FALSE(refused.ok());

    // The guidance: stop the workload, switch both sides to synchronous commit.
    f.workload(QStringLiteral("SQL01"), 0);
    PlanOptions sync;
    sync.replicationMode = ReplicationMode::Sync;
    requireOk(f.run(Operation::SetReplicationMode, sync));
    REQUIRE(FailoverSimFixture::waitFor([&] { return gate.isOpen(); }, 30000));
    const LsnSample::Database equal = gate.lastSample().databases.value(0);
    CHECK(equal.sqlServerLsn == equal.managedInstanceLsn);
    CHECK(equal.managedInstanceLsnSource.contains(QStringLiteral("managed instance")));
    CHECK(equal.armLsn == equal.sqlServerLsn);
    monitor.stop();

    const PlanOptions options = offered(f, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK_FALSE(options.removeLink);
    requireOk(f.run(Operation::Failover, options));
    CHECK(f.sqlServerRole() == QStringLiteral("SECONDARY"));
    const DistributedAvailabilityGroupInfo link = f.armLink();
    CHECK(link.instanceLinkRole == QStringLiteral("Primary"));
    CHECK(link.partnerLinkRole == QStringLiteral("Secondary"));
    const LinkRoles after = f.readRoles();
    REQUIRE(after.primary().has_value());
    CHECK(*after.primary() == LinkSide::ManagedInstance);
}

TEST_CASE("Each LSN poll is one batch per side and one Azure request", "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    f.sim().control(QStringLiteral("arm.clearRequests"));
    LsnGate gate(nullptr);
    LsnMonitor monitor(f.sources(), f.link.databases, &gate);
    monitor.setPollIntervalMs(100);
    QSignalSpy sampled(&monitor, &LsnMonitor::sampled);
    monitor.start();
    REQUIRE(FailoverSimFixture::waitFor([&] { return sampled.count() >= 5; }, 30000));
    monitor.stop();
    const int polls = monitor.pollCount();
    const QJsonArray requests = f.sim()
                                    .control(QStringLiteral("arm.requests"))
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    int linkReads = 0;
    for (const QJsonValue &r : requests) {
        const QJsonObject request = r.toObject();
        if (request.value(QStringLiteral("method")).toString() == QStringLiteral("GET")
            && request.value(QStringLiteral("path"))
                   .toString()
                   .contains(QStringLiteral("distributedAvailabilityGroups")))
            ++linkReads;
    }
    // The last poll may have been stopped after its request went out.
    CHECK(linkReads >= polls - 1);
    CHECK(linkReads <= polls);
}

TEST_CASE("Azure refuses a planned failover while the managed instance is secondary and the "
          "planned failback runs through Azure",
          "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();

    // SQL Server is primary: milink does not offer a failover to SQL Server…
    const auto choices = FailoverOptions::evaluate(f.link, f.readRoles().primary());
    const FailoverChoice *back
        = FailoverOptions::find(choices, FailoverType::Planned, LinkSide::SqlServer);
    REQUIRE(back != nullptr);
    CHECK_FALSE(back->offered);
    // …and Azure refuses the call as it does for real.
    ArmJob *job = f.api().failoverLink(f.instance(), f.link.databases.first().linkName,
                                       QStringLiteral("Planned"));
    REQUIRE(QTest::qWaitFor([job] { return job->isFinished(); }, 30000));
    job->deleteLater();
    REQUIRE_FALSE(job->succeeded());
    REQUIRE(job->error().has_value());
    CHECK(job->error()->code
          == QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole"));
    CHECK(f.sqlServerRole() == QStringLiteral("PRIMARY"));

    requireOk(
        f.run(Operation::Failover, offered(f, FailoverType::Planned, LinkSide::ManagedInstance)));
    REQUIRE(f.sqlServerRole() == QStringLiteral("SECONDARY"));

    // Now the managed instance is primary: the planned failback is Azure's failover.
    const PlanOptions failback = offered(f, FailoverType::Planned, LinkSide::SqlServer);
    const PlanBuilder::Result plan = PlanBuilder::build(f.link, Operation::Failover, failback);
    REQUIRE(plan.plan.has_value());
    bool viaAzure = false;
    for (const PlanStep &step : plan.plan->steps)
        viaAzure |= step.arm && step.arm->path.endsWith(QStringLiteral("/failover"))
            && step.arm->body.value(QStringLiteral("failoverType")).toString()
                == QStringLiteral("Planned");
    CHECK(viaAzure);
    requireOk(f.run(Operation::Failover, failback));
    CHECK(f.sqlServerRole() == QStringLiteral("PRIMARY"));
    const DistributedAvailabilityGroupInfo link = f.armLink();
    CHECK(link.instanceLinkRole == QStringLiteral("Secondary"));
    CHECK(link.partnerLinkRole == QStringLiteral("Primary"));
}

TEST_CASE("Forced failover to the managed instance through Azure and forced failback with "
          "T-SQL on SQL Server",
          "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    requireOk(
        f.run(Operation::Failover, offered(f, FailoverType::Forced, LinkSide::ManagedInstance)));
    // SQL Server was reachable, so it was demoted: no split brain.
    CHECK(f.armLink().instanceLinkRole == QStringLiteral("Primary"));
    CHECK(f.sqlServerRole() == QStringLiteral("SECONDARY"));
    CHECK_FALSE(f.readRoles().splitBrain());

    // A forced failover without the acknowledgement is refused before anything runs.
    PlanOptions unacknowledged = offered(f, FailoverType::Forced, LinkSide::SqlServer);
    unacknowledged.acceptDataLoss = false;
    const PlanBuilder::Result refused
        = PlanBuilder::build(f.link, Operation::Failover, unacknowledged);
    CHECK_FALSE(refused.plan.has_value());

    requireOk(f.run(Operation::Failover, offered(f, FailoverType::Forced, LinkSide::SqlServer)));
    CHECK(f.sqlServerRole() == QStringLiteral("PRIMARY"));
    CHECK(f.armLink().instanceLinkRole == QStringLiteral("Secondary"));
}

TEST_CASE("A forced failover during a partition is detected as split brain and repaired",
          "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    const QJsonObject partition {{QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
                                 {QStringLiteral("managedInstance"), f.link.managedInstance.name},
                                 {QStringLiteral("partitioned"), true}};
    f.sim().control(QStringLiteral("link.partition"), partition);
    REQUIRE(FailoverSimFixture::waitFor(
        [&] { return f.remoteConnectedState() == QStringLiteral("DISCONNECTED"); }));
    requireOk(
        f.run(Operation::Failover, offered(f, FailoverType::Forced, LinkSide::ManagedInstance)));
    QJsonObject healed = partition;
    healed.insert(QStringLiteral("partitioned"), false);
    f.sim().control(QStringLiteral("link.partition"), healed);

    const LinkRoles split = f.readRoles();
    CHECK(split.splitBrain());
    CHECK(split.sqlServer.role == ReplicaStatus::Role::Primary);
    CHECK(split.managedInstance.role == ReplicaStatus::Role::Primary);
    CHECK(split.describe().contains(QStringLiteral("split brain")));
    // No failover is offered from a split brain: the roles have no single primary.
    CHECK_FALSE(split.primary().has_value());

    requireOk(f.run(Operation::RepairSplitBrain,
                    SplitBrainDetector::repairOptions(LinkSide::ManagedInstance,
                                                      QStringLiteral("/var/opt/mssql/backup"))));
    CHECK(f.sqlServerRole() == QStringLiteral("SECONDARY"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM msdb.dbo.backupset WHERE database_name "
                                  "= N'Sales' AND type = 'L'"))
              .toInt()
          >= 1);
    REQUIRE(FailoverSimFixture::waitFor([&] {
        const DistributedAvailabilityGroupInfo info = f.armLink();
        return !info.databases.isEmpty()
            && info.databases.first().connectedState == QStringLiteral("CONNECTED");
    }));
    const LinkRoles repaired = f.readRoles();
    CHECK_FALSE(repaired.splitBrain());
    REQUIRE(repaired.primary().has_value());
    CHECK(*repaired.primary() == LinkSide::ManagedInstance);
}

TEST_CASE("On SQL Server 2019 the failover breaks the link and offers no failback",
          "[failover][sim]")
{
    FailoverSimFixture f(alteredScenario([](QJsonObject &sql, QJsonObject &) {
        sql.insert(QStringLiteral("productVersion"), QStringLiteral("15.0.4312.2"));
    }));
    // The project declares what the scenario's server reports.
    f.link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("15.0.4312.2"));
    f.link.failoverMode = FailoverMode::OneWay;
    f.createLink();

    const PlanOptions options = offered(f, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK(options.removeLink);
    f.onStepStarted = [&f](const QString &stepId) {
        if (stepId.startsWith(QStringLiteral("wait-managed-instance-backup")))
            f.backUpOnManagedInstance();
    };
    requireOk(f.run(Operation::Failover, options));
    CHECK_FALSE(f.armLinkExists());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.availability_groups WHERE name = "
                                  "N'DAG_Sales'"))
              .toInt()
          == 0);
    QString updateability;
    const bool writable = FailoverSimFixture::waitFor(
        [&] {
            const SqlResult result = f.miSql(QStringLiteral(
                "SELECT CONVERT(nvarchar(20), DATABASEPROPERTYEX(N'Sales', 'Updateability'))"));
            updateability = result.resultSets.value(0).rows.value(0).value(0).toString();
            return updateability == QStringLiteral("READ_WRITE");
        },
        20000);
    INFO("Updateability on the managed instance: " << updateability.toStdString());
    CHECK(writable);

    const auto after = FailoverOptions::evaluate(f.link, LinkSide::ManagedInstance);
    for (const FailoverType type : {FailoverType::Planned, FailoverType::Forced}) {
        const FailoverChoice *back = FailoverOptions::find(after, type, LinkSide::SqlServer);
        REQUIRE(back != nullptr);
        CHECK_FALSE(back->offered);
        CHECK(back->reason.contains(QStringLiteral("SQL Server 2019")));
    }
}

TEST_CASE("With the Always-up-to-date policy read from Azure the failback is blocked",
          "[failover][sim]")
{
    FailoverSimFixture f(alteredScenario([](QJsonObject &, QJsonObject &mi) {
        mi.insert(QStringLiteral("databaseFormat"), QStringLiteral("AlwaysUpToDate"));
    }));
    ArmJob *job = f.api().getManagedInstance(f.instance());
    REQUIRE(QTest::qWaitFor([job] { return job->isFinished(); }, 30000));
    job->deleteLater();
    REQUIRE(job->succeeded());
    const ManagedInstanceInfo info = ManagedInstanceInfo::fromJson(job->result());
    f.link.managedInstance.updatePolicy
        = updatePolicyFromArm(info.databaseFormat).value_or(UpdatePolicy::Unknown);
    REQUIRE(f.link.managedInstance.updatePolicy == UpdatePolicy::AlwaysUpToDate);
    f.link.failoverMode = FailoverMode::OneWay;
    f.createLink();

    const PlanOptions toMi = offered(f, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK(toMi.removeLink); // there is no way back, so the link goes

    // Were the managed instance primary, nothing would fail back to SQL Server.
    const auto choices = FailoverOptions::evaluate(f.link, LinkSide::ManagedInstance);
    const FailoverChoice *back
        = FailoverOptions::find(choices, FailoverType::Planned, LinkSide::SqlServer);
    REQUIRE(back != nullptr);
    CHECK_FALSE(back->offered);
    CHECK(back->reason.contains(QStringLiteral("Always-up-to-date")));
    PlanOptions forcedBack;
    forcedBack.failoverTo = LinkSide::SqlServer;
    const PlanBuilder::Result refused = PlanBuilder::build(f.link, Operation::Failover, forcedBack);
    CHECK_FALSE(refused.plan.has_value());
}

TEST_CASE("Certificate rotation keeps the link connected", "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    REQUIRE(f.remoteConnectedState() == QStringLiteral("CONNECTED"));
    const QString oldName = f.link.effectiveCertificateName();
    const QString newName = PlanBuilder::defaultNewCertificateName(f.link);
    REQUIRE(oldName != newName);

    requireOk(f.run(Operation::RotateCertificate));
    CHECK(f.remoteConnectedState() == QStringLiteral("CONNECTED"));
    CHECK(f.scalar(QStringLiteral("SELECT c.name FROM sys.database_mirroring_endpoints AS e "
                                  "JOIN sys.certificates AS c ON c.certificate_id = "
                                  "e.certificate_id"))
              .toString()
          == newName);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.certificates WHERE name = %1")
                       .arg(TsqlQuote::literal(oldName)))
              .toInt()
          == 0);
    ArmJob *job = f.api().listServerTrustCertificates(f.instance());
    REQUIRE(QTest::qWaitFor([job] { return job->isFinished(); }, 30000));
    job->deleteLater();
    REQUIRE(job->succeeded());
    QStringList trusted;
    for (const QJsonValue &value : job->items())
        trusted << value.toObject().value(QStringLiteral("name")).toString();
    CHECK(trusted.contains(newName));
    CHECK_FALSE(trusted.contains(oldName));

    // It stays connected while the state machine keeps ticking with the new certificate only.
    f.sim().control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 120}});
    f.sim().control(QStringLiteral("link.tick"));
    CHECK(f.remoteConnectedState() == QStringLiteral("CONNECTED"));
    const DistributedAvailabilityGroupInfo link = f.armLink();
    REQUIRE(link.databases.size() == 1);
    CHECK(link.databases.first().connectedState == QStringLiteral("CONNECTED"));
    CHECK(link.databases.first().mostRecentLinkError.isEmpty());
}

TEST_CASE("Deleting the link leaves no objects behind", "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    PlanOptions options;
    options.dropAvailabilityGroup = true;
    options.removeCertificates = true;
    requireOk(f.run(Operation::DeleteLink, options));

    CHECK_FALSE(f.armLinkExists());
    CHECK(countGroups(f) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.database_mirroring_endpoints")).toInt()
          == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.certificates WHERE name = %1")
                       .arg(TsqlQuote::literal(f.link.effectiveCertificateName())))
              .toInt()
          == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.certificates WHERE name = %1")
                       .arg(TsqlQuote::literal(f.link.managedInstance.fqdn)))
              .toInt()
          == 0);
    ArmJob *job = f.api().listServerTrustCertificates(f.instance());
    REQUIRE(QTest::qWaitFor([job] { return job->isFinished(); }, 30000));
    job->deleteLater();
    REQUIRE(job->succeeded());
    CHECK(job->items().isEmpty());
    // The database itself stays on both sides.
    CHECK(
        f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.databases WHERE name = N'Sales'")).toInt()
        == 1);
}

TEST_CASE("Switching the replication mode is visible on both sides", "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    auto sqlModes = [&f] {
        const SqlResult result
            = f.sql(QStringLiteral("SELECT r.availability_mode_desc FROM sys.availability_groups "
                                   "AS ag JOIN sys.availability_replicas AS r ON r.group_id = "
                                   "ag.group_id WHERE ag.name = N'DAG_Sales'"));
        REQUIRE(result.ok());
        QStringList modes;
        for (const QVariantList &row : result.resultSets.value(0).rows)
            modes << row.value(0).toString();
        return modes;
    };
    CHECK(f.armLink().replicationMode == QStringLiteral("Async"));

    PlanOptions sync;
    sync.replicationMode = ReplicationMode::Sync;
    requireOk(f.run(Operation::SetReplicationMode, sync));
    const QStringList modes = sqlModes();
    REQUIRE(modes.size() == 2);
    CHECK(modes.count(QStringLiteral("SYNCHRONOUS_COMMIT")) == 2);
    CHECK(f.armLink().replicationMode == QStringLiteral("Sync"));

    PlanOptions async;
    async.replicationMode = ReplicationMode::Async;
    requireOk(f.run(Operation::SetReplicationMode, async));
    CHECK(sqlModes().count(QStringLiteral("ASYNCHRONOUS_COMMIT")) == 2);
    CHECK(f.armLink().replicationMode == QStringLiteral("Async"));
}

TEST_CASE("The first full backup check reads the managed instance's backup history",
          "[failover][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    FirstBackupCheck check(&f.managedInstance(), f.link.databases);
    QSignalSpy finished(&check, &FirstBackupCheck::finished);
    check.check();
    REQUIRE(finished.wait(30000));
    const auto before = finished.takeFirst().first().value<FirstBackupCheck::Result>();
    INFO(before.error.toStdString());
    CHECK(before.error.isEmpty());
    CHECK_FALSE(before.allBackedUp());

    requireOk(
        f.run(Operation::Failover, offered(f, FailoverType::Planned, LinkSide::ManagedInstance)));
    f.backUpOnManagedInstance();
    REQUIRE(FailoverSimFixture::waitFor([&] {
        check.check();
        if (!finished.wait(30000))
            return false;
        return finished.takeFirst().first().value<FirstBackupCheck::Result>().allBackedUp();
    }));
}
