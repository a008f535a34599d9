#include "LinkRoles.h"

namespace milink {

ReplicaStatus::Role ReplicaStatus::roleFromText(const QString &text)
{
    if (text.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) == 0)
        return Role::Primary;
    if (text.compare(QLatin1String("SECONDARY"), Qt::CaseInsensitive) == 0)
        return Role::Secondary;
    return Role::Unknown;
}

QString ReplicaStatus::roleText(Role role)
{
    switch (role) {
    case Role::Primary: return LinkRoles::tr("Primary");
    case Role::Secondary: return LinkRoles::tr("Secondary");
    case Role::Unknown: break;
    }
    return LinkRoles::tr("Unknown");
}

bool LinkRoles::splitBrain() const
{
    return sqlServer.role == ReplicaStatus::Role::Primary
        && managedInstance.role == ReplicaStatus::Role::Primary;
}

std::optional<LinkSide> LinkRoles::primary() const
{
    if (splitBrain()
        || (sqlServer.role == ReplicaStatus::Role::Secondary
            && managedInstance.role == ReplicaStatus::Role::Secondary))
        return std::nullopt;
    if (sqlServer.role == ReplicaStatus::Role::Primary
        || managedInstance.role == ReplicaStatus::Role::Secondary)
        return LinkSide::SqlServer;
    if (managedInstance.role == ReplicaStatus::Role::Primary
        || sqlServer.role == ReplicaStatus::Role::Secondary)
        return LinkSide::ManagedInstance;
    return std::nullopt;
}

QString LinkRoles::describe() const
{
    if (splitBrain())
        return tr("Both SQL Server (%1) and the managed instance (%2) report the primary role "
                  "for %3: the link is in split brain, usually after a forced failover while "
                  "the other side was unreachable. Neither side replicates until one of them "
                  "is made secondary.")
            .arg(sqlServer.roleSource, managedInstance.roleSource, linkName);
    const std::optional<LinkSide> side = primary();
    if (!side)
        return tr("The roles of %1 could not be read. Check the connections to SQL Server and "
                  "Azure, then refresh.")
            .arg(linkName);
    return *side == LinkSide::SqlServer
        ? tr("SQL Server is the primary of %1; the managed instance is the secondary.")
              .arg(linkName)
        : tr("The managed instance is the primary of %1; SQL Server is the secondary.")
              .arg(linkName);
}

} // namespace milink
