#include "LinkOptionsController.h"

#include "link/LinkValidator.h"
#include "plan/SupportMatrix.h"
#include "session/LinkSession.h"

namespace milink {

namespace {

QString policyName(UpdatePolicy policy)
{
    switch (policy) {
    case UpdatePolicy::AlwaysUpToDate: return LinkOptionsController::tr("Always-up-to-date");
    case UpdatePolicy::SqlServer2022: return LinkOptionsController::tr("SQL Server 2022");
    case UpdatePolicy::SqlServer2025: return LinkOptionsController::tr("SQL Server 2025");
    case UpdatePolicy::Unknown: break;
    }
    return {};
}

} // namespace

LinkOptionsController::LinkOptionsController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &LinkSession::linkChanged, this, &LinkOptionsController::changed);
    connect(session, &LinkSession::linkNameChanged, this, &LinkOptionsController::changed);
    connect(session, &LinkSession::sqlServerFactsChanged, this, &LinkOptionsController::changed);
    connect(session, &LinkSession::azureFactsChanged, this, &LinkOptionsController::changed);
}

QString LinkOptionsController::linkName() const
{
    return m_session->linkName();
}

QString LinkOptionsController::setLinkName(const QString &name)
{
    m_session->setLinkName(name);
    return linkNameProblem();
}

QString LinkOptionsController::linkNameProblem() const
{
    const QString name = m_session->linkName();
    if (name.isEmpty())
        return {};
    return LinkValidator::linkNameProblem(name);
}

void LinkOptionsController::setDirection(LinkDirection direction)
{
    m_session->editLink([direction](LinkDefinition &link) {
        link.direction = direction;
        // A link created from the managed instance is always two-way (ARM
        // failoverMode Manual); choosing it chooses two-way for the user.
        if (direction == LinkDirection::ManagedInstanceToSqlServer)
            link.failoverMode = FailoverMode::TwoWay;
    });
}

void LinkOptionsController::setFailoverMode(FailoverMode mode)
{
    m_session->editLink([mode](LinkDefinition &link) { link.failoverMode = mode; });
}

void LinkOptionsController::setReplicationMode(ReplicationMode mode)
{
    m_session->editLink([mode](LinkDefinition &link) { link.replicationMode = mode; });
}

SqlServerVersion LinkOptionsController::knownVersion() const
{
    const auto &facts = m_session->sqlServerFacts();
    if (facts && !m_session->isOffline() && facts->version.isValid())
        return facts->version;
    return m_session->link().sqlServer.version;
}

UpdatePolicy LinkOptionsController::knownPolicy() const
{
    const auto &azure = m_session->azureFacts();
    if (azure && !m_session->isOffline()) {
        if (const auto policy = updatePolicyFromArm(azure->instance.databaseFormat))
            return *policy;
    }
    return m_session->link().managedInstance.updatePolicy;
}

LinkOptionImplications LinkOptionsController::implications() const
{
    LinkOptionImplications out;
    const SqlServerVersion version = knownVersion();
    const UpdatePolicy policy = knownPolicy();
    const SupportMatrix::Row *row = SupportMatrix::row(version);

    const QString versionText = version.isValid()
        ? tr("SQL Server: %1.").arg(version.displayName())
        : tr("SQL Server version: not known yet (read on the SQL Server page).");
    const QString policyText = policy == UpdatePolicy::Unknown
        ? tr("Managed instance update policy: not known yet (read on the Azure page).")
        : tr("Managed instance update policy: %1.").arg(policyName(policy));
    out.facts = versionText + QLatin1Char(' ') + policyText;

    // SQL Server as initial primary.
    out.sqlServerFirst.text
        = tr("The databases stay on SQL Server and replicate to the managed instance; "
             "SQL Server needs each database in FULL recovery with a full backup.");

    // Managed instance as initial primary.
    const QString miFirstBase
        = tr("The databases are on the managed instance and replicate to SQL Server, which "
             "becomes the secondary. Such a link is always two-way.");
    if (version.isValid() && row
        && !SupportMatrix::supports(version,
                                    SupportMatrix::Feature::ManagedInstanceInitialPrimary)) {
        out.managedInstanceFirst.allowed = false;
        out.managedInstanceFirst.text = miFirstBase + QLatin1Char(' ')
            + tr("Not possible with %1: it needs SQL Server 2022 CU10 (16.0.4095.4) or later, "
                 "or SQL Server 2025.")
                  .arg(version.displayName());
    } else if (policy == UpdatePolicy::AlwaysUpToDate) {
        out.managedInstanceFirst.allowed = false;
        out.managedInstanceFirst.text = miFirstBase + QLatin1Char(' ')
            + tr("Not possible: the managed instance uses the Always-up-to-date update policy, "
                 "whose databases cannot replicate to SQL Server.");
    } else if (row && policy != UpdatePolicy::Unknown && row->twoWay
               && policy != row->matchingPolicy) {
        out.managedInstanceFirst.allowed = false;
        out.managedInstanceFirst.text = miFirstBase + QLatin1Char(' ')
            + tr("Not possible: SQL Server %1 needs the managed instance update policy SQL "
                 "Server %1, but the instance uses %2.")
                  .arg(row->year)
                  .arg(policyName(policy));
    } else {
        out.managedInstanceFirst.text = miFirstBase + QLatin1Char(' ')
            + (version.isValid()
                   ? tr("%1 supports it; the managed instance's update policy must be SQL "
                        "Server %2.")
                         .arg(version.displayName())
                         .arg(row ? row->year : version.productYear())
                   : tr("Needs SQL Server 2022 CU10 or later, or 2025, and a managed instance "
                        "whose update policy matches that version."));
    }

    // One-way.
    QString oneWay = tr("You can fail over to the managed instance once; the failover removes "
                        "the link and there is no way back to SQL Server.");
    if (m_session->link().direction == LinkDirection::ManagedInstanceToSqlServer) {
        out.oneWay.allowed = false;
        oneWay += QLatin1Char(' ')
            + tr("Not possible when the managed instance is the initial primary: such a link "
                 "is always two-way.");
    } else if (row && !row->twoWay) {
        oneWay += QLatin1Char(' ') + tr("The only choice for SQL Server %1.").arg(row->year);
    }
    out.oneWay.text = oneWay;

    // Two-way.
    QString twoWay = tr("You can fail over to the managed instance and back to SQL Server as "
                        "often as needed; the link stays.");
    if (row && !row->twoWay) {
        out.twoWay.allowed = false;
        twoWay += QLatin1Char(' ')
            + tr("Not possible with SQL Server %1: 2016, 2017 and 2019 replicate to the managed "
                 "instance only. Use SQL Server 2022 or 2025 for a two-way link.")
                  .arg(row->year);
    } else if (policy == UpdatePolicy::AlwaysUpToDate) {
        out.twoWay.allowed = false;
        twoWay += QLatin1Char(' ')
            + tr("Not possible: with the Always-up-to-date update policy there is no way back "
                 "to SQL Server after a failover. Choose one-way, or a managed instance with "
                 "the SQL Server %1 update policy.")
                  .arg(row ? row->year : 2022);
    } else if (row && policy != UpdatePolicy::Unknown && policy != row->matchingPolicy) {
        out.twoWay.allowed = false;
        twoWay += QLatin1Char(' ')
            + tr("Not possible: SQL Server %1 needs the managed instance update policy SQL "
                 "Server %1, but the instance uses %2.")
                  .arg(row->year)
                  .arg(policyName(policy));
    } else if (row) {
        twoWay += QLatin1Char(' ')
            + tr("Needs the managed instance update policy SQL Server %1.").arg(row->year);
    } else {
        twoWay += QLatin1Char(' ')
            + tr("Needs SQL Server 2022 or 2025 and a managed instance with the matching update "
                 "policy (not Always-up-to-date).");
    }
    out.twoWay.text = twoWay;

    out.async.text = tr("Recommended. Transactions commit on the primary without waiting for the "
                        "secondary, so the workload is not slowed by the network; a planned "
                        "failover switches to synchronous first so nothing is lost.");
    out.sync.text = tr("Every commit waits until the secondary has hardened it: no data loss "
                       "even in a forced failover, but each transaction pays the round trip to "
                       "Azure.");
    return out;
}

QString LinkOptionsController::problem() const
{
    const QString name = linkNameProblem();
    if (!name.isEmpty())
        return name;
    const LinkOptionImplications facts = implications();
    const LinkDefinition &link = m_session->link();
    if (link.direction == LinkDirection::ManagedInstanceToSqlServer
        && !facts.managedInstanceFirst.allowed)
        return facts.managedInstanceFirst.text;
    if (link.failoverMode == FailoverMode::TwoWay && !facts.twoWay.allowed)
        return facts.twoWay.text;
    if (link.failoverMode == FailoverMode::OneWay && !facts.oneWay.allowed)
        return facts.oneWay.text;
    return {};
}

} // namespace milink
