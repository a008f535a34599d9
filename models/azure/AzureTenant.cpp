#include "AzureTenant.h"

#include <QJsonArray>

namespace milink {

AzureTenant AzureTenant::fromJson(const QJsonObject &o)
{
    AzureTenant t;
    t.tenantId = o.value(QLatin1String("tenantId")).toString();
    t.displayName = o.value(QLatin1String("displayName")).toString();
    t.defaultDomain = o.value(QLatin1String("defaultDomain")).toString();
    t.category = o.value(QLatin1String("tenantCategory")).toString();
    const QJsonArray domains = o.value(QLatin1String("domains")).toArray();
    for (const QJsonValue &d : domains)
        t.domains << d.toString();
    return t;
}

} // namespace milink
