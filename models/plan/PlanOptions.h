#pragma once

#include "link/LinkDefinition.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

// The side of a link: where a failover goes, or which side keeps the workload
// after a split-brain repair.
enum class LinkSide { SqlServer, ManagedInstance };

enum class FailoverType { Planned, Forced };

// Choices an operation needs beyond the link definition. Each member says which
// operation reads it; the others ignore it. Paths in refusals use the command
// line spelling (`--backup-directory`), so a message names what to change.
struct PlanOptions
{
    // Databases to include (names as in the definition); empty means all.
    QStringList databases;

    // create-link (SQL Server initial primary): take a full backup (never
    // COPY_ONLY) of each database that has none, into this directory on the
    // SQL Server host. Also the log backup directory of repair-split-brain.
    bool takeFullBackup = false;
    QString backupDirectory;

    // set-replication-mode
    std::optional<ReplicationMode> replicationMode;

    // failover
    LinkSide failoverTo = LinkSide::ManagedInstance;
    FailoverType failoverType = FailoverType::Planned;
    bool removeLink = false; // break the link after the failover
    bool acceptDataLoss = false; // required for a forced failover

    // failover with link removal, delete-link
    bool dropAvailabilityGroup = false;
    // delete-link: also remove certificates, trust certificates and the endpoint
    // when no other link uses them.
    bool removeCertificates = false;

    // rotate-certificate: empty → "<current>_2" (or the next free number).
    QString newCertificateName;
    QDate newCertificateExpiry; // invalid → one year after the statement runs

    // repair-split-brain: the side whose changes are kept.
    LinkSide keepPrimary = LinkSide::ManagedInstance;
    // repair-split-brain with the managed instance demoted: URL of a container
    // (with a credential on the managed instance) for the copy-only backup.
    QString backupUrl;
};

} // namespace milink
