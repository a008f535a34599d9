// A whole link creation executed by PlanRunner against milink-sim: T-SQL through
// QODBC → unixODBC → FreeTDS, Azure calls through QNetworkAccessManager → HTTP.

#include "SimProcess.h"
#include "TempDir.h"

#include "azure/ArmClient.h"
#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
#include "link/LinkDefinition.h"
#include "plan/PlanBuilder.h"
#include "run/PlanRunner.h"
#include "run/RunJournal.h"
#include "sql/OdbcConnectionString.h"
#include "sql/SqlError.h"
#include "sql/SqlSession.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

constexpr const char *kTokenVariable = "MILINK_RUN_TEST_TOKEN";

// Everything one run needs, wired to the simulator.
class RunFixture
{
public:
    explicit RunFixture(SimProcess &sim) : m_sim(sim), link(sim.demoLink())
    {
        qputenv(kTokenVariable, sim.issueToken().toUtf8());
        m_tokens = std::make_unique<EnvironmentTokenProvider>(QString::fromLatin1(kTokenVariable));
        m_arm = std::make_unique<ArmClient>(&m_network, m_tokens.get(), sim.cloud());

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

    ~RunFixture() { qunsetenv(kTokenVariable); }

    // Runs create-link to the end; returns the runner's final message.
    std::pair<bool, QString> run(const QString &journalPath, QList<StepRecord> *records = nullptr)
    {
        const PlanBuilder::Result built = PlanBuilder::build(link, Operation::CreateLink);
        for (const ValidationIssue &issue : built.issues)
            INFO(issue.toString().toStdString());
        REQUIRE(built.plan.has_value());
        RunJournal journal;
        REQUIRE(journal.open(journalPath, *built.plan).isEmpty());
        PlanRunner::Services services;
        services.sqlServer = &m_sql;
        services.arm = m_arm.get();
        services.instanceResourceId = PlanBuilder::instanceResourceId(link);
        PlanRunner runner(*built.plan, services, &journal);
        runner.setValue(QStringLiteral("MasterKeyPassword"),
                        QStringLiteral("Master-Key-Passw0rd!"));
        runner.setPollIntervalMs(200);
        QObject::connect(&runner, &PlanRunner::stepFinished,
                         [records](int, const StepRecord &record) {
                             if (records)
                                 records->append(record);
                         });
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        REQUIRE(finished.wait(240000));
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    QJsonObject linkResource()
    {
        const QJsonObject snapshot = m_sim.control(QStringLiteral("snapshot"));
        const QJsonObject mi
            = snapshot.value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
        for (const QJsonValue &l : mi.value(QStringLiteral("links")).toArray()) {
            if (l.toObject().value(QStringLiteral("name")).toString()
                == QStringLiteral("DAG_Sales"))
                return l.toObject();
        }
        return {};
    }

    int sqlCertificateCount()
    {
        const QJsonObject snapshot = m_sim.control(QStringLiteral("snapshot"));
        return snapshot.value(QStringLiteral("sqlServers"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("certificates"))
            .toArray()
            .size();
    }

private:
    SimProcess &m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<EnvironmentTokenProvider> m_tokens;
    std::unique_ptr<ArmClient> m_arm;
    SqlSession m_sql;

public:
    LinkDefinition link;
};

SimProcess::Options fastSimulation()
{
    SimProcess::Options options;
    options.timeScale = 20; // connection and seeding take simulated minutes
    return options;
}

} // namespace

TEST_CASE("PlanRunner creates a link that connects and seeds in the simulator", "[run][sim]")
{
    SimProcess sim(fastSimulation());
    RunFixture fixture(sim);
    TempDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("sales.create-link.journal.json"));

    QList<StepRecord> records;
    const auto [ok, message] = fixture.run(journalPath, &records);
    for (const StepRecord &r : records)
        INFO(r.stepId.toStdString()
             << ": " << toString(r.status).toStdString() << " " << r.message.toStdString() << " "
             << r.serverText.toStdString());
    INFO(message.toStdString());
    REQUIRE(ok);

    const QJsonObject link = fixture.linkResource();
    REQUIRE_FALSE(link.isEmpty());
    const QJsonObject db = link.value(QStringLiteral("databases")).toArray().at(0).toObject();
    CHECK(db.value(QStringLiteral("connectedState")).toString() == QStringLiteral("CONNECTED"));
    CHECK(QFile::exists(journalPath));

    SECTION("a second run finds every step done and creates nothing twice")
    {
        const int certificates = fixture.sqlCertificateCount();
        QFile::remove(journalPath); // forget the journal: only the servers' state tells
        QList<StepRecord> again;
        const auto [okAgain, messageAgain] = fixture.run(journalPath, &again);
        INFO(messageAgain.toStdString());
        REQUIRE(okAgain);
        for (const StepRecord &r : again) {
            INFO(r.stepId.toStdString());
            CHECK(r.status != StepRecord::Status::Failed);
        }
        CHECK(fixture.sqlCertificateCount() == certificates);
    }

    SECTION("resuming from the journal repeats nothing")
    {
        QList<StepRecord> resumed;
        const auto [okResumed, messageResumed] = fixture.run(journalPath, &resumed);
        INFO(messageResumed.toStdString());
        CHECK(okResumed);
        CHECK(resumed.isEmpty());
    }
}
