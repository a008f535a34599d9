// The LSN gate with a manual clock: no test waits for the window in real time.

#include "failover/LsnGate.h"
#include "azure/Clock.h"
#include "failover/LsnMonitor.h"
#include "sql/SqlResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

LsnSample sample(const QString &sql, const QString &mi, const QString &arm = {})
{
    LsnSample s;
    LsnSample::Database db;
    db.name = QStringLiteral("Sales");
    db.sqlServerLsn = sql;
    db.managedInstanceLsn = mi;
    db.armLsn = arm;
    db.logSendQueueKb = 0;
    db.redoQueueKb = 0;
    s.databases << db;
    return s;
}

} // namespace

TEST_CASE("The LSN gate opens only after the window of equal and unchanged LSNs", "[failover]")
{
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
    LsnGate gate(&clock);
    CHECK(gate.windowSeconds() == 30);
    CHECK(gate.state() == LsnGate::State::Waiting);
    QSignalSpy changed(&gate, &LsnGate::changed);

    gate.feed(sample(QStringLiteral("41000000012300001"), QStringLiteral("41000000012300001")));
    CHECK(gate.state() == LsnGate::State::Stabilizing);
    CHECK(gate.reason().contains(QStringLiteral("stable for 0 of 30 s")));
    CHECK_FALSE(gate.isOpen());

    clock.advanceSeconds(12);
    gate.feed(sample(QStringLiteral("41000000012300001"), QStringLiteral("41000000012300001")));
    CHECK(gate.state() == LsnGate::State::Stabilizing);
    CHECK(gate.reason().contains(QStringLiteral("stable for 12 of 30 s")));
    CHECK(gate.stableSeconds() == 12);

    clock.advanceSeconds(18);
    gate.feed(sample(QStringLiteral("41000000012300001"), QStringLiteral("41000000012300001")));
    CHECK(gate.isOpen());
    CHECK(gate.reason().contains(QStringLiteral("equal and unchanged for 30 s")));
    CHECK(changed.count() >= 3);
}

TEST_CASE("Moving or different LSNs close the gate and restart the window", "[failover]")
{
    ManualClock clock;
    LsnGate gate(&clock);
    gate.setWindowSeconds(10);
    gate.feed(sample(QStringLiteral("1000"), QStringLiteral("1000")));
    clock.advanceSeconds(10);
    gate.feed(sample(QStringLiteral("1000"), QStringLiteral("1000")));
    REQUIRE(gate.isOpen());

    // The workload wrote again: the secondary trails.
    gate.feed(sample(QStringLiteral("5096"), QStringLiteral("1000")));
    CHECK(gate.state() == LsnGate::State::Differ);
    CHECK(gate.reason().contains(QStringLiteral("LSNs differ by 4")));
    CHECK(gate.reason().contains(QStringLiteral("5096")));

    // Equal again, but at a new value: the window starts over.
    gate.feed(sample(QStringLiteral("5096"), QStringLiteral("5096")));
    CHECK(gate.state() == LsnGate::State::Stabilizing);
    clock.advanceSeconds(5);
    gate.feed(sample(QStringLiteral("6000"), QStringLiteral("6000")));
    clock.advanceSeconds(5);
    gate.feed(sample(QStringLiteral("6000"), QStringLiteral("6000")));
    CHECK(gate.state() == LsnGate::State::Stabilizing);
    CHECK(gate.stableSeconds() == 5);
    clock.advanceSeconds(5);
    gate.feed(sample(QStringLiteral("6000"), QStringLiteral("6000")));
    CHECK(gate.isOpen());
}

TEST_CASE("Azure's lastHardenedLsn must agree when it is available", "[failover]")
{
    ManualClock clock;
    LsnGate gate(&clock);
    gate.setWindowSeconds(1);
    gate.feed(sample(QStringLiteral("7000"), QStringLiteral("7000"), QStringLiteral("6500")));
    clock.advanceSeconds(5);
    gate.feed(sample(QStringLiteral("7000"), QStringLiteral("7000"), QStringLiteral("6500")));
    CHECK(gate.state() == LsnGate::State::Differ);
    CHECK(gate.reason().contains(QStringLiteral("Azure reports 6500")));
    // Without Azure (not signed in) the two servers decide.
    gate.feed(sample(QStringLiteral("7000"), QStringLiteral("7000")));
    clock.advanceSeconds(1);
    gate.feed(sample(QStringLiteral("7000"), QStringLiteral("7000")));
    CHECK(gate.isOpen());
}

TEST_CASE("A missing value or a failed read keeps the gate closed", "[failover]")
{
    ManualClock clock;
    LsnGate gate(&clock);
    gate.setWindowSeconds(1);
    gate.feed(sample(QStringLiteral("7000"), QString()));
    CHECK(gate.state() == LsnGate::State::Waiting);
    CHECK(gate.reason().contains(QStringLiteral("connect to the managed instance")));

    LsnSample failed = sample(QStringLiteral("7000"), QStringLiteral("7000"));
    failed.error = QStringLiteral("SQL Server: the connection was lost");
    gate.feed(failed);
    CHECK(gate.state() == LsnGate::State::Failed);
    CHECK(gate.reason().contains(QStringLiteral("connection was lost")));
    clock.advanceSeconds(10);
    // The window starts again after a failed read.
    gate.feed(sample(QStringLiteral("7000"), QStringLiteral("7000")));
    CHECK(gate.state() == LsnGate::State::Stabilizing);
}

TEST_CASE("A shorter window re-evaluates at once and every database must be stable", "[failover]")
{
    ManualClock clock;
    LsnGate gate(&clock);
    LsnSample two = sample(QStringLiteral("100"), QStringLiteral("100"));
    LsnSample::Database other;
    other.name = QStringLiteral("Orders");
    other.sqlServerLsn = QStringLiteral("900");
    other.managedInstanceLsn = QStringLiteral("800");
    two.databases << other;
    gate.feed(two);
    clock.advanceSeconds(40);
    gate.feed(two);
    CHECK(gate.state() == LsnGate::State::Differ);
    CHECK(gate.reason().startsWith(QStringLiteral("Orders: LSNs differ by 100")));

    two.databases[1].managedInstanceLsn = QStringLiteral("900");
    gate.feed(two);
    CHECK(gate.state() == LsnGate::State::Stabilizing);
    clock.advanceSeconds(5);
    gate.setWindowSeconds(5); // evaluated without a new sample
    CHECK(gate.isOpen());
}

TEST_CASE("LsnMonitor merges SQL Server, managed instance and Azure answers", "[failover]")
{
    DatabaseLink db;
    db.databaseName = QStringLiteral("Sales");
    db.linkName = QStringLiteral("DAG_Sales");
    SqlResult sql;
    SqlResultSet set;
    set.rows << QVariantList {QStringLiteral("Sales"),
                              1,
                              QStringLiteral("5000"),
                              QVariant(),
                              QVariant(),
                              QStringLiteral("SYNCHRONIZED")}
             << QVariantList {QStringLiteral("Sales"),        0, QStringLiteral("4000"), 120, 64,
                              QStringLiteral("SYNCHRONIZING")};
    sql.resultSets << set;
    const QJsonArray arm {QJsonObject {
        {QStringLiteral("name"), QStringLiteral("DAG_Sales")},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("databases"),
                       QJsonArray {QJsonObject {
                           {QStringLiteral("databaseName"), QStringLiteral("Sales")},
                           {QStringLiteral("lastHardenedLsn"), QStringLiteral("4000")}}}}}}}};

    LsnSample merged = LsnMonitor::merge({db}, sql, std::nullopt, arm, {});
    REQUIRE(merged.databases.size() == 1);
    CHECK(merged.error.isEmpty());
    CHECK(merged.databases[0].sqlServerLsn == QStringLiteral("5000"));
    CHECK(merged.databases[0].managedInstanceLsn == QStringLiteral("4000"));
    CHECK(merged.databases[0].managedInstanceLsnSource.contains(QStringLiteral("SQL Server")));
    CHECK(merged.databases[0].armLsn == QStringLiteral("4000"));
    CHECK(merged.databases[0].logSendQueueKb == 120);
    CHECK(merged.databases[0].redoQueueKb == 64);

    // The managed instance's own DMV outranks SQL Server's view of it.
    SqlResult mi;
    SqlResultSet miSet;
    miSet.rows << QVariantList {
        QStringLiteral("Sales"),        1, QStringLiteral("4500"), QVariant(), QVariant(),
        QStringLiteral("SYNCHRONIZING")};
    mi.resultSets << miSet;
    merged = LsnMonitor::merge({db}, sql, mi, std::nullopt, QStringLiteral("401"));
    CHECK(merged.databases[0].managedInstanceLsn == QStringLiteral("4500"));
    CHECK(merged.databases[0].armLsn.isEmpty());
    CHECK(merged.armError == QStringLiteral("401"));

    SqlResult broken;
    broken.error.kind = SqlError::Kind::ConnectionLost;
    broken.error.message = QStringLiteral("The connection to SQL Server was lost.");
    merged = LsnMonitor::merge({db}, broken, mi, std::nullopt, {});
    CHECK(merged.error.contains(QStringLiteral("was lost")));
}
