#pragma once

#include <QList>
#include <QString>

namespace milink::sim {

// The Azure directory the simulator plays: tenants, their subscriptions and
// resource groups, and the users who can sign in.
struct SimTenant
{
    QString tenantId;
    QString displayName;
    QString defaultDomain;
};

struct SimResourceGroup
{
    QString name;
    QString location = QStringLiteral("westeurope");
};

struct SimSubscription
{
    QString subscriptionId;
    QString displayName;
    QString tenantId;
    QString state = QStringLiteral("Enabled"); // Enabled, Warned, PastDue, Disabled, Deleted
    QList<SimResourceGroup> resourceGroups;

    const SimResourceGroup *resourceGroup(const QString &name) const;
};

struct SimUser
{
    QString userName; // UPN, e.g. dba@contoso.example
    QString password; // the simulator's own test password
    QString tenantId;
};

} // namespace milink::sim
