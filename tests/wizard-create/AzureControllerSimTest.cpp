// The Azure page's controller against milink-sim over real HTTP: browser and
// device-code sign-in, paged tenant / subscription / instance lists, a 503
// burst absorbed by ArmClient, a persistent failure that keeps the selection,
// the managed instance's facts, and the update policy refused for the direction.

#include "CreateWizardSimFixture.h"

#include "create/AzureController.h"
#include "preflight/Preflight.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

const QString kSubscription = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");

template<typename Result> Result lastOf(QSignalSpy &spy)
{
    REQUIRE_FALSE(spy.isEmpty());
    return spy.takeLast().at(0).value<Result>();
}

void waitIdle(AzureController &controller)
{
    REQUIRE(QTest::qWaitFor([&controller] { return !controller.isBusy(); }, 30000));
}

} // namespace

TEST_CASE("Azure browser sign-in opens the URL and fills every picker", "[azure-page]")
{
    CreateWizardSimFixture f;
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    controller.setClientId(QStringLiteral("milink-test-client"));
    QList<QUrl> opened;
    controller.setUrlOpener([&f, &opened](const QUrl &url) {
        opened << url;
        f.playBrowser(url);
    });
    QSignalSpy signedIn(&controller, &AzureController::signInFinished);
    QSignalSpy instance(&controller, &AzureController::instanceLoaded);

    controller.signIn(AzureController::SignInMethod::Browser);
    CHECK(controller.isBusy());
    REQUIRE(signedIn.wait(20000));
    const auto result = lastOf<AzureController::SignInResult>(signedIn);
    INFO(result.failure.error.toStdString());
    REQUIRE(result.signedIn);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().path().endsWith(QStringLiteral("/oauth2/v2.0/authorize")));

    // Tenant → subscription → the project's instance follow on their own.
    REQUIRE(instance.wait(20000));
    waitIdle(controller);
    REQUIRE(controller.tenants().size() == 1);
    CHECK(controller.tenants().first().displayName == QStringLiteral("Contoso"));
    REQUIRE(controller.subscriptions().size() == 1);
    CHECK(controller.subscriptions().first().subscriptionId == kSubscription);
    REQUIRE(controller.managedInstances().size() == 1);
    REQUIRE(controller.instance().has_value());
    CHECK(controller.instance()->name == QStringLiteral("sqlmi-demo"));
    CHECK(controller.instance()->isReady());
    CHECK(controller.instance()->databaseFormat == QStringLiteral("SQLServer2022"));
    CHECK_FALSE(controller.instance()->collation.isEmpty());
    CHECK_FALSE(controller.instance()->skuName.isEmpty());
    const CheckResult *policy = findCheck(controller.findings(), Preflight::kUpdatePolicy);
    REQUIRE(policy != nullptr);
    CHECK(policy->status == CheckResult::Status::Passed);
    // The refresh token went to the secret store, not to the project.
    REQUIRE(QTest::qWaitFor([&f] { return f.secrets.size() > 0; }, 5000));
}

TEST_CASE("Azure device code sign-in shows the code and continues once approved", "[azure-page]")
{
    CreateWizardSimFixture f;
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    controller.setClientId(QStringLiteral("milink-test-client"));
    controller.setDeviceCodeIntervalScale(0.01);
    QSignalSpy code(&controller, &AzureController::deviceCodeReady);
    QSignalSpy signedIn(&controller, &AzureController::signInFinished);
    QSignalSpy tenants(&controller, &AzureController::tenantsLoaded);

    controller.signIn(AzureController::SignInMethod::DeviceCode);
    REQUIRE(code.wait(10000));
    const QString userCode = code.first().at(0).toString();
    const QUrl uri = code.first().at(1).toUrl();
    CHECK_FALSE(userCode.isEmpty());
    CHECK(uri.path().endsWith(QStringLiteral("devicelogin")));
    CHECK(signedIn.isEmpty());

    f.sim.control(QStringLiteral("auth.approveDevice"), {{QStringLiteral("userCode"), userCode}});
    REQUIRE(signedIn.wait(20000));
    CHECK(lastOf<AzureController::SignInResult>(signedIn).signedIn);
    REQUIRE(tenants.wait(20000));
    CHECK_FALSE(lastOf<AzureController::TenantsResult>(tenants).failure.isError());
}

TEST_CASE("Azure device code declined is reported", "[azure-page]")
{
    CreateWizardSimFixture f;
    AzureController controller(&f.session);
    controller.setClientId(QStringLiteral("milink-test-client"));
    controller.setDeviceCodeIntervalScale(0.01);
    QSignalSpy code(&controller, &AzureController::deviceCodeReady);
    QSignalSpy signedIn(&controller, &AzureController::signInFinished);
    controller.signIn(AzureController::SignInMethod::DeviceCode);
    REQUIRE(code.wait(10000));
    f.sim.control(QStringLiteral("auth.approveDevice"),
                  {{QStringLiteral("userCode"), code.first().at(0).toString()},
                   {QStringLiteral("deny"), true}});
    REQUIRE(signedIn.wait(20000));
    const auto result = lastOf<AzureController::SignInResult>(signedIn);
    CHECK_FALSE(result.signedIn);
    CHECK_FALSE(result.failure.error.isEmpty());
    CHECK_FALSE(controller.isSignedIn());
}

TEST_CASE("Azure lists are read page by page", "[azure-page]")
{
    CreateWizardSimFixture f;
    f.sim.control(QStringLiteral("arm.configure"), {{QStringLiteral("pageSize"), 1}});
    // The demo scenario's tenant (SimWorld::demoScenario).
    const QString tenant = QStringLiteral("c0a1b2c3-0000-4000-8000-000000000001");
    f.sim.control(
        QStringLiteral("azure.addSubscription"),
        {{QStringLiteral("subscriptionId"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
         {QStringLiteral("tenantId"), tenant},
         {QStringLiteral("displayName"), QStringLiteral("Contoso Test")},
         {QStringLiteral("resourceGroups"),
          QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("rg-a")}}}}});
    for (const QString &name : {QStringLiteral("sqlmi-b"), QStringLiteral("sqlmi-c")})
        f.sim.control(QStringLiteral("azure.addManagedInstance"),
                      {{QStringLiteral("subscriptionId"), kSubscription},
                       {QStringLiteral("resourceGroup"), QStringLiteral("rg-sql")},
                       {QStringLiteral("name"), name}});
    f.useSimToken();
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    QSignalSpy subscriptions(&controller, &AzureController::subscriptionsLoaded);
    QSignalSpy instances(&controller, &AzureController::managedInstancesLoaded);
    controller.loadTenants();
    REQUIRE(instances.wait(20000));
    waitIdle(controller);
    const auto subs = lastOf<AzureController::SubscriptionsResult>(subscriptions);
    INFO(subs.failure.error.toStdString());
    CHECK(subs.subscriptions.size() == 2);
    const auto mis = lastOf<AzureController::InstancesResult>(instances);
    CHECK(mis.instances.size() == 3);
    CHECK(mis.resourceGroups == QStringList {QStringLiteral("rg-sql")});
}

TEST_CASE("Azure absorbs a 503 burst and keeps the selection on a persistent failure",
          "[azure-page]")
{
    CreateWizardSimFixture f;
    f.useSimToken();
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    QSignalSpy instances(&controller, &AzureController::managedInstancesLoaded);
    QSignalSpy instance(&controller, &AzureController::instanceLoaded);

    f.sim.control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("method"), QStringLiteral("GET")},
         {QStringLiteral("path"), QStringLiteral("/providers/Microsoft.Sql/managedInstances")},
         {QStringLiteral("status"), 503},
         {QStringLiteral("count"), 2}});
    controller.loadTenants();
    REQUIRE(instance.wait(30000));
    waitIdle(controller);
    const auto listed = lastOf<AzureController::InstancesResult>(instances);
    INFO(listed.failure.error.toStdString());
    CHECK_FALSE(listed.failure.isError());
    REQUIRE(controller.managedInstances().size() == 1);

    f.sim.control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("method"), QStringLiteral("GET")},
         {QStringLiteral("path"), QStringLiteral("/providers/Microsoft.Sql/managedInstances")},
         {QStringLiteral("status"), 503},
         {QStringLiteral("count"), -1}});
    controller.loadManagedInstances();
    REQUIRE(instances.wait(30000));
    const auto failed = lastOf<AzureController::InstancesResult>(instances);
    CHECK(failed.failure.isError());
    CHECK(failed.failure.error.contains(QStringLiteral("kept")));
    CHECK_FALSE(failed.failure.code.isEmpty());
    // The list and the choice survive.
    CHECK(failed.instances.size() == 1);
    CHECK(controller.managedInstances().size() == 1);
    CHECK(f.session.link().managedInstance.name == QStringLiteral("sqlmi-demo"));
    CHECK(f.session.link().managedInstance.subscriptionId == kSubscription);
}

TEST_CASE("Azure Next reads the instance facts into the session", "[azure-page]")
{
    CreateWizardSimFixture f;
    f.useSimToken();
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    QSignalSpy instance(&controller, &AzureController::instanceLoaded);
    QSignalSpy checked(&controller, &AzureController::checkFinished);
    controller.loadTenants();
    REQUIRE(instance.wait(20000));
    waitIdle(controller);
    f.session.editLink([](LinkDefinition &link) { link.managedInstance.fqdn.clear(); });

    controller.check();
    CHECK(controller.isBusy());
    REQUIRE(checked.wait(20000));
    const auto outcome = lastOf<AzureController::CheckOutcome>(checked);
    INFO(outcome.failure.error.toStdString());
    REQUIRE(outcome.passed);
    REQUIRE(f.session.azureFacts().has_value());
    const AzureFacts &facts = *f.session.azureFacts();
    CHECK(facts.instance.name == QStringLiteral("sqlmi-demo"));
    CHECK(facts.endpointCertificate.has_value());
    CHECK(facts.links.isEmpty());
    const ManagedInstanceTarget &target = f.session.link().managedInstance;
    CHECK(target.fqdn == facts.instance.fqdn);
    CHECK_FALSE(target.fqdn.isEmpty());
    CHECK(target.updatePolicy == UpdatePolicy::SqlServer2022);
    CHECK(target.resourceGroup == QStringLiteral("rg-sql"));
}

TEST_CASE("Azure refuses an Always-up-to-date instance for a link from the managed instance",
          "[azure-page]")
{
    CreateWizardSimFixture f;
    f.sim.control(QStringLiteral("azure.updateManagedInstance"),
                  {{QStringLiteral("subscriptionId"), kSubscription},
                   {QStringLiteral("resourceGroup"), QStringLiteral("rg-sql")},
                   {QStringLiteral("name"), QStringLiteral("sqlmi-demo")},
                   {QStringLiteral("databaseFormat"), QStringLiteral("AlwaysUpToDate")}});
    f.session.editLink([](LinkDefinition &link) {
        link.direction = LinkDirection::ManagedInstanceToSqlServer;
        link.failoverMode = FailoverMode::TwoWay;
    });
    f.useSimToken();
    AzureController controller(&f.session);
    controller.setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    QSignalSpy instance(&controller, &AzureController::instanceLoaded);
    QSignalSpy checked(&controller, &AzureController::checkFinished);
    controller.loadTenants();
    REQUIRE(instance.wait(20000));
    waitIdle(controller);
    const CheckResult *policy = findCheck(controller.findings(), Preflight::kUpdatePolicy);
    REQUIRE(policy != nullptr);
    CHECK(policy->status == CheckResult::Status::Failed);

    controller.check();
    REQUIRE(checked.wait(20000));
    const auto outcome = lastOf<AzureController::CheckOutcome>(checked);
    CHECK_FALSE(outcome.passed);
    CHECK(outcome.failure.error.contains(QStringLiteral("Always-up-to-date")));
}

TEST_CASE("Azure offline takes typed values and checks only them", "[azure-page]")
{
    CreateWizardSimFixture f;
    f.session.setOffline(true);
    f.session.editLink([](LinkDefinition &link) { link.managedInstance = {}; });
    AzureController controller(&f.session);
    QSignalSpy checked(&controller, &AzureController::checkFinished);

    controller.check();
    REQUIRE(checked.size() == 1);
    auto outcome = lastOf<AzureController::CheckOutcome>(checked);
    CHECK_FALSE(outcome.passed);
    CHECK(outcome.failure.error.contains(QStringLiteral("update policy")));

    controller.setOfflineTarget(kSubscription, QStringLiteral("rg-sql"),
                                QStringLiteral("sqlmi-typed"), UpdatePolicy::SqlServer2022);
    controller.check();
    outcome = lastOf<AzureController::CheckOutcome>(checked);
    INFO(outcome.failure.error.toStdString());
    CHECK(outcome.passed);
    CHECK(f.session.link().managedInstance.name == QStringLiteral("sqlmi-typed"));
    for (const CheckResult &finding : controller.offlineFindings())
        CHECK(finding.status != CheckResult::Status::Passed);
    // Nothing was asked of Azure.
    CHECK(f.sim.control(QStringLiteral("arm.requests"))
              .value(QStringLiteral("requests"))
              .toArray()
              .isEmpty());
}
