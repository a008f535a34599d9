#pragma once

#include "plan/PlanOptions.h"

#include <QString>
#include <QStringList>

namespace milink {

// One failover the wizard can show: a type in a direction, whether this link
// supports it and, when not, the sentence that says why and what would change it.
struct FailoverChoice
{
    FailoverType type = FailoverType::Planned;
    LinkSide to = LinkSide::ManagedInstance;

    bool offered = false;
    QString reason; // why it is not offered; empty when offered
    QString
        mechanism; // how milink runs it, e.g. "ALTER AVAILABILITY GROUP … FAILOVER on SQL Server"
    QString runsOn; // the replica the failover is started on

    // The failover always breaks the link (one-way links, SQL Server 2016–2019, …).
    bool removesLink = false;
    // Whether the user may keep the link after the failover, and why not.
    bool canKeepLink = false;
    QString keepLinkReason;
    QStringList warnings; // shown with the choice when it is offered

    bool isForced() const { return type == FailoverType::Forced; }
};

} // namespace milink
