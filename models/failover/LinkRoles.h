#pragma once

#include "ReplicaStatus.h"

#include "plan/PlanOptions.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace milink {

// Both replicas of one link, merged from SQL Server's DMVs, the managed instance's
// DMVs (when milink is connected to it) and the link resource in Azure.
struct LinkRoles
{
    Q_DECLARE_TR_FUNCTIONS(LinkRoles)

public:
    QString linkName;
    QString databaseName;
    ReplicaStatus sqlServer;
    ReplicaStatus managedInstance;

    // Both sides claim the primary role: a split brain after a forced failover.
    bool splitBrain() const;
    // The one primary; empty when unknown or split.
    std::optional<LinkSide> primary() const;
    // A sentence for the replicas page: who is primary, or the split brain.
    QString describe() const;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::LinkRoles)
