// The link control commands of a running milink-sim, over its HTTP control interface.

#include "SimProcess.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

namespace {

QJsonObject sqlDatabase(SimProcess &sim, const QString &name)
{
    const QJsonObject snapshot = sim.control(QStringLiteral("snapshot"));
    const QJsonArray servers = snapshot.value(QStringLiteral("sqlServers")).toArray();
    for (const QJsonValue &db :
         servers.at(0).toObject().value(QStringLiteral("databases")).toArray()) {
        if (db.toObject().value(QStringLiteral("name")).toString() == name)
            return db.toObject();
    }
    FAIL("no database " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("A workload moves a database's LSN with simulated time", "[sim][control]")
{
    SimProcess sim;
    const QString before
        = sqlDatabase(sim, QStringLiteral("Sales")).value(QStringLiteral("endOfLogLsn")).toString();
    sim.control(QStringLiteral("link.workload"),
                {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                 {QStringLiteral("database"), QStringLiteral("Sales")},
                 {QStringLiteral("logMBps"), 4}});
    sim.control(QStringLiteral("link.tick"));
    sim.control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 10}});
    sim.control(QStringLiteral("link.tick"));
    const QString after
        = sqlDatabase(sim, QStringLiteral("Sales")).value(QStringLiteral("endOfLogLsn")).toString();
    // At least the 10 jumped seconds at 4 MB/s.
    CHECK(after.toULongLong() - before.toULongLong() >= 10ULL * 4 * 1024 * 1024);

    sim.control(QStringLiteral("link.workload"),
                {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                 {QStringLiteral("database"), QStringLiteral("Sales")},
                 {QStringLiteral("logMBps"), 0}});
    sim.control(QStringLiteral("link.tick"));
    const QString stopped
        = sqlDatabase(sim, QStringLiteral("Sales")).value(QStringLiteral("endOfLogLsn")).toString();
    sim.control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 10}});
    sim.control(QStringLiteral("link.tick"));
    CHECK(sqlDatabase(sim, QStringLiteral("Sales")).value(QStringLiteral("endOfLogLsn")).toString()
          == stopped);
}

TEST_CASE("Link control commands refuse bad arguments", "[sim][control]")
{
    SimProcess sim;
    CHECK(sim.controlError(QStringLiteral("link.workload"),
                           {{QStringLiteral("instance"), QStringLiteral("NOPE")},
                            {QStringLiteral("database"), QStringLiteral("Sales")},
                            {QStringLiteral("logMBps"), 1}})
              .contains(QStringLiteral("NOPE")));
    CHECK(sim.controlError(QStringLiteral("link.workload"),
                           {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                            {QStringLiteral("database"), QStringLiteral("Missing")},
                            {QStringLiteral("logMBps"), 1}})
              .contains(QStringLiteral("Missing")));
    CHECK_FALSE(
        sim.controlError(QStringLiteral("link.partition"),
                         {{QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
                          {QStringLiteral("managedInstance"), QStringLiteral("sqlmi-demo")}})
            .isEmpty());
    CHECK(sim.controlError(QStringLiteral("link.configure"), {{QStringLiteral("seedingMBps"), -1}})
              .contains(QStringLiteral("seedingMBps")));

    const QJsonObject partitioned
        = sim.control(QStringLiteral("link.partition"),
                      {{QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
                       {QStringLiteral("managedInstance"),
                        QStringLiteral("sqlmi-demo.0123456789ab.database.windows.net")},
                       {QStringLiteral("partitioned"), true}});
    CHECK(partitioned.value(QStringLiteral("partitioned")).toBool());
    const QJsonObject configured = sim.control(
        QStringLiteral("link.configure"),
        {{QStringLiteral("seedingMBps"), 500}, {QStringLiteral("connectDelaySeconds"), 1}});
    CHECK(configured.value(QStringLiteral("seedingMBps")).toDouble() == 500);
    CHECK(configured.value(QStringLiteral("connectDelaySeconds")).toDouble() == 1);
}
