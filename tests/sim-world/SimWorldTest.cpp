#include "world/SimWorld.h"

#include <QJsonArray>
#include <QSslCertificate>

#include <catch2/catch.hpp>

using namespace milink::sim;

TEST_CASE("The demo scenario loads", "[sim][world]")
{
    SimWorld world;
    REQUIRE(world.loadScenario(SimWorld::demoScenario()).isEmpty());
    REQUIRE(world.sqlServers().size() == 1);
    REQUIRE(world.managedInstances().size() == 1);

    SimInstance *sql = world.sqlServers().first();
    CHECK(sql->serverName == QStringLiteral("SQL01"));
    CHECK(sql->traceFlags.contains(1800));
    REQUIRE(sql->database(QStringLiteral("sales")) != nullptr); // case-insensitive
    CHECK(sql->database(QStringLiteral("Sales"))->logChainStarted);
    CHECK(sql->database(QStringLiteral("Sales"))->databaseId == 5);
    CHECK(sql->database(QStringLiteral("Inventory"))->databaseId == 6);
    CHECK(sql->backups.size() == 2);
    REQUIRE(sql->login(QStringLiteral("SA")) != nullptr);
    CHECK(sql->login(QStringLiteral("sa"))->sysadmin);

    SimManagedInstance *mi = world.managedInstances().first();
    CHECK(mi->fqdn == QStringLiteral("sqlmi-demo.0123456789ab.database.windows.net"));
    CHECK(mi->resourceId()
          == QStringLiteral("/subscriptions/6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d/resourceGroups/"
                            "rg-sql/providers/Microsoft.Sql/managedInstances/sqlmi-demo"));
    CHECK(world.managedInstance(QStringLiteral("6D8F4C2A-1B3E-4F5A-9C7D-0E1F2A3B4C5D"),
                                QStringLiteral("RG-SQL"), QStringLiteral("SQLMI-DEMO"))
          == mi);
    CHECK(world.managedInstanceOf(mi->engine()) == mi);
    CHECK(world.managedInstanceOf(sql) == nullptr);
    CHECK(mi->engine()->isManagedInstance());
    CHECK(mi->engine()->engineEdition == 8);

    // The managed instance's endpoint certificate is issued for its FQDN.
    REQUIRE(mi->engine()->mirroringEndpointCertificate.has_value());
    const QSslCertificate certificate(mi->engine()->mirroringEndpointCertificate->der, QSsl::Der);
    REQUIRE_FALSE(certificate.isNull());
    CHECK(certificate.subjectInfo(QSslCertificate::CommonName) == QStringList {mi->fqdn});
    CHECK(certificate.expiryDate() > world.clock().now());
}

TEST_CASE("Scenario problems are reported with their paths", "[sim][world]")
{
    QJsonObject scenario = SimWorld::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    server.insert(QStringLiteral("productVersion"), QStringLiteral("sixteen"));
    server.remove(QStringLiteral("logins"));
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    QJsonArray instances = scenario.value(QStringLiteral("managedInstances")).toArray();
    QJsonObject mi = instances.at(0).toObject();
    mi.insert(QStringLiteral("resourceGroup"), QStringLiteral("rg-missing"));
    instances.replace(0, mi);
    scenario.insert(QStringLiteral("managedInstances"), instances);

    SimWorld world;
    const QString errors = world.loadScenario(scenario);
    CHECK(errors.contains(QStringLiteral("sqlServers[0].productVersion")));
    CHECK(errors.contains(QStringLiteral("sqlServers[0].logins")));
    CHECK(errors.contains(QStringLiteral("managedInstances[0].resourceGroup")));
    CHECK(world.sqlServers().isEmpty()); // nothing half-loaded
    CHECK(world.managedInstances().isEmpty());
}

TEST_CASE("The clock scales and jumps but never goes back", "[sim][clock]")
{
    SimClock clock;
    const QDateTime start(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    clock.setStart(start);
    clock.setScale(60);
    CHECK(clock.realMsFor(60000) == 1000);
    CHECK(clock.now() >= start);
    const QDateTime before = clock.now();
    clock.advance(3600 * 1000);
    CHECK(clock.now() >= before.addSecs(3600));
    const QDateTime later = clock.now();
    clock.setScale(1);
    CHECK(clock.now() >= later);
    CHECK(clock.realMsFor(1500) == 1500);
    clock.advance(-5000); // ignored
    CHECK(clock.now() >= later);
}

TEST_CASE("The snapshot shows instances, certificates and links", "[sim][world]")
{
    SimWorld world;
    REQUIRE(world.loadScenario(SimWorld::demoScenario()).isEmpty());
    const QJsonObject snapshot = world.snapshot();
    const QJsonArray servers = snapshot.value(QStringLiteral("sqlServers")).toArray();
    REQUIRE(servers.size() == 1);
    CHECK(servers.at(0).toObject().value(QStringLiteral("databases")).toArray().size() == 2);
    const QJsonObject mi
        = snapshot.value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
    CHECK(mi.value(QStringLiteral("databaseFormat")).toString() == QStringLiteral("SQLServer2022"));
    CHECK(mi.value(QStringLiteral("engine"))
              .toObject()
              .value(QStringLiteral("mirroringEndpointCertificate"))
              .isObject());
}
