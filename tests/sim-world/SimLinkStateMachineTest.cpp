// The link state machine, driven directly through the world model: the T-SQL
// engine and the ARM server change the same objects in the real simulator.

#include "world/SimCertificateFactory.h"
#include "world/SimWorld.h"

#include <catch2/catch.hpp>

using namespace milink::sim;

namespace {

// A world holding a correctly prepared SQL Server → managed instance link for
// the database Sales, as the plan's steps leave it; tests then break one thing.
class LinkFixture
{
public:
    LinkFixture()
    {
        REQUIRE(world.loadScenario(SimWorld::demoScenario()).isEmpty());
        world.clock().setStart(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
        sql = world.sqlServers().first();
        mi = world.managedInstances().first();
        world.links().connectDelayMs = 10000;

        const QDateTime now = world.clock().now();
        sql->masterKey = true;
        SimCertificate own;
        own.certificateId = sql->nextCertificateId();
        own.name = QStringLiteral("Cert_SQL01_endpoint");
        own.subject = own.name;
        own.hasPrivateKey = true;
        own.startDate = now;
        own.expiryDate = now.addYears(1);
        own.der = SimCertificateFactory::create({own.name, {}, {}, now, own.expiryDate, 1});
        sql->certificates.append(own);

        SimCertificate miCert = *mi->engine()->mirroringEndpointCertificate;
        miCert.certificateId = sql->nextCertificateId();
        miCert.name = mi->fqdn;
        miCert.hasPrivateKey = false;
        sql->certificates.append(miCert);

        SimCertificate root;
        root.certificateId = sql->nextCertificateId();
        root.name = QStringLiteral("MicrosoftPKI");
        root.der = SimCertificateFactory::create({root.name, {}, {}, now, now.addYears(15), 2});
        root.expiryDate = now.addYears(15);
        root.issuerPatterns << QStringLiteral("*.database.windows.net");
        sql->certificates.append(root);

        SimEndpoint endpoint;
        endpoint.endpointId = sql->nextEndpointId();
        endpoint.name = QStringLiteral("database_mirroring_endpoint");
        endpoint.certificateName = own.name;
        sql->endpoints.append(endpoint);

        SimAvailabilityGroup ag;
        ag.groupId = QUuid::createUuid();
        ag.name = QStringLiteral("AG_Sales");
        ag.databases << QStringLiteral("Sales");
        SimReplica self;
        self.replicaId = QUuid::createUuid();
        self.serverName = sql->serverName;
        self.endpointUrl = QStringLiteral("TCP://10.0.0.4:5022");
        self.isLocal = true;
        self.role = QStringLiteral("PRIMARY");
        ag.replicas << self;
        sql->availabilityGroups.append(ag);

        SimAvailabilityGroup dag;
        dag.groupId = QUuid::createUuid();
        dag.name = QStringLiteral("DAG_Sales");
        dag.distributed = true;
        SimReplica sqlMember;
        sqlMember.serverName = QStringLiteral("AG_Sales");
        sqlMember.endpointUrl = QStringLiteral("TCP://10.0.0.4:5022");
        SimReplica miMember;
        miMember.serverName = QStringLiteral("AG_Sales_MI");
        miMember.endpointUrl = QStringLiteral("tcp://%1:5022;Server=[%2]").arg(mi->fqdn, mi->name);
        dag.replicas << sqlMember << miMember;
        sql->availabilityGroups.append(dag);

        SimServerTrustCertificate trust;
        trust.name = own.name;
        trust.der = own.der;
        mi->serverTrustCertificates.append(trust);
    }

    void createLinkResource()
    {
        SimLinkResource link;
        link.name = QStringLiteral("DAG_Sales");
        link.partnerAvailabilityGroupName = QStringLiteral("AG_Sales");
        link.instanceAvailabilityGroupName = QStringLiteral("AG_Sales_MI");
        link.partnerEndpoint = QStringLiteral("TCP://10.0.0.4:5022");
        link.instanceLinkRole = QStringLiteral("Secondary");
        link.failoverMode = QStringLiteral("Manual");
        SimLinkDatabase db;
        db.databaseName = QStringLiteral("Sales");
        link.databases << db;
        mi->links.append(link);
    }

    // Advances simulated time in steps, ticking the state machine after each.
    void run(int seconds, int step = 1)
    {
        world.links().tick();
        for (int t = 0; t < seconds; t += step) {
            world.clock().advance(step * 1000);
            world.links().tick();
        }
    }

    SimReplica &miReplica()
    {
        return *sql->availabilityGroup(QStringLiteral("DAG_Sales"))
                    ->replica(QStringLiteral("AG_Sales_MI"));
    }
    SimLinkDatabase &linkDb() { return mi->link(QStringLiteral("DAG_Sales"))->databases.first(); }

    SimWorld world;
    SimInstance *sql = nullptr;
    SimManagedInstance *mi = nullptr;
};

} // namespace

TEST_CASE("A correct setup connects, seeds and synchronizes", "[sim][link]")
{
    LinkFixture f;
    f.run(5);
    CHECK(f.miReplica().connectedState == QStringLiteral("DISCONNECTED")); // MI not joined yet
    f.createLinkResource();
    f.run(5);
    CHECK(f.miReplica().connectedState
          == QStringLiteral("DISCONNECTED")); // connecting takes a while
    f.run(10);
    CHECK(f.miReplica().connectedState == QStringLiteral("CONNECTED"));
    CHECK(f.linkDb().replicaState == QStringLiteral("CreatingLink"));
    // The managed instance side appeared: its AG, the DAG and a restoring copy.
    SimInstance &engine = *f.mi->engine();
    REQUIRE(engine.availabilityGroup(QStringLiteral("AG_Sales_MI")) != nullptr);
    REQUIRE(engine.availabilityGroup(QStringLiteral("DAG_Sales")) != nullptr);
    REQUIRE(engine.database(QStringLiteral("Sales")) != nullptr);
    CHECK(engine.database(QStringLiteral("Sales"))->state == QStringLiteral("RESTORING"));
    const QString progressBefore = f.linkDb().seedingProgress;
    f.run(3);
    CHECK(f.linkDb().seedingProgress != progressBefore); // progress moves with time

    f.run(20); // 512 MB at 64 MB/s
    CHECK(f.linkDb().replicaState == QStringLiteral("LinkSynchronizing"));
    CHECK(f.linkDb().seedingProgress == QStringLiteral("100%"));
    CHECK(engine.database(QStringLiteral("Sales"))->state == QStringLiteral("ONLINE"));
    CHECK(engine.database(QStringLiteral("Sales"))->readOnly);
    CHECK(f.linkDb().connectedState == QStringLiteral("CONNECTED"));
    CHECK(f.mi->link(QStringLiteral("DAG_Sales"))->partnerLinkRole == QStringLiteral("Primary"));
    CHECK(f.linkDb().partnerCertificateName == QStringLiteral("Cert_SQL01_endpoint"));

    // A workload moves LSNs; the secondary trails in async mode and catches up when it stops.
    SimDatabase *sales = f.sql->database(QStringLiteral("Sales"));
    sales->workloadBytesPerSecond = 4 * 1024 * 1024;
    f.run(5);
    const quint64 primaryLsn = f.sql->database(QStringLiteral("Sales"))->endOfLogLsn;
    CHECK(f.linkDb().lastHardenedLsn > 0);
    CHECK(f.linkDb().lastHardenedLsn <= primaryLsn);
    f.sql->database(QStringLiteral("Sales"))->workloadBytesPerSecond = 0;
    f.run(5);
    CHECK(f.linkDb().lastHardenedLsn == f.sql->database(QStringLiteral("Sales"))->endOfLogLsn);
}

TEST_CASE("Each trust or configuration mistake stops the link with its error", "[sim][link]")
{
    struct Mistake
    {
        const char *name;
        int error;
        std::function<void(LinkFixture &)> apply;
    };
    const std::vector<Mistake> mistakes = {
        {"MI certificate under another name", 41974,
         [](LinkFixture &f) {
             f.sql->certificate(f.mi->fqdn)->name = QStringLiteral("sqlmi-demo");
         }},
        {"missing issuer", 41974,
         [](LinkFixture &f) {
             f.sql->certificate(QStringLiteral("MicrosoftPKI"))->issuerPatterns.clear();
         }},
        {"stale trust certificate on the managed instance", 41973,
         [](LinkFixture &f) {
             f.mi->serverTrustCertificates.first().der
                 = SimCertificateFactory::create({QStringLiteral("old"),
                                                  {},
                                                  {},
                                                  f.world.clock().now(),
                                                  f.world.clock().now().addYears(1),
                                                  9});
         }},
        {"wrong endpoint port", 41986,
         [](LinkFixture &f) {
             f.sql->mirroringEndpoint()->port = 5023;
         }},
        {"endpoint without certificate authentication", 41986,
         [](LinkFixture &f) {
             f.sql->mirroringEndpoint()->authentication = QStringLiteral("WINDOWS NEGOTIATE");
         }},
        {"expired SQL Server certificate", 41973,
         [](LinkFixture &f) {
             f.sql->certificate(QStringLiteral("Cert_SQL01_endpoint"))->expiryDate
                 = f.world.clock().now().addDays(-1);
         }},
        {"mismatched AG name in the link", 41976,
         [](LinkFixture &f) {
             f.mi->link(QStringLiteral("DAG_Sales"))->instanceAvailabilityGroupName
                 = QStringLiteral("AG_Other");
         }},
    };
    for (const Mistake &mistake : mistakes) {
        INFO(mistake.name);
        LinkFixture f;
        f.createLinkResource();
        mistake.apply(f);
        f.run(30);
        CHECK(f.miReplica().connectedState == QStringLiteral("DISCONNECTED"));
        CHECK(f.miReplica().lastConnectErrorNumber == mistake.error);
        CHECK_FALSE(f.linkDb().mostRecentLinkError.isEmpty());
        CHECK(f.mi->engine()->database(QStringLiteral("Sales")) == nullptr);
    }
}

TEST_CASE("Without a connection for five minutes the link reports LinkInitError", "[sim][link]")
{
    LinkFixture f;
    f.createLinkResource();
    f.sql->mirroringEndpoint()->started = false;
    f.run(400, 10);
    CHECK(f.linkDb().replicaState == QStringLiteral("LinkInitError"));
    CHECK(f.miReplica().lastConnectErrorNumber == 41962);
}

TEST_CASE("Two-way links need matching database formats", "[sim][link]")
{
    LinkFixture f;
    f.mi->databaseFormat = QStringLiteral("AlwaysUpToDate");
    f.createLinkResource();
    f.run(30);
    CHECK(f.miReplica().lastConnectErrorNumber == 41988);
}

TEST_CASE("A log backup during seeding breaks the link unless trace flag 12381 is on",
          "[sim][link]")
{
    for (bool protectedByFlag : {false, true}) {
        INFO("trace flag 12381: " << protectedByFlag);
        LinkFixture f;
        if (protectedByFlag)
            f.sql->traceFlags.insert(12381);
        f.createLinkResource();
        f.run(12); // connected, seeding has started
        REQUIRE(f.miReplica().connectedState == QStringLiteral("CONNECTED"));
        SimBackup log;
        log.databaseName = QStringLiteral("Sales");
        log.type = QLatin1Char('L');
        log.startDate = f.world.clock().now();
        log.finishDate = log.startDate;
        f.sql->backups.append(log);
        f.run(30);
        if (protectedByFlag) {
            CHECK(f.linkDb().replicaState == QStringLiteral("LinkSynchronizing"));
        } else {
            CHECK(f.linkDb().replicaState == QStringLiteral("LinkCreationError"));
            CHECK(f.linkDb().mostRecentLinkError.contains(QStringLiteral("1408")));
        }
    }
}

TEST_CASE("Planned failover needs equal LSNs and the primary role", "[sim][link][failover]")
{
    LinkFixture f;
    f.createLinkResource();
    f.run(40);
    REQUIRE(f.linkDb().replicaState == QStringLiteral("LinkSynchronizing"));
    SimLinkStateMachine &links = f.world.links();

    // ARM planned failover while the managed instance is secondary is refused, as Azure does.
    const auto arm
        = links.armFailover(*f.mi, QStringLiteral("DAG_Sales"), QStringLiteral("Planned"));
    CHECK(arm.armCode == QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole"));
    CHECK(arm.httpStatus == 400);
    // setRole Primary + Planned is refused.
    CHECK(links
              .armSetRole(*f.mi, QStringLiteral("DAG_Sales"), QStringLiteral("Primary"),
                          QStringLiteral("Planned"))
              .armCode
          == QStringLiteral("DistributedAvailabilityGroupSetRolePrimaryPlannedNotSupported"));

    // The secondary cannot run a planned failover.
    CHECK(links.plannedFailover(*f.mi->engine(), QStringLiteral("DAG_Sales")).sqlError == 41122);

    // With a running workload in async mode the LSNs differ: refused.
    f.sql->database(QStringLiteral("Sales"))->workloadBytesPerSecond = 8 * 1024 * 1024;
    f.run(3);
    CHECK(links.plannedFailover(*f.sql, QStringLiteral("DAG_Sales")).sqlError == 41142);

    // Workload stopped, caught up: SQL Server → managed instance succeeds.
    f.sql->database(QStringLiteral("Sales"))->workloadBytesPerSecond = 0;
    f.run(5);
    REQUIRE(links.plannedFailover(*f.sql, QStringLiteral("DAG_Sales")).ok());
    f.run(2);
    CHECK(f.mi->link(QStringLiteral("DAG_Sales"))->instanceLinkRole == QStringLiteral("Primary"));
    CHECK(f.mi->link(QStringLiteral("DAG_Sales"))->partnerLinkRole == QStringLiteral("Secondary"));
    CHECK_FALSE(f.mi->engine()->database(QStringLiteral("Sales"))->readOnly);
    CHECK(f.sql->database(QStringLiteral("Sales"))->readOnly);

    // And back with ARM, now that the managed instance is primary.
    f.run(5);
    REQUIRE(links.armFailover(*f.mi, QStringLiteral("DAG_Sales"), QStringLiteral("Planned")).ok());
    f.run(2);
    CHECK(f.mi->link(QStringLiteral("DAG_Sales"))->instanceLinkRole == QStringLiteral("Secondary"));
    CHECK_FALSE(f.sql->database(QStringLiteral("Sales"))->readOnly);
}

TEST_CASE("T-SQL failover needs SQL Server 2022 CU13", "[sim][link][failover]")
{
    LinkFixture f;
    f.sql->productVersion = QStringLiteral("16.0.4095.4"); // CU10
    f.createLinkResource();
    f.run(40);
    CHECK(f.world.links().plannedFailover(*f.sql, QStringLiteral("DAG_Sales")).sqlError == 41104);
}

TEST_CASE("Forced failover while partitioned leads to split brain", "[sim][link][failover]")
{
    LinkFixture f;
    f.createLinkResource();
    f.run(40);
    SimLinkStateMachine &links = f.world.links();
    links.setPartitioned(f.sql->serverName, f.mi->fqdn, true);
    f.run(2);
    REQUIRE(f.miReplica().connectedState == QStringLiteral("DISCONNECTED"));

    // Forced failover on the managed instance (the secondary) while SQL Server is unreachable.
    REQUIRE(
        links.armFailover(*f.mi, QStringLiteral("DAG_Sales"), QStringLiteral("ForcedAllowDataLoss"))
            .ok());
    links.setPartitioned(f.sql->serverName, f.mi->fqdn, false);
    f.run(20);
    // Both sides now claim the primary role.
    CHECK(f.mi->link(QStringLiteral("DAG_Sales"))->instanceLinkRole == QStringLiteral("Primary"));
    CHECK(f.sql->availabilityGroup(QStringLiteral("DAG_Sales"))
              ->replica(QStringLiteral("AG_Sales"))
              ->role
          == QStringLiteral("PRIMARY"));
    CHECK(f.linkDb().mostRecentLinkError.contains(QStringLiteral("split brain")));
    CHECK(f.miReplica().connectedState == QStringLiteral("DISCONNECTED"));

    // Repair: demote SQL Server; the link resynchronizes with the managed instance as primary.
    REQUIRE(links.demote(*f.sql, QStringLiteral("DAG_Sales")).ok());
    f.run(40);
    CHECK(f.miReplica().connectedState == QStringLiteral("CONNECTED"));
    CHECK(f.linkDb().replicaState == QStringLiteral("LinkSynchronizing"));
    CHECK(f.sql->database(QStringLiteral("Sales"))->readOnly);
}

TEST_CASE("Deleting the link resource frees the managed instance's copy", "[sim][link]")
{
    LinkFixture f;
    f.createLinkResource();
    f.run(40);
    REQUIRE(f.mi->engine()->database(QStringLiteral("Sales"))->readOnly);
    f.mi->links.clear(); // ARM DELETE
    f.run(2);
    CHECK_FALSE(f.mi->engine()->database(QStringLiteral("Sales"))->readOnly);
    CHECK(f.mi->engine()->availabilityGroup(QStringLiteral("DAG_Sales")) == nullptr);
    CHECK(f.miReplica().connectedState == QStringLiteral("DISCONNECTED"));
}

TEST_CASE("The managed instance's DMVs show the link from its side", "[sim][link]")
{
    LinkFixture f;
    f.createLinkResource();
    f.run(40);
    REQUIRE(f.miReplica().connectedState == QStringLiteral("CONNECTED"));
    SimInstance &engine = *f.mi->engine();
    const SimAvailabilityGroup *miDag = engine.availabilityGroup(QStringLiteral("DAG_Sales"));
    REQUIRE(miDag != nullptr);
    for (const SimReplica &r : miDag->replicas) {
        INFO(r.serverName.toStdString());
        CHECK(r.connectedState == QStringLiteral("CONNECTED"));
        CHECK(r.role == (r.isLocal ? QStringLiteral("SECONDARY") : QStringLiteral("PRIMARY")));
    }
    // The managed instance's own AG: its single replica is that AG's primary (the forwarder).
    const SimAvailabilityGroup *miAg = engine.availabilityGroup(QStringLiteral("AG_Sales_MI"));
    REQUIRE(miAg != nullptr);
    REQUIRE(miAg->localReplica() != nullptr);
    CHECK(miAg->localReplica()->role == QStringLiteral("PRIMARY"));

    f.world.links().setPartitioned(f.sql->serverName, f.mi->fqdn, true);
    f.run(2);
    for (const SimReplica &r : engine.availabilityGroup(QStringLiteral("DAG_Sales"))->replicas)
        CHECK(r.connectedState
              == (r.isLocal ? QStringLiteral("CONNECTED") : QStringLiteral("DISCONNECTED")));
}
