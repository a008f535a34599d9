#include "TestLinks.h"

#include "link/LinkDefaults.h"
#include "link/LinkDefinition.h"
#include "link/LinkValidator.h"

#include <catch2/catch.hpp>

using namespace milink;

TEST_CASE("Certificate default name makes a named instance safe", "[link][defaults]")
{
    CHECK(LinkDefaults::certificateName(QStringLiteral("SQL01"))
          == QStringLiteral("Cert_SQL01_endpoint"));
    CHECK(LinkDefaults::certificateName(QStringLiteral("SQL01\\PROD"))
          == QStringLiteral("Cert_SQL01_PROD_endpoint"));

    LinkDefinition link = TestLinks::valid();
    CHECK(link.effectiveCertificateName() == QStringLiteral("Cert_SQL01_PROD_endpoint"));
    link.sqlServer.serverName = QStringLiteral("HOSTA\\INST2");
    CHECK(link.effectiveCertificateName() == QStringLiteral("Cert_HOSTA_INST2_endpoint"));
    link.certificate.name = QStringLiteral("MyCert");
    CHECK(link.effectiveCertificateName() == QStringLiteral("MyCert"));
}

TEST_CASE("Default names are valid for every database name", "[link][defaults]")
{
    const QString names[] = {
        QStringLiteral("Sales"),
        QStringLiteral("Sales DB"),
        QStringLiteral("we]ird'name"),
        QStringLiteral("Ünïcødé-数据库"),
        QStringLiteral("tab\there"),
        QString(128, QLatin1Char('x')),
        QStringLiteral("1starts.with.digit"),
    };
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(LinkValidator::linkNameProblem(LinkDefaults::linkName(name)).isEmpty());
        CHECK(
            LinkValidator::sysnameProblem(LinkDefaults::availabilityGroupName(name), {}).isEmpty());
        CHECK(LinkValidator::sysnameProblem(LinkDefaults::instanceAvailabilityGroupName(name), {})
                  .isEmpty());
        CHECK(LinkValidator::certificateNameProblem(LinkDefaults::certificateName(name)).isEmpty());
    }
    CHECK(LinkDefaults::linkName(QStringLiteral("Sales DB")) == QStringLiteral("DAG_Sales_DB"));
    CHECK(LinkDefaults::instanceAvailabilityGroupName(QString(128, QLatin1Char('x'))).size()
          == 128);
}

TEST_CASE("Added databases get names that do not clash", "[link][defaults]")
{
    LinkDefinition link;
    link.addDatabase(QStringLiteral("Sales DB"));
    const DatabaseLink &second = link.addDatabase(QStringLiteral("Sales_DB"));
    CHECK(link.databases.at(0).linkName == QStringLiteral("DAG_Sales_DB"));
    CHECK(second.linkName == QStringLiteral("DAG_Sales_DB_2"));
    CHECK(second.availabilityGroupName == QStringLiteral("AG_Sales_DB"));
    CHECK(LinkValidator::validate(link, TestLinks::today()).size() > 0); // incomplete link
    for (const ValidationIssue &issue : LinkValidator::validate(link, TestLinks::today()))
        CHECK_FALSE(issue.path.startsWith(QStringLiteral("databases")));
}

TEST_CASE("The endpoint URL brackets IPv6 addresses", "[link]")
{
    MirroringEndpoint endpoint;
    endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    CHECK(endpoint.url() == QStringLiteral("TCP://10.0.0.4:5022"));
    endpoint.listenerAddress = QStringLiteral("fd00::4");
    endpoint.port = 5023;
    CHECK(endpoint.url() == QStringLiteral("TCP://[fd00::4]:5023"));
    endpoint.listenerAddress = QStringLiteral("sql01.contoso.local");
    CHECK(endpoint.url() == QStringLiteral("TCP://sql01.contoso.local:5023"));
}

TEST_CASE("Enum spellings round-trip and ARM spellings match the API", "[link]")
{
    for (auto value : {UpdatePolicy::Unknown, UpdatePolicy::AlwaysUpToDate,
                       UpdatePolicy::SqlServer2022, UpdatePolicy::SqlServer2025})
        CHECK(updatePolicyFromString(toString(value)) == value);
    CHECK(armDatabaseFormat(UpdatePolicy::SqlServer2022) == QStringLiteral("SQLServer2022"));
    CHECK(updatePolicyFromArm(QStringLiteral("alwaysuptodate")) == UpdatePolicy::AlwaysUpToDate);
    CHECK_FALSE(updatePolicyFromArm(QStringLiteral("SQLServer2030")).has_value());
    CHECK(armFailoverMode(FailoverMode::TwoWay) == QStringLiteral("Manual"));
    CHECK(armFailoverMode(FailoverMode::OneWay) == QStringLiteral("None"));
    CHECK(armReplicationMode(ReplicationMode::Sync) == QStringLiteral("Sync"));
    CHECK_FALSE(linkDirectionFromString(QStringLiteral("SqlServerToManagedInstance")).has_value());
}
