#include "LinkHealthRules.h"

namespace milink {

namespace {

void raise(LinkStatusRow &row, LinkHealth level, const QString &reason)
{
    if (level > row.health)
        row.health = level;
    row.reasons.append(reason);
}

void checkCertificate(LinkStatusRow &row, const QString &which, const QString &name,
                      const QDateTime &expiry, const QDateTime &now, int warningDays)
{
    if (!expiry.isValid())
        return;
    const qint64 days = now.daysTo(expiry);
    const QString label = name.isEmpty() ? which : QStringLiteral("%1 (%2)").arg(which, name);
    if (expiry <= now)
        raise(row, LinkHealth::Critical,
              LinkHealthRules::tr("%1 expired on %2: the link cannot connect. Rotate the "
                                  "certificate.")
                  .arg(label, expiry.date().toString(Qt::ISODate)));
    else if (days < warningDays)
        raise(row, LinkHealth::Warning,
              LinkHealthRules::tr("%1 expires in %n day(s) (%2). Rotate it before then.", "",
                                  int(days))
                  .arg(label, expiry.date().toString(Qt::ISODate)));
}

void checkLog(LinkStatusRow &row, const QString &side, double percent,
              const LinkHealthRules::Thresholds &t)
{
    if (percent < 0)
        return;
    if (percent >= t.logCriticalPercent)
        raise(row, LinkHealth::Critical,
              LinkHealthRules::tr("The log on %1 is %2% full; at 100% replication stops. Take "
                                  "a log backup or grow the log.")
                  .arg(side)
                  .arg(percent, 0, 'f', 0));
    else if (percent >= t.logWarningPercent)
        raise(row, LinkHealth::Warning,
              LinkHealthRules::tr("The log on %1 is %2% full.").arg(side).arg(percent, 0, 'f', 0));
}

} // namespace

void LinkHealthRules::evaluate(LinkStatusRow &row, const QDateTime &now, const Thresholds &t,
                               const QStringList &answered)
{
    row.health = LinkHealth::Healthy;
    row.reasons.clear();

    if (row.splitBrain)
        raise(row, LinkHealth::Critical,
              tr("Split brain: SQL Server and the managed instance are both primary. Writes on "
                 "both sides diverge; back up the copy to give up, make it secondary, then let "
                 "the link resynchronize (milink's repair-split-brain operation)."));
    if (row.replicaState.contains(QLatin1String("Error"), Qt::CaseInsensitive))
        raise(row, LinkHealth::Critical,
              tr("The link is in the error state %1.").arg(row.replicaState));
    if (!row.seedingFailure.isEmpty())
        raise(row, LinkHealth::Critical, tr("Seeding failed: %1").arg(row.seedingFailure));
    if (row.connectedState.compare(QLatin1String("DISCONNECTED"), Qt::CaseInsensitive) == 0)
        raise(row, LinkHealth::Critical,
              row.errorNumber != 0 || !row.errorText.isEmpty()
                  ? tr("SQL Server and the managed instance are not connected.")
                  : tr("SQL Server and the managed instance are not connected yet."));
    if (row.synchronizationHealth == QLatin1String("NOT_HEALTHY") && !row.seeding
        && row.connectedState != QLatin1String("DISCONNECTED"))
        raise(row, LinkHealth::Critical, tr("The secondary is not synchronizing."));
    else if (row.synchronizationHealth == QLatin1String("PARTIALLY_HEALTHY"))
        raise(row, LinkHealth::Warning, tr("The link is only partially healthy."));

    const bool inArm = row.sources.contains(QLatin1String("arm"));
    const bool inSql = row.sources.contains(QLatin1String("sqlServer"));
    const bool armRead = answered.isEmpty() || answered.contains(QLatin1String("arm"));
    const bool sqlRead = answered.isEmpty() || answered.contains(QLatin1String("sqlServer"));
    if (inSql && !inArm && armRead && row.problems.isEmpty())
        raise(row, LinkHealth::Critical,
              tr("SQL Server has the distributed availability group %1, but Azure has no link "
                 "of that name on the managed instance. Create the link resource or drop the "
                 "leftover availability groups.")
                  .arg(row.linkName));
    if (inArm && !inSql && sqlRead && row.problems.isEmpty())
        raise(row, LinkHealth::Critical,
              tr("Azure has the link %1, but SQL Server has no distributed availability group "
                 "of that name.")
                  .arg(row.linkName));

    if (row.lagSeconds >= t.lagCriticalSeconds)
        raise(row, LinkHealth::Critical,
              tr("The secondary is %1 seconds behind.").arg(row.lagSeconds, 0, 'f', 0));
    else if (row.lagSeconds >= t.lagWarningSeconds)
        raise(row, LinkHealth::Warning,
              tr("The secondary is %1 seconds behind.").arg(row.lagSeconds, 0, 'f', 0));

    checkLog(row, tr("SQL Server"), row.sqlServerLogUsedPercent, t);
    checkLog(row, tr("the managed instance"), row.managedInstanceLogUsedPercent, t);
    checkCertificate(row, tr("SQL Server's endpoint certificate"), row.sqlServerCertificateName,
                     row.sqlServerCertificateExpiry, now, t.certificateWarningDays);
    checkCertificate(row, tr("The managed instance's certificate on SQL Server"),
                     row.managedInstanceCertificateName, row.managedInstanceCertificateExpiry, now,
                     t.certificateWarningDays);

    if (!row.problems.isEmpty())
        raise(row, LinkHealth::Warning,
              tr("Not every source answered, so this row may be incomplete."));
}

} // namespace milink
