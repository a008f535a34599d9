// RunController headless against milink-sim: run all, step through, cancel in a
// wait, a failure with its number and raw text, retry from there, and rollback.

#include "TempDir.h"
#include "WizardRunFixture.h"

#include "common/PlanController.h"
#include "common/RunController.h"

#include <QFile>
#include <QTest>

using namespace milink;
using namespace wizardrun;

TEST_CASE("RunController runs a whole create-link and reports every step", "[wizard-run][sim]")
{
    SimProcess sim(options());
    TempDir dir;
    SessionFixture fixture(sim, dir.filePath(QStringLiteral("sales.milink")));
    PlanController plan(&fixture.session, Operation::CreateLink);
    REQUIRE(plan.hasPlan());
    plan.setSecret(QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!"));
    REQUIRE(plan.canExecute());

    RunController run(&fixture.session);
    run.setPollIntervalMs(200);
    REQUIRE(run.prepare(*plan.plan(), plan.secretValues()).isEmpty());
    CHECK(run.journalPath() == dir.filePath(QStringLiteral("sales.create-link.journal.json")));
    CHECK(run.state() == RunController::State::Idle);
    CHECK(run.canStart());
    CHECK_FALSE(run.canCancel());
    CHECK_FALSE(run.canRollback());

    QSignalSpy states(&run, &RunController::stateChanged);
    QSignalSpy progress(&run, &RunController::progressChanged);
    QSignalSpy log(&run, &RunController::logLine);
    QSignalSpy finished(&run, &RunController::finished);

    SECTION("run all")
    {
        run.start();
        CHECK(run.state() == RunController::State::Running);
        CHECK(run.canCancel());
        REQUIRE(finished.wait(240000));
        INFO(run.lastMessage().toStdString());
        REQUIRE(finished.first().at(0).toBool());
        CHECK(run.state() == RunController::State::Succeeded);
        CHECK(run.finishedCount() == run.totalCount());
        CHECK(progress.last().at(0).toInt() == run.totalCount());
        CHECK(run.elapsedMs() > 0);
        CHECK(run.failedIndex() == -1);
        CHECK_FALSE(run.canStart());
        // The live log names every step, and never the secret.
        CHECK(log.size() > run.totalCount());
        for (const QString &line : run.logLines())
            CHECK_FALSE(line.contains(QStringLiteral("Master-Key-Passw0rd!")));
        QFile journal(run.journalPath());
        REQUIRE(journal.open(QIODevice::ReadOnly));
        CHECK_FALSE(journal.readAll().contains("Master-Key-Passw0rd!"));
        // Something was created: the Results page may offer the rollback.
        CHECK(run.canRollback());
    }

    SECTION("step through")
    {
        run.setMode(RunController::Mode::StepThrough);
        CHECK(run.canRunNextStep());
        run.start();
        REQUIRE(finished.wait(30000));
        CHECK(finished.first().at(0).toBool());
        CHECK(run.state() == RunController::State::Paused);
        CHECK(run.finishedCount() == 1);
        CHECK((run.steps().at(0).status == StepRecord::Status::Done
               || run.steps().at(0).status == StepRecord::Status::Skipped));
        CHECK(run.steps().at(1).status == StepRecord::Status::Pending);
        CHECK(run.canRunNextStep());

        run.runNextStep();
        REQUIRE(finished.wait(30000));
        CHECK(run.state() == RunController::State::Paused);
        CHECK(run.finishedCount() == 2);

        // The same journal either way: a run-all controller continues from it.
        RunController other(&fixture.session);
        other.setPollIntervalMs(200);
        REQUIRE(other.prepare(*plan.plan(), plan.secretValues()).isEmpty());
        CHECK(other.finishedCount() == 2);
        run.runAll();
        REQUIRE(finished.wait(240000));
        INFO(run.lastMessage().toStdString());
        CHECK(run.state() == RunController::State::Succeeded);
    }
}

TEST_CASE("RunController cancels every lane in a seeding wait", "[wizard-run][sim]")
{
    SimProcess sim(options(400000)); // seeding takes simulated hours
    TempDir dir;
    SessionFixture fixture(sim, dir.filePath(QStringLiteral("sales.milink")));
    PlanController plan(&fixture.session, Operation::CreateLink);
    REQUIRE(plan.hasPlan());
    RunController run(&fixture.session);
    run.setPollIntervalMs(200);
    QSignalSpy finished(&run, &RunController::finished);

    {
        REQUIRE(run.prepare(*plan.plan(), secrets()).isEmpty());
        run.start();
        REQUIRE(QTest::qWaitFor(
            [&] {
                const QList<RunStepState> steps = run.steps();
                for (const RunStepState &step : steps) {
                    if (step.id.startsWith(QLatin1String("wait-seeding:"))
                        && step.status == StepRecord::Status::Running)
                        return true;
                }
                return false;
            },
            120000));
        run.cancel();
        REQUIRE(finished.size() == 1);
        CHECK(run.state() == RunController::State::Cancelled);
        const RunStepState seeding = run.steps().last();
        CHECK(seeding.status == StepRecord::Status::Cancelled);
        CHECK(run.canRetry());
        CHECK_FALSE(run.canCancel());
    }
}

TEST_CASE("RunController reports a failure with its number and retries from it",
          "[wizard-run][sim]")
{
    SimProcess sim(options());
    TempDir dir;
    SessionFixture fixture(sim, dir.filePath(QStringLiteral("sales.milink")));
    PlanController plan(&fixture.session, Operation::CreateLink);
    REQUIRE(plan.hasPlan());
    RunController run(&fixture.session);
    run.setPollIntervalMs(200);
    QSignalSpy finished(&run, &RunController::finished);
    {
        // An endpoint on another port: the plan refuses to move it (error 50000).
        fixture.sql(QStringLiteral(
            "CREATE ENDPOINT [Other_endpoint] STATE = STARTED AS TCP (LISTENER_PORT = 5099) "
            "FOR DATABASE_MIRRORING (ROLE = ALL, AUTHENTICATION = WINDOWS NEGOTIATE)"));
        REQUIRE(run.prepare(*plan.plan(), secrets()).isEmpty());
        run.start();
        REQUIRE(finished.wait(120000));
        CHECK_FALSE(finished.first().at(0).toBool());
        CHECK(run.state() == RunController::State::Failed);
        const int failed = run.failedIndex();
        REQUIRE(failed >= 0);
        const RunStepState step = run.steps().at(failed);
        CHECK(step.id == QStringLiteral("configure-endpoint"));
        CHECK(step.errorCode == QStringLiteral("50000"));
        CHECK(step.serverText.contains(QStringLiteral("another port")));
        CHECK_FALSE(step.message.isEmpty());
        CHECK(run.canRetry());
        CHECK(run.canRollback()); // certificates were created before the failure

        fixture.sql(QStringLiteral("DROP ENDPOINT [Other_endpoint]"));
        finished.clear();
        run.retryFrom(failed);
        CHECK(run.state() == RunController::State::Running);
        CHECK(run.steps().at(failed).status != StepRecord::Status::Failed);
        REQUIRE(finished.wait(240000));
        INFO(run.lastMessage().toStdString());
        CHECK(finished.first().at(0).toBool());
        CHECK(run.state() == RunController::State::Succeeded);
        // Steps before the failed one ran once, not again for the retry.
        const QString firstStarted = QStringLiteral("Step 1 of %1 started").arg(run.totalCount());
        int firstStarts = 0;
        for (const QString &line : run.logLines())
            firstStarts += line.contains(firstStarted) ? 1 : 0;
        CHECK(firstStarts == 1);
        CHECK(run.steps().at(0).status != StepRecord::Status::Pending);
    }
}

TEST_CASE("RunController rolls back what a failed run created", "[wizard-run][sim]")
{
    SimProcess sim(options());
    TempDir dir;
    SessionFixture fixture(sim, dir.filePath(QStringLiteral("sales.milink")));
    const QJsonObject before = fixture.sqlServer();
    sim.control(QStringLiteral("faults.add"),
                {{QStringLiteral("method"), QStringLiteral("PUT")},
                 {QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
                 {QStringLiteral("status"), 400},
                 {QStringLiteral("code"), QStringLiteral("InvalidParameterValue")},
                 {QStringLiteral("count"), -1}});
    PlanController plan(&fixture.session, Operation::CreateLink);
    RunController run(&fixture.session);
    run.setPollIntervalMs(200);
    QSignalSpy finished(&run, &RunController::finished);
    QSignalSpy reset(&run, &RunController::stepsReset);
    REQUIRE(run.prepare(*plan.plan(), secrets()).isEmpty());
    run.start();
    REQUIRE(finished.wait(120000));
    REQUIRE(run.state() == RunController::State::Failed);
    const RunStepState failed = run.steps().at(run.failedIndex());
    CHECK(failed.id == QStringLiteral("create-link:DAG_Sales"));
    CHECK(failed.errorCode == QStringLiteral("InvalidParameterValue"));
    CHECK(failed.serverText.contains(QStringLiteral("Injected fault")));
    REQUIRE(run.canRollback());
    sim.control(QStringLiteral("faults.clear"));

    finished.clear();
    reset.clear();
    run.rollback();
    CHECK(reset.size() == 1);
    CHECK(run.isRollback());
    CHECK(run.plan().steps.first().destructive);
    REQUIRE(finished.wait(120000));
    INFO(run.lastMessage().toStdString());
    CHECK(finished.first().at(0).toBool());
    CHECK(run.state() == RunController::State::Succeeded);
    CHECK_FALSE(run.canRollback());

    const QJsonObject after = fixture.sqlServer();
    CHECK(after.value(QStringLiteral("masterKey")) == before.value(QStringLiteral("masterKey")));
    CHECK(after.value(QStringLiteral("certificates"))
          == before.value(QStringLiteral("certificates")));
    CHECK(after.value(QStringLiteral("availabilityGroups")).toArray().isEmpty());
    CHECK(after.value(QStringLiteral("endpoints")).toArray().isEmpty());
    // The run's journal is cleared: a new run starts from the beginning.
    RunController fresh(&fixture.session);
    REQUIRE(fresh.prepare(*plan.plan(), secrets()).isEmpty());
    CHECK(fresh.finishedCount() == 0);
}
