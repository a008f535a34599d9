// The verdict rules on rows built by hand: every threshold on both sides of it.

#include "monitor/LinkHealthRules.h"
#include "monitor/LinkErrorExplainer.h"

#include <catch2/catch.hpp>

using namespace milink;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

LinkStatusRow healthyRow()
{
    LinkStatusRow row;
    row.linkName = QStringLiteral("DAG_Sales");
    row.databaseName = QStringLiteral("Sales");
    row.sources = {QStringLiteral("arm"), QStringLiteral("sqlServer")};
    row.sqlServerRole = QStringLiteral("PRIMARY");
    row.managedInstanceRole = QStringLiteral("SECONDARY");
    row.connectedState = QStringLiteral("CONNECTED");
    row.synchronizationHealth = QStringLiteral("HEALTHY");
    row.replicaState = QStringLiteral("LinkSynchronizing");
    row.lagSeconds = 1;
    row.sqlServerLogUsedPercent = 10;
    row.sqlServerCertificateExpiry = kNow.addDays(365);
    return row;
}

LinkHealth verdict(LinkStatusRow row)
{
    LinkHealthRules::evaluate(row, kNow);
    return row.health;
}

} // namespace

TEST_CASE("A healthy row stays healthy with no reasons", "[monitor]")
{
    LinkStatusRow row = healthyRow();
    LinkHealthRules::evaluate(row, kNow);
    CHECK(row.health == LinkHealth::Healthy);
    CHECK(row.reasons.isEmpty());
}

TEST_CASE("Lag log space and certificate expiry cross their thresholds", "[monitor]")
{
    LinkStatusRow row = healthyRow();
    row.lagSeconds = 59;
    CHECK(verdict(row) == LinkHealth::Healthy);
    row.lagSeconds = 60;
    CHECK(verdict(row) == LinkHealth::Warning);
    row.lagSeconds = 600;
    CHECK(verdict(row) == LinkHealth::Critical);

    row = healthyRow();
    row.sqlServerLogUsedPercent = 69;
    CHECK(verdict(row) == LinkHealth::Healthy);
    row.sqlServerLogUsedPercent = 70;
    CHECK(verdict(row) == LinkHealth::Warning);
    row.managedInstanceLogUsedPercent = 95;
    CHECK(verdict(row) == LinkHealth::Critical);

    row = healthyRow();
    row.sqlServerCertificateExpiry = kNow.addDays(31);
    CHECK(verdict(row) == LinkHealth::Healthy);
    row.sqlServerCertificateExpiry = kNow.addDays(29);
    LinkHealthRules::evaluate(row, kNow);
    CHECK(row.health == LinkHealth::Warning);
    CHECK(row.reasons.first().contains(QStringLiteral("29 day")));
    row.managedInstanceCertificateExpiry = kNow.addDays(-1);
    LinkHealthRules::evaluate(row, kNow);
    CHECK(row.health == LinkHealth::Critical);
    CHECK(row.reasons.last().contains(QStringLiteral("expired")));
}

TEST_CASE("Split brain error states disconnection and leftovers are critical", "[monitor]")
{
    LinkStatusRow row = healthyRow();
    row.splitBrain = true;
    CHECK(verdict(row) == LinkHealth::Critical);

    row = healthyRow();
    row.replicaState = QStringLiteral("LinkInitError");
    CHECK(verdict(row) == LinkHealth::Critical);

    row = healthyRow();
    row.connectedState = QStringLiteral("DISCONNECTED");
    CHECK(verdict(row) == LinkHealth::Critical);

    row = healthyRow();
    row.synchronizationHealth = QStringLiteral("PARTIALLY_HEALTHY");
    CHECK(verdict(row) == LinkHealth::Warning);

    // A DAG on SQL Server without its Azure link resource.
    row = healthyRow();
    row.sources = {QStringLiteral("sqlServer")};
    CHECK(verdict(row) == LinkHealth::Critical);
    // … unless Azure simply did not answer: then it is a warning about the missing view.
    row.problems << QStringLiteral("Azure's view of the link is missing: 503");
    CHECK(verdict(row) == LinkHealth::Warning);

    // An Azure link that SQL Server does not have is a leftover only when SQL Server
    // was read; a monitor without a SQL Server connection knows nothing about it.
    row = healthyRow();
    row.sources = {QStringLiteral("arm")};
    LinkHealthRules::evaluate(row, kNow, {}, {QStringLiteral("arm"), QStringLiteral("sqlServer")});
    CHECK(row.health == LinkHealth::Critical);
    LinkHealthRules::evaluate(row, kNow, {}, {QStringLiteral("arm")});
    CHECK(row.health == LinkHealth::Healthy);
}

TEST_CASE("Link error numbers and states get explanations", "[monitor]")
{
    for (int number : {1408, 1412, 1475, 41962, 41973, 41974, 41976, 41977, 41986, 41988, 47521})
        CHECK_FALSE(LinkErrorExplainer::explainNumber(number).isEmpty());
    CHECK(LinkErrorExplainer::explainNumber(18456).isEmpty());
    CHECK(LinkErrorExplainer::explainReplicaState(QStringLiteral("LinkInitError"))
          == LinkErrorExplainer::explainNumber(41962));
    CHECK(LinkErrorExplainer::explainReplicaState(QStringLiteral("LinkSynchronizing")).isEmpty());
    CHECK(LinkErrorExplainer::numberIn(QStringLiteral("Connection failed (41986), retry 2026"))
          == 41986);
    CHECK(LinkErrorExplainer::numberIn(QStringLiteral("timeout after 1000 ms")) == 0);
}
