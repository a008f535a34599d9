#include "WizardCreateSupport.h"

#include "create/LinkOptionsController.h"
#include "sql/ServerFacts.h"

#include <QSignalSpy>

using namespace milink;
using wizardtest::SessionFixture;

TEST_CASE("Link names with brackets quotes unicode and 128 characters", "[wizard-create]")
{
    SessionFixture f;
    LinkOptionsController controller(&f.session);
    CHECK(controller.setLinkName(QString()).isEmpty()); // empty: the DAG_<database> defaults

    QString problem = controller.setLinkName(QStringLiteral("Sales]Link"));
    CHECK(problem.contains(QStringLiteral("Sales]Link")));
    CHECK(problem.contains(QStringLiteral("letters, digits")));
    CHECK(f.session.linkName() == QStringLiteral("Sales]Link")); // kept as typed
    CHECK_FALSE(controller.problem().isEmpty());

    CHECK_FALSE(controller.setLinkName(QStringLiteral("O'Brien")).isEmpty());
    CHECK_FALSE(controller.setLinkName(QStringLiteral("has space")).isEmpty());
    CHECK(controller.setLinkName(QStringLiteral("Ventes_Été_✓")).contains(QStringLiteral("✓")));
    CHECK(controller.setLinkName(QStringLiteral("Ventes_Été")).isEmpty());

    CHECK(controller.setLinkName(QString(128, QLatin1Char('a'))).isEmpty());
    problem = controller.setLinkName(QString(129, QLatin1Char('a')));
    CHECK(problem.contains(QStringLiteral("129")));
    CHECK(problem.contains(QStringLiteral("128")));
    CHECK(controller.setLinkName(QStringLiteral("DAG_Sales")).isEmpty());
    CHECK(controller.problem().isEmpty());
}

TEST_CASE("Link options follow the version and the update policy", "[wizard-create]")
{
    SessionFixture f;
    LinkOptionsController controller(&f.session);
    QSignalSpy changed(&controller, &LinkOptionsController::changed);

    // Nothing known: every choice is open and the facts say so.
    LinkOptionImplications i = controller.implications();
    CHECK(i.facts.contains(QStringLiteral("not known yet")));
    CHECK(i.twoWay.allowed);
    CHECK(i.managedInstanceFirst.allowed);

    // SQL Server 2019 read on the SQL Server page: one way only, no MI first.
    ServerFacts facts;
    facts.version = SqlServerVersion::parse(QStringLiteral("15.0.4312.2"));
    f.session.setSqlServerFacts(facts);
    CHECK(changed.count() >= 1);
    i = controller.implications();
    CHECK(i.facts.contains(QStringLiteral("2019")));
    CHECK_FALSE(i.twoWay.allowed);
    CHECK(i.twoWay.text.contains(QStringLiteral("2016, 2017 and 2019")));
    CHECK_FALSE(i.managedInstanceFirst.allowed);
    CHECK(i.oneWay.text.contains(QStringLiteral("only choice")));
    controller.setFailoverMode(FailoverMode::TwoWay);
    CHECK_FALSE(controller.problem().isEmpty());
    controller.setFailoverMode(FailoverMode::OneWay);
    CHECK(controller.problem().isEmpty());

    // SQL Server 2022 CU10+: both directions; with Always-up-to-date no way back.
    facts.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    f.session.setSqlServerFacts(facts);
    i = controller.implications();
    CHECK(i.twoWay.allowed);
    CHECK(i.managedInstanceFirst.allowed);
    f.session.editLink(
        [](LinkDefinition &l) { l.managedInstance.updatePolicy = UpdatePolicy::AlwaysUpToDate; });
    i = controller.implications();
    CHECK_FALSE(i.twoWay.allowed);
    CHECK(i.twoWay.text.contains(QStringLiteral("no way back")));
    CHECK_FALSE(i.managedInstanceFirst.allowed);
    CHECK(i.oneWay.allowed);

    // Managed instance first forces two-way and needs the matching policy.
    f.session.editLink(
        [](LinkDefinition &l) { l.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022; });
    controller.setDirection(LinkDirection::ManagedInstanceToSqlServer);
    CHECK(f.session.link().failoverMode == FailoverMode::TwoWay);
    CHECK(controller.problem().isEmpty());
    CHECK_FALSE(controller.implications().oneWay.allowed);
    f.session.editLink(
        [](LinkDefinition &l) { l.managedInstance.updatePolicy = UpdatePolicy::SqlServer2025; });
    CHECK(controller.problem().contains(QStringLiteral("SQL Server 2022")));

    // SQL Server 2022 before CU10 cannot start from the managed instance.
    facts.version = SqlServerVersion::parse(QStringLiteral("16.0.4085.2"));
    f.session.setSqlServerFacts(facts);
    f.session.editLink(
        [](LinkDefinition &l) { l.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022; });
    CHECK(controller.problem().contains(QStringLiteral("CU10")));
}

TEST_CASE("Replication mode defaults to asynchronous and is stored", "[wizard-create]")
{
    SessionFixture f;
    LinkOptionsController controller(&f.session);
    CHECK(f.session.link().replicationMode == ReplicationMode::Async);
    controller.setReplicationMode(ReplicationMode::Sync);
    CHECK(f.session.link().replicationMode == ReplicationMode::Sync);
    CHECK(f.session.isModified());
    CHECK(controller.implications().async.text.contains(QStringLiteral("Recommended")));
}
