#include "ManagedInstanceInfo.h"

#include "AzureResourceId.h"

namespace milink {

ManagedInstanceInfo ManagedInstanceInfo::fromJson(const QJsonObject &o)
{
    ManagedInstanceInfo mi;
    mi.id = o.value(QLatin1String("id")).toString();
    mi.name = o.value(QLatin1String("name")).toString();
    const AzureResourceId rid = AzureResourceId::parse(mi.id);
    mi.subscriptionId = rid.subscriptionId;
    mi.resourceGroup = rid.resourceGroup;
    mi.location = o.value(QLatin1String("location")).toString();
    const QJsonObject p = o.value(QLatin1String("properties")).toObject();
    mi.fqdn = p.value(QLatin1String("fullyQualifiedDomainName")).toString();
    mi.dnsZone = p.value(QLatin1String("dnsZone")).toString();
    mi.state = p.value(QLatin1String("state")).toString();
    mi.provisioningState = p.value(QLatin1String("provisioningState")).toString();
    mi.databaseFormat = p.value(QLatin1String("databaseFormat")).toString();
    mi.collation = p.value(QLatin1String("collation")).toString();
    mi.vCores = p.value(QLatin1String("vCores")).toInt();
    mi.hybridSecondaryUsage = p.value(QLatin1String("hybridSecondaryUsage")).toString();
    const QJsonObject sku = o.value(QLatin1String("sku")).toObject();
    mi.skuName = sku.value(QLatin1String("name")).toString();
    mi.skuTier = sku.value(QLatin1String("tier")).toString();
    return mi;
}

} // namespace milink
