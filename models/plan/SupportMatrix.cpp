#include "SupportMatrix.h"

#include "link/LinkValidator.h"

namespace milink {

namespace {

QString policyName(UpdatePolicy policy)
{
    switch (policy) {
    case UpdatePolicy::AlwaysUpToDate: return SupportMatrix::tr("Always-up-to-date");
    case UpdatePolicy::SqlServer2022: return SupportMatrix::tr("SQL Server 2022");
    case UpdatePolicy::SqlServer2025: return SupportMatrix::tr("SQL Server 2025");
    case UpdatePolicy::Unknown: break;
    }
    return SupportMatrix::tr("unknown");
}

void addError(ValidationIssues &issues, const QString &path, const QString &message)
{
    issues.append({ValidationIssue::Severity::Error, path, message});
}

} // namespace

const QList<SupportMatrix::Row> &SupportMatrix::rows()
{
    static const QList<Row> table = {
        {13, 2016, SqlServerVersion(13, 0, 7000, 253), "SP3 with the Azure Connect pack",
         SqlServerVersion(), SqlServerVersion(), false, false, UpdatePolicy::Unknown},
        {14, 2017, SqlServerVersion(14, 0, 3490, 10), "CU31 with the Azure Connect pack",
         SqlServerVersion(), SqlServerVersion(), false, true, UpdatePolicy::Unknown},
        {15, 2019, SqlServerVersion(15, 0, 4312, 2), "CU20", SqlServerVersion(), SqlServerVersion(),
         false, true, UpdatePolicy::Unknown},
        {16, 2022, SqlServerVersion(16, 0, 1000, 6), "RTM", SqlServerVersion(16, 0, 4095, 4),
         SqlServerVersion(16, 0, 4125, 3), true, true, UpdatePolicy::SqlServer2022},
        {17, 2025, SqlServerVersion(17, 0, 1000, 7), "RTM", SqlServerVersion(17, 0, 1000, 7),
         SqlServerVersion(17, 0, 1000, 7), true, true, UpdatePolicy::SqlServer2025},
    };
    return table;
}

const SupportMatrix::Row *SupportMatrix::row(const SqlServerVersion &version)
{
    if (!version.isValid())
        return nullptr;
    const QList<Row> &table = rows();
    for (const Row &candidate : table) {
        if (candidate.major == version.major())
            return &candidate;
    }
    // A newer major than this milink knows behaves like the newest one it knows.
    if (version.major() > table.constLast().major)
        return &table.constLast();
    return nullptr;
}

bool SupportMatrix::supports(const SqlServerVersion &version, Feature feature)
{
    const Row *r = row(version);
    if (!r)
        return false;
    const bool newerMajor = version.major() > r->major;
    auto atLeast = [&](const SqlServerVersion &minimum) {
        return minimum.isValid() && (newerMajor || version >= minimum);
    };
    switch (feature) {
    case Feature::LinkToManagedInstance: return atLeast(r->linkMinimum);
    case Feature::ManagedInstanceInitialPrimary: return atLeast(r->managedInstancePrimaryMinimum);
    case Feature::TwoWayFailover: return r->twoWay && atLeast(r->linkMinimum);
    case Feature::TsqlFailover: return atLeast(r->tsqlFailoverMinimum);
    }
    return false;
}

bool SupportMatrix::supportsClusterTypeNone(const SqlServerVersion &version)
{
    const Row *r = row(version);
    return r && r->clusterTypeNone;
}

void SupportMatrix::checkVersion(const LinkDefinition &link, ValidationIssues &issues)
{
    const SqlServerVersion &version = link.sqlServer.version;
    const QString path = QStringLiteral("sqlServer.version");
    if (!version.isValid()) {
        addError(issues, path,
                 tr("The SQL Server version is not known, and the steps depend on it. Declare "
                    "sqlServer.version as SERVERPROPERTY('ProductVersion') reports it (for "
                    "example 16.0.4125.3)."));
        return;
    }
    const Row *r = row(version);
    if (!r) {
        addError(issues, path,
                 tr("SQL Server %1 cannot use the Managed Instance link: it needs SQL Server "
                    "2016 SP3 with the Azure Connect pack or later. Upgrade SQL Server, or "
                    "migrate with another method.")
                     .arg(version.toString()));
        return;
    }
    if (version.major() > r->major) {
        issues.append({ValidationIssue::Severity::Warning, path,
                       tr("SQL Server %1 is newer than the versions milink knows; it plans as "
                          "for SQL Server %2. Check the result against current documentation.")
                           .arg(version.toString())
                           .arg(r->year)});
        return;
    }
    if (!supports(version, Feature::LinkToManagedInstance))
        addError(issues, path,
                 tr("SQL Server %1 is too old for the link: SQL Server %2 needs %3 (%4) or "
                    "later. Install that update and try again.")
                     .arg(version.toString())
                     .arg(r->year)
                     .arg(QString::fromLatin1(r->linkMinimumLabel), r->linkMinimum.toString()));
}

void SupportMatrix::checkTwoWay(const LinkDefinition &link, const QString &what,
                                ValidationIssues &issues)
{
    const Row *r = row(link.sqlServer.version);
    if (!r)
        return;
    if (!r->twoWay) {
        addError(issues, QStringLiteral("sqlServer.version"),
                 tr("%1 is impossible with SQL Server %2: SQL Server 2016, 2017 and 2019 "
                    "replicate to the managed instance only, and a failover to the managed "
                    "instance cannot be reversed. Use SQL Server 2022 or 2025 for two-way "
                    "links.")
                     .arg(what)
                     .arg(r->year));
        return;
    }
    const QString path = QStringLiteral("managedInstance.updatePolicy");
    const UpdatePolicy policy = link.managedInstance.updatePolicy;
    if (policy == UpdatePolicy::Unknown) {
        addError(issues, path,
                 tr("%1 needs the managed instance's update policy to match SQL Server %2, and "
                    "the policy is not known. Declare managedInstance.updatePolicy as the Azure "
                    "portal shows it (sqlServer2022, sqlServer2025 or alwaysUpToDate).")
                     .arg(what)
                     .arg(r->year));
        return;
    }
    if (policy == UpdatePolicy::AlwaysUpToDate) {
        addError(issues, path,
                 tr("%1 is impossible: the managed instance uses the Always-up-to-date update "
                    "policy, so its databases can never replicate back to SQL Server. Use a "
                    "managed instance with the SQL Server %2 update policy, or keep the link "
                    "one-way from SQL Server.")
                     .arg(what)
                     .arg(r->year));
        return;
    }
    if (policy != r->matchingPolicy)
        addError(issues, path,
                 tr("%1 needs matching database formats: SQL Server %2 needs the managed "
                    "instance update policy SQL Server %2, but the instance uses %3. Use a "
                    "managed instance with the matching policy, or keep the link one-way.")
                     .arg(what)
                     .arg(r->year)
                     .arg(policyName(policy)));
}

bool SupportMatrix::failoverRemovesLink(const LinkDefinition &link, const PlanOptions &options)
{
    if (options.removeLink)
        return true;
    const Row *r = row(link.sqlServer.version);
    return !r || !r->twoWay || link.failoverMode == FailoverMode::OneWay;
}

ValidationIssues SupportMatrix::check(const LinkDefinition &link, Operation operation,
                                      const PlanOptions &options)
{
    ValidationIssues issues;
    checkVersion(link, issues);
    if (hasErrors(issues))
        return issues;
    const SqlServerVersion &version = link.sqlServer.version;
    const Row *r = row(version);

    switch (operation) {
    case Operation::CreateLink:
        if (link.direction == LinkDirection::ManagedInstanceToSqlServer) {
            if (!supports(version, Feature::ManagedInstanceInitialPrimary)) {
                addError(issues, QStringLiteral("link.direction"),
                         tr("Creating the link from the managed instance needs SQL Server 2022 "
                            "CU10 (16.0.4095.4) or later, or SQL Server 2025; this server runs "
                            "%1. Update SQL Server, or create the link from SQL Server "
                            "(sqlServerToManagedInstance).")
                             .arg(version.toString()));
                return issues;
            }
            checkTwoWay(link, tr("Creating the link from the managed instance"), issues);
            if (link.failoverMode == FailoverMode::OneWay)
                addError(issues, QStringLiteral("link.failover"),
                         tr("A link created from the managed instance is always two-way (Azure "
                            "failoverMode Manual). Set link.failover to twoWay."));
        } else if (link.failoverMode == FailoverMode::TwoWay) {
            checkTwoWay(link, tr("A two-way link"), issues);
        }
        break;
    case Operation::SetReplicationMode:
        if (!options.replicationMode)
            addError(issues, QStringLiteral("--mode"),
                     tr("No replication mode was given. Add --mode async or --mode sync."));
        break;
    case Operation::Failover: {
        const bool forced = options.failoverType == FailoverType::Forced;
        if (forced && !options.acceptDataLoss)
            addError(issues, QStringLiteral("--accept-data-loss"),
                     tr("A forced failover can lose the transactions the secondary has not "
                        "received yet, and can leave both sides primary (split brain). Add "
                        "--accept-data-loss to confirm that you accept this."));
        if (options.failoverTo == LinkSide::SqlServer) {
            checkTwoWay(link, tr("Failing over to SQL Server"), issues);
            if (hasErrors(issues))
                break;
            if (link.failoverMode == FailoverMode::OneWay)
                addError(issues, QStringLiteral("link.failover"),
                         tr("The link is one-way (Azure failoverMode None), so it cannot fail "
                            "over to SQL Server. Only a link created two-way can fail back."));
            else if (forced && !supports(version, Feature::TsqlFailover))
                addError(issues, QStringLiteral("sqlServer.version"),
                         tr("A forced failover to SQL Server runs ALTER AVAILABILITY GROUP … "
                            "FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, which needs SQL "
                            "Server 2022 CU13 (16.0.4125.3) or later, or SQL Server 2025; this "
                            "server runs %1. Install the update first.")
                             .arg(version.toString()));
        } else if (!failoverRemovesLink(link, options)) {
            checkTwoWay(link, tr("A failover that keeps the link"), issues);
            if (hasErrors(issues))
                break;
            if (!forced && !supports(version, Feature::TsqlFailover))
                addError(issues, QStringLiteral("--remove-link"),
                         tr("A planned failover that keeps the link needs SQL Server 2022 CU13 "
                            "(16.0.4125.3) or later, or SQL Server 2025; this server runs %1. "
                            "Update SQL Server, or add --remove-link to fail over and break "
                            "the link.")
                             .arg(version.toString()));
        }
        break;
    }
    case Operation::DeleteLink: break;
    case Operation::RotateCertificate: {
        const QString name = options.newCertificateName;
        if (!name.isEmpty()) {
            const QString problem = LinkValidator::certificateNameProblem(name);
            if (!problem.isEmpty())
                addError(issues, QStringLiteral("--new-certificate-name"), problem);
            else if (name.compare(link.effectiveCertificateName(), Qt::CaseInsensitive) == 0)
                addError(issues, QStringLiteral("--new-certificate-name"),
                         tr("The new certificate name is the current one (%1). Choose another "
                            "name, or leave it out to use %1_2.")
                             .arg(link.effectiveCertificateName()));
        }
        break;
    }
    case Operation::RepairSplitBrain:
        if (link.failoverMode == FailoverMode::OneWay || !r->twoWay)
            addError(issues, QStringLiteral("link.failover"),
                     tr("A split brain needs a two-way link that was failed over by force; "
                        "this link is one-way, so there is nothing to repair. After a forced "
                        "failover of a one-way link, delete the link."));
        break;
    }
    return issues;
}

} // namespace milink
