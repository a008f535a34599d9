// DatabasesController against milink-sim: eligibility as the simulator reports
// it, selection into DatabaseLinks, Refresh, odd names; and typed names offline.

#include "WizardCreateSupport.h"

#include "create/DatabasesController.h"
#include "create/SqlServerController.h"
#include "link/LinkValidator.h"
#include "sql/SqlSession.h"

#include <QSignalSpy>

using namespace milink;
using wizardtest::SessionFixture;
using wizardtest::simConnection;
using wizardtest::simPassword;

namespace {

void connect(SessionFixture &f, const SimProcess &sim)
{
    SqlServerController controller(&f.session);
    controller.setConnection(simConnection(sim));
    controller.setPassword(simPassword());
    QSignalSpy finished(&controller, &SqlServerController::checkFinished);
    controller.check();
    REQUIRE(finished.wait(40000));
    REQUIRE(finished.first().first().value<SqlServerCheckResult>().ok);
}

DatabasesRefreshResult refresh(DatabasesController &controller)
{
    QSignalSpy finished(&controller, &DatabasesController::refreshFinished);
    controller.refresh();
    REQUIRE((finished.count() > 0 || finished.wait(40000)));
    return finished.first().first().value<DatabasesRefreshResult>();
}

QStringList linkedDatabases(const LinkSession &session)
{
    QStringList names;
    for (const DatabaseLink &l : session.link().databases)
        names << l.databaseName;
    return names;
}

const QString longName = QString(128, QLatin1Char('L'));
const QString oddName = QStringLiteral("Odd]Name's ✓");

} // namespace

TEST_CASE("Databases are listed with the eligibility the server shows", "[wizard-create][sim]")
{
    SimProcess sim(wizardtest::withScenario(wizardtest::scenarioWithAwkwardDatabases()));
    SessionFixture f;
    connect(f, sim);
    DatabasesController controller(&f.session);
    CHECK(controller.source() == DatabasesController::Source::SqlServer);

    auto verdictOf = [&controller](const QString &name) {
        const DatabaseRow *row = controller.row(name);
        REQUIRE(row != nullptr);
        return row->verdict;
    };
    CHECK(controller.row(QStringLiteral("master")) == nullptr);
    CHECK(controller.row(QStringLiteral("msdb")) == nullptr);
    CHECK(verdictOf(QStringLiteral("Sales")).eligible());
    CHECK(verdictOf(QStringLiteral("Inventory")).eligible());
    CHECK(verdictOf(oddName).eligible());
    CHECK(verdictOf(longName).eligible());

    auto failedCheck = [&](const QString &db, const QString &id) {
        const auto verdict = verdictOf(db);
        CHECK_FALSE(verdict.eligible());
        const CheckResult *check = findCheck(verdict.checks, id);
        REQUIRE(check != nullptr);
        CHECK(check->status == CheckResult::Status::Failed);
    };
    failedCheck(QStringLiteral("SimpleDb"), DatabaseEligibility::kRecoveryModel);
    failedCheck(QStringLiteral("NoBackup"), DatabaseEligibility::kFullBackup);
    failedCheck(QStringLiteral("TwoLogs"), DatabaseEligibility::kLogFiles);
    failedCheck(QStringLiteral("Streams"), DatabaseEligibility::kFilestream);
    const auto secret = verdictOf(QStringLiteral("Secret"));
    CHECK(secret.eligible());
    CHECK(findCheck(secret.checks, DatabaseEligibility::kEncryption)->status
          == CheckResult::Status::Warning);

    // Ineligible databases cannot be selected, and say why.
    const QString refused = controller.setSelected(QStringLiteral("TwoLogs"), true);
    CHECK(refused.contains(QStringLiteral("log files")));
    CHECK(f.session.link().databases.isEmpty());
    CHECK(controller.problem().contains(QStringLiteral("at least one")));

    // A database without a backup can be selected once a backup is taken first.
    CHECK(controller.setSelected(QStringLiteral("NoBackup"), true).isEmpty());
    CHECK(controller.problem().contains(QStringLiteral("NoBackup")));
    controller.setTakeFullBackup(true);
    CHECK(f.session.createLinkOptions().takeFullBackup);
    CHECK(controller.row(QStringLiteral("NoBackup"))->verdict.eligible());
    CHECK(controller.problem().contains(QStringLiteral("directory")));
    controller.setBackupDirectory(QStringLiteral("/var/opt/mssql/backup"));
    CHECK(f.session.createLinkOptions().backupDirectory == QStringLiteral("/var/opt/mssql/backup"));
    CHECK(controller.problem().isEmpty());
}

TEST_CASE("Odd database names are selectable and carried into the link", "[wizard-create][sim]")
{
    SimProcess sim(wizardtest::withScenario(wizardtest::scenarioWithAwkwardDatabases()));
    SessionFixture f;
    connect(f, sim);
    DatabasesController controller(&f.session);
    REQUIRE(controller.setSelected(oddName, true).isEmpty());
    REQUIRE(controller.setSelected(longName, true).isEmpty());
    REQUIRE(controller.setSelected(QStringLiteral("Sales"), true).isEmpty());
    const QList<DatabaseLink> &links = f.session.link().databases;
    REQUIRE(links.size() == 3);
    CHECK(links.at(0).databaseName == oddName);
    CHECK(links.at(1).databaseName == longName);
    QStringList names;
    for (const DatabaseLink &l : links) {
        INFO(l.linkName.toStdString());
        CHECK(LinkValidator::linkNameProblem(l.linkName).isEmpty());
        CHECK(l.linkName.size() <= 128);
        CHECK(l.availabilityGroupName.size() <= 128);
        names << l.linkName.toLower();
    }
    names.removeDuplicates();
    CHECK(names.size() == 3);
    CHECK(controller.problem().isEmpty());

    // The plan quotes them: building it works and mentions the bracketed name.
    const LinkDefinition demo = sim.demoLink();
    f.session.editLink([&demo](LinkDefinition &l) {
        l.managedInstance = demo.managedInstance;
        l.endpoint = demo.endpoint;
        l.certificate = demo.certificate;
    });
    const PlanBuilder::Result plan = f.session.buildPlan(Operation::CreateLink);
    INFO((plan.issues.isEmpty() ? std::string() : plan.issues.first().toString().toStdString()));
    REQUIRE(plan.plan.has_value());
    bool quoted = false;
    for (const PlanStep &step : plan.plan->steps)
        quoted = quoted || step.tsql.contains(QStringLiteral("[Odd]]Name's ✓]"));
    CHECK(quoted);

    // Deselecting removes only that link.
    controller.setSelected(longName, false);
    CHECK(linkedDatabases(f.session) == QStringList({oddName, QStringLiteral("Sales")}));
}

TEST_CASE("The link name names the first link and prefixes the others", "[wizard-create][sim]")
{
    SimProcess sim(wizardtest::withScenario(wizardtest::scenarioWithAwkwardDatabases()));
    SessionFixture f;
    connect(f, sim);
    DatabasesController controller(&f.session);
    f.session.setLinkName(QStringLiteral("ToAzure"));
    controller.setSelected(QStringLiteral("Sales"), true);
    controller.setSelected(QStringLiteral("Inventory"), true);
    controller.setSelected(oddName, true);
    const QList<DatabaseLink> &links = f.session.link().databases;
    REQUIRE(links.size() == 3);
    CHECK(links.at(0).linkName == QStringLiteral("ToAzure"));
    CHECK(links.at(1).linkName == QStringLiteral("ToAzure_Inventory"));
    CHECK(LinkValidator::linkNameProblem(links.at(2).linkName).isEmpty());

    // A name the user edits is kept when the link name changes; the others follow.
    CHECK(controller.setLinkName(QStringLiteral("Inventory"), QStringLiteral("Inv]")).size() > 0);
    CHECK(controller.setLinkName(QStringLiteral("Inventory"), QStringLiteral("ToAzure"))
              .contains(QStringLiteral("already used")));
    CHECK(controller.setLinkName(QStringLiteral("Inventory"), QStringLiteral("InvLink")).isEmpty());
    f.session.setLinkName(QStringLiteral("Sales2MI"));
    CHECK(f.session.link().databases.at(0).linkName == QStringLiteral("Sales2MI"));
    CHECK(f.session.link().databases.at(1).linkName == QStringLiteral("InvLink"));
    CHECK(f.session.link().databases.at(2).linkName.startsWith(QStringLiteral("Sales2MI_")));

    // Removing the first keeps the user's name and renumbers nothing else.
    controller.setSelected(QStringLiteral("Sales"), false);
    REQUIRE(f.session.link().databases.size() == 2);
    CHECK(f.session.link().databases.at(0).linkName == QStringLiteral("InvLink"));
    CHECK(f.session.link().databases.at(1).linkName.startsWith(QStringLiteral("Sales2MI_")));
}

TEST_CASE("Refresh keeps the selection and shows changes", "[wizard-create][sim]")
{
    SimProcess sim(wizardtest::withScenario(wizardtest::scenarioWithAwkwardDatabases()));
    SessionFixture f;
    connect(f, sim);
    DatabasesController controller(&f.session);
    REQUIRE(controller.setSelected(QStringLiteral("Sales"), true).isEmpty());
    REQUIRE(controller.setSelected(oddName, true).isEmpty());
    const QString salesLink = f.session.link().databases.at(0).linkName;

    // Someone switches Inventory to SIMPLE and fixes SimpleDb meanwhile.
    f.session.sqlServer()->execute(QStringLiteral(
        "ALTER DATABASE [Inventory] SET RECOVERY SIMPLE;\n"
        "ALTER DATABASE [SimpleDb] SET RECOVERY FULL;\n"
        "BACKUP DATABASE [SimpleDb] TO DISK = N'/var/opt/mssql/backup/SimpleDb.bak';"));
    QSignalSpy rows(&controller, &DatabasesController::rowsChanged);
    const DatabasesRefreshResult result = refresh(controller);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(linkedDatabases(f.session) == QStringList({QStringLiteral("Sales"), oddName}));
    CHECK(f.session.link().databases.at(0).linkName == salesLink);
    CHECK_FALSE(controller.row(QStringLiteral("Inventory"))->verdict.eligible());
    CHECK(controller.row(QStringLiteral("SimpleDb"))->verdict.eligible());
    CHECK(rows.count() >= 1);

    // Refresh while the connection was dropped reconnects.
    sim.control(QStringLiteral("tds.dropConnections"),
                {{QStringLiteral("server"), QStringLiteral("SQL01")}});
    CHECK(refresh(controller).ok);
    CHECK(linkedDatabases(f.session).size() == 2);
}

TEST_CASE("A selected database that is gone blocks Next until cleared", "[wizard-create]")
{
    SessionFixture f;
    ServerFacts facts;
    facts.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    ServerFacts::Database sales;
    sales.name = QStringLiteral("Sales");
    sales.state = QStringLiteral("ONLINE");
    sales.recoveryModel = QStringLiteral("FULL");
    sales.lastFullBackup = QDateTime::currentDateTimeUtc();
    sales.logFileCount = 1;
    sales.filestream = false;
    sales.memoryOptimized = false;
    ServerFacts::Database hr = sales;
    hr.name = QStringLiteral("HR");
    facts.databases << sales << hr;
    f.session.setSqlServerFacts(facts);
    DatabasesController controller(&f.session);
    REQUIRE(controller.setSelected(QStringLiteral("HR"), true).isEmpty());
    CHECK(controller.problem().isEmpty());
    facts.databases.removeLast();
    f.session.setSqlServerFacts(facts);
    CHECK(controller.problem().contains(QStringLiteral("HR")));
    CHECK(controller.row(QStringLiteral("HR"))
              ->verdict.summary()
              .contains(QStringLiteral("not on the server")));
    controller.setSelected(QStringLiteral("HR"), false);
    CHECK(f.session.link().databases.isEmpty());
}

TEST_CASE("Offline and managed-instance-first without a connection take typed names",
          "[wizard-create]")
{
    SessionFixture f;
    f.session.setOffline(true);
    DatabasesController controller(&f.session);
    CHECK(controller.source() == DatabasesController::Source::Typed);
    CHECK(controller.sourceExplanation().contains(QStringLiteral("Offline")));
    CHECK(controller.addTypedDatabase(QStringLiteral("master"))
              .contains(QStringLiteral("system database")));
    CHECK(controller.addTypedDatabase(QString()).size() > 0);
    CHECK(controller.addTypedDatabase(QString(129, QLatin1Char('x')))
              .contains(QStringLiteral("128")));
    REQUIRE(controller.addTypedDatabase(oddName).isEmpty());
    REQUIRE(controller.addTypedDatabase(longName).isEmpty());
    CHECK(controller.addTypedDatabase(oddName).contains(QStringLiteral("already")));
    REQUIRE(controller.rows().size() == 2);
    CHECK(controller.rows().first().verdict.checks.first().status
          == CheckResult::Status::NotVerified);
    CHECK(controller.problem().isEmpty());
    CHECK(linkedDatabases(f.session) == QStringList({oddName, longName}));

    SessionFixture online;
    online.session.editLink(
        [](LinkDefinition &l) { l.direction = LinkDirection::ManagedInstanceToSqlServer; });
    DatabasesController fromInstance(&online.session);
    CHECK(fromInstance.source() == DatabasesController::Source::Typed);
    CHECK(fromInstance.sourceExplanation().contains(QStringLiteral("not connected")));
}

TEST_CASE("Managed-instance-first reads the managed instance's databases when connected",
          "[wizard-create][sim]")
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
    QJsonObject mi = instances.at(0).toObject();
    mi.insert(QStringLiteral("databases"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("CloudSales")},
                                       {QStringLiteral("sizeMB"), 64}}});
    instances.replace(0, mi);
    scenario.insert(QStringLiteral("managedInstances"), instances);
    SimProcess sim(wizardtest::withScenario(scenario));
    SessionFixture f;
    f.session.editLink(
        [](LinkDefinition &l) { l.direction = LinkDirection::ManagedInstanceToSqlServer; });
    SqlConnectionOptions options;
    options.server.host = QStringLiteral("127.0.0.1");
    options.server.port = sim.managedInstancePort();
    options.server.loginName = QStringLiteral("miadmin");
    options.server.encryption = SqlEncryption::Optional;
    options.password = simPassword();
    QSignalSpy opened(f.session.managedInstanceSql(), &SqlSession::opened);
    f.session.managedInstanceSql()->open(options, QStringLiteral("FreeTDS"));
    REQUIRE(opened.wait(20000));
    REQUIRE_FALSE(opened.first().first().value<SqlError>().isError());

    DatabasesController controller(&f.session);
    CHECK(controller.source() == DatabasesController::Source::ManagedInstance);
    REQUIRE(refresh(controller).ok);
    const DatabaseRow *row = controller.row(QStringLiteral("CloudSales"));
    REQUIRE(row != nullptr);
    CHECK(row->verdict.eligible());
    CHECK(controller.setSelected(QStringLiteral("CloudSales"), true).isEmpty());
    CHECK(linkedDatabases(f.session) == QStringList({QStringLiteral("CloudSales")}));
}
