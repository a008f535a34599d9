#pragma once

#include <QString>

namespace milink {

// Pieces of an ARM resource id
// (/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}/…).
// Segment names are matched case-insensitively, as ARM does.
struct AzureResourceId
{
    QString subscriptionId;
    QString resourceGroup;
    QString providerNamespace; // "Microsoft.Sql"
    QString name; // the last name segment

    static AzureResourceId parse(const QString &id);

    // /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Sql/managedInstances/{mi}
    static QString managedInstancePath(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &instance);
    // Percent-encodes one path segment (names may contain '#', '@', '$').
    static QString segment(const QString &value);
};

} // namespace milink
