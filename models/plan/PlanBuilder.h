#pragma once

#include "DiscoveredState.h"
#include "Operation.h"
#include "Plan.h"
#include "PlanOptions.h"

#include "link/LinkDefinition.h"
#include "link/ValidationIssue.h"

#include <QCoreApplication>

#include <optional>

namespace milink {

// Builds the plan of one operation from a link definition, the operation's
// options and (optionally) what a probe discovered. Pure: no I/O, no clock.
// Refuses impossible combinations (SupportMatrix) and names that cannot be
// carried safely, with issues naming each field; warnings ride along with a plan.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)

public:
    struct Result
    {
        std::optional<Plan> plan; // set when `issues` has no error
        ValidationIssues issues;
    };

    static Result build(const LinkDefinition &link, Operation operation,
                        const PlanOptions &options = {},
                        const DiscoveredState *discovered = nullptr);

    // "/subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/…"
    static QString instanceResourceId(const LinkDefinition &link);
    // The SQL DNS suffix of the link's cloud ("database.windows.net"); for a
    // custom cloud, taken from the managed instance FQDN. Empty when unknown.
    static QString sqlDnsSuffix(const LinkDefinition &link);
    // The certificate name rotate-certificate uses when none is given.
    static QString defaultNewCertificateName(const LinkDefinition &link);
};

} // namespace milink
