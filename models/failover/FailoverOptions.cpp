#include "FailoverOptions.h"

#include "plan/SupportMatrix.h"

namespace milink {

namespace {

QString policyName(UpdatePolicy policy)
{
    switch (policy) {
    case UpdatePolicy::AlwaysUpToDate: return FailoverOptions::tr("Always-up-to-date");
    case UpdatePolicy::SqlServer2022: return FailoverOptions::tr("SQL Server 2022");
    case UpdatePolicy::SqlServer2025: return FailoverOptions::tr("SQL Server 2025");
    case UpdatePolicy::Unknown: break;
    }
    return FailoverOptions::tr("unknown");
}

// Why the link cannot replicate from the managed instance back to SQL Server
// (empty when it can): the version, the link's failover mode, the update policy.
QString noFailbackReason(const LinkDefinition &link, const SupportMatrix::Row &row)
{
    if (!row.twoWay)
        return FailoverOptions::tr(
                   "SQL Server %1 replicates one way only, to the managed instance: a failover "
                   "breaks the link and there is no failback to SQL Server. Failback needs SQL "
                   "Server 2022 or 2025.")
            .arg(row.year);
    const UpdatePolicy policy = link.managedInstance.updatePolicy;
    if (policy == UpdatePolicy::AlwaysUpToDate)
        return FailoverOptions::tr(
            "The managed instance uses the Always-up-to-date update policy: its databases can "
            "never replicate or fail back to SQL Server. Only a managed instance with the SQL "
            "Server 2022 or 2025 update policy can fail back.");
    if (policy == UpdatePolicy::Unknown)
        return FailoverOptions::tr(
                   "The managed instance's update policy is not known, and a failback to SQL "
                   "Server %1 needs the update policy SQL Server %1. Sign in to Azure so milink "
                   "can read it, or declare it in the project.")
            .arg(row.year);
    if (policy != row.matchingPolicy)
        return FailoverOptions::tr(
                   "A failover from the managed instance to SQL Server %1 needs the managed "
                   "instance's update policy SQL Server %1; this instance uses %2, so its "
                   "databases cannot run on SQL Server %1.")
            .arg(row.year)
            .arg(policyName(policy));
    if (link.failoverMode == FailoverMode::OneWay)
        return FailoverOptions::tr(
            "The link was created one-way (failover mode None in Azure): it cannot replicate "
            "from the managed instance to SQL Server. Only a link created two-way can fail "
            "back.");
    return {};
}

FailoverChoice alreadyPrimary(FailoverType type, LinkSide to)
{
    FailoverChoice choice;
    choice.type = type;
    choice.to = to;
    choice.reason
        = FailoverOptions::tr("%1 is already the primary; a failover goes to the "
                              "secondary, %2.")
              .arg(FailoverOptions::sideName(to),
                   FailoverOptions::sideName(to == LinkSide::SqlServer ? LinkSide::ManagedInstance
                                                                       : LinkSide::SqlServer));
    return choice;
}

FailoverChoice toManagedInstance(const LinkDefinition &link, const SupportMatrix::Row &row,
                                 FailoverType type)
{
    FailoverChoice choice;
    choice.type = type;
    choice.to = LinkSide::ManagedInstance;
    choice.offered = true;
    const QString failback = noFailbackReason(link, row);
    const bool forced = type == FailoverType::Forced;
    const bool tsqlFailover
        = SupportMatrix::supports(link.sqlServer.version, SupportMatrix::Feature::TsqlFailover);
    if (!failback.isEmpty()) {
        choice.removesLink = true;
        choice.keepLinkReason = failback;
        choice.warnings << FailoverOptions::tr(
            "The failover removes the link: afterwards both copies are independent and the "
            "managed instance cannot replicate back to SQL Server.");
    } else if (!forced && !tsqlFailover) {
        // Keeping the link needs the T-SQL FAILOVER on SQL Server; breaking it
        // needs only Azure's delete.
        choice.canKeepLink = false;
        choice.keepLinkReason
            = FailoverOptions::tr("Keeping the link needs ALTER AVAILABILITY GROUP … FAILOVER "
                                  "on SQL Server, which needs SQL Server 2022 CU13 "
                                  "(16.0.4125.3) or later, or SQL Server 2025; this server "
                                  "runs %1. Update SQL Server to keep the link.")
                  .arg(link.sqlServer.version.toString());
    } else {
        choice.canKeepLink = true;
    }
    if (forced) {
        choice.runsOn = FailoverOptions::tr("the managed instance (the secondary), through Azure");
        choice.mechanism = choice.removesLink
            ? FailoverOptions::tr("Delete the link in Azure without waiting for SQL Server; the "
                                  "managed instance's databases become read/write.")
            : FailoverOptions::tr("Azure failover with failoverType ForcedAllowDataLoss on the "
                                  "managed instance.");
        choice.warnings << FailoverOptions::tr(
            "Transactions the managed instance has not received yet are lost.")
                        << FailoverOptions::tr(
                               "If SQL Server is still running or comes back, both sides are "
                               "primary (split brain) until the repair is run.");
    } else {
        choice.runsOn = FailoverOptions::tr("SQL Server (the primary)");
        choice.mechanism = FailoverOptions::tr(
            "Switch to synchronous commit, wait until both sides have hardened the same log, "
            "then fail over with ALTER AVAILABILITY GROUP … FAILOVER on SQL Server (link kept) "
            "or delete the link in Azure (link removed).");
    }
    return choice;
}

FailoverChoice toSqlServer(const LinkDefinition &link, const SupportMatrix::Row &row,
                           FailoverType type)
{
    FailoverChoice choice;
    choice.type = type;
    choice.to = LinkSide::SqlServer;
    const bool forced = type == FailoverType::Forced;
    const QString failback = noFailbackReason(link, row);
    if (!failback.isEmpty()) {
        choice.reason = failback;
        return choice;
    }
    if (forced
        && !SupportMatrix::supports(link.sqlServer.version, SupportMatrix::Feature::TsqlFailover)) {
        choice.reason = FailoverOptions::tr(
                            "A forced failover to SQL Server runs ALTER AVAILABILITY GROUP … "
                            "FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, which needs SQL "
                            "Server 2022 CU13 (16.0.4125.3) or later, or SQL Server 2025; this "
                            "server runs %1.")
                            .arg(link.sqlServer.version.toString());
        return choice;
    }
    choice.offered = true;
    choice.canKeepLink = true;
    if (forced) {
        choice.runsOn = FailoverOptions::tr("SQL Server (the secondary)");
        choice.mechanism = FailoverOptions::tr(
            "ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server.");
        choice.warnings << FailoverOptions::tr(
            "Transactions SQL Server has not received yet are lost.")
                        << FailoverOptions::tr(
                               "If the managed instance is still running or comes back, both "
                               "sides are primary (split brain) until the repair is run.");
    } else {
        choice.runsOn = FailoverOptions::tr("the managed instance (the primary), through Azure");
        choice.mechanism = FailoverOptions::tr(
            "Switch to synchronous commit, wait until both sides have hardened the same log, "
            "then Azure failover with failoverType Planned on the managed instance.");
    }
    return choice;
}

} // namespace

QString FailoverOptions::sideName(LinkSide side)
{
    return side == LinkSide::SqlServer ? tr("SQL Server") : tr("the managed instance");
}

QList<FailoverChoice> FailoverOptions::evaluate(const LinkDefinition &link,
                                                std::optional<LinkSide> currentPrimary)
{
    const LinkSide primary = currentPrimary.value_or(
        link.direction == LinkDirection::SqlServerToManagedInstance ? LinkSide::SqlServer
                                                                    : LinkSide::ManagedInstance);
    QList<FailoverChoice> choices;
    const SupportMatrix::Row *row = SupportMatrix::row(link.sqlServer.version);
    const bool linkable = row
        && SupportMatrix::supports(link.sqlServer.version,
                                   SupportMatrix::Feature::LinkToManagedInstance);
    for (const LinkSide to : {LinkSide::ManagedInstance, LinkSide::SqlServer}) {
        for (const FailoverType type : {FailoverType::Planned, FailoverType::Forced}) {
            if (!linkable) {
                FailoverChoice choice;
                choice.type = type;
                choice.to = to;
                choice.reason = link.sqlServer.version.isValid()
                    ? tr("SQL Server %1 cannot use the Managed Instance link, so it has no "
                         "failover.")
                          .arg(link.sqlServer.version.toString())
                    : tr("The SQL Server version is not known. Connect to SQL Server so milink "
                         "can read it.");
                choices << choice;
            } else if (to == primary) {
                choices << alreadyPrimary(type, to);
            } else if (to == LinkSide::ManagedInstance) {
                choices << toManagedInstance(link, *row, type);
            } else {
                choices << toSqlServer(link, *row, type);
            }
        }
    }
    return choices;
}

const FailoverChoice *FailoverOptions::find(const QList<FailoverChoice> &choices, FailoverType type,
                                            LinkSide to)
{
    for (const FailoverChoice &choice : choices) {
        if (choice.type == type && choice.to == to)
            return &choice;
    }
    return nullptr;
}

PlanOptions FailoverOptions::planOptions(const FailoverChoice &choice, bool removeLink,
                                         bool dropAvailabilityGroup, bool acceptDataLoss)
{
    PlanOptions options;
    options.failoverType = choice.type;
    options.failoverTo = choice.to;
    options.removeLink = choice.removesLink || !choice.canKeepLink || removeLink;
    options.dropAvailabilityGroup = options.removeLink && dropAvailabilityGroup;
    options.acceptDataLoss = choice.isForced() && acceptDataLoss;
    return options;
}

} // namespace milink
