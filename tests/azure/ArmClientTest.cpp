// ArmClient over real HTTP against milink-sim: paging, retries, throttling, timeouts,
// dropped connections, long-running operations, typed errors and cancellation.

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureResourceId.h"
#include "azure/AzureSqlApi.h"
#include "azure/AzureSubscription.h"
#include "azure/AzureTenant.h"
#include "azure/Clock.h"
#include "azure/EndpointCertificateInfo.h"
#include "azure/EnvironmentTokenProvider.h"
#include "azure/ManagedInstanceInfo.h"
#include "azure/ServerTrustCertificateInfo.h"

#include "AzureTestSupport.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

ManagedInstanceRef demoInstance(const SimProcess &sim)
{
    const QString id = sim.ready()
                           .value(QStringLiteral("managedInstances"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("resourceId"))
                           .toString();
    const AzureResourceId rid = AzureResourceId::parse(id);
    return {rid.subscriptionId, rid.resourceGroup, rid.name, {}};
}

struct Fixture
{
    SimProcess sim;
    SimTokenProvider tokens {sim};
    QNetworkAccessManager network;
    ArmClient client {&network, &tokens, sim.cloud()};
    AzureSqlApi api {&client};
    ManagedInstanceRef mi = demoInstance(sim);

    Fixture() { client.setRetryPolicy(fastPolicy()); }

    QJsonArray requests()
    {
        return sim.control(QStringLiteral("arm.requests"))
            .value(QStringLiteral("requests"))
            .toArray();
    }
    void fault(const QJsonObject &rule) { sim.control(QStringLiteral("faults.add"), rule); }
    QByteArray someCertificate()
    {
        // The managed instance's own endpoint certificate is a real DER certificate.
        ArmJob *job = api.getEndpointCertificate(mi);
        waitFor(job);
        REQUIRE(job->succeeded());
        return EndpointCertificateInfo::fromJson(job->result()).der();
    }
};

} // namespace

TEST_CASE("Tenants, subscriptions and managed instances are listed across pages")
{
    Fixture f;
    f.sim.control(QStringLiteral("arm.configure"), {{QStringLiteral("pageSize"), 1}});
    for (const char *name : {"sqlmi-b", "sqlmi-c"})
        f.sim.control(QStringLiteral("azure.addManagedInstance"),
                      {{QStringLiteral("subscriptionId"), f.mi.subscriptionId},
                       {QStringLiteral("resourceGroup"), f.mi.resourceGroup},
                       {QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("databaseFormat"), QStringLiteral("SQLServer2025")}});

    ArmJob *tenants = f.api.listTenants();
    waitFor(tenants);
    INFO(describe(tenants).toStdString());
    REQUIRE(tenants->succeeded());
    REQUIRE_FALSE(tenants->items().isEmpty());
    CHECK_FALSE(AzureTenant::fromJson(tenants->items().at(0).toObject()).tenantId.isEmpty());

    ArmJob *subscriptions = f.api.listSubscriptions();
    waitFor(subscriptions);
    REQUIRE(subscriptions->succeeded());
    const auto sub = AzureSubscription::fromJson(subscriptions->items().at(0).toObject());
    CHECK(sub.subscriptionId == f.mi.subscriptionId);
    CHECK(sub.isUsable());

    ArmJob *list = f.api.listManagedInstances(f.mi.subscriptionId);
    waitFor(list);
    INFO(describe(list).toStdString());
    REQUIRE(list->succeeded());
    CHECK(list->items().size() == 3);
    CHECK(list->pageCount() == 3); // one item per page: nextLink followed twice
    QStringList names;
    for (const QJsonValue &v : list->items()) {
        const ManagedInstanceInfo info = ManagedInstanceInfo::fromJson(v.toObject());
        names << info.name;
        CHECK(info.resourceGroup == f.mi.resourceGroup);
    }
    CHECK(names.contains(QStringLiteral("sqlmi-c")));

    ArmJob *byGroup = f.api.listManagedInstances(f.mi.subscriptionId, f.mi.resourceGroup, {});
    waitFor(byGroup);
    REQUIRE(byGroup->succeeded());
    CHECK(byGroup->items().size() == 3);

    // Every request carried its own x-ms-client-request-id and the pinned api-version.
    const QJsonArray requests = f.requests();
    REQUIRE(requests.size() >= 8);
    QSet<QString> ids;
    for (const QJsonValue &v : requests) {
        const QJsonObject r = v.toObject();
        const QString id = r.value(QStringLiteral("clientRequestId")).toString();
        CHECK_FALSE(QUuid::fromString(id).isNull());
        ids.insert(id);
        const QString query = r.value(QStringLiteral("query")).toString();
        if (r.value(QStringLiteral("path")).toString().contains(QStringLiteral("Microsoft.Sql")))
            CHECK(query.contains(QStringLiteral("api-version=2025-01-01")));
        else
            CHECK(query.contains(QStringLiteral("api-version=2022-12-01")));
    }
    CHECK(ids.size() == requests.size());
}

TEST_CASE("A managed instance is read with everything the wizard needs")
{
    Fixture f;
    ArmJob *job = f.api.getManagedInstance(f.mi);
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    const ManagedInstanceInfo info = ManagedInstanceInfo::fromJson(job->result());
    CHECK(info.name == f.mi.name);
    CHECK(info.resourceGroup == f.mi.resourceGroup);
    CHECK(info.fqdn.endsWith(QStringLiteral(".database.windows.net")));
    CHECK(info.isReady());
    CHECK_FALSE(info.databaseFormat.isEmpty());
    CHECK_FALSE(info.collation.isEmpty());
    CHECK_FALSE(info.skuName.isEmpty());

    // ARM paths are case-insensitive.
    ManagedInstanceRef upper = f.mi;
    upper.resourceGroup = f.mi.resourceGroup.toUpper();
    ArmJob *again = f.api.getManagedInstance(upper);
    waitFor(again);
    CHECK(again->succeeded());
}

TEST_CASE("Throttling is retried after the Retry-After the server asks for")
{
    Fixture f;
    f.fault({{QStringLiteral("status"), 429},
             {QStringLiteral("retryAfter"), 7},
             {QStringLiteral("count"), 2},
             {QStringLiteral("path"), QStringLiteral("managedInstances")}});
    ArmJob *job = f.api.getManagedInstance(f.mi);
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    CHECK(job->httpRequestCount() == 3);
    CHECK(job->waitsMs() == QList<int> {7000, 7000});
}

TEST_CASE("An absurd Retry-After is capped")
{
    Fixture f;
    f.fault({{QStringLiteral("status"), 503}, {QStringLiteral("retryAfter"), 100000}});
    ArmJob *job = f.api.listTenants();
    waitFor(job);
    REQUIRE(job->succeeded());
    CHECK(job->waitsMs() == QList<int> {f.client.retryPolicy().maxRetryAfterMs});
}

TEST_CASE("Retry-After given as an HTTP date is measured on the injected clock")
{
    Fixture f;
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(12, 0, 0), Qt::UTC));
    f.client.setClock(&clock);
    f.fault({{QStringLiteral("status"), 429},
             {QStringLiteral("retryAfterDate"), QStringLiteral("Sun, 22 Nov 2026 12:00:42 GMT")}});
    ArmJob *job = f.api.listTenants();
    waitFor(job);
    REQUIRE(job->succeeded());
    CHECK(job->waitsMs() == QList<int> {42000});
}

TEST_CASE("Server errors without Retry-After back off exponentially with jitter")
{
    Fixture f;
    ArmRetryPolicy policy = fastPolicy();
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 3000;
    policy.maxRetries = 4;
    f.client.setRetryPolicy(policy);
    f.fault({{QStringLiteral("status"), 503}, {QStringLiteral("count"), 4}});
    ArmJob *job = f.api.listSubscriptions();
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    const QList<int> waits = job->waitsMs();
    REQUIRE(waits.size() == 4);
    // base·2^n, jitter takes up to half off, capped at 3 s.
    CHECK((waits[0] >= 500 && waits[0] <= 1000));
    CHECK((waits[1] >= 1000 && waits[1] <= 2000));
    CHECK((waits[2] >= 1500 && waits[2] <= 3000));
    CHECK((waits[3] >= 1500 && waits[3] <= 3000));
}

TEST_CASE("When the retries run out the last error is reported")
{
    Fixture f;
    for (int status : {500, 502, 504}) {
        f.sim.control(QStringLiteral("faults.clear"));
        f.fault({{QStringLiteral("status"), status}, {QStringLiteral("count"), -1}});
        ArmJob *job = f.api.listSubscriptions();
        waitFor(job);
        REQUIRE(job->error());
        CHECK(job->error()->kind == ArmError::Kind::Http);
        CHECK(job->error()->httpStatus == status);
        CHECK(job->httpRequestCount() == f.client.retryPolicy().maxRetries + 1);
        CHECK_FALSE(job->error()->requestId.isEmpty());
        CHECK_FALSE(job->error()->clientRequestId.isEmpty());
    }
}

TEST_CASE("Other client errors are not retried and come back typed")
{
    Fixture f;
    ArmJob *job = f.api.getSubscription(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    waitFor(job);
    REQUIRE(job->error());
    CHECK(job->httpRequestCount() == 1);
    CHECK(job->error()->httpStatus == 404);
    CHECK(job->error()->code == QStringLiteral("SubscriptionNotFound"));
    CHECK_FALSE(job->error()->requestId.isEmpty());
    CHECK_FALSE(job->error()->correlationId.isEmpty());
    CHECK(job->error()->toDisplayString().contains(QStringLiteral("no access")));

    ManagedInstanceRef missing = f.mi;
    missing.name = QStringLiteral("no-such-mi");
    ArmJob *mi = f.api.getManagedInstance(missing);
    waitFor(mi);
    REQUIRE(mi->error());
    CHECK(mi->error()->code == QStringLiteral("ResourceNotFound"));
}

TEST_CASE("Dropped connections are retried, except for actions that must not run twice")
{
    Fixture f;
    // QNetworkAccessManager itself resends a request once when a reused connection
    // closes before any answer; three drops in a row get past that to ArmJob.
    f.fault({{QStringLiteral("drop"), true},
             {QStringLiteral("method"), QStringLiteral("GET")},
             {QStringLiteral("count"), 3}});
    ArmJob *get = f.api.getManagedInstance(f.mi);
    waitFor(get);
    INFO(describe(get).toStdString());
    CHECK(get->succeeded());
    CHECK(get->httpRequestCount() >= 2);
    const QJsonArray faults
        = f.sim.control(QStringLiteral("faults.list")).value(QStringLiteral("faults")).toArray();
    CHECK(faults.at(0).toObject().value(QStringLiteral("fired")).toInt() == 3);

    f.sim.control(QStringLiteral("faults.clear"));
    f.fault({{QStringLiteral("drop"), true},
             {QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("count"), -1}});
    ArmJob *failover
        = f.api.failoverLink(f.mi, QStringLiteral("any-link"), QStringLiteral("Planned"));
    waitFor(failover);
    INFO(describe(failover).toStdString());
    REQUIRE(failover->error());
    CHECK(failover->error()->kind == ArmError::Kind::Network);
    CHECK(failover->httpRequestCount() == 1);
}

TEST_CASE("A request that gets no answer in time fails with a timeout")
{
    Fixture f;
    ArmRetryPolicy policy = fastPolicy();
    policy.transferTimeoutMs = 300;
    policy.maxRetries = 1;
    f.client.setRetryPolicy(policy);
    f.fault({{QStringLiteral("delayMs"), 3000}, {QStringLiteral("count"), -1}});
    ArmJob *job = f.api.listTenants();
    waitFor(job);
    REQUIRE(job->error());
    CHECK(job->error()->kind == ArmError::Kind::Timeout);
    CHECK(job->httpRequestCount() == 2); // retried once
}

TEST_CASE("A slow answer within the timeout is simply waited for")
{
    Fixture f;
    f.fault({{QStringLiteral("delayMs"), 300}});
    ArmJob *job = f.api.listTenants();
    waitFor(job);
    CHECK(job->succeeded());
    CHECK(job->httpRequestCount() == 1);
}

TEST_CASE("A rejected token is refreshed once and the request repeated")
{
    Fixture f;
    ArmJob *warmUp = f.api.listTenants();
    waitFor(warmUp);
    REQUIRE(warmUp->succeeded());
    f.sim.control(QStringLiteral("auth.expireTokens"));
    ArmJob *job = f.api.getManagedInstance(f.mi);
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    CHECK(job->tokenRefreshCount() == 1);
    CHECK(job->httpRequestCount() == 2);
    CHECK(f.tokens.forcedRefreshes == 1);
}

TEST_CASE("A token that stays rejected ends in an authentication error")
{
    SimProcess sim;
    qputenv("MILINK_TEST_BAD_TOKEN", "not-a-token");
    EnvironmentTokenProvider tokens(QStringLiteral("MILINK_TEST_BAD_TOKEN"));
    QNetworkAccessManager network;
    ArmClient client(&network, &tokens, sim.cloud());
    client.setRetryPolicy(fastPolicy());
    ArmJob *job = AzureSqlApi(&client).listSubscriptions();
    waitFor(job);
    REQUIRE(job->error());
    CHECK(job->error()->kind == ArmError::Kind::Authentication);
    CHECK(job->error()->message.contains(QStringLiteral("MILINK_TEST_BAD_TOKEN")));
    CHECK(job->httpRequestCount() == 1);
    qunsetenv("MILINK_TEST_BAD_TOKEN");
}

TEST_CASE("Long-running operations follow Azure-AsyncOperation and read the result")
{
    Fixture f;
    f.sim.control(
        QStringLiteral("arm.configure"),
        {{QStringLiteral("operationPolls"), 3}, {QStringLiteral("retryAfterSeconds"), 2}});
    const QByteArray der = f.someCertificate();
    ArmJob *job = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_SQL01"), der);
    QStringList statuses;
    QObject::connect(job, &ArmJob::progress, job,
                     [&statuses](const QString &status, int) { statuses << status; });
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    const auto cert = ServerTrustCertificateInfo::fromJson(job->result());
    CHECK(cert.certificateName == QStringLiteral("Cert_SQL01"));
    CHECK(cert.der() == der);
    CHECK(cert.thumbprint.startsWith(QStringLiteral("0x")));
    CHECK(job->pollCount() == 3);
    CHECK(statuses
          == QStringList {QStringLiteral("InProgress"), QStringLiteral("InProgress"),
                          QStringLiteral("InProgress"), QStringLiteral("Succeeded")});
    // Retry-After of the 202 and of each poll honoured.
    CHECK(job->waitsMs() == QList<int> {2000, 2000, 2000, 2000});
    // PUT, 4 status polls, final GET of the resource.
    CHECK(job->httpRequestCount() == 6);
    const QJsonArray requests = f.requests();
    CHECK(requests.last().toObject().value(QStringLiteral("method")).toString()
          == QStringLiteral("GET"));
    CHECK(requests.last()
              .toObject()
              .value(QStringLiteral("path"))
              .toString()
              .endsWith(QStringLiteral("/serverTrustCertificates/Cert_SQL01")));

    ArmJob *list = f.api.listServerTrustCertificates(f.mi);
    waitFor(list);
    REQUIRE(list->succeeded());
    CHECK(list->items().size() == 1);

    ArmJob *removed = f.api.deleteServerTrustCertificate(f.mi, QStringLiteral("Cert_SQL01"));
    waitFor(removed);
    INFO(describe(removed).toStdString());
    CHECK(removed->succeeded());
    ArmJob *gone = f.api.getServerTrustCertificate(f.mi, QStringLiteral("Cert_SQL01"));
    waitFor(gone);
    REQUIRE(gone->error());
    CHECK(gone->error()->httpStatus == 404);
}

TEST_CASE("Without Azure-AsyncOperation the Location header is polled")
{
    Fixture f;
    f.sim.control(
        QStringLiteral("arm.configure"),
        {{QStringLiteral("asyncOperationHeader"), false}, {QStringLiteral("operationPolls"), 2}});
    const QByteArray der = f.someCertificate();
    ArmJob *job = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_loc"), der);
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    CHECK(ServerTrustCertificateInfo::fromJson(job->result()).name == QStringLiteral("Cert_loc"));
    CHECK(job->pollCount() == 2); // two 202 answers, then the result
    bool polledLocation = false;
    for (const QJsonValue &v : f.requests())
        polledLocation = polledLocation
            || v.toObject()
                   .value(QStringLiteral("path"))
                   .toString()
                   .contains(QStringLiteral("serverTrustCertificatesOperationResults"));
    CHECK(polledLocation);
}

TEST_CASE("Polls that are throttled are retried like any request")
{
    Fixture f;
    const QByteArray der = f.someCertificate();
    f.fault({{QStringLiteral("status"), 429},
             {QStringLiteral("retryAfter"), 1},
             {QStringLiteral("path"), QStringLiteral("AzureAsyncOperation")}});
    ArmJob *job = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_429"), der);
    waitFor(job);
    INFO(describe(job).toStdString());
    CHECK(job->succeeded());
}

TEST_CASE("Certificates: a second certificate under the same name is refused")
{
    Fixture f;
    const QByteArray der = f.someCertificate();
    ArmJob *first = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_A"), der);
    waitFor(first);
    REQUIRE(first->succeeded());
    // The same certificate again converges (idempotent rerun).
    ArmJob *same = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_A"), der);
    waitFor(same);
    CHECK(same->succeeded());
    QByteArray other = der;
    other[other.size() - 1] = char(other.at(other.size() - 1) ^ 0x55);
    ArmJob *clash = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_A"), other);
    waitFor(clash);
    REQUIRE(clash->error());
    CHECK(clash->error()->code == QStringLiteral("CertificateAlreadyExists"));
    CHECK(clash->error()->httpStatus == 409);
    CHECK_FALSE(clash->error()->explanation().isEmpty());
    ArmJob *garbage
        = f.api.createServerTrustCertificate(f.mi, QStringLiteral("Cert_B"), "nonsense");
    waitFor(garbage);
    REQUIRE(garbage->error());
    CHECK(garbage->error()->code == QStringLiteral("InvalidPublicBlob"));
}

TEST_CASE("The managed instance's endpoint certificate is a real certificate")
{
    Fixture f;
    ArmJob *list = f.api.listEndpointCertificates(f.mi);
    waitFor(list);
    REQUIRE(list->succeeded());
    CHECK(list->items().size() == 2);
    const QByteArray der = f.someCertificate();
    const QSslCertificate certificate(der, QSsl::Der);
    REQUIRE_FALSE(certificate.isNull());
    const ManagedInstanceInfo info = [&f]() {
        ArmJob *job = f.api.getManagedInstance(f.mi);
        waitFor(job);
        return ManagedInstanceInfo::fromJson(job->result());
    }();
    CHECK(certificate.subjectInfo(QSslCertificate::CommonName).value(0) == info.fqdn);
}

TEST_CASE("Requests in flight can be cancelled")
{
    Fixture f;
    f.fault({{QStringLiteral("delayMs"), 5000}, {QStringLiteral("count"), -1}});
    ArmJob *job = f.api.listTenants();
    bool finished = false;
    QObject::connect(job, &ArmJob::finished, job, [&finished]() { finished = true; });
    QTest::qWait(100);
    job->cancel();
    REQUIRE(finished);
    REQUIRE(job->error());
    CHECK(job->error()->isCancelled());
    CHECK(job->error()->kind == ArmError::Kind::Cancelled);

    ArmJob *a = f.api.listSubscriptions();
    ArmJob *b = f.api.getManagedInstance(f.mi);
    QTest::qWait(100);
    f.client.cancelAll();
    CHECK(a->isFinished());
    CHECK(b->isFinished());
    CHECK(a->error()->isCancelled());
    CHECK(b->error()->isCancelled());
}

TEST_CASE("Plain http to a host that is not loopback is refused before anything is sent")
{
    SimProcess sim;
    SimTokenProvider tokens(sim);
    QNetworkAccessManager network;
    CloudProfile cloud = sim.cloud();
    cloud.armEndpoint = QUrl(QStringLiteral("http://192.0.2.1/"));
    ArmClient client(&network, &tokens, cloud);
    ArmJob *job = AzureSqlApi(&client).listTenants();
    waitFor(job);
    REQUIRE(job->error());
    CHECK(job->error()->code == QStringLiteral("InsecureEndpoint"));
    CHECK(job->httpRequestCount() == 0);
    CHECK(tokens.requests == 0); // not even a token was asked for
}
