#pragma once

#include <QJsonObject>
#include <QString>

namespace milink {

// What milink reads about a managed instance from ARM (ManagedInstance).
struct ManagedInstanceInfo
{
    QString id;
    QString name;
    QString subscriptionId; // parsed from id
    QString resourceGroup; // parsed from id
    QString location;
    QString fqdn; // properties.fullyQualifiedDomainName
    QString dnsZone;
    QString state; // "Ready" when usable
    QString provisioningState;
    QString databaseFormat; // AlwaysUpToDate, SQLServer2022, SQLServer2025 (update policy)
    QString collation;
    QString skuName; // GP_Gen5, BC_Gen5, …
    QString skuTier; // GeneralPurpose, BusinessCritical, …
    int vCores = 0;
    QString hybridSecondaryUsage;

    bool isReady() const { return state.compare(QLatin1String("Ready"), Qt::CaseInsensitive) == 0; }

    static ManagedInstanceInfo fromJson(const QJsonObject &object);
};

} // namespace milink
