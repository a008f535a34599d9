#pragma once

#include "FailoverChoice.h"

#include "link/LinkDefinition.h"
#include "plan/PlanOptions.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace milink {

// Which failovers a link offers, in which direction, and why the others are not
// offered, from the SQL Server version, the managed instance's update policy, the
// link's failover mode and which side is primary now (reference: version support
// and failover of the Managed Instance link). The sentences are the ones the
// failover wizard shows; PlanBuilder accepts exactly the choices offered here.
class FailoverOptions
{
    Q_DECLARE_TR_FUNCTIONS(FailoverOptions)

public:
    // Planned and forced, to the managed instance and to SQL Server (four
    // choices, in that order). `currentPrimary` empty: the link's initial primary
    // (link.direction) is assumed.
    static QList<FailoverChoice> evaluate(const LinkDefinition &link,
                                          std::optional<LinkSide> currentPrimary);

    // The choice of `type` towards `to` out of `choices`.
    static const FailoverChoice *find(const QList<FailoverChoice> &choices, FailoverType type,
                                      LinkSide to);

    // The plan options for a chosen failover. `removeLink` is forced on when the
    // choice always removes the link.
    static PlanOptions planOptions(const FailoverChoice &choice, bool removeLink,
                                   bool dropAvailabilityGroup, bool acceptDataLoss);

    static QString sideName(LinkSide side);
};

} // namespace milink
