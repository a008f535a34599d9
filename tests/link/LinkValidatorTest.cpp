#include "TestLinks.h"

#include "link/LinkValidator.h"

#include <catch2/catch.hpp>

using namespace milink;

namespace {

// The issues of `link` at `path`, so each test looks at exactly one field.
ValidationIssues issuesAt(const LinkDefinition &link, const QString &path)
{
    ValidationIssues found;
    for (const ValidationIssue &issue : LinkValidator::validate(link, TestLinks::today())) {
        if (issue.path == path)
            found << issue;
    }
    return found;
}

bool hasErrorAt(const LinkDefinition &link, const char *path)
{
    return hasErrors(issuesAt(link, QString::fromLatin1(path)));
}

} // namespace

TEST_CASE("A complete definition is valid", "[link][validation]")
{
    const ValidationIssues issues = LinkValidator::validate(TestLinks::valid(), TestLinks::today());
    for (const ValidationIssue &issue : issues)
        INFO(issue.toString().toStdString());
    CHECK(issues.isEmpty());
}

TEST_CASE("Sysnames are limited to 128 characters", "[link][validation]")
{
    CHECK(
        LinkValidator::sysnameProblem(QString(128, QChar(0x00e9)), QStringLiteral("X")).isEmpty());
    const QString tooLong
        = LinkValidator::sysnameProblem(QString(129, QLatin1Char('a')), QStringLiteral("The name"));
    CHECK(tooLong.contains(QStringLiteral("129")));
    CHECK(tooLong.contains(QStringLiteral("128")));
    CHECK_FALSE(LinkValidator::sysnameProblem(QString(), QStringLiteral("X")).isEmpty());
    CHECK_FALSE(
        LinkValidator::sysnameProblem(QStringLiteral("a\nb"), QStringLiteral("X")).isEmpty());
    CHECK_FALSE(
        LinkValidator::sysnameProblem(QStringLiteral(" lead"), QStringLiteral("X")).isEmpty());
    // Brackets, quotes and unicode are legal in delimited identifiers.
    CHECK(LinkValidator::sysnameProblem(QStringLiteral("a]b'c\"d 数据"), QStringLiteral("X"))
              .isEmpty());
}

TEST_CASE("Certificate names must not contain a backslash", "[link][validation]")
{
    CHECK(LinkValidator::certificateNameProblem(QStringLiteral("Cert_SQL01_endpoint")).isEmpty());
    const QString problem
        = LinkValidator::certificateNameProblem(QStringLiteral("Cert_SQL01\\PROD"));
    CHECK(problem.contains(QStringLiteral("backslash")));

    LinkDefinition link = TestLinks::valid();
    link.certificate.name = QStringLiteral("Cert_A\\B");
    CHECK(hasErrorAt(link, "certificate.name"));
}

TEST_CASE("Link names follow the Azure rule", "[link][validation]")
{
    const char *good[] = {"DAG_Sales", "_x", "#tmp", "a1@#$", "DAG_Ünïcødé"};
    for (const char *name : good) {
        INFO(name);
        CHECK(LinkValidator::linkNameProblem(QString::fromUtf8(name)).isEmpty());
    }
    const char *bad[]
        = {"", "1abc", "has space", "dot.ted", "hy-phen", "a]b", "q'uote", "$start", "Ünïcødé"};
    for (const char *name : bad) {
        INFO(name);
        CHECK_FALSE(LinkValidator::linkNameProblem(QString::fromUtf8(name)).isEmpty());
    }
    CHECK(LinkValidator::linkNameProblem(QString(128, QLatin1Char('a'))).isEmpty());
    CHECK_FALSE(LinkValidator::linkNameProblem(QString(129, QLatin1Char('a'))).isEmpty());
}

TEST_CASE("Managed instance names, resource groups and subscriptions", "[link][validation]")
{
    CHECK(LinkValidator::managedInstanceNameProblem(QStringLiteral("sqlmi-prod-01")).isEmpty());
    for (const char *bad : {"SqlMi", "-mi", "mi-", "mi--x", "mi.prod", "", "a b"}) {
        INFO(bad);
        CHECK_FALSE(LinkValidator::managedInstanceNameProblem(QString::fromLatin1(bad)).isEmpty());
    }
    CHECK_FALSE(LinkValidator::managedInstanceNameProblem(QString(64, QLatin1Char('a'))).isEmpty());
    CHECK(LinkValidator::resourceGroupProblem(QStringLiteral("rg-sql_(prod).1")).isEmpty());
    CHECK_FALSE(LinkValidator::resourceGroupProblem(QStringLiteral("rg.")).isEmpty());
    CHECK_FALSE(LinkValidator::resourceGroupProblem(QStringLiteral("rg/x")).isEmpty());
    CHECK_FALSE(LinkValidator::resourceGroupProblem(QString(91, QLatin1Char('r'))).isEmpty());
    CHECK(
        LinkValidator::subscriptionIdProblem(QStringLiteral("6D8F4C2A-1b3e-4f5a-9c7d-0e1f2a3b4c5d"))
            .isEmpty());
    CHECK_FALSE(
        LinkValidator::subscriptionIdProblem(QStringLiteral("6d8f4c2a1b3e4f5a9c7d0e1f2a3b4c5d"))
            .isEmpty());
}

TEST_CASE("Ports, hosts, FQDNs and IP addresses", "[link][validation]")
{
    CHECK(LinkValidator::portProblem(5022, QStringLiteral("P")).isEmpty());
    CHECK_FALSE(LinkValidator::portProblem(0, QStringLiteral("P")).isEmpty());
    CHECK_FALSE(LinkValidator::portProblem(65536, QStringLiteral("P")).isEmpty());

    CHECK(LinkValidator::hostProblem(QStringLiteral("sql01.contoso.local"), QStringLiteral("H"))
              .isEmpty());
    CHECK(LinkValidator::hostProblem(QStringLiteral("10.1.2.3"), QStringLiteral("H")).isEmpty());
    CHECK(LinkValidator::hostProblem(QStringLiteral("fd00::1"), QStringLiteral("H")).isEmpty());
    CHECK(LinkValidator::hostProblem(QStringLiteral("SQL01\\PROD"), QStringLiteral("H"))
              .contains(QStringLiteral("backslash")));
    CHECK(LinkValidator::hostProblem(QStringLiteral("sql01,1433"), QStringLiteral("H")).size() > 0);
    CHECK(LinkValidator::hostProblem(QStringLiteral("sql01:1433"), QStringLiteral("H"))
              .contains(QStringLiteral("port")));
    CHECK_FALSE(
        LinkValidator::hostProblem(QStringLiteral("-bad.example"), QStringLiteral("H")).isEmpty());

    CHECK(LinkValidator::fqdnProblem(QStringLiteral("mi1.0123456789ab.database.windows.net"))
              .isEmpty());
    CHECK_FALSE(LinkValidator::fqdnProblem(QStringLiteral("mi1")).isEmpty());
    CHECK_FALSE(LinkValidator::fqdnProblem(QStringLiteral("10.0.0.5")).isEmpty());

    CHECK(LinkValidator::ipAddressProblem(QStringLiteral("10.0.0.4")).isEmpty());
    CHECK_FALSE(LinkValidator::ipAddressProblem(QStringLiteral("10.0.0.256")).isEmpty());
    CHECK_FALSE(LinkValidator::ipAddressProblem(QStringLiteral("127.0.0.1")).isEmpty());
    CHECK_FALSE(LinkValidator::ipAddressProblem(QStringLiteral("0.0.0.0")).isEmpty());

    LinkDefinition link = TestLinks::valid();
    link.endpoint.listenerAddress = QStringLiteral("127.0.0.1");
    CHECK(hasErrorAt(link, "endpoint.listenerAddress"));
    link.endpoint.listenerAddress = QString();
    CHECK(hasErrorAt(link, "endpoint.listenerAddress"));
    link = TestLinks::valid();
    link.endpoint.port = 1433;
    CHECK(hasErrorAt(link, "endpoint.port"));
    link.endpoint.port = 11005;
    const ValidationIssues redirect = issuesAt(link, QStringLiteral("endpoint.port"));
    REQUIRE(redirect.size() == 1);
    CHECK_FALSE(redirect.first().isError());
}

TEST_CASE("A managed instance FQDN that names another instance warns", "[link][validation]")
{
    LinkDefinition link = TestLinks::valid();
    link.managedInstance.fqdn = QStringLiteral("other.0123456789ab.database.windows.net");
    const ValidationIssues issues = issuesAt(link, QStringLiteral("managedInstance.fqdn"));
    REQUIRE(issues.size() == 1);
    CHECK_FALSE(issues.first().isError());
}

TEST_CASE("Certificate expiry must be in the future", "[link][validation]")
{
    CHECK(LinkValidator::expiryDateProblem(QDate(2026, 11, 23), TestLinks::today()).isEmpty());
    CHECK_FALSE(
        LinkValidator::expiryDateProblem(QDate(2026, 11, 22), TestLinks::today()).isEmpty());
    CHECK_FALSE(LinkValidator::expiryDateProblem(QDate(2020, 1, 1), TestLinks::today()).isEmpty());
    CHECK(LinkValidator::expiryDateProblem(QDate(), TestLinks::today()).isEmpty());
}

TEST_CASE("Duplicates across databases are errors at the second use", "[link][validation]")
{
    LinkDefinition link = TestLinks::valid();
    link.databases[1].databaseName = QStringLiteral("SALES"); // case-insensitive clash
    CHECK(hasErrorAt(link, "databases[1].name"));
    CHECK_FALSE(hasErrorAt(link, "databases[0].name"));

    link = TestLinks::valid();
    link.databases[1].linkName = link.databases[0].linkName;
    const ValidationIssues clash = issuesAt(link, QStringLiteral("databases[1].linkName"));
    REQUIRE(clash.size() == 1);
    CHECK(clash.first().message.contains(QStringLiteral("databases[0].linkName")));

    link = TestLinks::valid();
    link.databases[1].availabilityGroupName = link.databases[0].linkName;
    CHECK(hasErrorAt(link, "databases[1].availabilityGroupName"));

    link = TestLinks::valid();
    link.databases[0].instanceAvailabilityGroupName = link.databases[0].availabilityGroupName;
    CHECK(hasErrorAt(link, "databases[0].instanceAvailabilityGroupName"));
}

TEST_CASE("System databases and empty selections are refused", "[link][validation]")
{
    LinkDefinition link = TestLinks::valid();
    link.databases[0].databaseName = QStringLiteral("msdb");
    CHECK(hasErrorAt(link, "databases[0].name"));
    link.databases.clear();
    CHECK(hasErrorAt(link, "databases"));
}

TEST_CASE("Connection settings are checked", "[link][validation]")
{
    LinkDefinition link = TestLinks::valid();
    link.sqlServer.loginName.clear();
    CHECK(hasErrorAt(link, "sqlServer.loginName"));
    link.sqlServer.authentication = SqlAuthentication::Windows;
    CHECK_FALSE(hasErrorAt(link, "sqlServer.loginName"));
    link.sqlServer.instanceName = QStringLiteral("WAY_TOO_LONG_INSTANCE");
    CHECK(hasErrorAt(link, "sqlServer.instanceName"));
    link.sqlServer.encryption = SqlEncryption::Optional;
    link.sqlServer.trustServerCertificate = true;
    CHECK(issuesAt(link, QStringLiteral("sqlServer.encryption")).size() == 1);
    CHECK(issuesAt(link, QStringLiteral("sqlServer.trustServerCertificate")).size() == 1);
    CHECK_FALSE(hasErrorAt(link, "sqlServer.encryption"));
}
