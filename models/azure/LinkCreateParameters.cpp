#include "LinkCreateParameters.h"

#include <QJsonArray>

namespace milink {

QJsonObject LinkCreateParameters::toJson() const
{
    QJsonArray dbs;
    for (const QString &db : databases)
        dbs.append(QJsonObject {{QLatin1String("databaseName"), db}});
    QJsonObject properties {
        {QLatin1String("instanceLinkRole"), instanceLinkRole},
        {QLatin1String("partnerAvailabilityGroupName"), partnerAvailabilityGroupName},
        {QLatin1String("instanceAvailabilityGroupName"), instanceAvailabilityGroupName},
        {QLatin1String("partnerEndpoint"), partnerEndpoint},
        {QLatin1String("failoverMode"), failoverMode},
        {QLatin1String("seedingMode"), seedingMode},
        {QLatin1String("databases"), dbs},
    };
    if (!replicationMode.isEmpty())
        properties.insert(QLatin1String("replicationMode"), replicationMode);
    return QJsonObject {{QLatin1String("properties"), properties}};
}

} // namespace milink
