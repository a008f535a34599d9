#pragma once

#include <QString>

namespace milink {

// One replica of a link (SQL Server or the managed instance) as the failover
// wizard shows it: its role in the distributed availability group and its health,
// with where each value was read.
struct ReplicaStatus
{
    enum class Role { Unknown, Primary, Secondary };

    Role role = Role::Unknown;
    QString roleSource; // "SQL Server DMV", "managed instance DMV", "Azure"
    QString connectedState; // CONNECTED, DISCONNECTED
    QString synchronizationHealth; // HEALTHY, PARTIALLY_HEALTHY, NOT_HEALTHY
    QString replicaState; // Azure replicaState (LinkSynchronizing, …) for the managed instance
    QString lastError; // last connect error or Azure's mostRecentLinkError
    QString readError; // why this replica could not be read; empty when it was

    static Role roleFromText(const QString &text); // PRIMARY / Primary / SECONDARY / …
    static QString roleText(Role role);
};

} // namespace milink
