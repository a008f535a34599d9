#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace milink {

// A Microsoft Entra tenant the signed-in account can use (TenantIdDescription).
struct AzureTenant
{
    QString tenantId;
    QString displayName;
    QString defaultDomain;
    QString category; // Home, ProjectedBy, ManagedBy
    QStringList domains;

    static AzureTenant fromJson(const QJsonObject &object);
};

} // namespace milink
