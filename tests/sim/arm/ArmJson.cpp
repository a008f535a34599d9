#include "ArmJson.h"

#include "world/SimManagedInstance.h"
#include "world/SimTenancy.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace milink::sim {

namespace {
void putTime(QJsonObject &o, const char *key, const QDateTime &when)
{
    if (when.isValid())
        o.insert(QLatin1String(key), when.toUTC().toString(Qt::ISODateWithMs));
}
QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

QString ArmJson::hexBlob(const QByteArray &der)
{
    return QStringLiteral("0x") + QString::fromLatin1(der.toHex().toUpper());
}

QJsonObject ArmJson::tenant(const SimTenant &t)
{
    return QJsonObject {
        {QStringLiteral("id"), QString(QStringLiteral("/tenants/") + t.tenantId)},
        {QStringLiteral("tenantId"), t.tenantId},
        {QStringLiteral("tenantCategory"), QStringLiteral("Home")},
        {QStringLiteral("displayName"), t.displayName},
        {QStringLiteral("defaultDomain"), t.defaultDomain},
        {QStringLiteral("domains"), QJsonArray {t.defaultDomain}},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
    };
}

QJsonObject ArmJson::subscription(const SimSubscription &s)
{
    return QJsonObject {
        {QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + s.subscriptionId)},
        {QStringLiteral("subscriptionId"), s.subscriptionId},
        {QStringLiteral("displayName"), s.displayName},
        {QStringLiteral("tenantId"), s.tenantId},
        {QStringLiteral("state"), s.state},
        {QStringLiteral("subscriptionPolicies"),
         QJsonObject {{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                      {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                      {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}},
        {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
        {QStringLiteral("managedByTenants"), QJsonArray()},
        {QStringLiteral("tags"), QJsonObject()},
    };
}

QJsonObject ArmJson::managedInstance(const SimManagedInstance &mi)
{
    const QString family = mi.skuFamily;
    QJsonObject properties {
        {QStringLiteral("provisioningState"), mi.provisioningState},
        {QStringLiteral("fullyQualifiedDomainName"), mi.fqdn},
        {QStringLiteral("administratorLogin"), QStringLiteral("miadmin")},
        {QStringLiteral("subnetId"), mi.subnetId},
        {QStringLiteral("state"), mi.state},
        {QStringLiteral("licenseType"), mi.licenseType},
        {QStringLiteral("hybridSecondaryUsage"), mi.hybridSecondaryUsage},
        {QStringLiteral("hybridSecondaryUsageDetected"), mi.hybridSecondaryUsage},
        {QStringLiteral("vCores"), mi.vCores},
        {QStringLiteral("storageSizeInGB"), mi.storageSizeInGB},
        {QStringLiteral("collation"), mi.collation},
        {QStringLiteral("dnsZone"), mi.dnsZone},
        {QStringLiteral("publicDataEndpointEnabled"), false},
        {QStringLiteral("proxyOverride"), QStringLiteral("Proxy")},
        {QStringLiteral("timezoneId"), QStringLiteral("UTC")},
        {QStringLiteral("minimalTlsVersion"), QStringLiteral("1.2")},
        {QStringLiteral("currentBackupStorageRedundancy"), QStringLiteral("Geo")},
        {QStringLiteral("requestedBackupStorageRedundancy"), QStringLiteral("Geo")},
        {QStringLiteral("zoneRedundant"), false},
        {QStringLiteral("pricingModel"), QStringLiteral("Regular")},
        {QStringLiteral("databaseFormat"), mi.databaseFormat},
        {QStringLiteral("virtualClusterId"),
         QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Sql/"
                        "virtualClusters/vc-%3")
             .arg(mi.subscriptionId, mi.resourceGroup, mi.dnsZone)},
    };
    return QJsonObject {
        {QStringLiteral("id"), mi.resourceId()},
        {QStringLiteral("name"), mi.name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Sql/managedInstances")},
        {QStringLiteral("location"), mi.location},
        {QStringLiteral("tags"), QJsonObject()},
        {QStringLiteral("sku"),
         QJsonObject {{QStringLiteral("name"), mi.skuName},
                      {QStringLiteral("tier"), mi.skuTier},
                      {QStringLiteral("family"), family},
                      {QStringLiteral("capacity"), mi.vCores}}},
        {QStringLiteral("properties"), properties},
    };
}

QJsonObject ArmJson::serverTrustCertificate(const SimManagedInstance &mi,
                                            const SimServerTrustCertificate &c)
{
    const QByteArray thumbprint = QCryptographicHash::hash(c.der, QCryptographicHash::Sha1);
    return QJsonObject {
        {QStringLiteral("id"),
         QString(mi.resourceId() + QStringLiteral("/serverTrustCertificates/") + c.name)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("type"),
         QStringLiteral("Microsoft.Sql/managedInstances/serverTrustCertificates")},
        {QStringLiteral("properties"),
         QJsonObject {
             {QStringLiteral("publicBlob"), hexBlob(c.der)},
             {QStringLiteral("thumbprint"),
              QString(QStringLiteral("0x") + QString::fromLatin1(thumbprint.toHex().toUpper()))},
             {QStringLiteral("certificateName"), c.name}}},
    };
}

QJsonObject ArmJson::endpointCertificate(const SimManagedInstance &mi, const QString &type,
                                         const SimCertificate *certificate)
{
    QJsonObject properties;
    if (certificate)
        properties.insert(QStringLiteral("publicBlob"), hexBlob(certificate->der));
    return QJsonObject {
        {QStringLiteral("id"),
         QString(mi.resourceId() + QStringLiteral("/endpointCertificates/") + type)},
        {QStringLiteral("name"), type},
        {QStringLiteral("type"),
         QStringLiteral("Microsoft.Sql/managedInstances/endpointCertificates")},
        {QStringLiteral("properties"), properties},
    };
}

QJsonObject ArmJson::link(const SimManagedInstance &mi, const SimLinkResource &l)
{
    QJsonArray databases;
    for (const SimLinkDatabase &d : l.databases) {
        QJsonObject db {
            {QStringLiteral("databaseName"), d.databaseName},
            {QStringLiteral("instanceReplicaId"), uuid(d.instanceReplicaId)},
            {QStringLiteral("partnerReplicaId"), uuid(d.partnerReplicaId)},
            {QStringLiteral("synchronizationHealth"), d.synchronizationHealth},
            {QStringLiteral("connectedState"), d.connectedState},
            {QStringLiteral("lastReceivedLsn"), QString::number(d.lastReceivedLsn)},
            {QStringLiteral("lastSentLsn"), QString::number(d.lastSentLsn)},
            {QStringLiteral("lastCommitLsn"), QString::number(d.lastCommitLsn)},
            {QStringLiteral("lastHardenedLsn"), QString::number(d.lastHardenedLsn)},
            {QStringLiteral("lastBackupLsn"), QString::number(d.lastBackupLsn)},
            {QStringLiteral("instanceSendReplicationLagSeconds"),
             d.instanceSendReplicationLagSeconds},
            {QStringLiteral("instanceRedoReplicationLagSeconds"),
             d.instanceRedoReplicationLagSeconds},
        };
        if (!d.replicaState.isEmpty())
            db.insert(QStringLiteral("replicaState"), d.replicaState);
        if (!d.seedingProgress.isEmpty())
            db.insert(QStringLiteral("seedingProgress"), d.seedingProgress);
        if (!d.mostRecentLinkError.isEmpty())
            db.insert(QStringLiteral("mostRecentLinkError"), d.mostRecentLinkError);
        putTime(db, "lastReceivedTime", d.lastReceivedTime);
        putTime(db, "lastSentTime", d.lastSentTime);
        putTime(db, "lastCommitTime", d.lastCommitTime);
        putTime(db, "lastHardenedTime", d.lastHardenedTime);
        putTime(db, "lastBackupTime", d.lastBackupTime);
        if (!d.partnerCertificateName.isEmpty() || d.partnerCertificateExpiry.isValid()) {
            QJsonObject validity {{QStringLiteral("certificateName"), d.partnerCertificateName}};
            putTime(validity, "expiryDate", d.partnerCertificateExpiry);
            db.insert(QStringLiteral("partnerAuthCertValidity"), validity);
        }
        databases.append(db);
    }
    return QJsonObject {
        {QStringLiteral("id"),
         QString(mi.resourceId() + QStringLiteral("/distributedAvailabilityGroups/") + l.name)},
        {QStringLiteral("name"), l.name},
        {QStringLiteral("type"),
         QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups")},
        {QStringLiteral("properties"),
         QJsonObject {
             {QStringLiteral("distributedAvailabilityGroupName"), l.name},
             {QStringLiteral("distributedAvailabilityGroupId"),
              uuid(l.distributedAvailabilityGroupId)},
             {QStringLiteral("replicationMode"), l.replicationMode},
             {QStringLiteral("partnerLinkRole"), l.partnerLinkRole},
             {QStringLiteral("partnerAvailabilityGroupName"), l.partnerAvailabilityGroupName},
             {QStringLiteral("partnerEndpoint"), l.partnerEndpoint},
             {QStringLiteral("instanceLinkRole"), l.instanceLinkRole},
             {QStringLiteral("instanceAvailabilityGroupName"), l.instanceAvailabilityGroupName},
             {QStringLiteral("failoverMode"), l.failoverMode},
             {QStringLiteral("seedingMode"), l.seedingMode},
             {QStringLiteral("databases"), databases},
         }},
    };
}

} // namespace milink::sim
