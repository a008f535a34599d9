// PlanRunner's per-database lanes and the rollback of what a run created, against
// milink-sim through the real stacks (QODBC → FreeTDS, QNetworkAccessManager → HTTP).

#include "SimProcess.h"
#include "TempDir.h"

#include "azure/ArmClient.h"
#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
#include "link/LinkDefinition.h"
#include "plan/PlanBuilder.h"
#include "run/PlanRunner.h"
#include "run/RollbackPlanner.h"
#include "run/RunJournal.h"
#include "sql/SqlError.h"
#include "sql/SqlResult.h"
#include "sql/SqlSession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

constexpr const char *kTokenVariable = "MILINK_LANES_TEST_TOKEN";

class LanesFixture
{
public:
    explicit LanesFixture(SimProcess &sim) : m_sim(sim)
    {
        qputenv(kTokenVariable, sim.issueToken().toUtf8());
        m_tokens = std::make_unique<EnvironmentTokenProvider>(QString::fromLatin1(kTokenVariable));
        m_arm = std::make_unique<ArmClient>(&m_network, m_tokens.get(), sim.cloud());
        const LinkDefinition link = sim.demoLink();
        SqlConnectionOptions options;
        options.server = link.sqlServer;
        options.password = QStringLiteral("Sim-Passw0rd");
        QSignalSpy opened(&sql, &SqlSession::opened);
        sql.open(options, QStringLiteral("FreeTDS"));
        REQUIRE(opened.wait(20000));
        const SqlError error = opened.first().first().value<SqlError>();
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error.isError());
    }
    ~LanesFixture() { qunsetenv(kTokenVariable); }

    PlanRunner::Services services(const LinkDefinition &link)
    {
        PlanRunner::Services s;
        s.sqlServer = &sql;
        s.arm = m_arm.get();
        s.instanceResourceId = PlanBuilder::instanceResourceId(link);
        return s;
    }

    QJsonObject sqlServerSnapshot()
    {
        return m_sim.control(QStringLiteral("snapshot"))
            .value(QStringLiteral("sqlServers"))
            .toArray()
            .at(0)
            .toObject();
    }
    QJsonObject managedInstanceSnapshot()
    {
        return m_sim.control(QStringLiteral("snapshot"))
            .value(QStringLiteral("managedInstances"))
            .toArray()
            .at(0)
            .toObject();
    }

    SqlSession sql;

private:
    SimProcess &m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<EnvironmentTokenProvider> m_tokens;
    std::unique_ptr<ArmClient> m_arm;
};

QStringList names(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

} // namespace

TEST_CASE("PlanRunner seeds at most eight of ten databases at once and all converge",
          "[run][sim][lanes]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases;
    QStringList databaseNames;
    for (int i = 1; i <= 10; ++i) {
        const QString name = QStringLiteral("Db%1").arg(i, 2, 10, QLatin1Char('0'));
        databaseNames << name;
        // Large enough that seeding lasts a few real seconds at this time scale.
        databases.append(QJsonObject {{QStringLiteral("name"), name},
                                      {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                      {QStringLiteral("sizeMB"), 4000}});
    }
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    SimProcess::Options options;
    options.scenario = scenario;
    options.timeScale = 20;
    SimProcess sim(options);
    LanesFixture fixture(sim);

    LinkDefinition link = sim.demoLink();
    link.databases.clear();
    for (const QString &name : std::as_const(databaseNames))
        link.addDatabase(name);
    const PlanBuilder::Result built = PlanBuilder::build(link, Operation::CreateLink);
    REQUIRE(built.plan.has_value());
    TempDir dir;
    RunJournal journal;
    REQUIRE(journal.open(dir.filePath(QStringLiteral("many.create-link.journal.json")), *built.plan)
                .isEmpty());
    PlanRunner runner(*built.plan, fixture.services(link), &journal);
    CHECK(runner.maxConcurrentDatabases() == 8);
    runner.setValue(QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!"));
    runner.setPollIntervalMs(200);

    // From the runner's events: databases with a step running, and seeding waits running.
    QSet<QString> busyDatabases;
    QSet<int> seedingWaits;
    int maxBusy = 0;
    int maxSeedingWaits = 0;
    QStringList failures;
    QObject::connect(&runner, &PlanRunner::stepStarted, [&](int index, const QString &id) {
        const PlanStep &step = built.plan->steps.at(index);
        if (step.scope == PlanStep::Scope::Database)
            busyDatabases.insert(step.databaseName);
        if (id.startsWith(QLatin1String("wait-seeding:")))
            seedingWaits.insert(index);
        maxBusy = qMax(maxBusy, int(busyDatabases.size()));
        maxSeedingWaits = qMax(maxSeedingWaits, int(seedingWaits.size()));
    });
    QObject::connect(&runner, &PlanRunner::stepFinished, [&](int index, const StepRecord &record) {
        const PlanStep &step = built.plan->steps.at(index);
        busyDatabases.remove(step.databaseName);
        seedingWaits.remove(index);
        if (record.status == StepRecord::Status::Failed)
            failures << record.stepId + QStringLiteral(": ") + record.message;
    });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();

    // From the simulator: links whose database is being seeded right now.
    int maxSeedingInSimulator = 0;
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && clock.elapsed() < 240000) {
        QTest::qWait(250);
        int seeding = 0;
        const QJsonArray links
            = fixture.managedInstanceSnapshot().value(QStringLiteral("links")).toArray();
        for (const QJsonValue &l : links) {
            for (const QJsonValue &d : l.toObject().value(QStringLiteral("databases")).toArray()) {
                if (d.toObject().value(QStringLiteral("replicaState")).toString()
                    == QStringLiteral("CreatingLink"))
                    ++seeding;
            }
        }
        maxSeedingInSimulator = qMax(maxSeedingInSimulator, seeding);
    }
    REQUIRE(finished.size() == 1);
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    INFO(finished.first().at(1).toString().toStdString());
    REQUIRE(finished.first().at(0).toBool());

    CHECK(maxBusy == 8);
    CHECK(maxSeedingWaits <= 8);
    CHECK(maxSeedingWaits >= 2); // the waits of different databases overlapped
    // The simulator shows the overlap. Its count is not the bound: it may report a
    // link as still seeding after SQL Server's DMV showed the copy synchronizing,
    // which ends that database's lane (see docs/apply.md).
    CHECK(maxSeedingInSimulator >= 2);

    const QJsonArray links
        = fixture.managedInstanceSnapshot().value(QStringLiteral("links")).toArray();
    REQUIRE(links.size() == 10);
    for (const QJsonValue &l : links) {
        const QJsonObject db
            = l.toObject().value(QStringLiteral("databases")).toArray().at(0).toObject();
        INFO(l.toObject().value(QStringLiteral("name")).toString().toStdString());
        CHECK(db.value(QStringLiteral("connectedState")).toString() == QStringLiteral("CONNECTED"));
        CHECK(db.value(QStringLiteral("replicaState")).toString()
              == QStringLiteral("LinkSynchronizing"));
    }
    for (const PlanStep &step : built.plan->steps) {
        INFO(step.id.toStdString());
        const StepRecord *record = journal.record(step.id);
        REQUIRE(record);
        CHECK(record->isComplete());
    }

    SECTION("a bound of one runs the databases one after the other")
    {
        // A second runner over the finished journal starts nothing; with a fresh
        // journal every step is found done, one database at a time.
        RunJournal fresh;
        REQUIRE(
            fresh.open(dir.filePath(QStringLiteral("again.create-link.journal.json")), *built.plan)
                .isEmpty());
        PlanRunner again(*built.plan, fixture.services(link), &fresh);
        again.setMaxConcurrentDatabases(1);
        again.setPollIntervalMs(200);
        QSet<QString> busy;
        int maxAgain = 0;
        QObject::connect(&again, &PlanRunner::stepStarted, [&](int index, const QString &) {
            const PlanStep &step = built.plan->steps.at(index);
            if (step.scope == PlanStep::Scope::Database)
                busy.insert(step.databaseName);
            maxAgain = qMax(maxAgain, int(busy.size()));
        });
        QObject::connect(&again, &PlanRunner::stepFinished,
                         [&](int index, const StepRecord &record) {
                             busy.remove(built.plan->steps.at(index).databaseName);
                             CHECK(record.status != StepRecord::Status::Failed);
                             CHECK_FALSE(record.created);
                         });
        QSignalSpy againFinished(&again, &PlanRunner::finished);
        again.start();
        REQUIRE(againFinished.wait(120000));
        CHECK(againFinished.first().at(0).toBool());
        CHECK(maxAgain == 1);
    }
}

TEST_CASE("PlanRunner cancels every lane and resumes without repeating finished steps",
          "[run][sim][lanes]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases;
    for (int i = 1; i <= 3; ++i)
        databases.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Big%1").arg(i)},
                                      {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                      {QStringLiteral("sizeMB"), 400000}});
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    SimProcess::Options options;
    options.scenario = scenario;
    options.timeScale = 20;
    SimProcess sim(options);
    LanesFixture fixture(sim);

    LinkDefinition link = sim.demoLink();
    link.databases.clear();
    for (int i = 1; i <= 3; ++i)
        link.addDatabase(QStringLiteral("Big%1").arg(i));
    const PlanBuilder::Result built = PlanBuilder::build(link, Operation::CreateLink);
    REQUIRE(built.plan.has_value());
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("big.create-link.journal.json"));
    RunJournal journal;
    REQUIRE(journal.open(path, *built.plan).isEmpty());
    PlanRunner runner(*built.plan, fixture.services(link), &journal);
    runner.setValue(QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!"));
    runner.setPollIntervalMs(200);
    QSignalSpy started(&runner, &PlanRunner::stepStarted);
    QSignalSpy stepFinished(&runner, &PlanRunner::stepFinished);
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();
    // Wait until all three seeding waits run (seeding 400 GB takes simulated hours).
    REQUIRE(QTest::qWaitFor(
        [&] {
            return runner.runningSteps().size() == 3
                && built.plan->steps.at(runner.runningSteps().first())
                       .id.startsWith(QLatin1String("wait-seeding:"));
        },
        120000));
    stepFinished.clear();
    runner.cancel();
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(stepFinished.size() == 3);
    for (const QList<QVariant> &args : std::as_const(stepFinished))
        CHECK(args.at(1).value<StepRecord>().status == StepRecord::Status::Cancelled);
    CHECK_FALSE(runner.isRunning());
    CHECK(runner.runningSteps().isEmpty());
    // Nothing happens after the cancel: late answers of the aborted lanes are ignored.
    const int startedBefore = int(started.size());
    QTest::qWait(1500);
    CHECK(started.size() == startedBefore);
    CHECK(stepFinished.size() == 3);

    // A new runner resumes from the journal: only the three seeding waits remain.
    RunJournal reopened;
    REQUIRE(reopened.open(path, *built.plan).isEmpty());
    PlanRunner resumed(*built.plan, fixture.services(link), &reopened);
    resumed.setPollIntervalMs(200);
    QStringList resumedIds;
    QObject::connect(&resumed, &PlanRunner::stepStarted,
                     [&](int, const QString &id) { resumedIds << id; });
    QSignalSpy resumedFinished(&resumed, &PlanRunner::finished);
    resumed.start();
    REQUIRE(QTest::qWaitFor([&] { return resumed.runningSteps().size() == 3; }, 30000));
    resumedIds.sort();
    CHECK(resumedIds
          == QStringList {QStringLiteral("wait-seeding:DAG_Big1"),
                          QStringLiteral("wait-seeding:DAG_Big2"),
                          QStringLiteral("wait-seeding:DAG_Big3")});
    resumed.cancel();
    REQUIRE(resumedFinished.size() == 1);
}

TEST_CASE("Rolling back a failed create-link removes what the run created and keeps the rest",
          "[run][sim][rollback]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    server.insert(QStringLiteral("masterKey"), true); // existed before the run
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    SimProcess::Options options;
    options.scenario = scenario;
    options.timeScale = 20;
    SimProcess sim(options);
    LanesFixture fixture(sim);

    // A certificate that exists before the run and that the plan would create:
    // the run finds it done, and the rollback must leave it.
    const LinkDefinition link = sim.demoLink();
    {
        QSignalSpy done(&fixture.sql, &SqlSession::finished);
        fixture.sql.execute(QStringLiteral("CREATE CERTIFICATE [%1] WITH SUBJECT = N'before'")
                                .arg(link.managedInstance.fqdn));
        REQUIRE(done.wait(10000));
        REQUIRE(done.first().at(1).value<SqlResult>().ok());
    }
    const QStringList certificatesBefore
        = names(fixture.sqlServerSnapshot().value(QStringLiteral("certificates")).toArray());

    // Azure refuses the link itself: everything before it was created by the run.
    sim.control(QStringLiteral("faults.add"),
                {{QStringLiteral("method"), QStringLiteral("PUT")},
                 {QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
                 {QStringLiteral("status"), 400},
                 {QStringLiteral("code"), QStringLiteral("InvalidParameterValue")},
                 {QStringLiteral("count"), -1}});

    const PlanBuilder::Result built = PlanBuilder::build(link, Operation::CreateLink);
    REQUIRE(built.plan.has_value());
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.create-link.journal.json"));
    RunJournal journal;
    REQUIRE(journal.open(path, *built.plan).isEmpty());
    PlanRunner runner(*built.plan, fixture.services(link), &journal);
    runner.setPollIntervalMs(200); // no master key password: the key exists
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();
    REQUIRE(finished.wait(120000));
    INFO(finished.first().at(1).toString().toStdString());
    REQUIRE_FALSE(finished.first().at(0).toBool());
    const StepRecord *failed = journal.record(QStringLiteral("create-link:DAG_Sales"));
    REQUIRE(failed);
    CHECK(failed->status == StepRecord::Status::Failed);
    CHECK(failed->errorCode == QStringLiteral("InvalidParameterValue"));

    const QJsonObject afterRun = fixture.sqlServerSnapshot();
    const QString certificate = link.effectiveCertificateName();
    REQUIRE(names(afterRun.value(QStringLiteral("certificates")).toArray()).contains(certificate));
    REQUIRE(afterRun.value(QStringLiteral("availabilityGroups")).toArray().size() == 2);
    REQUIRE(fixture.managedInstanceSnapshot()
                .value(QStringLiteral("serverTrustCertificates"))
                .toArray()
                .size()
            == 1);

    const Plan rollback = RollbackPlanner::build(*built.plan, journal.records());
    QStringList undoIds;
    for (const PlanStep &step : rollback.steps) {
        undoIds << step.id;
        CHECK(step.destructive);
    }
    // Newest first; nothing for the master key and the managed instance's
    // certificate, which existed before.
    CHECK(undoIds
          == QStringList {QStringLiteral("undo:create-distributed-availability-group:DAG_Sales"),
                          QStringLiteral("undo:create-availability-group:DAG_Sales"),
                          QStringLiteral("undo:configure-endpoint"),
                          QStringLiteral("undo:trust-root-digicertpki"),
                          QStringLiteral("undo:trust-root-microsoftpki"),
                          QStringLiteral("undo:upload-server-trust-certificate"),
                          QStringLiteral("undo:create-certificate")});

    sim.control(QStringLiteral("faults.clear"));
    RunJournal rollbackJournal;
    REQUIRE(rollbackJournal.open(RollbackPlanner::journalPathFor(path), rollback).isEmpty());
    PlanRunner undo(rollback, fixture.services(link), &rollbackJournal);
    QSignalSpy undone(&undo, &PlanRunner::finished);
    undo.start();
    REQUIRE(undone.wait(120000));
    INFO(undone.first().at(1).toString().toStdString());
    REQUIRE(undone.first().at(0).toBool());

    const QJsonObject afterRollback = fixture.sqlServerSnapshot();
    CHECK(afterRollback.value(QStringLiteral("masterKey")).toBool());
    CHECK(names(afterRollback.value(QStringLiteral("certificates")).toArray())
          == certificatesBefore);
    CHECK(afterRollback.value(QStringLiteral("availabilityGroups")).toArray().isEmpty());
    CHECK(afterRollback.value(QStringLiteral("endpoints")).toArray().isEmpty());
    CHECK(fixture.managedInstanceSnapshot()
              .value(QStringLiteral("serverTrustCertificates"))
              .toArray()
              .isEmpty());

    SECTION("a second rollback finds everything gone and skips every step")
    {
        RunJournal again;
        REQUIRE(
            again.open(dir.filePath(QStringLiteral("second.create-link.journal.json")), rollback)
                .isEmpty());
        PlanRunner second(rollback, fixture.services(link), &again);
        QList<StepRecord> records;
        QObject::connect(&second, &PlanRunner::stepFinished,
                         [&](int, const StepRecord &record) { records << record; });
        QSignalSpy secondFinished(&second, &PlanRunner::finished);
        second.start();
        REQUIRE(secondFinished.wait(60000));
        CHECK(secondFinished.first().at(0).toBool());
        REQUIRE(records.size() == rollback.steps.size());
        for (const StepRecord &record : std::as_const(records))
            CHECK(record.status == StepRecord::Status::Skipped);
    }
}

TEST_CASE("PlanRunner lets the other lanes finish their step and reports the first failure",
          "[run][sim][lanes]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases;
    for (int i = 1; i <= 3; ++i)
        databases.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Db%1").arg(i)},
                                      {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                      {QStringLiteral("sizeMB"), 256}});
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    SimProcess::Options options;
    options.scenario = scenario;
    options.timeScale = 20;
    SimProcess sim(options);
    LanesFixture fixture(sim);
    LinkDefinition link = sim.demoLink();
    link.databases.clear();
    for (int i = 1; i <= 3; ++i)
        link.addDatabase(QStringLiteral("Db%1").arg(i));
    const PlanBuilder::Result built = PlanBuilder::build(link, Operation::CreateLink);
    REQUIRE(built.plan.has_value());
    TempDir dir;
    RunJournal journal;
    REQUIRE(
        journal.open(dir.filePath(QStringLiteral("three.create-link.journal.json")), *built.plan)
            .isEmpty());
    PlanRunner runner(*built.plan, fixture.services(link), &journal);
    runner.setValue(QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!"));
    runner.setPollIntervalMs(200);

    SECTION("step through runs exactly one step per call")
    {
        QStringList started;
        QObject::connect(&runner, &PlanRunner::stepStarted,
                         [&](int, const QString &id) { started << id; });
        QSignalSpy finished(&runner, &PlanRunner::finished);
        for (int call = 1; call <= 3; ++call) {
            runner.runNextStep();
            REQUIRE(finished.wait(30000));
            CHECK(finished.last().at(0).toBool());
            CHECK(started.size() == call);
            CHECK(runner.currentIndex() == call);
        }
        CHECK(started.first() == built.plan->steps.first().id);
    }

    SECTION("a failure in one lane")
    {
        // Azure refuses the second database's link only.
        sim.control(
            QStringLiteral("faults.add"),
            {{QStringLiteral("method"), QStringLiteral("PUT")},
             {QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups/DAG_Db2")},
             {QStringLiteral("status"), 400},
             {QStringLiteral("code"), QStringLiteral("InvalidParameterValue")},
             {QStringLiteral("count"), -1}});
        QStringList open;
        QStringList startedAfterFailure;
        bool failed = false;
        QObject::connect(&runner, &PlanRunner::stepStarted, [&](int, const QString &id) {
            open << id;
            if (failed)
                startedAfterFailure << id;
        });
        QObject::connect(&runner, &PlanRunner::stepFinished, [&](int, const StepRecord &record) {
            open.removeAll(record.stepId);
            if (record.status == StepRecord::Status::Failed)
                failed = true;
            else
                CHECK(record.isComplete()); // finished, never cancelled
        });
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        REQUIRE(finished.wait(120000));
        CHECK_FALSE(finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("DAG_Db2")));
        CHECK(open.isEmpty()); // every started step ended before finished()
        CHECK(startedAfterFailure.isEmpty());
        CHECK_FALSE(runner.isRunning());
        const StepRecord *record = journal.record(QStringLiteral("create-link:DAG_Db2"));
        REQUIRE(record);
        CHECK(record->status == StepRecord::Status::Failed);
        CHECK(record->errorCode == QStringLiteral("InvalidParameterValue"));
        // Nothing of Db2's lane ran after its failed step.
        CHECK_FALSE(journal.record(QStringLiteral("wait-connected:DAG_Db2")));
    }
}
