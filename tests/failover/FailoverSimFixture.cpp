#include "FailoverSimFixture.h"

#include "TempDir.h"

#include "azure/ArmJob.h"
#include "failover/SplitBrainDetector.h"
#include "plan/PlanBuilder.h"
#include "run/PlanRunner.h"
#include "run/RunJournal.h"
#include "tsql/TsqlQuote.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

constexpr const char *kTokenVariable = "MILINK_FAILOVER_TEST_TOKEN";
const QString kPassword = QStringLiteral("Sim-Passw0rd");

SimProcess::Options simOptions(const QJsonObject &scenario, double timeScale)
{
    SimProcess::Options options;
    options.scenario = scenario;
    options.timeScale = timeScale;
    return options;
}

void open(SqlSession &session, const SqlServerConnection &server)
{
    SqlConnectionOptions options;
    options.server = server;
    options.password = kPassword;
    QSignalSpy opened(&session, &SqlSession::opened);
    session.open(options, QStringLiteral("FreeTDS"));
    REQUIRE(opened.wait(20000));
    const SqlError error = opened.first().first().value<SqlError>();
    INFO(error.message.toStdString());
    REQUIRE_FALSE(error.isError());
}

SqlResult execute(SqlSession &session, const QString &script)
{
    // The session may also carry other requests (a monitor's polls): wait for ours.
    QSignalSpy finished(&session, &SqlSession::finished);
    const quint64 id = session.execute(script);
    const auto answered = [&finished, id]() -> int {
        for (int i = 0; i < finished.size(); ++i) {
            if (finished.at(i).first().toULongLong() == id)
                return i;
        }
        return -1;
    };
    REQUIRE(QTest::qWaitFor([&] { return answered() >= 0; }, 30000));
    return finished.at(answered()).at(1).value<SqlResult>();
}

} // namespace

FailoverSimFixture::FailoverSimFixture(const QJsonObject &scenario, double timeScale)
    : m_sim(simOptions(scenario, timeScale))
{
    link = m_sim.demoLink();
    const QString version = m_sim.ready()
                                .value(QStringLiteral("sqlServers"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("productVersion"))
                                .toString();
    if (!version.isEmpty())
        link.sqlServer.version = SqlServerVersion::parse(version);
    qputenv(kTokenVariable, m_sim.issueToken().toUtf8());
    m_tokens = std::make_unique<EnvironmentTokenProvider>(QString::fromLatin1(kTokenVariable));
    m_arm = std::make_unique<ArmClient>(&m_network, m_tokens.get(), m_sim.cloud());
    ArmRetryPolicy policy = m_arm->retryPolicy();
    policy.delayScale = 1.0 / timeScale;
    m_arm->setRetryPolicy(policy);
    m_api = std::make_unique<AzureSqlApi>(m_arm.get());

    open(m_sql, link.sqlServer);
    const QJsonObject mi
        = m_sim.ready().value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
    SqlServerConnection miServer;
    miServer.host = mi.value(QStringLiteral("host")).toString();
    miServer.port = mi.value(QStringLiteral("port")).toInt();
    miServer.loginName = QStringLiteral("miadmin");
    miServer.encryption = SqlEncryption::Optional;
    open(m_mi, miServer);
}

FailoverSimFixture::~FailoverSimFixture()
{
    qunsetenv(kTokenVariable);
}

LinkSources FailoverSimFixture::sources()
{
    LinkSources s;
    s.sqlServer = &m_sql;
    s.managedInstance = &m_mi;
    s.arm = m_arm.get();
    s.instance = instance();
    return s;
}

ManagedInstanceRef FailoverSimFixture::instance() const
{
    ManagedInstanceRef mi;
    mi.subscriptionId = link.managedInstance.subscriptionId;
    mi.resourceGroup = link.managedInstance.resourceGroup;
    mi.name = link.managedInstance.name;
    return mi;
}

FailoverSimFixture::Outcome FailoverSimFixture::run(Operation operation, const PlanOptions &options)
{
    const PlanBuilder::Result built = PlanBuilder::build(link, operation, options);
    QString issues;
    for (const ValidationIssue &issue : built.issues)
        issues += issue.toString() + QLatin1Char('\n');
    INFO(issues.toStdString());
    REQUIRE(built.plan.has_value());

    TempDir dir;
    RunJournal journal;
    REQUIRE(
        journal.open(dir.filePath(QStringLiteral("run-%1.journal.json").arg(++m_runs)), *built.plan)
            .isEmpty());
    PlanRunner::Services services;
    services.sqlServer = &m_sql;
    services.managedInstance = &m_mi;
    services.arm = m_arm.get();
    services.instanceResourceId = PlanBuilder::instanceResourceId(link);
    PlanRunner runner(*built.plan, services, &journal);
    runner.setValue(QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!"));
    runner.setPollIntervalMs(200);
    Outcome outcome;
    QObject::connect(&runner, &PlanRunner::stepFinished, [&outcome](int, const StepRecord &record) {
        outcome.text += QLatin1Char('\n') + record.stepId + QStringLiteral(": ")
            + toString(record.status) + QLatin1Char(' ') + record.message + QLatin1Char(' ')
            + record.serverText;
    });
    QObject::connect(&runner, &PlanRunner::stepStarted, [this](int, const QString &stepId) {
        if (onStepStarted)
            onStepStarted(stepId);
    });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();
    REQUIRE(finished.wait(180000));
    outcome.ok = finished.first().at(0).toBool();
    outcome.text.prepend(finished.first().at(1).toString());
    return outcome;
}

void FailoverSimFixture::createLink()
{
    const Outcome created = run(Operation::CreateLink);
    INFO(created.text.toStdString());
    REQUIRE(created.ok);
    REQUIRE(waitFor([this] {
        const DistributedAvailabilityGroupInfo info = armLink();
        return !info.databases.isEmpty()
            && info.databases.first().replicaState == QStringLiteral("LinkSynchronizing");
    }));
}

SqlResult FailoverSimFixture::sql(const QString &script)
{
    return execute(m_sql, script);
}

SqlResult FailoverSimFixture::miSql(const QString &script)
{
    return execute(m_mi, script);
}

QVariant FailoverSimFixture::scalar(const QString &query)
{
    const SqlResult result = sql(query);
    INFO(query.toStdString() << " → " << result.error.serverText.toStdString());
    REQUIRE(result.ok());
    if (result.resultSets.isEmpty() || result.resultSets.first().rows.isEmpty())
        return {};
    return result.resultSets.first().rows.first().value(0);
}

QString FailoverSimFixture::sqlServerRole()
{
    return scalar(QStringLiteral("SELECT rs.role_desc FROM sys.availability_groups AS ag\n"
                                 "JOIN sys.dm_hadr_availability_replica_states AS rs ON "
                                 "rs.group_id = ag.group_id\n"
                                 "WHERE ag.name = %1 AND rs.is_local = 1")
                      .arg(TsqlQuote::literal(link.databases.first().linkName)))
        .toString();
}

QString FailoverSimFixture::remoteConnectedState()
{
    return scalar(QStringLiteral("SELECT rs.connected_state_desc FROM sys.availability_groups AS "
                                 "ag\n"
                                 "JOIN sys.dm_hadr_availability_replica_states AS rs ON "
                                 "rs.group_id = ag.group_id\n"
                                 "WHERE ag.name = %1 AND rs.is_local = 0")
                      .arg(TsqlQuote::literal(link.databases.first().linkName)))
        .toString();
}

DistributedAvailabilityGroupInfo FailoverSimFixture::armLink()
{
    ArmJob *job = m_api->getLink(instance(), link.databases.first().linkName);
    REQUIRE(QTest::qWaitFor([job] { return job->isFinished(); }, 60000));
    job->deleteLater();
    INFO((job->error() ? job->error()->message.toStdString() : std::string()));
    REQUIRE(job->succeeded());
    return DistributedAvailabilityGroupInfo::fromJson(job->result());
}

bool FailoverSimFixture::armLinkExists()
{
    ArmJob *job = m_api->listLinks(instance());
    REQUIRE(QTest::qWaitFor([job] { return job->isFinished(); }, 60000));
    job->deleteLater();
    REQUIRE(job->succeeded());
    for (const QJsonValue &value : job->items()) {
        if (value.toObject().value(QStringLiteral("name")).toString()
            == link.databases.first().linkName)
            return true;
    }
    return false;
}

LinkRoles FailoverSimFixture::readRoles()
{
    SplitBrainDetector detector(sources(), link.databases.first());
    QSignalSpy finished(&detector, &SplitBrainDetector::finished);
    detector.check();
    REQUIRE(finished.wait(30000));
    return detector.roles();
}

void FailoverSimFixture::workload(const QString &instanceName, double logMBps)
{
    m_sim.control(QStringLiteral("link.workload"),
                  {{QStringLiteral("instance"), instanceName},
                   {QStringLiteral("database"), link.databases.first().databaseName},
                   {QStringLiteral("logMBps"), logMBps}});
}

void FailoverSimFixture::backUpOnManagedInstance()
{
    const QString db = link.databases.first().databaseName;
    m_mi.execute(
        QStringLiteral("BACKUP DATABASE %1 TO URL = N'https://backups.blob.core.windows.net/"
                       "auto/%2.bak' WITH COPY_ONLY;")
            .arg(TsqlQuote::identifier(db).value_or(QString()), db));
}

bool FailoverSimFixture::waitFor(const std::function<bool()> &condition, int timeoutMs)
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
