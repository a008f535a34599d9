// The merge of both replicas' roles: DMVs are authoritative for their own side,
// Azure fills what a side could not report.

#include "failover/SplitBrainDetector.h"
#include "failover/CutoverChecklist.h"
#include "failover/FirstBackupCheck.h"
#include "sql/SqlResult.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

SqlResult roles(const QString &local, const QString &remote = {})
{
    SqlResult result;
    SqlResultSet set;
    set.rows << QVariantList {1, local, QVariant(), QStringLiteral("HEALTHY"), 0, QVariant()};
    if (!remote.isEmpty())
        set.rows << QVariantList {
            0, QStringLiteral("SECONDARY"), remote, QStringLiteral("HEALTHY"), 0, QVariant()};
    result.resultSets << set;
    return result;
}

QJsonObject armLink(const QString &instanceRole, const QString &partnerRole)
{
    return {{QStringLiteral("name"), QStringLiteral("DAG_Sales")},
            {QStringLiteral("properties"),
             QJsonObject {
                 {QStringLiteral("instanceLinkRole"), instanceRole},
                 {QStringLiteral("partnerLinkRole"), partnerRole},
                 {QStringLiteral("databases"),
                  QJsonArray {QJsonObject {
                      {QStringLiteral("databaseName"), QStringLiteral("Sales")},
                      {QStringLiteral("connectedState"), QStringLiteral("DISCONNECTED")},
                      {QStringLiteral("replicaState"), QStringLiteral("LinkSynchronizing")},
                      {QStringLiteral("mostRecentLinkError"), QStringLiteral("split brain")}}}}}}};
}

} // namespace

TEST_CASE("Both sides primary is a split brain", "[failover]")
{
    LinkRoles r;
    r.linkName = QStringLiteral("DAG_Sales");
    r.databaseName = QStringLiteral("Sales");
    SplitBrainDetector::applySqlServer(r, roles(QStringLiteral("PRIMARY")));
    SplitBrainDetector::applyArm(r, armLink(QStringLiteral("Primary"), QStringLiteral("Primary")));
    CHECK(r.splitBrain());
    CHECK_FALSE(r.primary().has_value());
    CHECK(r.describe().contains(QStringLiteral("split brain")));
    CHECK(r.sqlServer.roleSource.contains(QStringLiteral("SQL Server")));
    CHECK(r.managedInstance.roleSource == QStringLiteral("Azure"));
    CHECK(r.managedInstance.lastError == QStringLiteral("split brain"));
    CHECK(r.managedInstance.connectedState == QStringLiteral("DISCONNECTED"));
}

TEST_CASE("SQL Server's DMV outranks Azure's partnerLinkRole", "[failover]")
{
    LinkRoles r;
    r.databaseName = QStringLiteral("Sales");
    SplitBrainDetector::applySqlServer(r, roles(QStringLiteral("SECONDARY")));
    SplitBrainDetector::applyArm(r, armLink(QStringLiteral("Primary"), QStringLiteral("Primary")));
    CHECK_FALSE(r.splitBrain());
    REQUIRE(r.primary().has_value());
    CHECK(*r.primary() == LinkSide::ManagedInstance);

    LinkRoles fromArmOnly;
    SqlResult lost;
    lost.error.kind = SqlError::Kind::Connection;
    lost.error.message = QStringLiteral("SQL Server is unreachable.");
    SplitBrainDetector::applySqlServer(fromArmOnly, lost);
    SplitBrainDetector::applyArm(fromArmOnly,
                                 armLink(QStringLiteral("Secondary"), QStringLiteral("Primary")));
    CHECK(fromArmOnly.sqlServer.readError == QStringLiteral("SQL Server is unreachable."));
    CHECK(*fromArmOnly.primary() == LinkSide::SqlServer);
    CHECK(fromArmOnly.sqlServer.roleSource == QStringLiteral("Azure"));
}

TEST_CASE("The repair keeps the chosen side and sends the backup where that side needs it",
          "[failover]")
{
    PlanOptions keepMi = SplitBrainDetector::repairOptions(LinkSide::ManagedInstance,
                                                           QStringLiteral("/var/opt/mssql/backup"));
    CHECK(keepMi.keepPrimary == LinkSide::ManagedInstance);
    CHECK(keepMi.backupDirectory == QStringLiteral("/var/opt/mssql/backup"));
    PlanOptions keepSql = SplitBrainDetector::repairOptions(
        LinkSide::SqlServer, QStringLiteral("https://acct.blob.core.windows.net/backups"));
    CHECK(keepSql.backupUrl.startsWith(QStringLiteral("https://")));
    CHECK(keepSql.backupDirectory.isEmpty());
}

TEST_CASE("The post-cutover checklist covers what the link does not move", "[failover]")
{
    const CutoverChecklist toMi(LinkSide::ManagedInstance, true, true, {QStringLiteral("Sales")},
                                QStringLiteral("mi.zone.database.windows.net"),
                                QStringLiteral("SQL01"));
    QStringList ids;
    for (const CutoverChecklist::Item &item : toMi.items())
        ids << item.id;
    for (const char *id :
         {"connection-strings", "logins", "agent-jobs", "linked-servers", "cdc-service-broker",
          "replication-dtc", "backups", "old-copy", "split-brain"})
        CHECK(ids.contains(QString::fromLatin1(id)));
    CHECK(toMi.items().first().title.contains(QStringLiteral("mi.zone.database.windows.net")));
    const QString text = toMi.toText({QStringLiteral("logins")});
    CHECK(text.contains(QStringLiteral("[x] Create the logins with the same SIDs")));
    CHECK(text.contains(QStringLiteral("[ ] Point the applications")));

    const CutoverChecklist kept(LinkSide::SqlServer, false, false, {QStringLiteral("Sales")},
                                QStringLiteral("mi.zone.database.windows.net"),
                                QStringLiteral("SQL01"));
    QStringList keptIds;
    for (const CutoverChecklist::Item &item : kept.items())
        keptIds << item.id;
    CHECK(keptIds.contains(QStringLiteral("link-health")));
    CHECK_FALSE(keptIds.contains(QStringLiteral("split-brain")));
    CHECK_FALSE(keptIds.contains(QStringLiteral("old-copy")));
}

TEST_CASE("The first full backup check names the databases without one", "[failover]")
{
    DatabaseLink sales;
    sales.databaseName = QStringLiteral("Sales");
    DatabaseLink orders;
    orders.databaseName = QStringLiteral("Orders");
    SqlResult result;
    SqlResultSet set;
    set.rows << QVariantList {QStringLiteral("Sales"), QDateTime::currentDateTimeUtc()};
    result.resultSets << set;
    const FirstBackupCheck::Result parsed = FirstBackupCheck::parse({sales, orders}, result);
    CHECK_FALSE(parsed.allBackedUp());
    CHECK(parsed.describe().contains(QStringLiteral("no full backup of Orders")));
    result.resultSets[0].rows << QVariantList {QStringLiteral("Orders"),
                                               QDateTime::currentDateTimeUtc()};
    CHECK(FirstBackupCheck::parse({sales, orders}, result).allBackedUp());
}
