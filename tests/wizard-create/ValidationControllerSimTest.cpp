// The Validation page's controller against milink-sim: the read-only preflight
// finds a stale trust certificate on the managed instance and names already
// used on both sides, and SQL Agent jobs whose BACKUP LOG would break seeding
// (msdb read-only); Next needs the warnings acknowledged.

#include "CreateWizardSimFixture.h"

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureSqlApi.h"
#include "create/AzureController.h"
#include "create/ValidationController.h"
#include "preflight/Preflight.h"
#include "sql/SqlSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;
using Status = CheckResult::Status;

namespace {

const QString kSubscription = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");

// Reads the managed instance through the Azure page's Next, as the wizard does.
void readAzureFacts(CreateWizardSimFixture &f)
{
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    QSignalSpy instance(&controller, &AzureController::instanceLoaded);
    QSignalSpy checked(&controller, &AzureController::checkFinished);
    controller.loadTenants();
    REQUIRE(instance.wait(20000));
    REQUIRE(QTest::qWaitFor([&controller] { return !controller.isBusy(); }, 20000));
    controller.check();
    REQUIRE(checked.wait(20000));
    REQUIRE(f.session.azureFacts().has_value());
}

ValidationController::Result runValidation(ValidationController &controller)
{
    QSignalSpy finished(&controller, &ValidationController::finished);
    controller.run();
    REQUIRE(controller.isRunning());
    REQUIRE(finished.wait(30000));
    return controller.result();
}

const CheckResult &check(const ValidationController::Result &result, const QString &id)
{
    const CheckResult *found = findCheck(result.checks, id);
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("Validation passes the demo link and leaves the unverifiable unverified",
          "[validation-page]")
{
    CreateWizardSimFixture f;
    f.useSimToken();
    f.connectSqlServer();
    readAzureFacts(f);
    ValidationController controller(&f.session);
    const auto result = runValidation(controller);
    for (const CheckResult &c : result.checks)
        INFO(c.id.toStdString() << " " << CheckResult::statusText(c.status).toStdString() << ": "
                                << c.reason.toStdString());
    CHECK(result.failed == 0);
    CHECK(check(result, Preflight::kStaleTrustCertificate).status == Status::Passed);
    CHECK(check(result, Preflight::kNamesAzure).status == Status::Passed);
    CHECK(check(result, Preflight::kNamesSqlServer).status == Status::Passed);
    CHECK(check(result, Preflight::kEndpointPort).status == Status::Passed);
    CHECK(check(result, Preflight::kLogSpace).status == Status::Passed);
    CHECK(check(result, Preflight::kNetworkToSqlServer).status == Status::NotVerified);
    // msdb.dbo.sysjobs was read: the demo server has no SQL Agent job.
    const CheckResult &jobs = check(result, Preflight::kLogBackupJobs);
    INFO(jobs.reason.toStdString());
    CHECK(jobs.status == Status::Passed);

    // Warnings and unverified checks need the acknowledgement before Next.
    REQUIRE(controller.needsAcknowledgement());
    QSignalSpy checked(&controller, &ValidationController::checkFinished);
    controller.check();
    REQUIRE(checked.size() == 1);
    CHECK_FALSE(checked.takeFirst().at(0).value<ValidationController::CheckOutcome>().passed);
    controller.setAcknowledged(true);
    controller.check();
    CHECK(checked.takeFirst().at(0).value<ValidationController::CheckOutcome>().passed);
}

TEST_CASE("Validation finds SQL Agent jobs that back up the log during seeding",
          "[validation-page]")
{
    SimProcess::Options options;
    options.scenario = SimProcess::demoScenario();
    QJsonArray servers = options.scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    server.insert(
        QStringLiteral("agentJobs"),
        QJsonArray {
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("Sales - log backup")},
                {QStringLiteral("steps"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("stepName"), QStringLiteral("Back up the log")},
                     {QStringLiteral("command"),
                      QStringLiteral("BACKUP LOG [Sales] TO DISK = N'D:\\Backup\\Sales.trn'")}}}}},
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Index maintenance")},
                         {QStringLiteral("steps"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("command"),
                               QStringLiteral("ALTER INDEX ALL ON dbo.Orders REBUILD")}}}}}});
    servers.replace(0, server);
    options.scenario.insert(QStringLiteral("sqlServers"), servers);
    CreateWizardSimFixture f(options);
    f.connectSqlServer();
    ValidationController controller(&f.session);
    const auto result = runValidation(controller);
    const CheckResult &jobs = check(result, Preflight::kLogBackupJobs);
    INFO(jobs.reason.toStdString());
    CHECK(jobs.status == Status::Warning);
    CHECK(jobs.reason.contains(QStringLiteral("Sales - log backup")));
    CHECK_FALSE(jobs.reason.contains(QStringLiteral("Index maintenance")));
}

TEST_CASE("Validation finds a stale trust certificate on the managed instance", "[validation-page]")
{
    CreateWizardSimFixture f;
    f.useSimToken();
    // An earlier attempt uploaded a certificate under the link's certificate name.
    const QString name = f.session.link().effectiveCertificateName();
    {
        ArmClient *client = f.session.arm();
        REQUIRE(client != nullptr);
        client->setRetryPolicy(CreateWizardSimFixture::fastPolicy());
        QByteArray der(64, '\x01');
        der[0] = 0x30;
        ArmJob *job = AzureSqlApi(client).createServerTrustCertificate(
            {kSubscription, QStringLiteral("rg-sql"), QStringLiteral("sqlmi-demo"), {}}, name, der);
        QSignalSpy done(job, &ArmJob::finished);
        REQUIRE(done.wait(20000));
        INFO((job->error() ? job->error()->toDisplayString() : QString()).toStdString());
        REQUIRE(job->succeeded());
    }
    f.connectSqlServer();
    readAzureFacts(f);
    ValidationController controller(&f.session);
    const auto result = runValidation(controller);
    const CheckResult &stale = check(result, Preflight::kStaleTrustCertificate);
    INFO(stale.reason.toStdString());
    CHECK(stale.status == Status::Failed);
    CHECK(stale.remedy.contains(name));
    CHECK(result.failed >= 1);
    controller.setAcknowledged(true);
    CHECK_FALSE(controller.canProceed());
}

TEST_CASE("Validation finds names already used on SQL Server and in Azure", "[validation-page]")
{
    CreateWizardSimFixture f;
    f.useSimToken();
    f.connectSqlServer();
    readAzureFacts(f);
    // An availability group of an earlier attempt on SQL Server, and the same
    // link name taken by an existing link in Azure.
    const DatabaseLink database = f.session.link().databases.constFirst();
    ServerFacts sqlFacts = *f.session.sqlServerFacts();
    sqlFacts.availabilityGroups << ServerFacts::AvailabilityGroup {database.availabilityGroupName,
                                                                   false};
    f.session.setSqlServerFacts(sqlFacts);
    AzureFacts facts = *f.session.azureFacts();
    DistributedAvailabilityGroupInfo taken;
    taken.name = database.linkName;
    facts.links << taken;
    f.session.setAzureFacts(facts);

    ValidationController controller(&f.session);
    const auto result = runValidation(controller);
    const CheckResult &sql = check(result, Preflight::kNamesSqlServer);
    INFO(sql.reason.toStdString());
    CHECK(sql.status == Status::Failed);
    CHECK(sql.reason.contains(database.availabilityGroupName));
    const CheckResult &azure = check(result, Preflight::kNamesAzure);
    CHECK(azure.status == Status::Failed);
    CHECK(azure.reason.contains(database.linkName));
}

TEST_CASE("Validation offline connects to nothing and passes nothing that needs a server",
          "[validation-page]")
{
    CreateWizardSimFixture f;
    f.session.setOffline(true);
    ValidationController controller(&f.session);
    QSignalSpy finished(&controller, &ValidationController::finished);
    controller.run();
    REQUIRE(finished.size() == 1);
    const auto result = controller.result();
    CHECK(check(result, Preflight::kSysadmin).status == Status::NotVerified);
    CHECK(check(result, Preflight::kStaleTrustCertificate).status == Status::NotVerified);
    CHECK(check(result, Preflight::kLogBackupJobs).reason.contains(QStringLiteral("offline")));
    CHECK(f.session.sqlServer()->state() == SqlSession::State::Disconnected);
}
