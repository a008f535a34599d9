#pragma once

#include <QJsonObject>
#include <QString>

namespace milink {

// An Azure subscription (Microsoft.Resources Subscription).
struct AzureSubscription
{
    QString subscriptionId;
    QString displayName;
    QString tenantId;
    QString state; // Enabled, Warned, PastDue, Disabled, Deleted

    // Writes are blocked on disabled and deleted subscriptions.
    bool isUsable() const;

    static AzureSubscription fromJson(const QJsonObject &object);
};

} // namespace milink
