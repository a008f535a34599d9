// `milink status` as a user runs it: the real executable against milink-sim
// (T-SQL through QODBC → FreeTDS, Azure over HTTP) after the create-link plan
// made a link, reading the table, the JSON and the exit codes.

#include "ScenarioFixture.h"
#include "TempDir.h"

#include "link/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document.object();
    }
};

// A link made by the create-link plan, a project pointing at it and the
// environment milink reads.
class StatusWorld
{
public:
    StatusWorld()
    {
        const ScenarioFixture::RunOutcome outcome = m_fixture.run(m_fixture.plan());
        INFO(outcome.describe().toStdString());
        REQUIRE(outcome.ok);
        m_project = m_dir.filePath(QStringLiteral("sales.milink"));
        REQUIRE(ProjectFile::save(m_fixture.link, m_project).isEmpty());
        m_clouds = m_dir.filePath(QStringLiteral("clouds.json"));
        QFile clouds(m_clouds);
        REQUIRE(clouds.open(QIODevice::WriteOnly));
        clouds.write(
            QJsonDocument(
                QJsonObject {{QStringLiteral("clouds"),
                              QJsonArray {m_fixture.sim().ready().value(QStringLiteral("cloud"))}}})
                .toJson());
        clouds.close();
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("MILINK_SQL_PASSWORD"), QStringLiteral("Sim-Passw0rd"));
        m_environment.insert(QStringLiteral("MILINK_MI_PASSWORD"), QStringLiteral("Sim-Passw0rd"));
        m_environment.insert(QStringLiteral("MILINK_AZURE_ACCESS_TOKEN"),
                             m_fixture.sim().issueToken());
    }

    ScenarioFixture &fixture() { return m_fixture; }
    QProcessEnvironment &environment() { return m_environment; }
    QString project() const { return m_project; }

    Run status(const QStringList &extra = {}, bool withManagedInstance = true,
               const QString &command = QStringLiteral("status"))
    {
        QStringList arguments {command,
                               m_project,
                               QStringLiteral("--cloud-profile"),
                               m_clouds,
                               QStringLiteral("--odbc-driver"),
                               QStringLiteral("FreeTDS"),
                               QStringLiteral("--timeout"),
                               QStringLiteral("60")};
        if (withManagedInstance)
            arguments << QStringLiteral("--managed-instance-login") << QStringLiteral("miadmin")
                      << QStringLiteral("--managed-instance-address")
                      << QStringLiteral("127.0.0.1:%1").arg(m_fixture.sim().managedInstancePort())
                      << QStringLiteral("--managed-instance-encryption")
                      << QStringLiteral("optional");
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(MILINK_EXECUTABLE), arguments + extra);
        REQUIRE(process.waitForFinished(180000));
        Run run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private:
    TempDir m_dir;
    ScenarioFixture m_fixture;
    QString m_project;
    QString m_clouds;
    QProcessEnvironment m_environment;
};

} // namespace

TEST_CASE("milink status prints a healthy link as a table and exits 0", "[status][sim]")
{
    StatusWorld world;
    REQUIRE(ScenarioFixture::waitFor([&] {
        return world.fixture().armDatabase().replicaState == QStringLiteral("LinkSynchronizing");
    }));
    const Run run = world.status();
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("LINK")));
    CHECK(lines.at(0).contains(QStringLiteral("HARDENED LSN")));
    CHECK(lines.at(1).startsWith(QStringLiteral("DAG_Sales")));
    CHECK(lines.at(1).contains(QStringLiteral("healthy")));
    CHECK(lines.at(1).contains(QStringLiteral("PRIMARY")));
    CHECK(lines.at(1).contains(QStringLiteral("SECONDARY")));
    CHECK(lines.at(1).contains(QStringLiteral("CONNECTED")));
    CHECK(lines.at(1).contains(QStringLiteral("LinkSynchronizing")));
    CHECK(lines.at(1).contains(QStringLiteral("equal (")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Not read")));
}

TEST_CASE("milink status --json has the documented shape", "[status][sim]")
{
    StatusWorld world;
    REQUIRE(ScenarioFixture::waitFor([&] {
        return world.fixture().armDatabase().replicaState == QStringLiteral("LinkSynchronizing");
    }));
    const Run run = world.status({QStringLiteral("--json")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QJsonObject json = run.json();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("milink-status"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("project")).toString() == world.project());
    CHECK(json.value(QStringLiteral("health")).toString() == QStringLiteral("healthy"));
    CHECK(json.value(QStringLiteral("exitCode")).toInt() == 0);
    CHECK(json.value(QStringLiteral("roundTrips")).toInt() == 3);
    CHECK(json.value(QStringLiteral("sources")).toArray().size() == 3);
    CHECK(json.value(QStringLiteral("problems")).toArray().isEmpty());
    CHECK_FALSE(json.value(QStringLiteral("refreshed")).toString().isEmpty());
    const QJsonArray links = json.value(QStringLiteral("links")).toArray();
    REQUIRE(links.size() == 1);
    const QJsonObject link = links.first().toObject();
    const QStringList members = {QStringLiteral("link"),
                                 QStringLiteral("database"),
                                 QStringLiteral("sources"),
                                 QStringLiteral("health"),
                                 QStringLiteral("reasons"),
                                 QStringLiteral("problems"),
                                 QStringLiteral("roles"),
                                 QStringLiteral("splitBrain"),
                                 QStringLiteral("replicationMode"),
                                 QStringLiteral("connectedState"),
                                 QStringLiteral("synchronizationState"),
                                 QStringLiteral("synchronizationHealth"),
                                 QStringLiteral("replicaState"),
                                 QStringLiteral("seeding"),
                                 QStringLiteral("hardenedLsn"),
                                 QStringLiteral("lagSeconds"),
                                 QStringLiteral("logSendQueueKb"),
                                 QStringLiteral("redoQueueKb"),
                                 QStringLiteral("logSpaceUsedPercent"),
                                 QStringLiteral("certificates"),
                                 QStringLiteral("error")};
    for (const QString &member : members) {
        INFO(member.toStdString());
        CHECK(link.contains(member));
    }
    CHECK(link.keys().size() == members.size());
    CHECK(link.value(QStringLiteral("link")).toString() == QStringLiteral("DAG_Sales"));
    CHECK(link.value(QStringLiteral("database")).toString() == QStringLiteral("Sales"));
    CHECK(link.value(QStringLiteral("health")).toString() == QStringLiteral("healthy"));
    const QJsonObject roles = link.value(QStringLiteral("roles")).toObject();
    CHECK(roles.value(QStringLiteral("sqlServer")).toString() == QStringLiteral("PRIMARY"));
    CHECK(roles.value(QStringLiteral("managedInstance")).toString() == QStringLiteral("SECONDARY"));
    CHECK(link.value(QStringLiteral("splitBrain")).toBool() == false);
    const QJsonObject lsn = link.value(QStringLiteral("hardenedLsn")).toObject();
    CHECK(lsn.value(QStringLiteral("equal")).toBool());
    CHECK(lsn.value(QStringLiteral("sqlServer")).toString()
          == lsn.value(QStringLiteral("managedInstance")).toString());
    CHECK(link.value(QStringLiteral("lagSeconds")).toDouble() == 0);
    const QJsonObject seeding = link.value(QStringLiteral("seeding")).toObject();
    CHECK(seeding.value(QStringLiteral("active")).toBool() == false);
    CHECK(seeding.value(QStringLiteral("eta")).isNull());
    const QJsonObject certificates = link.value(QStringLiteral("certificates")).toObject();
    CHECK(certificates.value(QStringLiteral("sqlServer"))
              .toObject()
              .value(QStringLiteral("expiry"))
              .toString()
              .startsWith(QStringLiteral("2027-11-22")));
    CHECK(link.value(QStringLiteral("error")).toObject().value(QStringLiteral("number")).isNull());
}

TEST_CASE("milink status exits 3 when Azure refuses and still shows SQL Server's view",
          "[status][sim]")
{
    StatusWorld world;
    world.fixture().sim().control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
         {QStringLiteral("status"), 403},
         {QStringLiteral("code"), QStringLiteral("AuthorizationFailed")},
         {QStringLiteral("count"), -1}});
    const Run run = world.status({QStringLiteral("--json")}, false);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 3);
    const QJsonObject json = run.json();
    CHECK(json.value(QStringLiteral("health")).toString() == QStringLiteral("warning"));
    const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().toString().startsWith(QStringLiteral("Azure: ")));
    CHECK(problems.first().toString().contains(QStringLiteral("AuthorizationFailed")));
    const QJsonArray links = json.value(QStringLiteral("links")).toArray();
    REQUIRE(links.size() == 1);
    const QJsonObject link = links.first().toObject();
    CHECK(link.value(QStringLiteral("sources")).toArray()
          == QJsonArray {QStringLiteral("sqlServer")});
    CHECK(
        link.value(QStringLiteral("roles")).toObject().value(QStringLiteral("sqlServer")).toString()
        == QStringLiteral("PRIMARY"));
    CHECK(link.value(QStringLiteral("connectedState")).toString() == QStringLiteral("CONNECTED"));
}

TEST_CASE("milink status exits 4 for a disconnected link and explains the error", "[status][sim]")
{
    StatusWorld world;
    world.fixture().sim().control(
        QStringLiteral("link.partition"),
        {{QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
         {QStringLiteral("managedInstance"), world.fixture().link.managedInstance.name},
         {QStringLiteral("partitioned"), true}});
    REQUIRE(ScenarioFixture::waitFor(
        [&] { return world.fixture().remoteReplica().lastConnectError == 35206; }));
    const Run run = world.status();
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 4);
    CHECK(run.out.contains(QStringLiteral("critical")));
    CHECK(run.out.contains(QStringLiteral("DISCONNECTED")));
    CHECK(run.out.contains(QStringLiteral("not connected")));
    CHECK(run.out.contains(QStringLiteral("Most recent error 35206")));
    CHECK(run.out.contains(QStringLiteral("port 5022")));
}

TEST_CASE("milink status exits 1 when nothing can be read", "[status][sim]")
{
    StatusWorld world;
    world.environment().insert(QStringLiteral("MILINK_SQL_PASSWORD"), QStringLiteral("wrong"));
    world.environment().insert(QStringLiteral("MILINK_AZURE_ACCESS_TOKEN"),
                               QStringLiteral("not-a-token"));
    const Run run = world.status({}, false);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("SQL Server")));
    CHECK(run.out.contains(QStringLiteral("cannot connect")));
    CHECK(run.out.contains(QStringLiteral("Azure: ")));
    CHECK(run.err.contains(QStringLiteral("Nothing could be read")));
    // Secrets never appear in what milink prints.
    CHECK_FALSE(run.out.contains(QStringLiteral("not-a-token")));
    CHECK_FALSE(run.err.contains(QStringLiteral("not-a-token")));
}

TEST_CASE("milink status refuses bad usage with exit 2 and names what to fix", "[status]")
{
    TempDir dir;
    const QString project = dir.filePath(QStringLiteral("p.milink"));
    LinkDefinition link;
    link.sqlServer.host = QStringLiteral("127.0.0.1");
    link.sqlServer.loginName = QStringLiteral("sa");
    link.managedInstance.subscriptionId = QStringLiteral("s");
    link.managedInstance.resourceGroup = QStringLiteral("rg");
    link.managedInstance.name = QStringLiteral("mi");
    link.addDatabase(QStringLiteral("Sales"));
    REQUIRE(ProjectFile::save(link, project).isEmpty());
    const auto run = [&](const QStringList &arguments, const QProcessEnvironment &environment) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MILINK_EXECUTABLE), arguments);
        REQUIRE(process.waitForFinished(60000));
        return Run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
    };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MILINK_SQL_PASSWORD"));

    Run r = run({QStringLiteral("status")}, environment);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("exactly one project file")));

    r = run({QStringLiteral("status"), project}, environment);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("MILINK_SQL_PASSWORD")));

    environment.insert(QStringLiteral("MILINK_SQL_PASSWORD"), QStringLiteral("x"));
    r = run({QStringLiteral("status"), project, QStringLiteral("--timeout"), QStringLiteral("-1")},
            environment);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--timeout")));

    r = run({QStringLiteral("status"), project, QStringLiteral("--managed-instance-login"),
             QStringLiteral("miadmin")},
            environment);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("MILINK_MI_PASSWORD")));

    r = run({QStringLiteral("status"), dir.filePath(QStringLiteral("missing.milink"))},
            environment);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("cannot read the project")));

    r = run({QStringLiteral("--help")}, environment);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("  status ")));
    CHECK(r.out.contains(QStringLiteral("  support-bundle")));

    r = run({QStringLiteral("status"), QStringLiteral("--help")}, environment);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("--json")));
    CHECK(r.out.contains(QStringLiteral("4 at least one critical")));
}

TEST_CASE("milink support-bundle includes one refresh of the status without secrets",
          "[status][support-bundle][sim]")
{
    StatusWorld world;
    TempDir out;
    const QString archive = out.filePath(QStringLiteral("support.tar"));
    const Run run
        = world.status({QStringLiteral("--out"), archive}, true, QStringLiteral("support-bundle"));
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("milink-support/status.json")));
    CHECK(run.out.contains(QStringLiteral("milink-support/project/sales.milink")));

    QFile file(archive);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString token = world.environment().value(QStringLiteral("MILINK_AZURE_ACCESS_TOKEN"));
    REQUIRE(token.size() > 8);
    CHECK_FALSE(bytes.contains(token.toUtf8()));
    CHECK_FALSE(bytes.contains("Sim-Passw0rd"));

    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-xOf"), archive, QStringLiteral("milink-support/status.json")});
    REQUIRE(tar.waitForFinished(30000));
    REQUIRE(tar.exitCode() == 0);
    const QJsonObject status = QJsonDocument::fromJson(tar.readAllStandardOutput()).object();
    const QJsonArray rows = status.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("link")).toString()
          == QStringLiteral("DAG_Sales"));
    // The raw answers: Azure's link resource and both sides' DMV result sets.
    const QJsonArray armLinks
        = status.value(QStringLiteral("arm")).toObject().value(QStringLiteral("links")).toArray();
    REQUIRE(armLinks.size() == 1);
    CHECK(armLinks.first().toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("DAG_Sales"));
    CHECK(status.value(QStringLiteral("sqlServerDmvs"))
              .toObject()
              .value(QStringLiteral("resultSets"))
              .toArray()
              .size()
          == 6);
    CHECK(status.value(QStringLiteral("managedInstanceDmvs"))
              .toObject()
              .value(QStringLiteral("resultSets"))
              .toArray()
              .size()
          == 6);
}
