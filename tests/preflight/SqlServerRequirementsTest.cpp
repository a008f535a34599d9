#include "preflight/SqlServerRequirements.h"

#include <catch2/catch.hpp>

using namespace milink;
using Status = CheckResult::Status;

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch

namespace {

// A SQL Server 2022 CU13 Enterprise on Windows that meets every requirement.
ServerFacts goodFacts()
{
    ServerFacts facts;
    facts.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    facts.updateLevel = QStringLiteral("CU13");
    facts.edition = QStringLiteral("Enterprise Edition (64-bit)");
    facts.engineEdition = 3;
    facts.hostPlatform = QStringLiteral("Windows");
    facts.hostDistribution = QStringLiteral("Windows Server 2022 Datacenter");
    facts.hadrEnabled = true;
    facts.sysadmin = true;
    facts.collation = QStringLiteral("SQL_Latin1_General_CP1_CI_AS");
    facts.serverName = QStringLiteral("SQL01");
    facts.masterKey = true;
    facts.traceFlags = QList<int> {1800, 9567};
    return facts;
}

SqlServerRequirements::Input inputFor(const ServerFacts &facts)
{
    SqlServerRequirements::Input input;
    input.facts = facts;
    return input;
}

CheckResult check(const SqlServerRequirements::Input &input, const QString &id)
{
    const CheckResults results = SqlServerRequirements::evaluate(input);
    const CheckResult *found = findCheck(results, id);
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("A server that meets every requirement passes every check", "[preflight]")
{
    const CheckResults results = SqlServerRequirements::evaluate(inputFor(goodFacts()));
    REQUIRE(results.size() == 10);
    for (const CheckResult &r : results) {
        INFO(r.id.toStdString() << ": " << r.reason.toStdString());
        CHECK(r.status == Status::Passed);
        CHECK_FALSE(r.reason.isEmpty());
        CHECK_FALSE(r.title.isEmpty());
    }
    CHECK_FALSE(hasFailures(results));
}

TEST_CASE("Unsupported and too old versions fail with the build to install", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.version = SqlServerVersion::parse(QStringLiteral("12.0.6024.0"));
    CheckResult r = check(inputFor(facts), SqlServerRequirements::kVersion);
    CHECK(r.status == Status::Failed);
    CHECK(r.remedy.contains(QStringLiteral("2016 SP3")));

    facts.version = SqlServerVersion::parse(QStringLiteral("15.0.4298.1")); // 2019 CU19
    r = check(inputFor(facts), SqlServerRequirements::kVersion);
    CHECK(r.status == Status::Failed);
    CHECK(r.remedy.contains(QStringLiteral("15.0.4312.2")));

    facts.version = SqlServerVersion::parse(QStringLiteral("15.0.4312.2")); // 2019 CU20
    r = check(inputFor(facts), SqlServerRequirements::kVersion);
    CHECK(r.status == Status::Passed);
    CHECK(r.reason.contains(QStringLiteral("cannot be reversed")));

    facts.version = SqlServerVersion::parse(QStringLiteral("18.0.100.1"));
    r = check(inputFor(facts), SqlServerRequirements::kVersion);
    CHECK(r.status == Status::Warning);
}

TEST_CASE("A managed instance connected as SQL Server fails the version check", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.engineEdition = 8;
    const CheckResults results = SqlServerRequirements::evaluate(inputFor(facts));
    CHECK(findCheck(results, SqlServerRequirements::kVersion)->status == Status::Failed);
    CHECK(findCheck(results, SqlServerRequirements::kHadr)->status == Status::NotVerified);
}

TEST_CASE("Two-way and managed-instance-first depend on the version and update policy",
          "[preflight]")
{
    ServerFacts facts = goodFacts();
    SqlServerRequirements::Input input = inputFor(facts);

    // SQL Server 2019: two-way is impossible.
    input.facts->version = SqlServerVersion::parse(QStringLiteral("15.0.4312.2"));
    input.link.failoverMode = FailoverMode::TwoWay;
    CHECK(check(input, SqlServerRequirements::kLinkOptions).status == Status::Failed);
    input.link.failoverMode = FailoverMode::OneWay;
    CHECK(check(input, SqlServerRequirements::kLinkOptions).status == Status::Passed);

    // SQL Server 2022 before CU10 cannot start from the managed instance.
    input.facts->version = SqlServerVersion::parse(QStringLiteral("16.0.4085.2"));
    input.link.direction = LinkDirection::ManagedInstanceToSqlServer;
    input.link.failoverMode = FailoverMode::TwoWay;
    CheckResult r = check(input, SqlServerRequirements::kLinkOptions);
    CHECK(r.status == Status::Failed);
    CHECK(r.reason.contains(QStringLiteral("CU10")));

    // CU13 with the policy not known yet: passes, and says the policy is checked later.
    input.facts->version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    r = check(input, SqlServerRequirements::kLinkOptions);
    CHECK(r.status == Status::Passed);
    CHECK(r.reason.contains(QStringLiteral("update policy")));

    // Always-up-to-date: no way back.
    input.link.managedInstance.updatePolicy = UpdatePolicy::AlwaysUpToDate;
    CHECK(check(input, SqlServerRequirements::kLinkOptions).status == Status::Failed);
    // 2022 with the SQL Server 2025 policy: formats do not match.
    input.link.managedInstance.updatePolicy = UpdatePolicy::SqlServer2025;
    CHECK(check(input, SqlServerRequirements::kLinkOptions).status == Status::Failed);
    input.link.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022;
    CHECK(check(input, SqlServerRequirements::kLinkOptions).status == Status::Passed);

    // One-way from SQL Server to an Always-up-to-date instance is fine.
    input.link.direction = LinkDirection::SqlServerToManagedInstance;
    input.link.failoverMode = FailoverMode::OneWay;
    input.link.managedInstance.updatePolicy = UpdatePolicy::AlwaysUpToDate;
    CHECK(check(input, SqlServerRequirements::kLinkOptions).status == Status::Passed);
}

TEST_CASE("Edition rules: Enterprise and Standard pass and Express and Web fail", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.engineEdition = 2;
    facts.edition = QStringLiteral("Standard Edition (64-bit)");
    CheckResult r = check(inputFor(facts), SqlServerRequirements::kEdition);
    CHECK(r.status == Status::Passed);
    CHECK(r.reason.contains(QStringLiteral("one database")));

    facts.edition = QStringLiteral("Web Edition (64-bit)");
    CHECK(check(inputFor(facts), SqlServerRequirements::kEdition).status == Status::Failed);

    facts.engineEdition = 4;
    facts.edition = QStringLiteral("Express Edition (64-bit)");
    CHECK(check(inputFor(facts), SqlServerRequirements::kEdition).status == Status::Failed);
}

TEST_CASE("sysadmin and HADR failures say how to fix them per platform", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.sysadmin = false;
    facts.hadrEnabled = false;
    CheckResults results = SqlServerRequirements::evaluate(inputFor(facts));
    CHECK(findCheck(results, SqlServerRequirements::kSysadmin)->status == Status::Failed);
    const CheckResult *hadr = findCheck(results, SqlServerRequirements::kHadr);
    CHECK(hadr->status == Status::Failed);
    CHECK(hadr->remedy.contains(QStringLiteral("Configuration Manager")));
    CHECK(hasFailures(results));

    facts.hostPlatform = QStringLiteral("Linux");
    facts.hostDistribution = QStringLiteral("Ubuntu");
    CHECK(check(inputFor(facts), SqlServerRequirements::kHadr)
              .remedy.contains(QStringLiteral("mssql-conf set hadr.hadrenabled 1")));
}

TEST_CASE("A missing master key and trace flags are warnings", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.masterKey = false;
    facts.traceFlags = QList<int> {1800};
    CheckResults results = SqlServerRequirements::evaluate(inputFor(facts));
    const CheckResult *key = findCheck(results, SqlServerRequirements::kMasterKey);
    CHECK(key->status == Status::Warning);
    CHECK(key->remedy.contains(QStringLiteral("password")));
    const CheckResult *flags = findCheck(results, SqlServerRequirements::kTraceFlags);
    CHECK(flags->status == Status::Warning);
    CHECK(flags->reason.contains(QStringLiteral("9567")));
    CHECK_FALSE(hasFailures(results));

    facts.traceFlags.reset();
    CHECK(check(inputFor(facts), SqlServerRequirements::kTraceFlags).status == Status::NotVerified);
}

TEST_CASE("SQL Server 2016 on Linux and Windows client hosts fail the host check", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.version = SqlServerVersion::parse(QStringLiteral("13.0.7000.253"));
    facts.hostPlatform = QStringLiteral("Linux");
    CHECK(check(inputFor(facts), SqlServerRequirements::kHostPlatform).status == Status::Failed);
    facts.version = SqlServerVersion::parse(QStringLiteral("14.0.3490.10"));
    CHECK(check(inputFor(facts), SqlServerRequirements::kHostPlatform).status == Status::Passed);
    facts.hostPlatform = QStringLiteral("Windows");
    facts.hostDistribution = QStringLiteral("Windows 11 Pro");
    CHECK(check(inputFor(facts), SqlServerRequirements::kHostPlatform).status == Status::Failed);
    facts.hostPlatform.clear();
    CHECK(check(inputFor(facts), SqlServerRequirements::kHostPlatform).status
          == Status::NotVerified);
}

TEST_CASE("The collation is compared with the managed instance once known", "[preflight]")
{
    SqlServerRequirements::Input input = inputFor(goodFacts());
    CHECK(check(input, SqlServerRequirements::kCollation).status == Status::Passed);
    input.managedInstanceCollation = QStringLiteral("Latin1_General_100_CI_AS_SC");
    CheckResult r = check(input, SqlServerRequirements::kCollation);
    CHECK(r.status == Status::Warning);
    CHECK(r.reason.contains(QStringLiteral("Latin1_General_100_CI_AS_SC")));
    input.facts->collation.clear();
    CHECK(check(input, SqlServerRequirements::kCollation).status == Status::NotVerified);
}

TEST_CASE("An existing mirroring endpoint is reused with its port and alterations", "[preflight]")
{
    ServerFacts facts = goodFacts();
    ServerFacts::Endpoint endpoint;
    endpoint.name = QStringLiteral("Hadr_endpoint");
    endpoint.state = QStringLiteral("STARTED");
    endpoint.role = QStringLiteral("ALL");
    endpoint.authentication = QStringLiteral("CERTIFICATE");
    endpoint.encryptionEnabled = true;
    endpoint.algorithm = QStringLiteral("AES");
    endpoint.port = 5022;
    facts.mirroringEndpoint = endpoint;
    CHECK(check(inputFor(facts), SqlServerRequirements::kEndpoint).status == Status::Passed);

    facts.mirroringEndpoint->authentication = QStringLiteral("WINDOWS_NEGOTIATE");
    facts.mirroringEndpoint->algorithm = QStringLiteral("RC4");
    facts.mirroringEndpoint->port = 5023;
    CheckResult r = check(inputFor(facts), SqlServerRequirements::kEndpoint);
    CHECK(r.status == Status::Warning);
    CHECK(r.reason.contains(QStringLiteral("certificate authentication")));
    CHECK(r.reason.contains(QStringLiteral("AES")));
    CHECK(r.remedy.contains(QStringLiteral("5023")));

    facts.mirroringEndpoint->role = QStringLiteral("WITNESS");
    CHECK(check(inputFor(facts), SqlServerRequirements::kEndpoint).status == Status::Failed);
}

TEST_CASE("Offline every server check is not verified and the typed version is checked",
          "[preflight]")
{
    SqlServerRequirements::Input input;
    input.offline = true;
    CheckResults results = SqlServerRequirements::evaluate(input);
    for (const CheckResult &r : results) {
        INFO(r.id.toStdString());
        CHECK(r.status == Status::NotVerified);
    }
    CHECK(findCheck(results, SqlServerRequirements::kHadr)
              ->reason.contains(QStringLiteral("offline")));

    input.link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    results = SqlServerRequirements::evaluate(input);
    const CheckResult *version = findCheck(results, SqlServerRequirements::kVersion);
    CHECK(version->status == Status::Passed);
    CHECK(version->reason.contains(QStringLiteral("typed in")));
    CHECK(findCheck(results, SqlServerRequirements::kSysadmin)->status == Status::NotVerified);

    input.link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("15.0.2000.5"));
    CHECK(hasFailures(SqlServerRequirements::evaluate(input)));
}

TEST_CASE("Problems of the probe are listed as a warning", "[preflight]")
{
    ServerFacts facts = goodFacts();
    facts.problems << QStringLiteral("Trace flags: permission denied (error 2571).");
    const CheckResult r = check(inputFor(facts), SqlServerRequirements::kProbe);
    CHECK(r.status == Status::Warning);
    CHECK(r.serverText.contains(QStringLiteral("2571")));
}
