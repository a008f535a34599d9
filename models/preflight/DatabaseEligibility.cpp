#include "DatabaseEligibility.h"

#include "tsql/TsqlQuote.h"

namespace milink {

const QString DatabaseEligibility::kState = QStringLiteral("database.state");
const QString DatabaseEligibility::kRecoveryModel = QStringLiteral("database.recoveryModel");
const QString DatabaseEligibility::kFullBackup = QStringLiteral("database.fullBackup");
const QString DatabaseEligibility::kLogFiles = QStringLiteral("database.logFiles");
const QString DatabaseEligibility::kFilestream = QStringLiteral("database.filestream");
const QString DatabaseEligibility::kMemoryOptimized = QStringLiteral("database.memoryOptimized");
const QString DatabaseEligibility::kAvailabilityGroup
    = QStringLiteral("database.availabilityGroup");
const QString DatabaseEligibility::kEncryption = QStringLiteral("database.encryption");
const QString DatabaseEligibility::kNotVerified = QStringLiteral("database.notVerified");

namespace {

using Status = CheckResult::Status;

QString quoted(const QString &name)
{
    return TsqlQuote::identifier(name).value_or(name);
}

} // namespace

QString DatabaseEligibility::Verdict::summary() const
{
    QStringList lines;
    for (Status wanted : {Status::Failed, Status::Warning, Status::NotVerified}) {
        for (const CheckResult &check : checks) {
            if (check.status == wanted)
                lines << check.reason;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool DatabaseEligibility::isSystemDatabase(const QString &name)
{
    static const QStringList system = {QStringLiteral("master"), QStringLiteral("model"),
                                       QStringLiteral("msdb"), QStringLiteral("tempdb")};
    return system.contains(name, Qt::CaseInsensitive);
}

DatabaseEligibility::Verdict DatabaseEligibility::evaluate(const ServerFacts::Database &db,
                                                           const Context &context)
{
    Verdict verdict;
    verdict.database = db.name;
    auto add = [&](const QString &id, const QString &title, Status status, const QString &reason,
                   const QString &remedy) {
        CheckResult check = CheckResult::make(id, title, status, reason, remedy);
        check.subject = db.name;
        verdict.checks << check;
    };
    const bool fromSqlServer = context.direction == LinkDirection::SqlServerToManagedInstance;

    if (!db.state.isEmpty() && db.state.compare(QLatin1String("ONLINE"), Qt::CaseInsensitive) != 0)
        add(kState, tr("Database state"), Status::Failed,
            tr("The database is %1, not ONLINE.").arg(db.state),
            tr("Bring the database online (ALTER DATABASE %1 SET ONLINE), then press Refresh.")
                .arg(quoted(db.name)));

    if (fromSqlServer) {
        const bool full = db.recoveryModel.compare(QLatin1String("FULL"), Qt::CaseInsensitive) == 0;
        if (!db.recoveryModel.isEmpty() && !full)
            add(kRecoveryModel, tr("Recovery model"), Status::Failed,
                tr("The database uses the %1 recovery model; the link needs FULL.")
                    .arg(db.recoveryModel),
                tr("Run ALTER DATABASE %1 SET RECOVERY FULL, take a full backup, then press "
                   "Refresh.")
                    .arg(quoted(db.name)));
        if (!db.lastFullBackup.isValid()) {
            verdict.needsFullBackup = true;
            if (context.takeFullBackup && (full || db.recoveryModel.isEmpty()))
                add(kFullBackup, tr("Full backup"), Status::Warning,
                    tr("The database has no full backup; the wizard takes one (not COPY_ONLY) "
                       "before creating the link."),
                    tr("Make sure the backup directory has room for it."));
            else
                add(kFullBackup, tr("Full backup"), Status::Failed,
                    tr("The database has no full backup, so its log chain has not started."),
                    tr("Choose \"Take a full backup first\", or run BACKUP DATABASE %1 TO DISK "
                       "= N'…' WITH CHECKSUM (without COPY_ONLY), then press Refresh.")
                        .arg(quoted(db.name)));
        }
        if (db.logFileCount > 1)
            add(kLogFiles, tr("Log files"), Status::Failed,
                tr("The database has %1 log files; the link accepts one.").arg(db.logFileCount),
                tr("Empty and remove the extra log files (DBCC SHRINKFILE … EMPTYFILE, then "
                   "ALTER DATABASE %1 REMOVE FILE …), then press Refresh.")
                    .arg(quoted(db.name)));
        if (!db.filestream.has_value())
            add(kFilestream, tr("FILESTREAM"), Status::NotVerified,
                tr("Whether the database uses FILESTREAM or FileTable could not be read."),
                tr("Check sys.filegroups in the database for type FD."));
        else if (*db.filestream)
            add(kFilestream, tr("FILESTREAM"), Status::Failed,
                tr("The database has FILESTREAM or FileTable data, which a managed instance "
                   "does not support."),
                tr("Move that data out of the database and remove the FILESTREAM filegroup, or "
                   "migrate this database another way."));
        if (!db.memoryOptimized.has_value()) {
            add(kMemoryOptimized, tr("In-Memory OLTP"), Status::NotVerified,
                tr("Whether the database has memory-optimized data could not be read."),
                tr("Check sys.filegroups in the database for type FX."));
        } else if (*db.memoryOptimized) {
            const QString tier = context.managedInstanceTier;
            if (tier.compare(QLatin1String("GeneralPurpose"), Qt::CaseInsensitive) == 0)
                add(kMemoryOptimized, tr("In-Memory OLTP"), Status::Failed,
                    tr("The database has memory-optimized data, which a General Purpose "
                       "managed instance does not support."),
                    tr("Link it to a Business Critical managed instance, or remove the "
                       "memory-optimized filegroup."));
            else if (tier.isEmpty())
                add(kMemoryOptimized, tr("In-Memory OLTP"), Status::Warning,
                    tr("The database has memory-optimized data: only a Business Critical "
                       "managed instance accepts it."),
                    tr("Choose a Business Critical managed instance on the Azure page."));
        }
        if (db.inAvailabilityGroup && context.resumingDatabases.contains(db.name))
            add(kAvailabilityGroup, tr("Availability group"), Status::Warning,
                tr("The database is already in the availability group this link creates: an "
                   "earlier run stopped half-way. The wizard resumes it; steps already done are "
                   "checked and skipped."),
                tr("Nothing to do; to start over instead, roll back the earlier run from its "
                   "Results page."));
        else if (db.inAvailabilityGroup)
            add(kAvailabilityGroup, tr("Availability group"), Status::Failed,
                tr("The database is already in an availability group; the link puts each "
                   "database in its own new availability group."),
                tr("Remove it from its availability group (ALTER AVAILABILITY GROUP … REMOVE "
                   "DATABASE %1), or link it with a script that reuses that group.")
                    .arg(quoted(db.name)));
        if (db.encrypted)
            add(kEncryption, tr("Transparent data encryption"), Status::Warning,
                tr("The database is encrypted with TDE; the managed instance can restore it "
                   "only with the TDE certificate."),
                tr("Migrate the TDE certificate to the managed instance before creating the "
                   "link."));
    } else if (db.encrypted) {
        add(kEncryption, tr("Transparent data encryption"), Status::Warning,
            tr("The database is encrypted with TDE; replicating from the managed instance "
               "needs a customer-managed key, service-managed keys are refused."),
            tr("Use a customer-managed TDE key (Azure Key Vault) on the managed instance, and "
               "make it available to SQL Server."));
    }
    return verdict;
}

QList<DatabaseEligibility::Verdict> DatabaseEligibility::evaluate(const ServerFacts &facts,
                                                                  const Context &context)
{
    QList<Verdict> verdicts;
    for (const ServerFacts::Database &db : facts.databases) {
        if (isSystemDatabase(db.name) || (db.databaseId > 0 && db.databaseId <= 4))
            continue;
        verdicts << evaluate(db, context);
    }
    return verdicts;
}

DatabaseEligibility::Verdict DatabaseEligibility::typedIn(const QString &name,
                                                          const Context &context)
{
    Verdict verdict;
    verdict.database = name;
    CheckResult check = CheckResult::make(
        kNotVerified, tr("Eligibility"), Status::NotVerified,
        context.offline ? tr("Not verified (offline): typed in, not read from the server.")
                        : tr("Not verified: typed in, not read from the server."),
        context.direction == LinkDirection::SqlServerToManagedInstance
            ? tr("Check that it is ONLINE, in the FULL recovery model with a full backup, "
                 "with one log file and no FILESTREAM data.")
            : tr("Check that it exists on the managed instance and is ONLINE."));
    check.subject = name;
    verdict.checks << check;
    return verdict;
}

} // namespace milink
