// Which failovers the wizard offers over the version × update policy × failover
// mode × current primary matrix, and that PlanBuilder agrees with every offer.

#include "failover/FailoverOptions.h"
#include "plan/PlanBuilder.h"

#include <catch2/catch.hpp>

using namespace milink;

namespace {

LinkDefinition link(const char *version, UpdatePolicy policy, FailoverMode mode)
{
    LinkDefinition l;
    l.sqlServer.host = QStringLiteral("sql01.contoso.test");
    l.sqlServer.serverName = QStringLiteral("SQL01");
    l.sqlServer.loginName = QStringLiteral("sa");
    l.sqlServer.version = SqlServerVersion::parse(QString::fromLatin1(version));
    l.managedInstance.subscriptionId = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    l.managedInstance.resourceGroup = QStringLiteral("rg-sql");
    l.managedInstance.name = QStringLiteral("mi-sales");
    l.managedInstance.fqdn = QStringLiteral("mi-sales.abc123.database.windows.net");
    l.managedInstance.updatePolicy = policy;
    l.failoverMode = mode;
    l.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    l.addDatabase(QStringLiteral("Sales"));
    return l;
}

const FailoverChoice &choice(const QList<FailoverChoice> &choices, FailoverType type, LinkSide to)
{
    const FailoverChoice *found = FailoverOptions::find(choices, type, to);
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("SQL Server 2019 offers a failover to the managed instance that breaks the link and "
          "no failback",
          "[failover]")
{
    const LinkDefinition l = link("15.0.4312.2", UpdatePolicy::SqlServer2022, FailoverMode::OneWay);
    const auto choices = FailoverOptions::evaluate(l, LinkSide::SqlServer);
    REQUIRE(choices.size() == 4);
    const FailoverChoice &planned
        = choice(choices, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK(planned.offered);
    CHECK(planned.removesLink);
    CHECK_FALSE(planned.canKeepLink);
    CHECK(planned.keepLinkReason.contains(QStringLiteral("SQL Server 2019 replicates one way")));
    CHECK(planned.keepLinkReason.contains(QStringLiteral("no failback")));
    CHECK(choice(choices, FailoverType::Forced, LinkSide::ManagedInstance).offered);
    // SQL Server is primary: nothing goes to SQL Server.
    const FailoverChoice &back = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
    CHECK_FALSE(back.offered);
    CHECK(back.reason.contains(QStringLiteral("already the primary")));

    // After the (link-breaking) failover the managed instance would be primary: still no way back.
    const auto after = FailoverOptions::evaluate(l, LinkSide::ManagedInstance);
    const FailoverChoice &failback = choice(after, FailoverType::Planned, LinkSide::SqlServer);
    CHECK_FALSE(failback.offered);
    CHECK(failback.reason.contains(QStringLiteral("one way only")));
}

TEST_CASE("SQL Server 2016 and 2017 are one-way like 2019", "[failover]")
{
    for (const char *version : {"13.0.7000.253", "14.0.3490.10"}) {
        const LinkDefinition l = link(version, UpdatePolicy::AlwaysUpToDate, FailoverMode::OneWay);
        const auto choices = FailoverOptions::evaluate(l, LinkSide::ManagedInstance);
        const FailoverChoice &back = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
        CHECK_FALSE(back.offered);
        CHECK(back.reason.contains(QStringLiteral("one way only")));
        CHECK_FALSE(choice(choices, FailoverType::Forced, LinkSide::SqlServer).offered);
    }
}

TEST_CASE("Always-up-to-date allows the failover to the managed instance but no failback",
          "[failover]")
{
    const LinkDefinition l
        = link("16.0.4125.3", UpdatePolicy::AlwaysUpToDate, FailoverMode::OneWay);
    const auto fromSql = FailoverOptions::evaluate(l, LinkSide::SqlServer);
    const FailoverChoice &planned
        = choice(fromSql, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK(planned.offered);
    CHECK(planned.removesLink);
    CHECK(planned.keepLinkReason.contains(QStringLiteral("Always-up-to-date")));

    const auto fromMi = FailoverOptions::evaluate(l, LinkSide::ManagedInstance);
    for (const FailoverType type : {FailoverType::Planned, FailoverType::Forced}) {
        const FailoverChoice &back = choice(fromMi, type, LinkSide::SqlServer);
        CHECK_FALSE(back.offered);
        CHECK(back.reason.contains(QStringLiteral("Always-up-to-date update policy")));
    }
}

TEST_CASE("A failback needs the update policy of the SQL Server version", "[failover]")
{
    SECTION("2022 with the 2025 policy")
    {
        const auto choices = FailoverOptions::evaluate(
            link("16.0.4125.3", UpdatePolicy::SqlServer2025, FailoverMode::TwoWay),
            LinkSide::ManagedInstance);
        const FailoverChoice &back = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
        CHECK_FALSE(back.offered);
        CHECK(back.reason.contains(QStringLiteral("SQL Server 2022 needs the managed instance's "
                                                  "update policy SQL Server 2022")));
        CHECK(back.reason.contains(QStringLiteral("this instance uses SQL Server 2025")));
    }
    SECTION("2025 with the 2022 policy")
    {
        const auto choices = FailoverOptions::evaluate(
            link("17.0.1000.7", UpdatePolicy::SqlServer2022, FailoverMode::TwoWay),
            LinkSide::ManagedInstance);
        const FailoverChoice &back = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
        CHECK_FALSE(back.offered);
        CHECK(back.reason.contains(QStringLiteral("update policy SQL Server 2025")));
    }
    SECTION("2025 with the 2025 policy")
    {
        const auto choices = FailoverOptions::evaluate(
            link("17.0.1000.7", UpdatePolicy::SqlServer2025, FailoverMode::TwoWay),
            LinkSide::ManagedInstance);
        CHECK(choice(choices, FailoverType::Planned, LinkSide::SqlServer).offered);
        CHECK(choice(choices, FailoverType::Forced, LinkSide::SqlServer).offered);
    }
    SECTION("an unknown policy")
    {
        const auto choices = FailoverOptions::evaluate(
            link("16.0.4125.3", UpdatePolicy::Unknown, FailoverMode::TwoWay),
            LinkSide::ManagedInstance);
        const FailoverChoice &back = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
        CHECK_FALSE(back.offered);
        CHECK(back.reason.contains(QStringLiteral("not known")));
    }
}

TEST_CASE("A one-way link on SQL Server 2022 cannot fail back", "[failover]")
{
    const auto choices = FailoverOptions::evaluate(
        link("16.0.4125.3", UpdatePolicy::SqlServer2022, FailoverMode::OneWay),
        LinkSide::ManagedInstance);
    const FailoverChoice &back = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
    CHECK_FALSE(back.offered);
    CHECK(back.reason.contains(QStringLiteral("created one-way")));
}

TEST_CASE("Keeping the link on a planned failover needs SQL Server 2022 CU13", "[failover]")
{
    const auto before = FailoverOptions::evaluate(
        link("16.0.4095.4", UpdatePolicy::SqlServer2022, FailoverMode::TwoWay),
        LinkSide::SqlServer);
    const FailoverChoice &planned
        = choice(before, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK(planned.offered);
    CHECK_FALSE(planned.canKeepLink);
    CHECK(planned.keepLinkReason.contains(QStringLiteral("CU13 (16.0.4125.3)")));
    // The forced failover runs through Azure and keeps a two-way link without CU13.
    CHECK(choice(before, FailoverType::Forced, LinkSide::ManagedInstance).canKeepLink);

    const auto cu13 = FailoverOptions::evaluate(
        link("16.0.4125.3", UpdatePolicy::SqlServer2022, FailoverMode::TwoWay),
        LinkSide::SqlServer);
    const FailoverChoice &kept = choice(cu13, FailoverType::Planned, LinkSide::ManagedInstance);
    CHECK(kept.canKeepLink);
    CHECK(kept.mechanism.contains(QStringLiteral("ALTER AVAILABILITY GROUP … FAILOVER")));
    CHECK(kept.runsOn.contains(QStringLiteral("SQL Server")));

    // A forced failback is T-SQL on SQL Server: CU13 again.
    const auto fromMi = FailoverOptions::evaluate(
        link("16.0.4095.4", UpdatePolicy::SqlServer2022, FailoverMode::TwoWay),
        LinkSide::ManagedInstance);
    CHECK(choice(fromMi, FailoverType::Planned, LinkSide::SqlServer).offered);
    const FailoverChoice &forcedBack = choice(fromMi, FailoverType::Forced, LinkSide::SqlServer);
    CHECK_FALSE(forcedBack.offered);
    CHECK(forcedBack.reason.contains(QStringLiteral("FORCE_FAILOVER_ALLOW_DATA_LOSS")));
}

TEST_CASE("Planned failover to SQL Server runs through Azure on the managed instance", "[failover]")
{
    const auto choices = FailoverOptions::evaluate(
        link("16.0.4125.3", UpdatePolicy::SqlServer2022, FailoverMode::TwoWay),
        LinkSide::ManagedInstance);
    const FailoverChoice &planned = choice(choices, FailoverType::Planned, LinkSide::SqlServer);
    CHECK(planned.offered);
    CHECK(planned.mechanism.contains(QStringLiteral("failoverType Planned")));
    CHECK(planned.runsOn.contains(QStringLiteral("managed instance")));
    const FailoverChoice &forced = choice(choices, FailoverType::Forced, LinkSide::SqlServer);
    CHECK(forced.runsOn.contains(QStringLiteral("secondary")));
    CHECK(forced.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("split brain")));
    // Nothing goes to the managed instance while it is primary.
    CHECK_FALSE(choice(choices, FailoverType::Planned, LinkSide::ManagedInstance).offered);
}

TEST_CASE("Unknown or unsupported versions offer no failover", "[failover]")
{
    for (const char *version : {"", "12.0.6024.0"}) {
        const auto choices = FailoverOptions::evaluate(
            link(version, UpdatePolicy::SqlServer2022, FailoverMode::TwoWay), std::nullopt);
        for (const FailoverChoice &c : choices) {
            CHECK_FALSE(c.offered);
            CHECK_FALSE(c.reason.isEmpty());
        }
    }
}

TEST_CASE("PlanBuilder builds every offered failover and refuses the failbacks that are not "
          "offered",
          "[failover]")
{
    const char *versions[] = {"13.0.7000.253", "14.0.3490.10", "15.0.4312.2",
                              "16.0.4095.4",   "16.0.4125.3",  "17.0.1000.7"};
    const UpdatePolicy policies[]
        = {UpdatePolicy::AlwaysUpToDate, UpdatePolicy::SqlServer2022, UpdatePolicy::SqlServer2025};
    int offered = 0;
    int refused = 0;
    for (const char *version : versions) {
        for (const UpdatePolicy policy : policies) {
            for (const FailoverMode mode : {FailoverMode::OneWay, FailoverMode::TwoWay}) {
                const LinkDefinition l = link(version, policy, mode);
                for (const LinkSide primary : {LinkSide::SqlServer, LinkSide::ManagedInstance}) {
                    for (const FailoverChoice &c : FailoverOptions::evaluate(l, primary)) {
                        if (c.to == primary)
                            continue;
                        for (const bool keep : {true, false}) {
                            const PlanOptions options
                                = FailoverOptions::planOptions(c, !keep, false, true);
                            const PlanBuilder::Result built
                                = PlanBuilder::build(l, Operation::Failover, options);
                            INFO(version << " policy " << toString(policy).toStdString() << " mode "
                                         << toString(mode).toStdString() << " to "
                                         << (c.to == LinkSide::SqlServer ? "SQL Server" : "MI")
                                         << (c.isForced() ? " forced" : " planned")
                                         << (keep ? " keep" : " remove") << ": "
                                         << c.reason.toStdString());
                            if (c.offered) {
                                for (const ValidationIssue &issue : built.issues)
                                    INFO(issue.toString().toStdString());
                                CHECK(built.plan.has_value());
                                ++offered;
                            } else if (c.to == LinkSide::SqlServer) {
                                CHECK_FALSE(built.plan.has_value());
                                ++refused;
                            }
                        }
                    }
                }
            }
        }
    }
    CHECK(offered > 20);
    CHECK(refused > 20);
}

TEST_CASE("Plan options follow the choice and never keep a link the choice must remove",
          "[failover]")
{
    const auto choices = FailoverOptions::evaluate(
        link("15.0.4312.2", UpdatePolicy::SqlServer2022, FailoverMode::OneWay),
        LinkSide::SqlServer);
    const FailoverChoice &forced = choice(choices, FailoverType::Forced, LinkSide::ManagedInstance);
    PlanOptions options = FailoverOptions::planOptions(forced, false, true, true);
    CHECK(options.removeLink);
    CHECK(options.dropAvailabilityGroup);
    CHECK(options.acceptDataLoss);
    CHECK(options.failoverType == FailoverType::Forced);
    CHECK(options.failoverTo == LinkSide::ManagedInstance);

    const auto twoWay = FailoverOptions::evaluate(
        link("16.0.4125.3", UpdatePolicy::SqlServer2022, FailoverMode::TwoWay),
        LinkSide::SqlServer);
    options = FailoverOptions::planOptions(
        choice(twoWay, FailoverType::Planned, LinkSide::ManagedInstance), false, true, true);
    CHECK_FALSE(options.removeLink);
    CHECK_FALSE(options.dropAvailabilityGroup); // only with the link removed
    CHECK_FALSE(options.acceptDataLoss); // planned never carries it
}
