// `milink apply` as a user runs it: the real executable against milink-sim, T-SQL
// through QODBC → unixODBC → FreeTDS and Azure over HTTP, with faults injected
// mid-run (an ARM 503 burst, a persistent ARM failure, dropped TDS connections,
// the process killed between two steps) and then resumed from the journal.

#include "SimProcess.h"
#include "TempDir.h"

#include "link/LinkDefinition.h"
#include "link/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <catch2/catch.hpp>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/types.h>
#endif

using namespace milink;

namespace {

const QString kSqlPassword = QStringLiteral("Sim-Passw0rd");
const QString kMasterKeyPassword = QStringLiteral("Master-Key-Passw0rd!");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList stepLines() const
    {
        QStringList lines;
        static const QRegularExpression stepLine(QStringLiteral("^Step [0-9]+/[0-9]+ "));
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (stepLine.match(line).hasMatch())
                lines << line;
        }
        return lines;
    }
};

// A simulator, a project that points at it, and the environment apply reads.
class ApplyWorld
{
public:
    ApplyWorld() : m_sim(options())
    {
        const QJsonObject sql
            = m_sim.ready().value(QStringLiteral("sqlServers")).toArray().at(0).toObject();
        const QJsonObject mi
            = m_sim.ready().value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
        LinkDefinition link;
        link.sqlServer.host = sql.value(QStringLiteral("host")).toString();
        link.sqlServer.port = sql.value(QStringLiteral("port")).toInt();
        link.sqlServer.serverName = QStringLiteral("SQL01");
        link.sqlServer.loginName = QStringLiteral("sa");
        link.sqlServer.encryption = SqlEncryption::Optional; // the simulator has no TLS
        link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
        link.managedInstance.cloud = QStringLiteral("milink-sim");
        link.managedInstance.subscriptionId
            = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
        link.managedInstance.resourceGroup = QStringLiteral("rg-sql");
        link.managedInstance.name = mi.value(QStringLiteral("name")).toString();
        link.managedInstance.fqdn = mi.value(QStringLiteral("fqdn")).toString();
        link.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022;
        link.failoverMode = FailoverMode::TwoWay;
        link.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
        link.certificate.expiryDate = QDate::currentDate().addYears(1);
        link.addDatabase(QStringLiteral("Sales"));
        m_project = m_dir.filePath(QStringLiteral("sales.milink"));
        REQUIRE(ProjectFile::save(link, m_project).isEmpty());

        m_clouds = m_dir.filePath(QStringLiteral("clouds.json"));
        QFile clouds(m_clouds);
        REQUIRE(clouds.open(QIODevice::WriteOnly));
        const QJsonObject file {
            {QStringLiteral("clouds"), QJsonArray {m_sim.ready().value(QStringLiteral("cloud"))}}};
        clouds.write(QJsonDocument(file).toJson());
        clouds.close();

        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("MILINK_SQL_PASSWORD"), kSqlPassword);
        m_environment.insert(QStringLiteral("MILINK_AZURE_ACCESS_TOKEN"), m_sim.issueToken());
        m_environment.insert(QStringLiteral("MILINK_SECRET_MasterKeyPassword"), kMasterKeyPassword);
    }

    SimProcess &sim() { return m_sim; }
    // host:port of the managed instance's TDS listener.
    QString managedInstanceAddress() const
    {
        const QJsonObject mi
            = m_sim.ready().value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
        return mi.value(QStringLiteral("host")).toString() + QLatin1Char(':')
            + QString::number(mi.value(QStringLiteral("port")).toInt());
    }
    QProcessEnvironment &environment() { return m_environment; }
    QString journalPath() const
    {
        return m_dir.filePath(QStringLiteral("sales.create-link.journal.json"));
    }
    QString directory() const { return m_dir.path(); }

    QStringList arguments(const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("apply"),           m_project,
                            QStringLiteral("--operation"),     QStringLiteral("create-link"),
                            QStringLiteral("--cloud-profile"), m_clouds,
                            QStringLiteral("--odbc-driver"),   QStringLiteral("FreeTDS"),
                            QStringLiteral("--poll-seconds"),  QStringLiteral("0.2")}
        + extra;
    }

    // Starts apply; the caller waits.
    void start(QProcess &process, const QStringList &extra = {})
    {
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(MILINK_EXECUTABLE), arguments(extra));
        REQUIRE(process.waitForStarted(10000));
    }

    Run finish(QProcess &process, Run run = {})
    {
        REQUIRE(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                                240000));
        run.out += QString::fromUtf8(process.readAllStandardOutput());
        run.err += QString::fromUtf8(process.readAllStandardError());
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    Run apply(const QStringList &extra = {})
    {
        QProcess process;
        start(process, extra);
        const Run run = finish(process);
        INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
        return run;
    }

    QJsonObject snapshot() { return m_sim.control(QStringLiteral("snapshot")); }

    QJsonObject sqlServer()
    {
        return snapshot().value(QStringLiteral("sqlServers")).toArray().at(0).toObject();
    }

    QJsonObject managedInstance()
    {
        return snapshot().value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
    }

    QString connectedState()
    {
        for (const QJsonValue &l : managedInstance().value(QStringLiteral("links")).toArray()) {
            if (l.toObject().value(QStringLiteral("name")).toString()
                == QStringLiteral("DAG_Sales"))
                return l.toObject()
                    .value(QStringLiteral("databases"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("connectedState"))
                    .toString();
        }
        return {};
    }

    // Exactly the objects one create-link makes, each once: on SQL Server the
    // endpoint certificate, the managed instance's certificate and the two root
    // certificates, one endpoint, the AG and the DAG; on the managed instance one
    // trust certificate and one link.
    void checkNoDuplicates()
    {
        const QJsonObject sql = sqlServer();
        const QJsonObject mi = managedInstance();
        INFO(QJsonDocument(sql).toJson(QJsonDocument::Compact).toStdString());
        INFO(QJsonDocument(mi).toJson(QJsonDocument::Compact).toStdString());
        const auto names = [](const QJsonArray &items, const QString &key) {
            QStringList list;
            for (const QJsonValue &item : items)
                list << item.toObject().value(key).toString();
            return list;
        };
        const QStringList certificates
            = names(sql.value(QStringLiteral("certificates")).toArray(), QStringLiteral("name"));
        const QStringList thumbprints = names(sql.value(QStringLiteral("certificates")).toArray(),
                                              QStringLiteral("thumbprint"));
        CHECK(certificates.size() == 4);
        CHECK(QSet<QString>(certificates.cbegin(), certificates.cend()).size() == 4);
        CHECK(QSet<QString>(thumbprints.cbegin(), thumbprints.cend()).size() == thumbprints.size());
        CHECK(sql.value(QStringLiteral("endpoints")).toArray().size() == 1);
        const QStringList groups = names(sql.value(QStringLiteral("availabilityGroups")).toArray(),
                                         QStringLiteral("name"));
        CHECK(groups.size() == 2);
        CHECK(QSet<QString>(groups.cbegin(), groups.cend()).size() == groups.size());
        CHECK(mi.value(QStringLiteral("serverTrustCertificates")).toArray().size() == 1);
        CHECK(mi.value(QStringLiteral("links")).toArray().size() == 1);
    }

private:
    static SimProcess::Options options()
    {
        SimProcess::Options o;
        o.timeScale = 20; // connection and seeding take simulated minutes
        return o;
    }

    SimProcess m_sim;
    TempDir m_dir;
    QString m_project;
    QString m_clouds;
    QProcessEnvironment m_environment;
};

// Reads apply's output until `lines` step lines were printed (or it exits).
bool waitForStepLines(QProcess &process, Run &run, int lines)
{
    return QTest::qWaitFor(
        [&] {
            run.out += QString::fromUtf8(process.readAllStandardOutput());
            return run.stepLines().size() >= lines || process.state() == QProcess::NotRunning;
        },
        120000);
}

} // namespace

TEST_CASE("milink apply creates a link that connects, then finds nothing left to do",
          "[apply][sim]")
{
    ApplyWorld world;
    const Run run = world.apply();
    INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Journal: ")));
    CHECK(run.stepLines().size() >= 8);
    for (const QString &line : run.stepLines())
        CHECK_FALSE(line.contains(QStringLiteral("failed")));
    CHECK(world.connectedState() == QStringLiteral("CONNECTED"));
    world.checkNoDuplicates();
    REQUIRE(QFile::exists(world.journalPath()));
    // The journal never holds a secret.
    QFile journal(world.journalPath());
    REQUIRE(journal.open(QIODevice::ReadOnly));
    const QByteArray journalText = journal.readAll();
    CHECK_FALSE(journalText.contains(kMasterKeyPassword.toUtf8()));
    CHECK_FALSE(journalText.contains(kSqlPassword.toUtf8()));
    CHECK_FALSE(run.out.contains(kMasterKeyPassword));
    CHECK_FALSE(run.err.contains(kMasterKeyPassword));

    SECTION("the same command again resumes from the journal and runs no step")
    {
        const Run again = world.apply();
        CHECK(again.exitCode == 0);
        CHECK(again.stepLines().isEmpty());
        CHECK(again.out.contains(QStringLiteral("All ")));
    }
    SECTION("--restart moves the journal aside; every step finds itself done")
    {
        const Run again = world.apply({QStringLiteral("--restart")});
        INFO("stdout:\n" << again.out.toStdString() << "\nstderr:\n" << again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("Moved the previous journal")));
        CHECK(again.stepLines().size() == run.stepLines().size());
        for (const QString &line : again.stepLines())
            CHECK_FALSE(line.contains(QStringLiteral("failed")));
        world.checkNoDuplicates();
    }
}

TEST_CASE("milink apply --step runs one step at a time", "[apply][sim]")
{
    ApplyWorld world;
    const Run first = world.apply({QStringLiteral("--step")});
    INFO("stdout:\n" << first.out.toStdString() << "\nstderr:\n" << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.stepLines().size() == 1);
    CHECK(first.stepLines().value(0).startsWith(QStringLiteral("Step 1/")));
    CHECK(first.out.contains(QStringLiteral("for the next step")));

    const Run second = world.apply({QStringLiteral("--step")});
    INFO("stdout:\n" << second.out.toStdString() << "\nstderr:\n" << second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("Resuming from the journal")));
    CHECK(second.stepLines().size() == 1);
    CHECK(second.stepLines().value(0).startsWith(QStringLiteral("Step 2/")));
}

TEST_CASE("milink apply absorbs an ARM 503 burst with retries", "[apply][sim]")
{
    ApplyWorld world;
    // The link PUT comes after the SQL Server steps: the burst hits mid-run.
    world.sim().control(QStringLiteral("faults.add"),
                        {{QStringLiteral("method"), QStringLiteral("PUT")},
                         {QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("retryAfter"), 1},
                         {QStringLiteral("count"), 2}});
    const Run run = world.apply();
    INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QJsonArray faults = world.sim()
                                  .control(QStringLiteral("faults.list"))
                                  .value(QStringLiteral("faults"))
                                  .toArray();
    INFO(QJsonDocument(faults).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(faults.size() == 1);
    CHECK(faults.at(0).toObject().value(QStringLiteral("fired")).toInt() == 2);
    CHECK(world.connectedState() == QStringLiteral("CONNECTED"));
    world.checkNoDuplicates();
}

TEST_CASE("milink apply stops at a persistent ARM failure and resumes after it clears",
          "[apply][sim]")
{
    ApplyWorld world;
    world.sim().control(QStringLiteral("faults.add"),
                        {{QStringLiteral("method"), QStringLiteral("PUT")},
                         {QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("retryAfter"), 1},
                         {QStringLiteral("count"), -1}});
    const Run failed = world.apply();
    INFO("stdout:\n" << failed.out.toStdString() << "\nstderr:\n" << failed.err.toStdString());
    REQUIRE(failed.exitCode == 1);
    const QStringList lines = failed.stepLines();
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.last().contains(QStringLiteral("failed")));
    CHECK(lines.last().contains(QStringLiteral("DAG_Sales")));
    CHECK(failed.out.contains(QStringLiteral("503")));
    CHECK(failed.err.contains(QStringLiteral("Run the same command again to resume")));

    world.sim().control(QStringLiteral("faults.clear"));
    const Run resumed = world.apply();
    INFO("stdout:\n" << resumed.out.toStdString() << "\nstderr:\n" << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.out.contains(QStringLiteral("Resuming from the journal")));
    // Finished steps are not repeated: the resumed run starts at the failed step.
    const QString failedNumber = lines.last().section(QLatin1Char(' '), 1, 1);
    CHECK(resumed.stepLines().value(0).section(QLatin1Char(' '), 1, 1) == failedNumber);
    CHECK(world.connectedState() == QStringLiteral("CONNECTED"));
    world.checkNoDuplicates();
}

TEST_CASE("milink apply reports a dropped SQL Server connection; a rerun converges", "[apply][sim]")
{
    ApplyWorld world;
    QProcess process;
    world.start(process);
    Run run;
    REQUIRE(waitForStepLines(process, run, 2));
    REQUIRE(process.state() == QProcess::Running);
    world.sim().control(QStringLiteral("tds.dropConnections"),
                        {{QStringLiteral("server"), QStringLiteral("SQL01")}});
    run = world.finish(process, run);
    INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
    // The next statement on the dead connection fails the step with a clear message.
    CHECK(run.exitCode == 1);
    CHECK(run.stepLines().last().contains(QStringLiteral("failed")));
    CHECK(run.err.contains(QStringLiteral("Run the same command again to resume")));

    const Run rerun = world.apply();
    INFO("stdout:\n" << rerun.out.toStdString() << "\nstderr:\n" << rerun.err.toStdString());
    REQUIRE(rerun.exitCode == 0);
    CHECK(rerun.out.contains(QStringLiteral("Resuming from the journal")));
    CHECK(world.connectedState() == QStringLiteral("CONNECTED"));
    world.checkNoDuplicates();
}

TEST_CASE("milink apply killed between two steps resumes without duplicates", "[apply][sim]")
{
    ApplyWorld world;
    // Hold the Azure check of the first Azure step (the trust certificate upload)
    // so that the kill lands after the SQL Server steps and before the upload,
    // whatever the machine's speed.
    world.sim().control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("method"), QStringLiteral("GET")},
         {QStringLiteral("path"), QStringLiteral("serverTrustCertificates/Cert_SQL01_endpoint")},
         {QStringLiteral("delayMs"), 20000},
         {QStringLiteral("count"), 1}});
    QProcess process;
    world.start(process);
    Run run;
    REQUIRE(waitForStepLines(process, run, 5));
    REQUIRE(process.state() == QProcess::Running);
    process.kill(); // SIGKILL: no handler runs, only the journal survives
    REQUIRE(process.waitForFinished(10000));
    run.out += QString::fromUtf8(process.readAllStandardOutput());
    const int before = run.stepLines().size();
    CHECK(before == 5);

    const Run resumed = world.apply();
    INFO("first run:\n"
         << run.out.toStdString() << "\nresumed:\n"
         << resumed.out.toStdString() << "\nstderr:\n"
         << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.out.contains(QStringLiteral("Resuming from the journal")));
    CHECK(resumed.stepLines().value(0).startsWith(QStringLiteral("Step %1/").arg(before + 1)));
    CHECK(world.connectedState() == QStringLiteral("CONNECTED"));
    world.checkNoDuplicates();
}

TEST_CASE("milink apply stops when a needed secret is missing and says which variable",
          "[apply][sim]")
{
    ApplyWorld world;
    world.environment().remove(QStringLiteral("MILINK_SECRET_MasterKeyPassword"));
    const Run run = world.apply();
    INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("MILINK_SECRET_MasterKeyPassword")));
    CHECK(run.out.contains(QStringLiteral("MasterKeyPassword")));
    CHECK_FALSE(world.sqlServer().value(QStringLiteral("masterKey")).toBool());
}

TEST_CASE("milink apply cancels on SIGINT and says how to resume", "[apply][sim]")
{
#ifdef Q_OS_WIN
    WARN("SIGINT cannot be sent to another process on Windows; not tested there.");
#else
    ApplyWorld world;
    // The managed instance connects only after a long delay, so the run is
    // interrupted while it waits for the connection (a T-SQL poll).
    world.sim().control(QStringLiteral("link.configure"),
                        {{QStringLiteral("connectDelaySeconds"), 3600},
                         {QStringLiteral("initTimeoutSeconds"), 86400}});
    QProcess process;
    world.start(process);
    Run run;
    REQUIRE(waitForStepLines(process, run, 14));
    REQUIRE(process.state() == QProcess::Running);
    ::kill(pid_t(process.processId()), SIGINT);
    run = world.finish(process, run);
    INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cancelled")));
    CHECK(run.err.contains(QStringLiteral("Run the same command again to resume")));
    CHECK(run.stepLines().last().contains(QStringLiteral("cancelled")));
    for (const QString &line : run.stepLines())
        CHECK_FALSE(line.contains(QStringLiteral("failed")));

    world.sim().control(
        QStringLiteral("link.configure"),
        {{QStringLiteral("connectDelaySeconds"), 15}, {QStringLiteral("initTimeoutSeconds"), 300}});
    const Run resumed = world.apply();
    INFO("stdout:\n" << resumed.out.toStdString() << "\nstderr:\n" << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.out.contains(QStringLiteral("Resuming from the journal")));
    world.checkNoDuplicates();
#endif
}

TEST_CASE("milink apply fails over to the managed instance over both T-SQL connections",
          "[apply][sim]")
{
    ApplyWorld world;
    REQUIRE(world.apply().exitCode == 0);
    world.environment().insert(QStringLiteral("MILINK_MI_PASSWORD"), kSqlPassword);
    const Run run = world.apply(
        {QStringLiteral("--operation"), QStringLiteral("failover"),
         QStringLiteral("--managed-instance-address"), world.managedInstanceAddress(),
         QStringLiteral("--managed-instance-login"), QStringLiteral("miadmin"),
         QStringLiteral("--managed-instance-encryption"), QStringLiteral("optional")});
    INFO("stdout:\n" << run.out.toStdString() << "\nstderr:\n" << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(world.directory() + QStringLiteral("/sales.failover.journal.json")));
    QString role;
    for (const QJsonValue &l : world.managedInstance().value(QStringLiteral("links")).toArray())
        role = l.toObject().value(QStringLiteral("instanceLinkRole")).toString();
    CHECK(role == QStringLiteral("Primary"));
}
