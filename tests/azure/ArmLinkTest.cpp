// Links (distributed availability groups) through ARM against milink-sim: the whole
// lifecycle and the documented rule errors with their explanations.

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureResourceId.h"
#include "azure/AzureSqlApi.h"
#include "azure/DistributedAvailabilityGroupInfo.h"

#include "AzureTestSupport.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

struct LinkFixture
{
    SimProcess sim;
    SimTokenProvider tokens {sim};
    QNetworkAccessManager network;
    ArmClient client {&network, &tokens, sim.cloud()};
    AzureSqlApi api {&client};
    ManagedInstanceRef mi;

    LinkFixture()
    {
        client.setRetryPolicy(fastPolicy());
        const AzureResourceId rid
            = AzureResourceId::parse(sim.ready()
                                         .value(QStringLiteral("managedInstances"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("resourceId"))
                                         .toString());
        mi = {rid.subscriptionId, rid.resourceGroup, rid.name, {}};
    }

    static LinkCreateParameters link(const QString &name, const QString &database)
    {
        LinkCreateParameters p;
        p.linkName = name;
        p.partnerAvailabilityGroupName = QStringLiteral("AG_") + database;
        p.instanceAvailabilityGroupName = QStringLiteral("AG_") + database + QStringLiteral("_MI");
        p.partnerEndpoint = QStringLiteral("TCP://SQL01:5022");
        p.databases = {database};
        return p;
    }

    ArmJob *run(ArmJob *job)
    {
        waitFor(job);
        return job;
    }

    // Creates the link and checks the create succeeded.
    DistributedAvailabilityGroupInfo create(const LinkCreateParameters &p)
    {
        ArmJob *job = run(api.createLink(mi, p));
        INFO(describe(job).toStdString());
        REQUIRE(job->succeeded());
        return DistributedAvailabilityGroupInfo::fromJson(job->result());
    }

    // Runs `job` and returns its error code (empty when it succeeded).
    QString errorCode(ArmJob *job)
    {
        run(job);
        return job->error() ? job->error()->code : QString();
    }
};

} // namespace

TEST_CASE("A link is created, read, switched to synchronous, re-roled and deleted")
{
    LinkFixture f;
    const auto created
        = f.create(LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1")));
    CHECK(created.name == QStringLiteral("dag_db1"));
    CHECK(created.instanceLinkRole == QStringLiteral("Secondary"));
    CHECK(created.partnerLinkRole == QStringLiteral("Primary"));
    CHECK(created.failoverMode == QStringLiteral("None"));
    CHECK(created.seedingMode == QStringLiteral("Automatic"));
    CHECK_FALSE(created.distributedAvailabilityGroupId.isEmpty());
    REQUIRE(created.databases.size() == 1);
    CHECK(created.databases.at(0).databaseName == QStringLiteral("db1"));
    CHECK_FALSE(created.databases.at(0).instanceReplicaId.isEmpty());
    bool lsnIsNumber = false;
    created.databases.at(0).lastHardenedLsn.toULongLong(&lsnIsNumber);
    CHECK(lsnIsNumber);

    // Creating it again converges on the existing link.
    CHECK(
        f.errorCode(f.api.createLink(
                        f.mi, LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1"))))
            .isEmpty());

    ArmJob *list = f.run(f.api.listLinks(f.mi));
    REQUIRE(list->succeeded());
    CHECK(list->items().size() == 1);

    ArmJob *sync
        = f.run(f.api.setReplicationMode(f.mi, QStringLiteral("dag_db1"), QStringLiteral("Sync")));
    INFO(describe(sync).toStdString());
    REQUIRE(sync->succeeded());
    CHECK(DistributedAvailabilityGroupInfo::fromJson(sync->result()).replicationMode
          == QStringLiteral("Sync"));

    ArmJob *role = f.run(f.api.setLinkRole(f.mi, QStringLiteral("dag_db1"),
                                           QStringLiteral("Primary"), QStringLiteral("Forced")));
    INFO(describe(role).toStdString());
    REQUIRE(role->succeeded());
    CHECK(DistributedAvailabilityGroupInfo::fromJson(role->result()).instanceLinkRole
          == QStringLiteral("Primary"));

    ArmJob *removed = f.run(f.api.deleteLink(f.mi, QStringLiteral("dag_db1")));
    INFO(describe(removed).toStdString());
    REQUIRE(removed->succeeded());
    ArmJob *gone = f.run(f.api.getLink(f.mi, QStringLiteral("dag_db1")));
    REQUIRE(gone->error());
    CHECK(gone->error()->httpStatus == 404);
    // Deleting what is gone is not an error (idempotent cleanup).
    CHECK(f.errorCode(f.api.deleteLink(f.mi, QStringLiteral("dag_db1"))).isEmpty());
}

TEST_CASE("Link requests that break the rules get the documented codes")
{
    LinkFixture f;
    SECTION("same AG name on both sides")
    {
        auto p = LinkFixture::link(QStringLiteral("dag_x"), QStringLiteral("db1"));
        p.instanceAvailabilityGroupName = p.partnerAvailabilityGroupName.toLower();
        ArmJob *job = f.run(f.api.createLink(f.mi, p));
        REQUIRE(job->error());
        CHECK(job->error()->code
              == QStringLiteral("InstanceAvailabilityGroupNamePartnerAvailabilityGroupNameMatch"));
        CHECK(job->error()->httpStatus == 400);
        CHECK(job->error()->explanation().contains(QStringLiteral("must differ")));
    }
    SECTION("the managed instance's AG name is taken by another link")
    {
        f.create(LinkFixture::link(QStringLiteral("dag_1"), QStringLiteral("db1")));
        auto p = LinkFixture::link(QStringLiteral("dag_2"), QStringLiteral("db2"));
        p.instanceAvailabilityGroupName = QStringLiteral("AG_db1_MI");
        CHECK(f.errorCode(f.api.createLink(f.mi, p))
              == QStringLiteral("CloudLifterChimeraMIAgNameIsAlreadyUsed"));
        // …and a second link for the same SQL Server AG.
        auto q = LinkFixture::link(QStringLiteral("dag_3"), QStringLiteral("db1"));
        q.instanceAvailabilityGroupName = QStringLiteral("AG_other_MI");
        CHECK(f.errorCode(f.api.createLink(f.mi, q))
              == QStringLiteral("ManagedInstanceLinkForProvidedAvailabilityGroupsAlreadyExists"));
    }
    SECTION("bad fields are named")
    {
        auto noDb = LinkFixture::link(QStringLiteral("dag_x"), QStringLiteral("db1"));
        noDb.databases.clear();
        CHECK(f.errorCode(f.api.createLink(f.mi, noDb))
              == QStringLiteral(
                  "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestDatabases"));
        auto badEndpoint = LinkFixture::link(QStringLiteral("dag_x"), QStringLiteral("db1"));
        badEndpoint.partnerEndpoint = QStringLiteral("SQL01:5022");
        CHECK(f.errorCode(f.api.createLink(f.mi, badEndpoint))
              == QStringLiteral(
                  "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestPartnerEndpoint"));
        auto manualSeeding = LinkFixture::link(QStringLiteral("dag_x"), QStringLiteral("db1"));
        manualSeeding.seedingMode = QStringLiteral("Manual");
        CHECK(f.errorCode(f.api.createLink(f.mi, manualSeeding))
              == QStringLiteral(
                  "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestSeedingMode"));
    }
    SECTION("two-way links need matching database formats")
    {
        f.sim.control(QStringLiteral("azure.updateManagedInstance"),
                      {{QStringLiteral("subscriptionId"), f.mi.subscriptionId},
                       {QStringLiteral("resourceGroup"), f.mi.resourceGroup},
                       {QStringLiteral("name"), f.mi.name},
                       {QStringLiteral("databaseFormat"), QStringLiteral("AlwaysUpToDate")}});
        auto p = LinkFixture::link(QStringLiteral("dag_x"), QStringLiteral("db1"));
        p.failoverMode = QStringLiteral("Manual");
        ArmJob *job = f.run(f.api.createLink(f.mi, p));
        REQUIRE(job->error());
        CHECK(
            job->error()->code
            == QStringLiteral("CloudLifterChimeraBoxAndMiOnDifferentDbVersionsFailoverModeManual"));
        CHECK(job->error()->explanation().contains(QStringLiteral("update policy")));
        // A one-way link is fine with any format.
        p.failoverMode = QStringLiteral("None");
        CHECK(f.errorCode(f.api.createLink(f.mi, p)).isEmpty());
    }
}

TEST_CASE("Planned failover through Azure is refused while the managed instance is secondary")
{
    LinkFixture f;
    f.create(LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1")));
    ArmJob *job
        = f.run(f.api.failoverLink(f.mi, QStringLiteral("dag_db1"), QStringLiteral("Planned")));
    REQUIRE(job->error());
    CHECK(job->error()->httpStatus == 400);
    CHECK(job->error()->code
          == QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole"));
    CHECK(job->error()->toDisplayString().contains(
        QStringLiteral("only possible while the managed instance is the primary")));
    CHECK(
        f.errorCode(f.api.failoverLink(f.mi, QStringLiteral("dag_db1"), QStringLiteral("Sideways")))
        == QStringLiteral("InvalidDistributedAvailabilityGroupFailoverRequest"));
}

TEST_CASE("setRole refuses Primary with Planned and a role the instance already has")
{
    LinkFixture f;
    f.create(LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1")));
    ArmJob *planned = f.run(f.api.setLinkRole(
        f.mi, QStringLiteral("dag_db1"), QStringLiteral("Primary"), QStringLiteral("Planned")));
    REQUIRE(planned->error());
    CHECK(planned->error()->httpStatus == 409);
    CHECK(planned->error()->code
          == QStringLiteral("DistributedAvailabilityGroupSetRolePrimaryPlannedNotSupported"));
    CHECK(f.errorCode(f.api.setLinkRole(f.mi, QStringLiteral("dag_db1"),
                                        QStringLiteral("Secondary"), QStringLiteral("Forced")))
          == QStringLiteral("DistributedAvailabilityGroupSetRoleInstanceAlreadyInRequestedRole"));
}

TEST_CASE("With partner checks on, a link whose SQL Server side is not ready fails as an operation")
{
    LinkFixture f;
    f.sim.control(QStringLiteral("arm.configure"), {{QStringLiteral("linkChecks"), true}});
    SECTION("followed through Azure-AsyncOperation")
    {
        ArmJob *job = f.run(f.api.createLink(
            f.mi, LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1"))));
        REQUIRE(job->error());
        CHECK(job->error()->kind == ArmError::Kind::OperationFailed);
        CHECK(job->error()->code.startsWith(QStringLiteral("ManagedInstanceLink")));
        CHECK_FALSE(job->error()->explanation().isEmpty());
    }
    SECTION("followed through Location")
    {
        f.sim.control(QStringLiteral("arm.configure"),
                      {{QStringLiteral("asyncOperationHeader"), false}});
        ArmJob *job = f.run(f.api.createLink(
            f.mi, LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1"))));
        REQUIRE(job->error());
        CHECK(job->error()->kind == ArmError::Kind::Http);
        CHECK(job->error()->httpStatus == 400);
        CHECK(job->error()->code.startsWith(QStringLiteral("ManagedInstanceLink")));
    }
    ArmJob *gone = f.run(f.api.getLink(f.mi, QStringLiteral("dag_db1")));
    CHECK(gone->error());
}

TEST_CASE("A second change to a link while one runs is refused as a conflict")
{
    LinkFixture f;
    f.sim.control(QStringLiteral("arm.configure"), {{QStringLiteral("operationPolls"), 5}});
    f.create(LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1")));
    ArmRetryPolicy slow = fastPolicy();
    slow.delayScale = 1.0; // let the first operation sit between polls
    f.client.setRetryPolicy(slow);
    ArmJob *first
        = f.api.setReplicationMode(f.mi, QStringLiteral("dag_db1"), QStringLiteral("Sync"));
    REQUIRE(QTest::qWaitFor(
        [first]() { return first->httpRequestCount() >= 1 && first->waitsMs().size() >= 1; },
        10000));
    f.client.setRetryPolicy(fastPolicy());
    ArmJob *second = f.run(f.api.setLinkRole(f.mi, QStringLiteral("dag_db1"),
                                             QStringLiteral("Primary"), QStringLiteral("Forced")));
    REQUIRE(second->error());
    CHECK(second->error()->code
          == QStringLiteral("DistributedAvailabilityGroupSetRoleChangeRoleAlreadyInProgress"));
    first->cancel();
}

TEST_CASE("An operation whose client stopped polling still ends, as in Azure")
{
    LinkFixture f;
    f.sim.control(QStringLiteral("arm.configure"), {{QStringLiteral("operationPolls"), 5}});
    f.create(LinkFixture::link(QStringLiteral("dag_db1"), QStringLiteral("db1")));
    ArmRetryPolicy slow = fastPolicy();
    slow.delayScale = 1.0;
    f.client.setRetryPolicy(slow);
    ArmJob *abandoned
        = f.api.setReplicationMode(f.mi, QStringLiteral("dag_db1"), QStringLiteral("Sync"));
    REQUIRE(QTest::qWaitFor(
        [abandoned]() {
            return abandoned->httpRequestCount() >= 1 && !abandoned->waitsMs().isEmpty();
        },
        10000)); // accepted by Azure, waiting for its first poll
    abandoned->cancel(); // the client goes away; nobody polls the operation any more
    f.client.setRetryPolicy(fastPolicy());

    // While it is young, the resource is busy.
    CHECK_FALSE(f.errorCode(f.api.setReplicationMode(f.mi, QStringLiteral("dag_db1"),
                                                     QStringLiteral("Async")))
                    .isEmpty());
    // A simulated minute later it has ended and the resource takes new changes.
    f.sim.control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 61}});
    CHECK(f.errorCode(
               f.api.setReplicationMode(f.mi, QStringLiteral("dag_db1"), QStringLiteral("Async")))
              .isEmpty());
}
