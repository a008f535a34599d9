// SqlServerController and RequirementsController through the real stack:
// QODBC → unixODBC → FreeTDS → milink-sim.

#include "TempDir.h"
#include "WizardCreateSupport.h"

#include "create/RequirementsController.h"
#include "create/SqlServerController.h"
#include "preflight/SqlServerRequirements.h"
#include "sql/SqlSession.h"

#include <QFile>
#include <QSignalSpy>

using namespace milink;
using wizardtest::SessionFixture;
using wizardtest::simConnection;
using wizardtest::simPassword;

namespace {

SqlServerCheckResult runCheck(SqlServerController &controller)
{
    QSignalSpy finished(&controller, &SqlServerController::checkFinished);
    controller.check();
    REQUIRE((finished.count() > 0 || finished.wait(40000)));
    return finished.first().first().value<SqlServerCheckResult>();
}

RequirementsRerunResult rerun(RequirementsController &controller)
{
    QSignalSpy finished(&controller, &RequirementsController::rerunFinished);
    controller.rerun();
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    return finished.first().first().value<RequirementsRerunResult>();
}

} // namespace

TEST_CASE("Connect and probe the simulator's SQL Server", "[wizard-create][sim]")
{
    SimProcess sim;
    SessionFixture f;
    SqlServerController controller(&f.session);
    QSignalSpy checking(&controller, &SqlServerController::checkingChanged);
    controller.setConnection(simConnection(sim));
    controller.setPassword(simPassword());
    const SqlServerCheckResult result = runCheck(controller);
    INFO(result.error.toStdString() << " | " << result.serverText.toStdString());
    REQUIRE(result.ok);
    CHECK(checking.count() == 2); // on, then off
    REQUIRE(f.session.sqlServerFacts().has_value());
    CHECK(f.session.sqlServerFacts()->serverName == QStringLiteral("SQL01"));
    CHECK(f.session.link().sqlServer.version.toString() == QStringLiteral("16.0.4125.3"));
    CHECK(f.session.link().sqlServer.serverName == QStringLiteral("SQL01"));
    CHECK(f.session.sqlServer()->state() == SqlSession::State::Connected);

    // Requirements over the facts just read: the demo server meets them.
    RequirementsController requirements(&f.session);
    requirements.evaluate();
    for (const CheckResult &r : requirements.results()) {
        INFO(r.id.toStdString() << ": " << r.reason.toStdString());
        CHECK(r.status != CheckResult::Status::Failed);
        CHECK(r.status != CheckResult::Status::NotVerified);
    }
    CHECK(requirements.blockingMessage().isEmpty());
}

TEST_CASE("A wrong password shows 18456 and keeps every typed value", "[wizard-create][sim]")
{
    SimProcess sim;
    SessionFixture f;
    SqlServerController controller(&f.session);
    const SqlServerConnection typed = simConnection(sim);
    controller.setConnection(typed);
    controller.setPassword(QStringLiteral("not-the-password"));
    const SqlServerCheckResult result = runCheck(controller);
    CHECK_FALSE(result.ok);
    CHECK(result.errorNumber == QStringLiteral("18456"));
    CHECK(result.error.contains(QStringLiteral("login")));
    CHECK_FALSE(result.serverText.isEmpty());
    CHECK(result.field == QStringLiteral("password"));
    CHECK(f.session.link().sqlServer == typed);
    CHECK(controller.password() == QStringLiteral("not-the-password"));
    CHECK_FALSE(f.session.sqlServerFacts().has_value());
    CHECK(f.secrets.size() == 0);
}

TEST_CASE("An unreachable server gives a clear message", "[wizard-create][sim]")
{
    SqlServerConnection connection;
    {
        SimProcess sim;
        connection = simConnection(sim);
        sim.kill();
    }
    SessionFixture f;
    SqlServerController controller(&f.session);
    controller.setConnection(connection);
    controller.setPassword(simPassword());
    const SqlServerCheckResult result = runCheck(controller);
    CHECK_FALSE(result.ok);
    CHECK(result.kind == SqlError::Kind::Connection);
    INFO(result.error.toStdString());
    CHECK((result.error.contains(QStringLiteral("not reachable"))
           || result.error.contains(QStringLiteral("did not answer"))));
    CHECK(f.session.link().sqlServer.host == QStringLiteral("127.0.0.1"));
}

TEST_CASE("Re-run reconnects after dropped connections and reports a killed server",
          "[wizard-create][sim]")
{
    SimProcess sim;
    SessionFixture f;
    SqlServerController controller(&f.session);
    controller.setConnection(simConnection(sim));
    controller.setPassword(simPassword());
    REQUIRE(runCheck(controller).ok);
    RequirementsController requirements(&f.session);
    requirements.evaluate();

    sim.control(QStringLiteral("tds.dropConnections"),
                {{QStringLiteral("server"), QStringLiteral("SQL01")}});
    RequirementsRerunResult result = rerun(requirements);
    INFO(result.error.toStdString());
    CHECK(result.ok);
    CHECK(requirements.blockingMessage().isEmpty());

    sim.kill();
    result = rerun(requirements);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("could not be read again")));
    // What was read before stays on the page.
    CHECK_FALSE(requirements.results().isEmpty());
    CHECK(f.session.sqlServerFacts().has_value());
}

TEST_CASE("Failed requirements block Next and say which", "[wizard-create][sim]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    server.insert(QStringLiteral("hadrEnabled"), false);
    server.insert(QStringLiteral("masterKey"), false);
    server.insert(QStringLiteral("traceFlags"), QJsonArray());
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    SimProcess sim(wizardtest::withScenario(scenario));
    SessionFixture f;
    SqlServerController controller(&f.session);
    controller.setConnection(simConnection(sim));
    controller.setPassword(simPassword());
    REQUIRE(runCheck(controller).ok);
    RequirementsController requirements(&f.session);
    requirements.evaluate();
    const CheckResults &results = requirements.results();
    CHECK(findCheck(results, SqlServerRequirements::kHadr)->status == CheckResult::Status::Failed);
    CHECK(findCheck(results, SqlServerRequirements::kMasterKey)->status
          == CheckResult::Status::Warning);
    CHECK(findCheck(results, SqlServerRequirements::kTraceFlags)->status
          == CheckResult::Status::Warning);
    CHECK(requirements.blockingMessage().contains(QStringLiteral("Always On")));
    CHECK_FALSE(requirements.blockingMessage().contains(QStringLiteral("master key")));
}

TEST_CASE("The password is kept in the keychain only when asked and never in the project",
          "[wizard-create][sim]")
{
    SimProcess sim;
    TempDir dir;
    SessionFixture f;
    {
        SqlServerController controller(&f.session);
        controller.setConnection(simConnection(sim));
        controller.setPassword(simPassword());
        REQUIRE(runCheck(controller).ok);
        CHECK(f.secrets.size() == 0); // not asked

        controller.setRememberPassword(true);
        REQUIRE(runCheck(controller).ok);
        REQUIRE(f.secrets.contains(controller.keychainKey()));
        CHECK(f.secrets.value(controller.keychainKey()) == simPassword());
        CHECK(controller.keychainKey().contains(QStringLiteral("sa")));
        CHECK(controller.keychainKey().contains(QString::number(sim.sqlServerPort())));
    }

    const QString path = dir.path() + QStringLiteral("/sales.milink");
    REQUIRE(f.session.save(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("127.0.0.1"));
    CHECK_FALSE(bytes.contains(simPassword().toUtf8()));

    // A new wizard on the same keychain reads it back for the same server and login.
    QNetworkAccessManager network;
    LinkSession reopened({&network, &f.secrets});
    REQUIRE_FALSE(hasErrors(reopened.load(path)));
    SqlServerController again(&reopened);
    QSignalSpy read(&again, &SqlServerController::savedPasswordRead);
    again.readSavedPassword();
    REQUIRE(read.wait(5000));
    CHECK(read.first().first().toString() == simPassword());
    CHECK(again.password() == simPassword());
    CHECK(again.rememberPassword());

    // Unticking removes it after the next successful login.
    again.setRememberPassword(false);
    REQUIRE(runCheck(again).ok);
    CHECK(f.secrets.size() == 0);
}

TEST_CASE("Without a keychain the page gets a sentence and nothing is stored", "[wizard-create]")
{
    SessionFixture f;
    f.secrets.setUnavailable(true);
    SqlServerController controller(&f.session);
    SqlServerConnection c;
    c.host = QStringLiteral("sql01.contoso.test");
    c.loginName = QStringLiteral("sa");
    controller.setConnection(c);
    QSignalSpy message(&controller, &SqlServerController::keychainMessage);
    controller.readSavedPassword();
    REQUIRE(message.wait(5000));
    CHECK(message.first().first().toString().contains(QStringLiteral("No keychain")));
    CHECK_FALSE(controller.keychainAvailable());
}

TEST_CASE("Offline the typed version and server name replace the connection", "[wizard-create]")
{
    SessionFixture f;
    f.session.setOffline(true);
    SqlServerController controller(&f.session);
    SqlServerCheckResult result = runCheck(controller);
    CHECK_FALSE(result.ok);
    CHECK(result.field == QStringLiteral("version"));

    CHECK_FALSE(controller.setDeclaredVersion(QStringLiteral("sixteen")).isEmpty());
    CHECK(controller.setDeclaredVersion(QStringLiteral("16.0.4125.3")).isEmpty());
    result = runCheck(controller);
    CHECK(result.field == QStringLiteral("serverName"));

    SqlServerConnection c = controller.connection();
    c.serverName = QStringLiteral("SQL01\\SALES");
    controller.setConnection(c);
    result = runCheck(controller);
    CHECK(result.ok);
    CHECK(f.session.link().sqlServer.version.toString() == QStringLiteral("16.0.4125.3"));
    CHECK_FALSE(f.session.sqlServerFacts().has_value());
    CHECK(f.session.sqlServer()->state() == SqlSession::State::Disconnected);

    RequirementsController requirements(&f.session);
    requirements.evaluate();
    CHECK(findCheck(requirements.results(), SqlServerRequirements::kVersion)->status
          == CheckResult::Status::Passed);
    CHECK(findCheck(requirements.results(), SqlServerRequirements::kHadr)->status
          == CheckResult::Status::NotVerified);
    CHECK(requirements.blockingMessage().isEmpty());
}

TEST_CASE("Input problems are reported before connecting", "[wizard-create]")
{
    SessionFixture f;
    SqlServerController controller(&f.session);
    SqlServerCheckResult result = runCheck(controller);
    CHECK(result.field == QStringLiteral("host"));
    SqlServerConnection c;
    c.host = QStringLiteral("sql01");
    c.loginName.clear();
    controller.setConnection(c);
    result = runCheck(controller);
    CHECK(result.field == QStringLiteral("login"));
    c.loginName = QStringLiteral("sa");
    c.authentication = SqlAuthentication::Windows;
    c.odbcDriver = QStringLiteral("FreeTDS");
    controller.setConnection(c);
    result = runCheck(controller);
    CHECK(result.field == QStringLiteral("authentication"));
    CHECK(result.error.contains(QStringLiteral("Microsoft ODBC Driver")));
    c.authentication = SqlAuthentication::SqlLogin;

    // A driver named in a project but not installed here.
    QSignalSpy drivers(&controller, &SqlServerController::driversChanged);
    controller.detectDrivers();
    REQUIRE(drivers.wait(10000));
    REQUIRE(controller.drivers().contains(QStringLiteral("FreeTDS")));
    c.odbcDriver = QStringLiteral("ODBC Driver 99 for SQL Server");
    controller.setConnection(c);
    result = runCheck(controller);
    CHECK(result.field == QStringLiteral("driver"));
    CHECK(result.error.contains(QStringLiteral("not installed")));
    CHECK(result.error.contains(QStringLiteral("FreeTDS")));

    c.odbcDriver = QStringLiteral("FreeTDS");
    c.encryption = SqlEncryption::Strict;
    controller.setConnection(c);
    result = runCheck(controller);
    CHECK(result.field == QStringLiteral("encryption"));
    CHECK(result.error.contains(QStringLiteral("Driver 18")));
}

TEST_CASE("Mandatory encryption against a server without TLS explains the refusal",
          "[wizard-create][sim]")
{
    SimProcess sim;
    SessionFixture f;
    SqlServerController controller(&f.session);
    SqlServerConnection c = simConnection(sim);
    c.encryption = SqlEncryption::Mandatory; // milink-sim offers no TLS
    controller.setConnection(c);
    controller.setPassword(simPassword());
    const SqlServerCheckResult result = runCheck(controller);
    CHECK_FALSE(result.ok);
    INFO(result.error.toStdString() << " | " << result.serverText.toStdString());
    CHECK(result.error.contains(QStringLiteral("encryption")));
    CHECK_FALSE(result.serverText.isEmpty());
    CHECK(f.session.link().sqlServer.encryption == SqlEncryption::Mandatory);
}
