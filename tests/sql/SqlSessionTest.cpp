// SqlSession and ServerProbe through the real stack: QODBC → unixODBC → FreeTDS →
// milink-sim (its TDS server and T-SQL engine).

#include "SimProcess.h"

#include "sql/ServerProbe.h"
#include "sql/SqlSession.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace milink;

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch

namespace {

const QString password = QStringLiteral("Sim-Passw0rd");

SqlConnectionOptions optionsFor(quint16 port, const QString &login = QStringLiteral("sa"),
                                const QString &secret = password)
{
    SqlConnectionOptions o;
    o.server.host = QStringLiteral("127.0.0.1");
    o.server.port = port;
    o.server.loginName = login;
    // milink-sim speaks cleartext TDS; "optional" lets FreeTDS continue without TLS.
    o.server.encryption = SqlEncryption::Optional;
    o.password = secret;
    o.loginTimeoutSeconds = 5;
    return o;
}

SqlError openSession(SqlSession &session, const SqlConnectionOptions &options)
{
    QSignalSpy opened(&session, &SqlSession::opened);
    session.open(options, QStringLiteral("FreeTDS"));
    REQUIRE(opened.wait(20000));
    return opened.first().first().value<SqlError>();
}

SqlResult run(SqlSession &session, const QString &script, int timeoutMs = 20000)
{
    QSignalSpy finished(&session, &SqlSession::finished);
    const quint64 id = session.execute(script);
    REQUIRE(finished.wait(timeoutMs));
    REQUIRE(finished.first().first().toULongLong() == id);
    return finished.first().at(1).value<SqlResult>();
}

SimProcess::Options withScenario(const QJsonObject &scenario)
{
    SimProcess::Options options;
    options.scenario = scenario;
    return options;
}

struct Sim
{
    SimProcess process;
    explicit Sim(const QJsonObject &scenario = {}) : process(withScenario(scenario)) { }
};

} // namespace

TEST_CASE("A session connects and runs a script split on GO", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    const SqlError error = openSession(session, optionsFor(sim.process.sqlServerPort()));
    INFO(error.message.toStdString() << " " << error.serverText.toStdString());
    REQUIRE_FALSE(error.isError());
    CHECK(session.state() == SqlSession::State::Connected);

    const SqlResult result = run(session,
                                 QStringLiteral("SELECT @@SERVERNAME AS name;\n"
                                                "GO\n"
                                                "SELECT 1 AS one\n"
                                                "GO 2\n"));
    INFO(result.error.message.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.resultSets.size() == 3);
    CHECK(result.resultSets.at(0).columns == QStringList {QStringLiteral("name")});
    CHECK(result.resultSets.at(0).rows.at(0).at(0).toString() == QStringLiteral("SQL01"));
    CHECK(result.resultSets.at(2).rows.at(0).at(0).toInt() == 1);
    CHECK(result.batchesRun == 2);
}

TEST_CASE("A wrong password is reported as a rejected login, 18456", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    const SqlError error = openSession(
        session,
        optionsFor(sim.process.sqlServerPort(), QStringLiteral("sa"), QStringLiteral("x")));
    CHECK(error.kind == SqlError::Kind::Connection);
    CHECK(error.nativeCode == QStringLiteral("18456"));
    CHECK(error.message.contains(QStringLiteral("rejected the login")));
    CHECK(error.serverText.contains(QStringLiteral("Login failed for user 'sa'")));
    CHECK(session.state() == SqlSession::State::Disconnected);
}

TEST_CASE("Statement errors carry SQL Server's number and the session stays usable", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());

    const SqlResult failed = run(session,
                                 QStringLiteral("SELECT 1\nGO\n"
                                                "RAISERROR(N'custom failure', 16, 1)\n"
                                                "GO\nSELECT 2\n"));
    CHECK(failed.error.kind == SqlError::Kind::Statement);
    CHECK(failed.error.nativeCode == QStringLiteral("50000"));
    CHECK(failed.error.message.contains(QStringLiteral("custom failure")));
    CHECK(failed.error.batch == 1);
    CHECK(failed.error.line == 3);
    // Execution stops at the failing batch, like sqlcmd -b.
    CHECK(failed.resultSets.size() == 1);

    const SqlResult missing = run(session, QStringLiteral("SELECT * FROM dbo.no_such_table"));
    CHECK(missing.error.nativeCode == QStringLiteral("208"));

    const SqlResult again = run(session, QStringLiteral("SELECT 3"));
    REQUIRE(again.ok());
    CHECK(again.resultSets.at(0).rows.at(0).at(0).toInt() == 3);
}

TEST_CASE("An error after a result set in the same batch is not lost", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    const SqlResult result
        = run(session, QStringLiteral("SELECT 1 AS a; RAISERROR(N'second fails', 16, 1);"));
    CHECK(result.error.isError());
    CHECK(result.error.nativeCode == QStringLiteral("50000"));
    CHECK(result.resultSets.size() == 1);
}

TEST_CASE("A malformed GO line is refused before anything runs", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    const SqlResult result = run(session, QStringLiteral("SELECT 1\nGO twice\n"));
    CHECK(result.error.kind == SqlError::Kind::Usage);
    CHECK(result.batchesRun == 0);
}

TEST_CASE("Cancel stops a running statement without blocking the caller", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());

    QSignalSpy finished(&session, &SqlSession::finished);
    QElapsedTimer timer;
    timer.start();
    session.execute(QStringLiteral("WAITFOR DELAY '00:00:30'; SELECT 1;"));
    QTest::qWait(500);
    QElapsedTimer cancelTimer;
    cancelTimer.start();
    session.cancel();
    // cancel() returns at once: it only asks the driver to send an attention.
    CHECK(cancelTimer.elapsed() < 200);
    REQUIRE(finished.wait(15000));
    CHECK(timer.elapsed() < 15000);
    const SqlResult result = finished.first().at(1).value<SqlResult>();
    CHECK(result.error.kind == SqlError::Kind::Cancelled);

    const SqlResult after = run(session, QStringLiteral("SELECT 42"));
    REQUIRE(after.ok());
    CHECK(after.resultSets.at(0).rows.at(0).at(0).toInt() == 42);
}

TEST_CASE("A dropped connection is reported and the session reconnects", "[sql][sim]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    auto sim = std::make_unique<Sim>(scenario);
    const quint16 port = sim->process.sqlServerPort();
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(port)).isError());
    REQUIRE(run(session, QStringLiteral("SELECT 1")).ok());

    QSignalSpy lost(&session, &SqlSession::connectionLost);
    sim->process.kill();
    const SqlResult broken = run(session, QStringLiteral("SELECT 1"));
    CHECK(broken.error.kind == SqlError::Kind::ConnectionLost);
    CHECK(broken.error.message.contains(QStringLiteral("connection to SQL Server was lost")));
    CHECK(lost.count() == 1);
    CHECK(session.state() == SqlSession::State::Lost);
    // Without reconnecting, every request says so instead of hanging.
    CHECK(run(session, QStringLiteral("SELECT 1")).error.kind == SqlError::Kind::ConnectionLost);

    // The server comes back on the same port.
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    server.insert(QStringLiteral("port"), port);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    sim = std::make_unique<Sim>(scenario);
    QSignalSpy opened(&session, &SqlSession::opened);
    session.reconnect();
    REQUIRE(opened.wait(20000));
    CHECK_FALSE(opened.first().first().value<SqlError>().isError());
    CHECK(session.state() == SqlSession::State::Connected);
    CHECK(run(session, QStringLiteral("SELECT 1")).ok());
}

TEST_CASE("A connection the server aborts is reported as lost; reconnect works", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    REQUIRE(run(session, QStringLiteral("SELECT 1")).ok());

    // The simulator's control interface aborts the TCP connection, like a network failure.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(sim.process.ready().value(QStringLiteral("control")).toString()
                                 + QStringLiteral("/tds.dropConnections")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(
        request,
        QJsonDocument(QJsonObject {{QStringLiteral("server"), QStringLiteral("SQL01")}}).toJson());
    REQUIRE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    CHECK(answer.value(QStringLiteral("dropped")).toInt() == 1);

    QSignalSpy lost(&session, &SqlSession::connectionLost);
    const SqlResult broken = run(session, QStringLiteral("SELECT 1"));
    CHECK(broken.error.kind == SqlError::Kind::ConnectionLost);
    CHECK(lost.count() == 1);
    QSignalSpy opened(&session, &SqlSession::opened);
    session.reconnect();
    REQUIRE(opened.wait(20000));
    CHECK_FALSE(opened.first().first().value<SqlError>().isError());
    CHECK(run(session, QStringLiteral("SELECT 5")).ok());
}

TEST_CASE("Comments with colons and question marks stay comments", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    const SqlResult result = run(session,
                                 QStringLiteral("-- step:one, why?\n"
                                                "SELECT N'a:b?' AS v /* note:x? */"));
    INFO(result.error.message.toStdString());
    REQUIRE(result.ok());
    CHECK(result.resultSets.at(0).rows.at(0).at(0).toString() == QStringLiteral("a:b?"));
}

TEST_CASE("Odd identifiers and unicode values survive the round trip", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    const SqlResult result = run(
        session, QStringLiteral("SELECT N'Zürich ✓ Ωmega 日本' AS [odd]]name ✓], NULL AS [n;x]"));
    INFO(result.error.message.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.resultSets.size() == 1);
    CHECK(result.resultSets.at(0).columns.at(0) == QStringLiteral("odd]name ✓"));
    CHECK(result.resultSets.at(0).columns.at(1) == QStringLiteral("n;x"));
    CHECK(result.resultSets.at(0).rows.at(0).at(0).toString()
          == QStringLiteral("Zürich ✓ Ωmega 日本"));
    CHECK(result.resultSets.at(0).rows.at(0).at(1).isNull());
}

TEST_CASE("A session opens in the requested database, odd names included", "[sql][sim]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases = server.value(QStringLiteral("databases")).toArray();
    databases.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Odd]Name; ✓")},
                                  {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                  {QStringLiteral("sizeMB"), 16}});
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    Sim sim(scenario);

    SqlSession session;
    SqlConnectionOptions options = optionsFor(sim.process.sqlServerPort());
    options.database = QStringLiteral("Odd]Name; ✓");
    const SqlError error = openSession(session, options);
    INFO(error.serverText.toStdString());
    REQUIRE_FALSE(error.isError());
    const SqlResult result = run(session, QStringLiteral("SELECT DB_NAME() AS db"));
    REQUIRE(result.ok());
    CHECK(result.resultSets.at(0).rows.at(0).at(0).toString() == QStringLiteral("Odd]Name; ✓"));

    SqlSession other;
    options.database = QStringLiteral("NoSuchDb");
    const SqlError missing = openSession(other, options);
    CHECK(missing.kind == SqlError::Kind::Connection);
    CHECK(missing.nativeCode == QStringLiteral("4060"));
}

TEST_CASE("Logins and passwords with ; { } = survive the FreeTDS connection string", "[sql][sim]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray logins = server.value(QStringLiteral("logins")).toArray();
    logins.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("odd;login")},
                               {QStringLiteral("password"), QStringLiteral("P;a{ss=1 ")},
                               {QStringLiteral("sysadmin"), false}});
    logins.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("brace")},
                               {QStringLiteral("password"), QStringLiteral("x}y{=")},
                               {QStringLiteral("sysadmin"), false}});
    server.insert(QStringLiteral("logins"), logins);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    Sim sim(scenario);
    SqlSession session;
    const SqlError error
        = openSession(session,
                      optionsFor(sim.process.sqlServerPort(), QStringLiteral("odd;login"),
                                 QStringLiteral("P;a{ss=1 ")));
    INFO(error.serverText.toStdString());
    CHECK_FALSE(error.isError());
    const SqlResult result = run(session, QStringLiteral("SELECT SUSER_SNAME() AS login"));
    REQUIRE(result.ok());
    CHECK(result.resultSets.at(0).rows.at(0).at(0).toString() == QStringLiteral("odd;login"));

    SqlSession second;
    CHECK_FALSE(openSession(second,
                            optionsFor(sim.process.sqlServerPort(), QStringLiteral("brace"),
                                       QStringLiteral("x}y{=")))
                    .isError());
}

TEST_CASE("A silent server fails the login after the login timeout", "[sql]")
{
    // Accepts TCP connections and never answers: FreeTDS would wait for minutes
    // without SQL_ATTR_LOGIN_TIMEOUT.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    SqlSession session;
    SqlConnectionOptions options = optionsFor(silent.serverPort());
    options.loginTimeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const SqlError error = openSession(session, options);
    CHECK(timer.elapsed() < 15000);
    CHECK(error.kind == SqlError::Kind::Connection);
    CHECK(error.message.contains(QStringLiteral("2 seconds")));
}

TEST_CASE("Mandatory encryption against a server without TLS says so", "[sql][sim]")
{
    Sim sim;
    SqlSession session;
    SqlConnectionOptions options = optionsFor(sim.process.sqlServerPort());
    options.server.encryption = SqlEncryption::Mandatory;
    const SqlError error = openSession(session, options);
    CHECK(error.kind == SqlError::Kind::Connection);
    CHECK(error.message.contains(QStringLiteral("encryption")));
}

TEST_CASE("A closed port is reported as unreachable", "[sql]")
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SqlSession session;
    const SqlError error = openSession(session, optionsFor(port));
    CHECK(error.kind == SqlError::Kind::Connection);
    CHECK(error.nativeCode == QStringLiteral("20009"));
    CHECK(error.message.contains(QStringLiteral("not reachable")));
}

TEST_CASE("ServerProbe checks the version against the support matrix", "[sql][sim][probe]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    // SQL Server 2019 CU19: one build short of the CU20 the link needs.
    server.insert(QStringLiteral("productVersion"), QStringLiteral("15.0.4298.1"));
    server.insert(QStringLiteral("productUpdateLevel"), QStringLiteral("CU19"));
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    Sim sim(scenario);
    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    ServerProbe probe(&session);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    REQUIRE(finished.wait(30000));
    const ServerFacts facts = finished.first().at(0).value<ServerFacts>();
    CHECK(facts.version.major() == 15);
    CHECK(facts.supportProblem().contains(QStringLiteral("15.0.4312.2")));
    CHECK_FALSE(facts.supportsTwoWayFailover());
}

TEST_CASE("ServerProbe recognises a managed instance", "[sql][sim][probe]")
{
    Sim sim;
    SqlSession session;
    REQUIRE_FALSE(
        openSession(session,
                    optionsFor(sim.process.managedInstancePort(), QStringLiteral("miadmin")))
            .isError());
    ServerProbe probe(&session);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    REQUIRE(finished.wait(30000));
    const ServerFacts facts = finished.first().at(0).value<ServerFacts>();
    REQUIRE_FALSE(finished.first().at(1).value<SqlError>().isError());
    CHECK(facts.isManagedInstance());
    CHECK(facts.engineEdition == 8);
    CHECK(facts.supportProblem().isEmpty());
}

TEST_CASE("ServerProbe reads the instance, its catalog and every database", "[sql][sim][probe]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases = server.value(QStringLiteral("databases")).toArray();
    databases.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Odd]Name ✓")},
                                  {QStringLiteral("recoveryModel"), QStringLiteral("SIMPLE")},
                                  {QStringLiteral("sizeMB"), 16}});
    databases.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Awkward")},
                                  {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                                  {QStringLiteral("sizeMB"), 16},
                                  {QStringLiteral("logFiles"), 2},
                                  {QStringLiteral("filestream"), true},
                                  {QStringLiteral("memoryOptimized"), true},
                                  {QStringLiteral("tde"), true},
                                  {QStringLiteral("fullBackup"), false}});
    server.insert(QStringLiteral("databases"), databases);
    server.insert(QStringLiteral("hostPlatform"), QStringLiteral("Linux"));
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    Sim sim(scenario);

    SqlSession session;
    REQUIRE_FALSE(openSession(session, optionsFor(sim.process.sqlServerPort())).isError());
    ServerProbe probe(&session);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    REQUIRE(finished.wait(30000));
    const ServerFacts facts = finished.first().at(0).value<ServerFacts>();
    const SqlError error = finished.first().at(1).value<SqlError>();
    INFO(error.message.toStdString()
         << " | " << facts.problems.join(QStringLiteral(" | ")).toStdString());
    REQUIRE_FALSE(error.isError());
    CHECK(facts.version.toString() == QStringLiteral("16.0.4125.3"));
    CHECK(facts.updateLevel == QStringLiteral("CU13"));
    CHECK(facts.serverName == QStringLiteral("SQL01"));
    CHECK(facts.hadrEnabled);
    CHECK(facts.sysadmin);
    CHECK(facts.engineEdition == 3);
    CHECK(facts.collation == QStringLiteral("SQL_Latin1_General_CP1_CI_AS"));
    CHECK(facts.supportProblem().isEmpty());
    CHECK(facts.supportsTwoWayFailover());
    CHECK(facts.hostPlatform == QStringLiteral("Linux"));
    REQUIRE(facts.traceFlags.has_value());
    CHECK(facts.traceFlags->contains(1800));
    CHECK(facts.traceFlags->contains(9567));
    REQUIRE(facts.databases.size() == 4);
    const ServerFacts::Database *sales = facts.database(QStringLiteral("Sales"));
    REQUIRE(sales);
    CHECK(sales->recoveryModel == QStringLiteral("FULL"));
    CHECK(sales->logFileCount == 1);
    const ServerFacts::Database *odd = facts.database(QStringLiteral("Odd]Name ✓"));
    REQUIRE(odd);
    CHECK(odd->recoveryModel == QStringLiteral("SIMPLE"));
    CHECK(odd->filestream == std::optional<bool>(false));
    CHECK(sales->lastFullBackup.isValid());
    CHECK_FALSE(sales->encrypted);
    const ServerFacts::Database *awkward = facts.database(QStringLiteral("Awkward"));
    REQUIRE(awkward);
    CHECK(awkward->logFileCount == 2);
    CHECK(awkward->filestream == std::optional<bool>(true));
    CHECK(awkward->memoryOptimized == std::optional<bool>(true));
    CHECK(awkward->encrypted);
    CHECK_FALSE(awkward->lastFullBackup.isValid());
    const DiscoveredState discovered = facts.toDiscoveredState();
    CHECK(discovered.databases.size() == 4);
    CHECK(discovered.hasMasterKey == std::optional<bool>(false));
    CHECK(facts.problems.isEmpty());
}
