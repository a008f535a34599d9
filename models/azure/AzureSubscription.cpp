#include "AzureSubscription.h"

namespace milink {

bool AzureSubscription::isUsable() const
{
    return state.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0
        || state.compare(QLatin1String("Warned"), Qt::CaseInsensitive) == 0
        || state.compare(QLatin1String("PastDue"), Qt::CaseInsensitive) == 0;
}

AzureSubscription AzureSubscription::fromJson(const QJsonObject &o)
{
    AzureSubscription s;
    s.subscriptionId = o.value(QLatin1String("subscriptionId")).toString();
    s.displayName = o.value(QLatin1String("displayName")).toString();
    s.tenantId = o.value(QLatin1String("tenantId")).toString();
    s.state = o.value(QLatin1String("state")).toString();
    return s;
}

} // namespace milink
