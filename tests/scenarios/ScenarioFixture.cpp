#include "ScenarioFixture.h"

#include "TempDir.h"

#include "azure/ArmJob.h"
#include "plan/PlanBuilder.h"
#include "run/PlanRunner.h"
#include "run/RunJournal.h"
#include "sql/OdbcConnectionString.h"
#include "tsql/TsqlQuote.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace milink;

namespace {

constexpr const char *kTokenVariable = "MILINK_SCENARIO_TEST_TOKEN";

SimProcess::Options simOptions(double timeScale, const QJsonObject &scenario)
{
    SimProcess::Options options;
    options.timeScale = timeScale; // connection and seeding take simulated minutes
    options.scenario = scenario;
    return options;
}

qsizetype indexOf(const Plan &plan, const QString &idPrefix)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).id.startsWith(idPrefix))
            return i;
    }
    return -1;
}

} // namespace

QString ScenarioFixture::RunOutcome::describe() const
{
    QString text = message;
    for (const StepRecord &r : records)
        text += QLatin1Char('\n') + r.stepId + QStringLiteral(": ") + toString(r.status)
            + QLatin1Char(' ') + r.message + QLatin1Char(' ') + r.serverText;
    return text;
}

ScenarioFixture::ScenarioFixture(double timeScale, const QJsonObject &scenario)
    : m_sim(simOptions(timeScale, scenario))
{
    link = m_sim.demoLink();
    refreshToken();
    m_tokens = std::make_unique<EnvironmentTokenProvider>(QString::fromLatin1(kTokenVariable));
    m_arm = std::make_unique<ArmClient>(&m_network, m_tokens.get(), m_sim.cloud());
    // Azure's Retry-After seconds are simulated time too.
    ArmRetryPolicy policy = m_arm->retryPolicy();
    policy.delayScale = 1.0 / timeScale;
    m_arm->setRetryPolicy(policy);
    m_api = std::make_unique<AzureSqlApi>(m_arm.get());

    SqlConnectionOptions options;
    options.server = link.sqlServer;
    options.password = QStringLiteral("Sim-Passw0rd");
    QSignalSpy opened(&m_sql, &SqlSession::opened);
    m_sql.open(options, QStringLiteral("FreeTDS"));
    REQUIRE(opened.wait(20000));
    const SqlError error = opened.first().first().value<SqlError>();
    INFO(error.message.toStdString());
    REQUIRE_FALSE(error.isError());
}

ScenarioFixture::~ScenarioFixture()
{
    qunsetenv(kTokenVariable);
}

void ScenarioFixture::refreshToken()
{
    qputenv(kTokenVariable, m_sim.issueToken().toUtf8());
}

Plan ScenarioFixture::plan() const
{
    const PlanBuilder::Result built = PlanBuilder::build(link, Operation::CreateLink);
    for (const ValidationIssue &issue : built.issues)
        INFO(issue.toString().toStdString());
    REQUIRE(built.plan.has_value());
    return *built.plan;
}

void ScenarioFixture::removeSteps(Plan &plan, const QString &idPrefix)
{
    const qsizetype before = plan.steps.size();
    plan.steps.erase(std::remove_if(plan.steps.begin(), plan.steps.end(),
                                    [&](const PlanStep &s) { return s.id.startsWith(idPrefix); }),
                     plan.steps.end());
    INFO("no step starts with " << idPrefix.toStdString());
    REQUIRE(plan.steps.size() < before);
}

void ScenarioFixture::stopBefore(Plan &plan, const QString &idPrefix)
{
    const qsizetype index = indexOf(plan, idPrefix);
    INFO("no step starts with " << idPrefix.toStdString());
    REQUIRE(index >= 0);
    plan.steps.erase(plan.steps.begin() + index, plan.steps.end());
}

void ScenarioFixture::startAt(Plan &plan, const QString &idPrefix)
{
    const qsizetype index = indexOf(plan, idPrefix);
    INFO("no step starts with " << idPrefix.toStdString());
    REQUIRE(index >= 0);
    plan.steps.erase(plan.steps.begin(), plan.steps.begin() + index);
}

PlanStep &ScenarioFixture::step(Plan &plan, const QString &idPrefix)
{
    const qsizetype index = indexOf(plan, idPrefix);
    INFO("no step starts with " << idPrefix.toStdString());
    REQUIRE(index >= 0);
    return plan.steps[index];
}

ScenarioFixture::RunOutcome ScenarioFixture::run(const Plan &plan)
{
    TempDir dir;
    RunJournal journal;
    const QString journalPath = dir.filePath(QStringLiteral("run-%1.journal.json").arg(++m_runs));
    REQUIRE(journal.open(journalPath, plan).isEmpty());
    PlanRunner::Services services;
    services.sqlServer = &m_sql;
    services.arm = m_arm.get();
    services.instanceResourceId = PlanBuilder::instanceResourceId(link);
    PlanRunner runner(plan, services, &journal);
    runner.setValue(QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!"));
    runner.setPollIntervalMs(200);
    RunOutcome outcome;
    QObject::connect(&runner, &PlanRunner::stepFinished,
                     [&outcome](int, const StepRecord &record) { outcome.records.append(record); });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();
    REQUIRE(finished.wait(120000));
    outcome.ok = finished.first().at(0).toBool();
    outcome.message = finished.first().at(1).toString();
    return outcome;
}

SqlResult ScenarioFixture::sql(const QString &script)
{
    QSignalSpy finished(&m_sql, &SqlSession::finished);
    const quint64 id = m_sql.execute(script);
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.first().first().toULongLong() == id);
    return finished.first().at(1).value<SqlResult>();
}

QVariant ScenarioFixture::scalar(const QString &query)
{
    const SqlResult result = sql(query);
    INFO(query.toStdString() << " → " << result.error.serverText.toStdString());
    REQUIRE(result.ok());
    if (result.resultSets.isEmpty() || result.resultSets.first().rows.isEmpty())
        return {};
    return result.resultSets.first().rows.first().value(0);
}

QString ScenarioFixture::linkName() const
{
    REQUIRE_FALSE(link.databases.isEmpty());
    return link.databases.first().linkName;
}

ScenarioFixture::RemoteReplica ScenarioFixture::remoteReplica()
{
    const SqlResult result = sql(
        QStringLiteral(
            "SELECT rs.connected_state_desc, rs.last_connect_error_number, "
            "rs.last_connect_error_description\n"
            "FROM sys.availability_groups AS ag\n"
            "JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id\n"
            "JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = r.replica_id\n"
            "WHERE ag.name = %1 AND rs.is_local = 0")
            .arg(TsqlQuote::literal(linkName())));
    INFO(result.error.serverText.toStdString());
    REQUIRE(result.ok());
    RemoteReplica replica;
    if (result.resultSets.isEmpty() || result.resultSets.first().rows.isEmpty())
        return replica;
    const QVariantList row = result.resultSets.first().rows.first();
    replica.found = true;
    replica.connectedState = row.value(0).toString();
    replica.lastConnectError = row.value(1).toInt();
    replica.lastConnectErrorDescription = row.value(2).toString();
    return replica;
}

QString ScenarioFixture::localRole()
{
    return scalar(QStringLiteral("SELECT rs.role_desc\n"
                                 "FROM sys.availability_groups AS ag\n"
                                 "JOIN sys.dm_hadr_availability_replica_states AS rs ON "
                                 "rs.group_id = ag.group_id\n"
                                 "WHERE ag.name = %1 AND rs.is_local = 1")
                      .arg(TsqlQuote::literal(linkName())))
        .toString();
}

ManagedInstanceRef ScenarioFixture::instance() const
{
    ManagedInstanceRef mi;
    mi.subscriptionId = link.managedInstance.subscriptionId;
    mi.resourceGroup = link.managedInstance.resourceGroup;
    mi.name = link.managedInstance.name;
    return mi;
}

QJsonObject ScenarioFixture::finish(ArmJob *job)
{
    REQUIRE(QTest::qWaitFor([job]() { return job->isFinished(); }, 60000));
    job->deleteLater();
    INFO((job->error() ? job->error()->message.toStdString() : std::string()));
    REQUIRE(job->succeeded());
    return job->result();
}

DistributedAvailabilityGroupInfo ScenarioFixture::armLink()
{
    return DistributedAvailabilityGroupInfo::fromJson(
        finish(m_api->getLink(instance(), linkName())));
}

LinkDatabaseState ScenarioFixture::armDatabase()
{
    const DistributedAvailabilityGroupInfo info = armLink();
    REQUIRE(info.databases.size() == 1);
    return info.databases.first();
}

bool ScenarioFixture::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer sincePoll;
    bool first = true;
    return QTest::qWaitFor(
        [&]() {
            if (!first && sincePoll.elapsed() < 100)
                return false;
            first = false;
            sincePoll.restart();
            return condition();
        },
        timeoutMs);
}
