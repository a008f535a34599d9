#pragma once

#include <QString>

namespace milink {

// Which managed instance an operation is about, and the tenant to sign in to.
struct ManagedInstanceRef
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString tenantId; // empty: the default tenant
};

} // namespace milink
