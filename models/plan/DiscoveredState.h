#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

// What a probe of the servers found before a plan is built. Every member is
// optional: a value that was not probed leaves the step in the plan, guarded
// by its run-time check. A value that shows a step is already done marks it
// `PlanStep::alreadyDone` (it stays visible, and its check still runs).
struct DiscoveredState
{
    struct Database
    {
        QString name;
        std::optional<bool> fullRecovery;
        std::optional<bool> hasFullBackup;
    };

    std::optional<bool> hasMasterKey;
    QStringList certificates; // names in master.sys.certificates
    QStringList availabilityGroups; // names in sys.availability_groups (AGs and DAGs)
    // The DATABASE_MIRRORING endpoint already uses the link's certificate with AES.
    std::optional<bool> endpointReady;
    QList<Database> databases;
    QStringList serverTrustCertificates; // on the managed instance
    QStringList links; // distributedAvailabilityGroups on the managed instance
};

} // namespace milink
