#include "PlanTestLinks.h"

#include "plan/SupportMatrix.h"

#include <catch2/catch.hpp>

using namespace milink;

namespace {

struct RefusalCase
{
    const char *label;
    const char *version;
    UpdatePolicy policy;
    FailoverMode mode;
    LinkDirection direction;
    Operation operation;
    PlanOptions options;
    const char *path; // nullptr: no error expected
    const char *fragment; // part of the documented reason
};

PlanOptions failover(LinkSide to, FailoverType type, bool accept = true, bool remove = false)
{
    PlanOptions options;
    options.failoverTo = to;
    options.failoverType = type;
    options.acceptDataLoss = accept;
    options.removeLink = remove;
    return options;
}

} // namespace

TEST_CASE("Minimum builds per SQL Server version", "[plan][support]")
{
    using F = SupportMatrix::Feature;
    struct Row
    {
        const char *version;
        bool link;
        bool miPrimary;
        bool twoWay;
        bool tsqlFailover;
    };
    const Row rows[] = {
        {"12.0.6024.0", false, false, false, false},
        {"13.0.6300.2", false, false, false, false}, // SP3 without the Azure Connect pack
        {"13.0.7000.253", true, false, false, false},
        {"14.0.3456.2", false, false, false, false}, // CU31 without the Azure Connect pack
        {"14.0.3490.10", true, false, false, false},
        {"15.0.4311.1", false, false, false, false},
        {"15.0.4312.2", true, false, false, false},
        {"16.0.1000.6", true, false, true, false},
        {"16.0.4095.3", true, false, true, false},
        {"16.0.4095.4", true, true, true, false},
        {"16.0.4125.2", true, true, true, false},
        {"16.0.4125.3", true, true, true, true},
        {"17.0.1000.7", true, true, true, true},
    };
    for (const Row &row : rows) {
        INFO(row.version);
        const SqlServerVersion v = SqlServerVersion::parse(QString::fromLatin1(row.version));
        CHECK(SupportMatrix::supports(v, F::LinkToManagedInstance) == row.link);
        CHECK(SupportMatrix::supports(v, F::ManagedInstanceInitialPrimary) == row.miPrimary);
        CHECK(SupportMatrix::supports(v, F::TwoWayFailover) == row.twoWay);
        CHECK(SupportMatrix::supports(v, F::TsqlFailover) == row.tsqlFailover);
    }
    CHECK_FALSE(SupportMatrix::supportsClusterTypeNone(
        SqlServerVersion::parse(QStringLiteral("13.0.7000.253"))));
    CHECK(SupportMatrix::supportsClusterTypeNone(
        SqlServerVersion::parse(QStringLiteral("14.0.3490.10"))));
}

TEST_CASE("Impossible combinations are refused with the documented reason", "[plan][support]")
{
    const auto ToMi = LinkSide::ManagedInstance;
    const auto ToSql = LinkSide::SqlServer;
    const auto SqlFirst = LinkDirection::SqlServerToManagedInstance;
    const auto MiFirst = LinkDirection::ManagedInstanceToSqlServer;
    const auto OneWay = FailoverMode::OneWay;
    const auto TwoWay = FailoverMode::TwoWay;
    const RefusalCase cases[] = {
        {"unknown version",
         "",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "sqlServer.version",
         "not known"},
        {"SQL Server 2014",
         "12.0.6024.0",
         UpdatePolicy::Unknown,
         OneWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "sqlServer.version",
         "2016 SP3 with the Azure Connect pack"},
        {"2016 SP3 without Azure Connect",
         "13.0.6300.2",
         UpdatePolicy::Unknown,
         OneWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "sqlServer.version",
         "13.0.7000.253"},
        {"2016 Azure Connect one-way",
         "13.0.7000.253",
         UpdatePolicy::AlwaysUpToDate,
         OneWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         nullptr,
         nullptr},
        {"2017 CU31 without Azure Connect",
         "14.0.3456.2",
         UpdatePolicy::Unknown,
         OneWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "sqlServer.version",
         "14.0.3490.10"},
        {"2019 before CU20",
         "15.0.4311.1",
         UpdatePolicy::Unknown,
         OneWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "sqlServer.version",
         "15.0.4312.2"},
        {"2019 two-way",
         "15.0.4312.2",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "sqlServer.version",
         "SQL Server 2016, 2017 and 2019 replicate to the managed instance only"},
        {"2019 failback", "15.0.4312.2", UpdatePolicy::SqlServer2022, OneWay, SqlFirst,
         Operation::Failover, failover(ToSql, FailoverType::Planned), "sqlServer.version",
         "cannot be reversed"},
        {"2016 failback forced", "13.0.7000.253", UpdatePolicy::SqlServer2022, OneWay, SqlFirst,
         Operation::Failover, failover(ToSql, FailoverType::Forced), "sqlServer.version",
         "cannot be reversed"},
        {"2022 two-way to Always-up-to-date",
         "16.0.4125.3",
         UpdatePolicy::AlwaysUpToDate,
         TwoWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "managedInstance.updatePolicy",
         "Always-up-to-date update policy"},
        {"2022 two-way to 2025 format",
         "16.0.4125.3",
         UpdatePolicy::SqlServer2025,
         TwoWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "managedInstance.updatePolicy",
         "matching database formats"},
        {"2022 two-way unknown policy",
         "16.0.4125.3",
         UpdatePolicy::Unknown,
         TwoWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         "managedInstance.updatePolicy",
         "not known"},
        {"2022 one-way to Always-up-to-date",
         "16.0.1000.6",
         UpdatePolicy::AlwaysUpToDate,
         OneWay,
         SqlFirst,
         Operation::CreateLink,
         {},
         nullptr,
         nullptr},
        {"MI first on 2022 RTM",
         "16.0.1000.6",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         MiFirst,
         Operation::CreateLink,
         {},
         "link.direction",
         "CU10 (16.0.4095.4)"},
        {"MI first on 2022 CU10",
         "16.0.4095.4",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         MiFirst,
         Operation::CreateLink,
         {},
         nullptr,
         nullptr},
        {"MI first on 2019",
         "15.0.4312.2",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         MiFirst,
         Operation::CreateLink,
         {},
         "link.direction",
         "CU10"},
        {"MI first with Always-up-to-date",
         "16.0.4095.4",
         UpdatePolicy::AlwaysUpToDate,
         TwoWay,
         MiFirst,
         Operation::CreateLink,
         {},
         "managedInstance.updatePolicy",
         "Always-up-to-date"},
        {"MI first 2025 to 2022 format",
         "17.0.1000.7",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         MiFirst,
         Operation::CreateLink,
         {},
         "managedInstance.updatePolicy",
         "matching database formats"},
        {"MI first one-way",
         "17.0.1000.7",
         UpdatePolicy::SqlServer2025,
         OneWay,
         MiFirst,
         Operation::CreateLink,
         {},
         "link.failover",
         "always two-way"},
        {"planned keep link below CU13", "16.0.4095.4", UpdatePolicy::SqlServer2022, TwoWay,
         SqlFirst, Operation::Failover, failover(ToMi, FailoverType::Planned), "--remove-link",
         "CU13 (16.0.4125.3)"},
        {"planned keep link on CU13", "16.0.4125.3", UpdatePolicy::SqlServer2022, TwoWay, SqlFirst,
         Operation::Failover, failover(ToMi, FailoverType::Planned), nullptr, nullptr},
        {"planned with removal below CU13", "16.0.1000.6", UpdatePolicy::SqlServer2022, TwoWay,
         SqlFirst, Operation::Failover, failover(ToMi, FailoverType::Planned, true, true), nullptr,
         nullptr},
        {"planned on 2019 removes the link", "15.0.4312.2", UpdatePolicy::Unknown, OneWay, SqlFirst,
         Operation::Failover, failover(ToMi, FailoverType::Planned), nullptr, nullptr},
        {"forced without acknowledgement", "16.0.4125.3", UpdatePolicy::SqlServer2022, TwoWay,
         SqlFirst, Operation::Failover, failover(ToMi, FailoverType::Forced, false),
         "--accept-data-loss", "--accept-data-loss"},
        {"forced to SQL Server below CU13", "16.0.4095.4", UpdatePolicy::SqlServer2022, TwoWay,
         SqlFirst, Operation::Failover, failover(ToSql, FailoverType::Forced), "sqlServer.version",
         "FORCE_FAILOVER_ALLOW_DATA_LOSS"},
        {"failback of a one-way 2022 link", "16.0.4125.3", UpdatePolicy::SqlServer2022, OneWay,
         SqlFirst, Operation::Failover, failover(ToSql, FailoverType::Planned), "link.failover",
         "one-way"},
        {"failback to Always-up-to-date", "16.0.4125.3", UpdatePolicy::AlwaysUpToDate, TwoWay,
         SqlFirst, Operation::Failover, failover(ToSql, FailoverType::Planned),
         "managedInstance.updatePolicy", "Always-up-to-date"},
        {"failback 2025 to 2022 format", "17.0.1000.7", UpdatePolicy::SqlServer2022, TwoWay,
         SqlFirst, Operation::Failover, failover(ToSql, FailoverType::Planned),
         "managedInstance.updatePolicy", "matching database formats"},
        {"replication mode without --mode",
         "16.0.4125.3",
         UpdatePolicy::SqlServer2022,
         TwoWay,
         SqlFirst,
         Operation::SetReplicationMode,
         {},
         "--mode",
         "--mode async"},
        {"split brain on a one-way link",
         "15.0.4312.2",
         UpdatePolicy::Unknown,
         OneWay,
         SqlFirst,
         Operation::RepairSplitBrain,
         {},
         "link.failover",
         "one-way"},
    };
    for (const RefusalCase &c : cases) {
        INFO(c.label);
        LinkDefinition link
            = PlanTestLinks::withVersion(QString::fromLatin1(c.version), c.policy, c.mode);
        link.direction = c.direction;
        const ValidationIssues issues = SupportMatrix::check(link, c.operation, c.options);
        if (!c.path) {
            CHECK_FALSE(hasErrors(issues));
            continue;
        }
        bool found = false;
        for (const ValidationIssue &issue : issues) {
            if (issue.isError() && issue.path == QLatin1String(c.path)
                && issue.message.contains(QString::fromUtf8(c.fragment))) {
                found = true;
                // Full sentences that say what to do.
                CHECK(issue.message.endsWith(QLatin1Char('.')));
            }
        }
        INFO(ValidationIssue(issues.value(0)).toString().toStdString());
        CHECK(found);
    }
}

TEST_CASE("One-way links always remove the link on failover", "[plan][support]")
{
    PlanOptions keep;
    CHECK(SupportMatrix::failoverRemovesLink(
        PlanTestLinks::withVersion(QStringLiteral("15.0.4312.2"), UpdatePolicy::Unknown,
                                   FailoverMode::OneWay),
        keep));
    CHECK(SupportMatrix::failoverRemovesLink(
        PlanTestLinks::withVersion(QStringLiteral("16.0.4125.3"), UpdatePolicy::SqlServer2022,
                                   FailoverMode::OneWay),
        keep));
    CHECK_FALSE(SupportMatrix::failoverRemovesLink(PlanTestLinks::sales(), keep));
    PlanOptions remove;
    remove.removeLink = true;
    CHECK(SupportMatrix::failoverRemovesLink(PlanTestLinks::sales(), remove));
}

TEST_CASE("A newer major version plans like the newest known one, with a warning",
          "[plan][support]")
{
    const LinkDefinition link = PlanTestLinks::withVersion(
        QStringLiteral("18.0.100.1"), UpdatePolicy::SqlServer2025, FailoverMode::TwoWay);
    const ValidationIssues issues = SupportMatrix::check(link, Operation::CreateLink, {});
    CHECK_FALSE(hasErrors(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().path == QLatin1String("sqlServer.version"));
}
