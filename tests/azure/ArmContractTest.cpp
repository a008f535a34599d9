// The contract check: the client's traffic goes through Stoplight Prism in
// validation-proxy mode (against the official OpenAPI files) in front of milink-sim;
// any request or response that does not match the specs fails the test.

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureResourceId.h"
#include "azure/AzureSqlApi.h"
#include "azure/EndpointCertificateInfo.h"

#include "AzureTestSupport.h"
#include "PrismProxy.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

#include <catch2/catch.hpp>

using namespace milink;

TEST_CASE("Every ARM call milink makes matches the official OpenAPI files")
{
    SimProcess sim;
    PrismProxy prism(sim.armUrl());
    if (!prism.isAvailable()) {
        WARN("Contract check not run: " << prism.skipReason().toStdString());
        return;
    }
    sim.control(QStringLiteral("arm.configure"), {{QStringLiteral("pageSize"), 1}});
    SimTokenProvider tokens(sim);
    QNetworkAccessManager network;
    ArmClient client(&network, &tokens, sim.cloudVia(prism.url()));
    client.setRetryPolicy(fastPolicy());
    AzureSqlApi api(&client);
    const AzureResourceId rid
        = AzureResourceId::parse(sim.ready()
                                     .value(QStringLiteral("managedInstances"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("resourceId"))
                                     .toString());
    const ManagedInstanceRef mi {rid.subscriptionId, rid.resourceGroup, rid.name, {}};

    auto ok = [&prism](ArmJob *job) {
        waitFor(job);
        INFO(describe(job).toStdString());
        INFO("prism: " << prism.violations().join(QLatin1Char('\n')).toStdString());
        CHECK(job->succeeded());
        return job;
    };
    auto fails = [&prism](ArmJob *job, const char *code) {
        waitFor(job);
        INFO(describe(job).toStdString());
        INFO("prism: " << prism.violations().join(QLatin1Char('\n')).toStdString());
        REQUIRE(job->error());
        CHECK(job->error()->code == QLatin1String(code));
    };

    ok(api.listTenants());
    ok(api.listSubscriptions());
    ok(api.getSubscription(mi.subscriptionId));
    ok(api.listManagedInstances(mi.subscriptionId));
    ok(api.listManagedInstances(mi.subscriptionId, mi.resourceGroup, {}));
    ok(api.getManagedInstance(mi));
    ok(api.listEndpointCertificates(mi));
    ArmJob *endpoint = ok(api.getEndpointCertificate(mi));
    const QByteArray der = EndpointCertificateInfo::fromJson(endpoint->result()).der();
    ok(api.createServerTrustCertificate(mi, QStringLiteral("Cert_SQL01_endpoint"), der));
    ok(api.listServerTrustCertificates(mi));
    ok(api.getServerTrustCertificate(mi, QStringLiteral("Cert_SQL01_endpoint")));

    LinkCreateParameters link;
    link.linkName = QStringLiteral("dag_db1");
    link.partnerAvailabilityGroupName = QStringLiteral("AG_db1");
    link.instanceAvailabilityGroupName = QStringLiteral("AG_db1_MI");
    link.partnerEndpoint = QStringLiteral("TCP://SQL01:5022");
    link.databases = {QStringLiteral("db1")};
    ok(api.createLink(mi, link));
    ok(api.listLinks(mi));
    ok(api.getLink(mi, link.linkName));
    ok(api.setReplicationMode(mi, link.linkName, QStringLiteral("Sync")));
    fails(api.failoverLink(mi, link.linkName, QStringLiteral("Planned")),
          "InvalidDistributedAvailabilityGroupFailoverInstanceRole");
    fails(api.setLinkRole(mi, link.linkName, QStringLiteral("Primary"), QStringLiteral("Planned")),
          "DistributedAvailabilityGroupSetRolePrimaryPlannedNotSupported");
    ok(api.setLinkRole(mi, link.linkName, QStringLiteral("Primary"), QStringLiteral("Forced")));
    fails(api.getLink(mi, QStringLiteral("missing")), "ResourceNotFound");
    ok(api.deleteLink(mi, link.linkName));
    ok(api.deleteServerTrustCertificate(mi, QStringLiteral("Cert_SQL01_endpoint")));

    const QStringList violations = prism.violations();
    INFO(violations.join(QLatin1Char('\n')).toStdString());
    CHECK(violations.isEmpty());
}

TEST_CASE("The contract check itself catches a request that breaks the specs")
{
    SimProcess sim;
    PrismProxy prism(sim.armUrl());
    if (!prism.isAvailable()) {
        WARN("Contract check not run: " << prism.skipReason().toStdString());
        return;
    }
    SimTokenProvider tokens(sim);
    QNetworkAccessManager network;
    ArmClient client(&network, &tokens, sim.cloudVia(prism.url()));
    client.setRetryPolicy(fastPolicy());
    // failoverType is required by the spec.
    ArmRequest bad = ArmRequest::longRunning(
        "POST",
        QStringLiteral(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/managedInstances/"
            "mi/distributedAvailabilityGroups/d/failover"),
        QLatin1String(ArmClient::sqlApiVersion), QJsonObject {{QStringLiteral("x"), 1}}, {});
    ArmJob *job = client.send(bad);
    waitFor(job);
    REQUIRE(job->error());
    CHECK(job->error()->httpStatus == 422);
    CHECK_FALSE(prism.violations().isEmpty());
}
