#include "CutoverChecklist.h"

namespace milink {

CutoverChecklist::CutoverChecklist(LinkSide newPrimary, bool linkRemoved, bool forced,
                                   const QStringList &databases, const QString &managedInstanceFqdn,
                                   const QString &sqlServerName)
{
    const bool toMi = newPrimary == LinkSide::ManagedInstance;
    const QString target = toMi ? managedInstanceFqdn : sqlServerName;
    const QString old = toMi ? sqlServerName : managedInstanceFqdn;
    const QString names = databases.join(QStringLiteral(", "));
    m_heading = tr("After the failover of %1 to %2").arg(names, target);

    m_items << Item {QStringLiteral("connection-strings"),
                     tr("Point the applications at %1").arg(target),
                     tr("The link does not move connection strings. Change every application, "
                        "report and ETL job that connects to %1 for %2 (or the DNS alias they "
                        "use), then check that nothing still connects to the old primary.")
                         .arg(old, names)};
    m_items << Item {QStringLiteral("logins"), tr("Create the logins with the same SIDs"),
                     tr("Logins live in master and are not replicated. Create the SQL logins "
                        "on %1 with the SIDs they have on %2 (so database users are not "
                        "orphaned), add the Microsoft Entra or Windows logins, server roles and "
                        "permissions, and check for users without a login.")
                         .arg(target, old)};
    m_items << Item {QStringLiteral("agent-jobs"), tr("Move the SQL Server Agent jobs"),
                     tr("Script the jobs, schedules, operators and alerts that work on %1 and "
                        "create them on %2; disable them on the old primary so they do not run "
                        "twice.")
                         .arg(names, target)};
    m_items << Item {QStringLiteral("linked-servers"), tr("Recreate linked servers"),
                     tr("Linked servers, their logins and server-level credentials are "
                        "instance objects; recreate the ones the databases use.")};
    m_items << Item {QStringLiteral("cdc-service-broker"),
                     tr("Re-enable CDC, change tracking and Service Broker"),
                     tr("Change data capture needs its capture and cleanup jobs on the new "
                        "primary; Service Broker needs ENABLE_BROKER (or NEW_BROKER) and its "
                        "routes updated to the new address.")};
    m_items << Item {QStringLiteral("replication-dtc"),
                     tr("Reconfigure replication, log shipping and distributed transactions"),
                     tr("Transactional replication, log shipping and DTC are not carried by "
                        "the link; reconfigure them against %1.")
                         .arg(target)};
    m_items << Item {QStringLiteral("encryption"), tr("Check TDE and encryption keys"),
                     toMi ? tr("Databases encrypted on SQL Server need their TDE certificate on "
                               "the managed instance; a failback later needs a customer-managed "
                               "key.")
                          : tr("Databases encrypted on the managed instance need the "
                               "customer-managed key available to SQL Server.")};
    m_items << Item {QStringLiteral("backups"), tr("Check the backups on the new primary"),
                     toMi ? tr("The managed instance backs the databases up automatically: "
                               "confirm the first full backup exists and the retention fits "
                               "your policy. Stop the log backup jobs for these databases on "
                               "SQL Server.")
                          : tr("SQL Server needs full and log backups of %1 again: enable the "
                               "backup jobs, or the log grows until it is full.")
                                .arg(names)};
    m_items << Item {QStringLiteral("configuration"), tr("Compare server configuration"),
                     tr("sp_configure options, trace flags, database-scoped configuration, "
                        "collation and compatibility level can differ between SQL Server and "
                        "the managed instance; compare what the applications rely on.")};
    m_items << Item {QStringLiteral("monitoring"), tr("Update monitoring and alerting"),
                     tr("Point monitoring, alerts and maintenance plans (index and statistics "
                        "jobs) at %1.")
                         .arg(target)};
    if (linkRemoved)
        m_items << Item {QStringLiteral("old-copy"), tr("Keep writes away from the old copy"),
                         tr("With the link removed, the copy on %1 is an independent read/write "
                            "database. Set it READ_ONLY or take it offline once the "
                            "applications have moved, so nobody writes to it by mistake.")
                             .arg(old)};
    else
        m_items << Item {QStringLiteral("link-health"), tr("Watch the link in its new direction"),
                         tr("The link now replicates from %1 to %2. Check in the link status "
                            "window that it is connected and synchronizing, and set the "
                            "replication mode back to asynchronous if it was switched for the "
                            "failover.")
                             .arg(target, old)};
    if (forced)
        m_items << Item {QStringLiteral("split-brain"), tr("Check for split brain"),
                         tr("After a forced failover the old primary may come back still "
                            "believing it is primary. Open the failover wizard again: it "
                            "detects both sides being primary and guides the repair. Do not "
                            "let applications write to the old primary.")};
}

QString CutoverChecklist::toText(const QSet<QString> &checkedIds) const
{
    QString text = m_heading + QLatin1Char('\n') + QString(m_heading.size(), QLatin1Char('='))
        + QStringLiteral("\n\n");
    for (const Item &item : m_items) {
        text += (checkedIds.contains(item.id) ? QStringLiteral("[x] ") : QStringLiteral("[ ] "))
            + item.title + QLatin1Char('\n') + QStringLiteral("    ") + item.detail
            + QStringLiteral("\n\n");
    }
    return text;
}

} // namespace milink
