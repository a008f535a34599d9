#pragma once

#include "link/LinkDefinition.h"

#include <QString>

namespace PlanTestLinks {

// The example project resources/examples/sales.milink (SQL Server 2022 CU13,
// two-way, two databases), loaded through ProjectFile like a user's file.
milink::LinkDefinition sales();
// The same link with another SQL Server build, update policy and failover mode.
milink::LinkDefinition withVersion(const QString &version, milink::UpdatePolicy policy,
                                   milink::FailoverMode mode);

} // namespace PlanTestLinks
