#pragma once

#include "Operation.h"
#include "PlanOptions.h"

#include "link/LinkDefinition.h"
#include "link/SqlServerVersion.h"
#include "link/ValidationIssue.h"

#include <QCoreApplication>
#include <QList>

namespace milink {

// Which link features a SQL Server build and a managed instance update policy
// allow (reference: Managed Instance link version support). Data-driven: one
// row per major version, one minimum build per feature. Refusals are full
// sentences that say what to change, with the JSON path or option they concern.
class SupportMatrix
{
    Q_DECLARE_TR_FUNCTIONS(SupportMatrix)

public:
    enum class Feature {
        LinkToManagedInstance, // SQL Server initial primary, one-way
        ManagedInstanceInitialPrimary, // create the link from the managed instance
        TwoWayFailover, // failback to SQL Server, failoverMode Manual
        TsqlFailover, // ALTER AVAILABILITY GROUP … FAILOVER / FORCE_FAILOVER on SQL Server
    };

    struct Row
    {
        int major;
        int year;
        SqlServerVersion linkMinimum; // LinkToManagedInstance
        const char *linkMinimumLabel; // "CU20", "SP3 + Azure Connect pack"
        SqlServerVersion managedInstancePrimaryMinimum; // invalid: never
        SqlServerVersion tsqlFailoverMinimum; // invalid: never
        bool twoWay;
        bool clusterTypeNone; // CREATE AVAILABILITY GROUP … WITH (CLUSTER_TYPE = NONE)
        UpdatePolicy matchingPolicy; // the update policy two-way links need
    };

    static const QList<Row> &rows();
    // The row for a version's major number; nullptr when the major is unsupported.
    static const Row *row(const SqlServerVersion &version);

    static bool supports(const SqlServerVersion &version, Feature feature);
    static bool supportsClusterTypeNone(const SqlServerVersion &version);

    // Everything that makes `operation` impossible for this link and options,
    // plus warnings. Empty when the plan can be built.
    static ValidationIssues check(const LinkDefinition &link, Operation operation,
                                  const PlanOptions &options);
    // Whether a failover to the managed instance must remove the link (one-way
    // links, SQL Server 2016–2019) even when the options keep it.
    static bool failoverRemovesLink(const LinkDefinition &link, const PlanOptions &options);

private:
    static void checkVersion(const LinkDefinition &link, ValidationIssues &issues);
    static void checkTwoWay(const LinkDefinition &link, const QString &what,
                            ValidationIssues &issues);
};

} // namespace milink
