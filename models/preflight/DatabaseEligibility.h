#pragma once

#include "CheckResult.h"

#include "link/LinkDefinition.h"
#include "sql/ServerFacts.h"

#include <QCoreApplication>
#include <QList>

namespace milink {

// Whether each user database can be linked (domain §2.2, §2.3, §9.3): ONLINE,
// FULL recovery with a full backup (or one taken first), one log file, no
// FILESTREAM, memory-optimized data only to a Business Critical instance, not
// already in an availability group; TDE is a warning (its certificate or key
// must be on the other side). Which rules apply depends on the direction: a
// managed instance as initial primary backs up on its own and has one log file.
// Pure evaluation, no I/O; system databases are never listed.
class DatabaseEligibility
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseEligibility)

public:
    struct Context
    {
        LinkDirection direction = LinkDirection::SqlServerToManagedInstance;
        bool takeFullBackup = false; // PlanOptions::takeFullBackup
        // ManagedInstanceInfo::skuTier when known ("GeneralPurpose", "BusinessCritical").
        QString managedInstanceTier;
        bool offline = false;
        // Databases whose own link's availability group (as the link definition
        // names it) already exists on SQL Server: a setup that stopped half-way
        // and is being resumed, not a database in someone else's group.
        QStringList resumingDatabases;
    };

    // One database: only the checks that did not pass (empty: nothing to report).
    struct Verdict
    {
        QString database;
        CheckResults checks;
        // No full backup: eligible once PlanOptions::takeFullBackup is set.
        bool needsFullBackup = false;

        bool eligible() const { return !hasFailures(checks); }
        // The reasons in one line each, failures first, for a list or tooltip.
        QString summary() const;
    };

    static const QString kState;
    static const QString kRecoveryModel;
    static const QString kFullBackup;
    static const QString kLogFiles;
    static const QString kFilestream;
    static const QString kMemoryOptimized;
    static const QString kAvailabilityGroup;
    static const QString kEncryption;
    static const QString kNotVerified;

    static bool isSystemDatabase(const QString &name);
    static Verdict evaluate(const ServerFacts::Database &database, const Context &context);
    // Every user database of `facts`, in the server's order.
    static QList<Verdict> evaluate(const ServerFacts &facts, const Context &context);
    // A database typed in by hand (offline, or not read): nothing could be checked.
    static Verdict typedIn(const QString &name, const Context &context);
};

} // namespace milink
