#include "AzureSqlApi.h"

#include "ArmClient.h"
#include "ArmJob.h"
#include "AzureResourceId.h"

namespace milink {

namespace {

QString sqlVersion()
{
    return QLatin1String(ArmClient::sqlApiVersion);
}
QString resourcesVersion()
{
    return QLatin1String(ArmClient::resourcesApiVersion);
}
QString miPath(const ManagedInstanceRef &mi)
{
    return AzureResourceId::managedInstancePath(mi.subscriptionId, mi.resourceGroup, mi.name);
}

} // namespace

AzureSqlApi::AzureSqlApi(ArmClient *client) : m_client(client)
{
}

ArmJob *AzureSqlApi::listTenants()
{
    return m_client->send(ArmRequest::list(QStringLiteral("/tenants"), resourcesVersion()));
}

ArmJob *AzureSqlApi::listSubscriptions(const QString &tenantId)
{
    return m_client->send(
        ArmRequest::list(QStringLiteral("/subscriptions"), resourcesVersion(), tenantId));
}

ArmJob *AzureSqlApi::getSubscription(const QString &subscriptionId, const QString &tenantId)
{
    return m_client->send(ArmRequest::get(QStringLiteral("/subscriptions/")
                                              + AzureResourceId::segment(subscriptionId),
                                          resourcesVersion(), tenantId));
}

ArmJob *AzureSqlApi::listManagedInstances(const QString &subscriptionId, const QString &tenantId)
{
    return m_client->send(ArmRequest::list(
        QStringLiteral("/subscriptions/") + AzureResourceId::segment(subscriptionId)
            + QStringLiteral("/providers/Microsoft.Sql/managedInstances"),
        sqlVersion(), tenantId));
}

ArmJob *AzureSqlApi::listManagedInstances(const QString &subscriptionId,
                                          const QString &resourceGroup, const QString &tenantId)
{
    return m_client->send(ArmRequest::list(
        QStringLiteral("/subscriptions/") + AzureResourceId::segment(subscriptionId)
            + QStringLiteral("/resourceGroups/") + AzureResourceId::segment(resourceGroup)
            + QStringLiteral("/providers/Microsoft.Sql/managedInstances"),
        sqlVersion(), tenantId));
}

ArmJob *AzureSqlApi::getManagedInstance(const ManagedInstanceRef &mi)
{
    return m_client->send(ArmRequest::get(miPath(mi), sqlVersion(), mi.tenantId));
}

ArmJob *AzureSqlApi::listServerTrustCertificates(const ManagedInstanceRef &mi)
{
    return m_client->send(ArmRequest::list(miPath(mi) + QStringLiteral("/serverTrustCertificates"),
                                           sqlVersion(), mi.tenantId));
}

ArmJob *AzureSqlApi::getServerTrustCertificate(const ManagedInstanceRef &mi, const QString &name)
{
    return m_client->send(ArmRequest::get(miPath(mi) + QStringLiteral("/serverTrustCertificates/")
                                              + AzureResourceId::segment(name),
                                          sqlVersion(), mi.tenantId));
}

ArmJob *AzureSqlApi::createServerTrustCertificate(const ManagedInstanceRef &mi, const QString &name,
                                                  const QByteArray &der)
{
    const QString path
        = miPath(mi) + QStringLiteral("/serverTrustCertificates/") + AzureResourceId::segment(name);
    const QJsonObject body {
        {QLatin1String("properties"),
         QJsonObject {
             {QLatin1String("publicBlob"),
              QString(QStringLiteral("0x") + QString::fromLatin1(der.toHex().toUpper()))}}}};
    return m_client->send(
        ArmRequest::longRunning("PUT", path, sqlVersion(), body, path, mi.tenantId));
}

ArmJob *AzureSqlApi::deleteServerTrustCertificate(const ManagedInstanceRef &mi, const QString &name)
{
    const QString path
        = miPath(mi) + QStringLiteral("/serverTrustCertificates/") + AzureResourceId::segment(name);
    return m_client->send(
        ArmRequest::longRunning("DELETE", path, sqlVersion(), std::nullopt, {}, mi.tenantId));
}

ArmJob *AzureSqlApi::listEndpointCertificates(const ManagedInstanceRef &mi)
{
    return m_client->send(ArmRequest::list(miPath(mi) + QStringLiteral("/endpointCertificates"),
                                           sqlVersion(), mi.tenantId));
}

ArmJob *AzureSqlApi::getEndpointCertificate(const ManagedInstanceRef &mi,
                                            const QString &endpointType)
{
    return m_client->send(ArmRequest::get(miPath(mi) + QStringLiteral("/endpointCertificates/")
                                              + AzureResourceId::segment(endpointType),
                                          sqlVersion(), mi.tenantId));
}

QString AzureSqlApi::linkPath(const ManagedInstanceRef &mi, const QString &linkName)
{
    return miPath(mi) + QStringLiteral("/distributedAvailabilityGroups/")
        + AzureResourceId::segment(linkName);
}

ArmJob *AzureSqlApi::listLinks(const ManagedInstanceRef &mi)
{
    return m_client->send(ArmRequest::list(
        miPath(mi) + QStringLiteral("/distributedAvailabilityGroups"), sqlVersion(), mi.tenantId));
}

ArmJob *AzureSqlApi::getLink(const ManagedInstanceRef &mi, const QString &linkName)
{
    return m_client->send(ArmRequest::get(linkPath(mi, linkName), sqlVersion(), mi.tenantId));
}

ArmJob *AzureSqlApi::createLink(const ManagedInstanceRef &mi, const LinkCreateParameters &p)
{
    const QString path = linkPath(mi, p.linkName);
    return m_client->send(
        ArmRequest::longRunning("PUT", path, sqlVersion(), p.toJson(), path, mi.tenantId));
}

ArmJob *AzureSqlApi::setReplicationMode(const ManagedInstanceRef &mi, const QString &linkName,
                                        const QString &replicationMode)
{
    const QString path = linkPath(mi, linkName);
    const QJsonObject body {{QLatin1String("properties"),
                             QJsonObject {{QLatin1String("replicationMode"), replicationMode}}}};
    return m_client->send(
        ArmRequest::longRunning("PATCH", path, sqlVersion(), body, path, mi.tenantId));
}

ArmJob *AzureSqlApi::deleteLink(const ManagedInstanceRef &mi, const QString &linkName)
{
    return m_client->send(ArmRequest::longRunning("DELETE", linkPath(mi, linkName), sqlVersion(),
                                                  std::nullopt, {}, mi.tenantId));
}

ArmJob *AzureSqlApi::failoverLink(const ManagedInstanceRef &mi, const QString &linkName,
                                  const QString &failoverType)
{
    const QString path = linkPath(mi, linkName);
    const QJsonObject body {{QLatin1String("failoverType"), failoverType}};
    return m_client->send(ArmRequest::longRunning("POST", path + QStringLiteral("/failover"),
                                                  sqlVersion(), body, path, mi.tenantId));
}

ArmJob *AzureSqlApi::setLinkRole(const ManagedInstanceRef &mi, const QString &linkName,
                                 const QString &instanceRole, const QString &roleChangeType)
{
    const QString path = linkPath(mi, linkName);
    const QJsonObject body {{QLatin1String("instanceRole"), instanceRole},
                            {QLatin1String("roleChangeType"), roleChangeType}};
    return m_client->send(ArmRequest::longRunning("POST", path + QStringLiteral("/setRole"),
                                                  sqlVersion(), body, path, mi.tenantId));
}

} // namespace milink
