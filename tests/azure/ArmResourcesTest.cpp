// Typed views of ARM resources, resource ids and request bodies.

#include "azure/AzureResourceId.h"
#include "azure/AzureSubscription.h"
#include "azure/DistributedAvailabilityGroupInfo.h"
#include "azure/EndpointCertificateInfo.h"
#include "azure/LinkCreateParameters.h"
#include "azure/ManagedInstanceInfo.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace milink;

TEST_CASE("Resource ids are parsed case-insensitively")
{
    const AzureResourceId id = AzureResourceId::parse(
        QStringLiteral("/SUBSCRIPTIONS/sub-1/resourcegroups/rg-Prod/providers/Microsoft.Sql/"
                       "managedInstances/mi-1"));
    CHECK(id.subscriptionId == QStringLiteral("sub-1"));
    CHECK(id.resourceGroup == QStringLiteral("rg-Prod"));
    CHECK(id.providerNamespace == QStringLiteral("Microsoft.Sql"));
    CHECK(id.name == QStringLiteral("mi-1"));
    CHECK(AzureResourceId::managedInstancePath(QStringLiteral("s"), QStringLiteral("rg (1)"),
                                               QStringLiteral("mi"))
          == QStringLiteral("/subscriptions/s/resourceGroups/rg%20%281%29/providers/"
                            "Microsoft.Sql/managedInstances/mi"));
}

TEST_CASE("A managed instance is read with its resource group taken from the id")
{
    const QJsonObject o = QJsonDocument::fromJson(R"({
        "id": "/subscriptions/s1/resourceGroups/rg-sql/providers/Microsoft.Sql/managedInstances/mi1",
        "name": "mi1", "location": "westeurope",
        "sku": {"name": "BC_Gen5", "tier": "BusinessCritical"},
        "properties": {"fullyQualifiedDomainName": "mi1.abc.database.windows.net", "dnsZone": "abc",
            "state": "Ready", "databaseFormat": "SQLServer2022", "collation": "Latin1_General_CI_AS",
            "vCores": 16}})")
                              .object();
    const ManagedInstanceInfo mi = ManagedInstanceInfo::fromJson(o);
    CHECK(mi.resourceGroup == QStringLiteral("rg-sql"));
    CHECK(mi.subscriptionId == QStringLiteral("s1"));
    CHECK(mi.fqdn == QStringLiteral("mi1.abc.database.windows.net"));
    CHECK(mi.isReady());
    CHECK(mi.databaseFormat == QStringLiteral("SQLServer2022"));
    CHECK(mi.skuTier == QStringLiteral("BusinessCritical"));
    CHECK(mi.vCores == 16);
}

TEST_CASE("Endpoint certificate blobs are normalised for T-SQL")
{
    CHECK(EndpointCertificateInfo::normalizeHex(QStringLiteral(" 3082 01ab\n"))
          == QStringLiteral("0x308201AB"));
    CHECK(EndpointCertificateInfo::normalizeHex(QStringLiteral("0x3082"))
          == QStringLiteral("0x3082"));
    EndpointCertificateInfo c;
    c.publicBlob = QStringLiteral("0x3082");
    CHECK(c.der() == QByteArray("\x30\x82", 2));
}

TEST_CASE("Subscriptions that cannot be written to are recognised")
{
    AzureSubscription s;
    for (const char *state : {"Enabled", "Warned", "PastDue"}) {
        s.state = QLatin1String(state);
        CHECK(s.isUsable());
    }
    for (const char *state : {"Disabled", "Deleted"}) {
        s.state = QLatin1String(state);
        CHECK_FALSE(s.isUsable());
    }
}

TEST_CASE("A link create body has the 2025-01-01 property names")
{
    LinkCreateParameters p;
    p.linkName = QStringLiteral("dag1");
    p.partnerAvailabilityGroupName = QStringLiteral("AG_db1");
    p.instanceAvailabilityGroupName = QStringLiteral("AG_db1_MI");
    p.partnerEndpoint = QStringLiteral("TCP://10.0.0.4:5022");
    p.failoverMode = QStringLiteral("Manual");
    p.databases = {QStringLiteral("db1")};
    const QJsonObject props = p.toJson().value(QStringLiteral("properties")).toObject();
    CHECK(props.value(QStringLiteral("instanceLinkRole")).toString()
          == QStringLiteral("Secondary"));
    CHECK(props.value(QStringLiteral("seedingMode")).toString() == QStringLiteral("Automatic"));
    CHECK(props.value(QStringLiteral("databases"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("databaseName"))
              .toString()
          == QStringLiteral("db1"));
    CHECK_FALSE(props.contains(QStringLiteral("replicationMode"))); // left to Azure unless chosen
    CHECK_FALSE(props.contains(QStringLiteral("targetDatabase"))); // the pre-2023 schema
}

TEST_CASE("Link state is read with LSNs as strings")
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"name": "dag1", "properties": {
        "replicationMode": "Async", "instanceLinkRole": "Secondary", "partnerLinkRole": "Primary",
        "databases": [{"databaseName": "db1", "replicaState": "Catchup", "seedingProgress": "80%",
            "lastHardenedLsn": "98000000123400001", "connectedState": "CONNECTED",
            "partnerAuthCertValidity": {"certificateName": "c1", "expiryDate": "2027-01-01T00:00:00Z"},
            "instanceSendReplicationLagSeconds": 3}]}})")
                              .object();
    const auto dag = DistributedAvailabilityGroupInfo::fromJson(o);
    REQUIRE(dag.databases.size() == 1);
    CHECK(dag.databases.at(0).lastHardenedLsn == QStringLiteral("98000000123400001"));
    CHECK(dag.databases.at(0).partnerCertificateExpiry.date() == QDate(2027, 1, 1));
    CHECK(dag.databases.at(0).instanceSendReplicationLagSeconds == 3);
    CHECK(dag.databases.at(0).instanceRedoReplicationLagSeconds == -1);
}
