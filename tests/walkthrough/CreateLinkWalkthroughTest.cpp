#include "WizardWalkthrough.h"

#include "LinkWindows.h"
#include "common/RunController.h"
#include "operate/FailoverWizard.h"
#include "session/LinkSession.h"
#include "status/LinkStatusTableModel.h"
#include "status/LinkStatusWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

const QString kSqlPassword = QStringLiteral("Sim-Passw0rd");
const QString kMasterKeyPassword = QStringLiteral("Walk-Through-Master-Key-1!");

SimProcess::Options fastSimulation(const QJsonObject &scenario = {})
{
    SimProcess::Options options;
    options.timeScale = 20; // connection and seeding take simulated minutes
    options.scenario = scenario;
    return options;
}

// Every array of named objects in the simulator's world holds each name once:
// certificates, endpoints, availability groups, links, trust certificates.
void requireNoDuplicates(const QJsonValue &value, const QString &path = QStringLiteral("world"))
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            requireNoDuplicates(it.value(), path + QLatin1Char('.') + it.key());
        return;
    }
    if (!value.isArray())
        return;
    QSet<QString> names;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        requireNoDuplicates(item, path + QStringLiteral("[%1]").arg(i));
        const QString name = item.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue;
        INFO(path.toStdString() << " holds " << name.toStdString() << " twice");
        CHECK_FALSE(names.contains(name));
        names.insert(name);
    }
}

QJsonObject linkResource(SimProcess &sim, const QString &linkName)
{
    const QJsonObject snapshot = sim.control(QStringLiteral("snapshot"));
    const QJsonObject mi
        = snapshot.value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
    for (const QJsonValue &link : mi.value(QStringLiteral("links")).toArray()) {
        if (link.toObject().value(QStringLiteral("name")).toString() == linkName)
            return link.toObject();
    }
    return {};
}

// Introduction → … → Summary, by keyboard. Stops on the Summary page with the
// plan's secret typed in.
void walkToSummary(WizardWalkthrough &w)
{
    w.shoot();
    REQUIRE(w.nextTo(LinkWizard::LinkOptionsPageId));
    REQUIRE(w.nextTo(LinkWizard::SqlServerPageId));

    // The project holds the server and the login; the password is typed.
    REQUIRE(w.tabTo(QStringLiteral("passwordEdit")));
    w.type(kSqlPassword);
    REQUIRE(w.nextTo(LinkWizard::RequirementsPageId));
    REQUIRE(w.session().sqlServerFacts().has_value());
    REQUIRE(w.nextTo(LinkWizard::DatabasesPageId));
    REQUIRE(w.nextTo(LinkWizard::AzurePageId));

    // Browser sign-in (the default method); the "browser" follows the
    // simulator authority's redirect back to the wizard.
    if (!w.session().tokenProvider()) {
        REQUIRE(w.tabTo(QStringLiteral("signInButton")));
        w.press(Qt::Key_Space);
    }
    auto *instance = w.find<QLabel>(QStringLiteral("instanceStateLabel"));
    REQUIRE(instance != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return instance->text() == QStringLiteral("Ready"); }, 30000));
    w.shoot();
    REQUIRE(w.nextTo(LinkWizard::EndpointPageId));
    REQUIRE(w.session().azureFacts().has_value());
    REQUIRE(w.nextTo(LinkWizard::ValidationPageId));

    // Warnings (and what cannot be verified from here) are acknowledged.
    auto *acknowledge = w.find<QCheckBox>(QStringLiteral("acknowledgeWarningsCheck"));
    REQUIRE(acknowledge != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return acknowledge->isEnabled() || acknowledge->isVisible(); },
                            30000));
    if (acknowledge->isVisible() && !acknowledge->isChecked()) {
        REQUIRE(w.tabTo(QStringLiteral("acknowledgeWarningsCheck")));
        w.press(Qt::Key_Space);
    }
    REQUIRE(w.nextTo(LinkWizard::SummaryPageId));

    // The master key password is asked for only while the step that needs it is
    // still to run (a resumed run may have created the key already).
    if (w.find<QWidget>(QStringLiteral("secret_MasterKeyPassword"))) {
        REQUIRE(w.tabTo(QStringLiteral("secret_MasterKeyPassword")));
        w.type(kMasterKeyPassword);
    }
}

// Execute on the Summary page; waits for the run to end on the Executing page.
RunController::State executeAndWait(WizardWalkthrough &w)
{
    REQUIRE(w.nextTo(LinkWizard::ExecutingPageId));
    RunController *run = w.wizard().run();
    REQUIRE(QTest::qWaitFor(
        [run] {
            const RunController::State s = run->state();
            return s == RunController::State::Succeeded || s == RunController::State::Failed
                || s == RunController::State::Cancelled;
        },
        240000));
    w.shoot();
    return run->state();
}

} // namespace

TEST_CASE("Walk-through: SQL Server first by keyboard ends connected and seeding",
          "[walkthrough][sim]")
{
    SimProcess sim(fastSimulation());
    WizardWalkthrough w(sim, QStringLiteral("sql-server-first"));
    w.openDemoProject();
    walkToSummary(w);

    REQUIRE(executeAndWait(w) == RunController::State::Succeeded);
    REQUIRE(w.nextTo(LinkWizard::ResultsPageId));

    const QJsonObject link = linkResource(sim, QStringLiteral("DAG_Sales"));
    REQUIRE_FALSE(link.isEmpty());
    const QJsonObject db = link.value(QStringLiteral("databases")).toArray().at(0).toObject();
    CHECK(db.value(QStringLiteral("connectedState")).toString() == QStringLiteral("CONNECTED"));
    // Seeding has progressed: the database is seeded or being seeded.
    const QString replicaState = db.value(QStringLiteral("replicaState")).toString();
    INFO(replicaState.toStdString());
    CHECK((replicaState == QStringLiteral("Seeding") || replicaState == QStringLiteral("Catchup")
           || replicaState == QStringLiteral("LinkSynchronizing")));
    requireNoDuplicates(sim.control(QStringLiteral("snapshot")));

    // Open link status: the status window reads the new link over the same
    // connections, and its actions open the operating wizards.
    QSignalSpy statusAsked(&w.wizard(), &LinkWizard::linkStatusRequested);
    REQUIRE(w.tabTo(QStringLiteral("openLinkStatusButton")));
    w.press(Qt::Key_Space);
    CHECK(statusAsked.count() == 1);
    LinkWindows windows(&w.session(), &w.dialogs());
    LinkStatusWindow *status = windows.openStatusWindow();
    REQUIRE(status != nullptr);
    REQUIRE(QTest::qWaitFor([status] { return status->model()->rowCount() > 0; }, 30000));
    CHECK(status->model()->rowCount() == 1);
    emit status->failoverRequested(QStringLiteral("DAG_Sales"));
    bool failoverOpened = false;
    for (QWidget *top : QApplication::topLevelWidgets())
        failoverOpened
            = failoverOpened || (qobject_cast<FailoverWizard *>(top) && top->isVisible());
    CHECK(failoverOpened);

    // No secret in the project or the journal the run wrote.
    QFile project(w.projectPath());
    REQUIRE(project.open(QIODevice::ReadOnly));
    CHECK_FALSE(project.readAll().contains(kSqlPassword.toUtf8()));
    QFile journal(w.session().journalPath(Operation::CreateLink));
    REQUIRE(journal.open(QIODevice::ReadOnly));
    const QByteArray journalBytes = journal.readAll();
    CHECK_FALSE(journalBytes.contains(kMasterKeyPassword.toUtf8()));
    CHECK_FALSE(journalBytes.contains(kSqlPassword.toUtf8()));
}

TEST_CASE("Walk-through: managed instance first by keyboard ends connected and seeding",
          "[walkthrough][sim]")
{
    // The managed instance holds Orders; SQL Server 2022 CU13 receives it.
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
    QJsonObject mi = instances.at(0).toObject();
    mi.insert(QStringLiteral("databases"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Orders")},
                                       {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                       {QStringLiteral("sizeMB"), 64}}});
    instances.replace(0, mi);
    scenario.insert(QStringLiteral("managedInstances"), instances);
    SimProcess sim(fastSimulation(scenario));

    WizardWalkthrough w(sim, QStringLiteral("managed-instance-first"));
    w.openDemoProject([](LinkDefinition &link) {
        link.direction = LinkDirection::ManagedInstanceToSqlServer;
        link.failoverMode = FailoverMode::TwoWay;
        link.databases.clear();
        link.addDatabase(QStringLiteral("Orders"));
    });
    walkToSummary(w);

    REQUIRE(executeAndWait(w) == RunController::State::Succeeded);
    REQUIRE(w.nextTo(LinkWizard::ResultsPageId));

    const QJsonObject link = linkResource(sim, QStringLiteral("DAG_Orders"));
    REQUIRE_FALSE(link.isEmpty());
    CHECK(link.value(QStringLiteral("instanceLinkRole")).toString() == QStringLiteral("Primary"));
    const QJsonObject db = link.value(QStringLiteral("databases")).toArray().at(0).toObject();
    CHECK(db.value(QStringLiteral("connectedState")).toString() == QStringLiteral("CONNECTED"));
    requireNoDuplicates(sim.control(QStringLiteral("snapshot")));
}

TEST_CASE("Walk-through with faults: ARM 503s and a dropped connection are retried and a "
          "reopened wizard resumes without duplicates",
          "[walkthrough][sim]")
{
    SimProcess sim(fastSimulation());
    WizardWalkthrough w(sim, QStringLiteral("faults"));
    w.openDemoProject();
    walkToSummary(w);

    // Step through, so that faults land between two known steps.
    // Tab reaches the checked radio button of the group; an arrow key moves on.
    REQUIRE(w.tabTo(QStringLiteral("runAllRadio")));
    w.press(Qt::Key_Down);
    REQUIRE(w.focus()->objectName() == QStringLiteral("stepThroughRadio"));
    // Azure answers the link creation with a burst of 503s: absorbed by the retries.
    sim.control(QStringLiteral("faults.add"),
                {{QStringLiteral("method"), QStringLiteral("PUT")},
                 {QStringLiteral("path"), QStringLiteral("/distributedAvailabilityGroups/")},
                 {QStringLiteral("status"), 503},
                 {QStringLiteral("retryAfter"), 0},
                 {QStringLiteral("count"), 2}});
    REQUIRE(w.nextTo(LinkWizard::ExecutingPageId));
    RunController *run = w.wizard().run();
    const auto stepIndex = [run](const QString &idPrefix) {
        const QList<RunStepState> steps = run->steps();
        for (const RunStepState &step : steps) {
            if (step.id.startsWith(idPrefix))
                return step.index;
        }
        return -1;
    };
    const int availabilityGroupStep = stepIndex(QStringLiteral("create-availability-group:"));
    REQUIRE(availabilityGroupStep > 0);
    const auto waitIdle = [run] {
        return QTest::qWaitFor(
            [run] {
                const RunController::State s = run->state();
                return s != RunController::State::Running && s != RunController::State::Idle;
            },
            120000);
    };
    const auto runNextStep = [&] {
        REQUIRE(w.tabTo(QStringLiteral("runNextStepButton")));
        w.press(Qt::Key_Space);
        REQUIRE(waitIdle());
    };
    // One step per key press.
    while (run->finishedCount() < availabilityGroupStep)
        runNextStep();
    REQUIRE(run->state() == RunController::State::Paused);

    // SQL Server drops every connection before the availability group is created:
    // the step fails with a message that says so, nothing is lost.
    sim.control(QStringLiteral("tds.dropConnections"),
                {{QStringLiteral("server"), QStringLiteral("SQL01")}});
    runNextStep();
    w.shoot();
    if (run->state() == RunController::State::Failed) {
        REQUIRE(w.nextTo(LinkWizard::ResultsPageId));
        const int failed = run->failedIndex();
        REQUIRE(failed == availabilityGroupStep);
        CHECK_FALSE(run->steps().at(failed).message.isEmpty());
        REQUIRE(w.tabTo(QStringLiteral("retryFromHereButton")));
        w.press(Qt::Key_Space);
        REQUIRE(waitIdle());
        w.shoot();
    }
    // The retried step reconnected and created the availability group.
    REQUIRE(run->state() == RunController::State::Paused);
    REQUIRE(run->finishedCount() == availabilityGroupStep + 1);

    // The application "crashes" between two steps: the wizard and its session are gone.
    const int finishedBeforeCrash = run->finishedCount();
    w.reopen();

    // The reopened wizard walks to the Summary again and executes: the journal
    // resumes after the last finished step.
    walkToSummary(w);
    REQUIRE(executeAndWait(w) == RunController::State::Succeeded);
    run = w.wizard().run();
    int restored = 0;
    for (const RunStepState &step : run->steps()) {
        if (step.index < finishedBeforeCrash) {
            INFO(step.id.toStdString());
            CHECK((step.status == StepRecord::Status::Done
                   || step.status == StepRecord::Status::Skipped));
            ++restored;
        }
    }
    CHECK(restored == finishedBeforeCrash);

    // Both 503s were answered, and the run converged on one link.
    const QJsonObject faults = sim.control(QStringLiteral("faults.list"));
    INFO(QJsonDocument(faults).toJson().toStdString());
    const QJsonArray rules = faults.value(QStringLiteral("faults")).toArray();
    REQUIRE(rules.size() == 1);
    CHECK(rules.at(0).toObject().value(QStringLiteral("fired")).toInt() == 2);
    const QJsonObject link = linkResource(sim, QStringLiteral("DAG_Sales"));
    REQUIRE_FALSE(link.isEmpty());
    const QJsonObject db = link.value(QStringLiteral("databases")).toArray().at(0).toObject();
    CHECK(db.value(QStringLiteral("connectedState")).toString() == QStringLiteral("CONNECTED"));
    requireNoDuplicates(sim.control(QStringLiteral("snapshot")));
}
