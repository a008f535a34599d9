#include "SplitBrainDetector.h"

#include "FailoverLogging.h"
#include "SqlCall.h"

#include "azure/ArmJob.h"
#include "azure/AzureSqlApi.h"
#include "azure/DistributedAvailabilityGroupInfo.h"
#include "sql/SqlSession.h"
#include "tsql/TsqlQuote.h"

namespace milink {

namespace {

void setIfKnown(QString &target, const QString &value)
{
    if (!value.isEmpty())
        target = value;
}

} // namespace

SplitBrainDetector::SplitBrainDetector(LinkSources sources, DatabaseLink link, QObject *parent)
    : QObject(parent), m_sources(std::move(sources)), m_link(std::move(link))
{
}

QString SplitBrainDetector::rolesQuery(const QString &linkName)
{
    return QStringLiteral("SELECT rs.is_local, rs.role_desc, rs.connected_state_desc, "
                          "rs.synchronization_health_desc,\n"
                          "       rs.last_connect_error_number, rs.last_connect_error_description\n"
                          "FROM sys.availability_groups AS ag\n"
                          "JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = "
                          "ag.group_id\n"
                          "WHERE ag.name = %1 AND ag.is_distributed = 1")
        .arg(TsqlQuote::literal(linkName));
}

void SplitBrainDetector::applySqlServer(LinkRoles &roles, const SqlResult &result)
{
    if (!result.ok()) {
        roles.sqlServer.readError
            = result.error.message.isEmpty() ? result.error.serverText : result.error.message;
        return;
    }
    for (const QVariantList &row : result.resultSets.value(0).rows) {
        const bool local = row.value(0).toInt() == 1;
        if (local) {
            const ReplicaStatus::Role role = ReplicaStatus::roleFromText(row.value(1).toString());
            if (role != ReplicaStatus::Role::Unknown) {
                roles.sqlServer.role = role;
                roles.sqlServer.roleSource = LinkRoles::tr("SQL Server's DMVs");
            }
            setIfKnown(roles.sqlServer.synchronizationHealth, row.value(3).toString());
        } else {
            // Only the primary lists its partner: the link's connection as SQL
            // Server sees it.
            setIfKnown(roles.sqlServer.connectedState, row.value(2).toString());
            setIfKnown(roles.managedInstance.connectedState, row.value(2).toString());
            setIfKnown(roles.managedInstance.synchronizationHealth, row.value(3).toString());
            if (row.value(4).toInt() != 0)
                roles.sqlServer.lastError
                    = QStringLiteral("%1 %2").arg(row.value(4).toString(), row.value(5).toString());
        }
    }
}

void SplitBrainDetector::applyManagedInstance(LinkRoles &roles, const SqlResult &result)
{
    if (!result.ok()) {
        roles.managedInstance.readError
            = result.error.message.isEmpty() ? result.error.serverText : result.error.message;
        return;
    }
    for (const QVariantList &row : result.resultSets.value(0).rows) {
        if (row.value(0).toInt() != 1)
            continue;
        const ReplicaStatus::Role role = ReplicaStatus::roleFromText(row.value(1).toString());
        if (role != ReplicaStatus::Role::Unknown) {
            roles.managedInstance.role = role;
            roles.managedInstance.roleSource = LinkRoles::tr("the managed instance's DMVs");
        }
        setIfKnown(roles.managedInstance.synchronizationHealth, row.value(3).toString());
    }
}

void SplitBrainDetector::applyArm(LinkRoles &roles, const QJsonObject &json)
{
    const DistributedAvailabilityGroupInfo info = DistributedAvailabilityGroupInfo::fromJson(json);
    const ReplicaStatus::Role instanceRole = ReplicaStatus::roleFromText(info.instanceLinkRole);
    const ReplicaStatus::Role partnerRole = ReplicaStatus::roleFromText(info.partnerLinkRole);
    if (roles.managedInstance.role == ReplicaStatus::Role::Unknown
        && instanceRole != ReplicaStatus::Role::Unknown) {
        roles.managedInstance.role = instanceRole;
        roles.managedInstance.roleSource = LinkRoles::tr("Azure");
    }
    if (roles.sqlServer.role == ReplicaStatus::Role::Unknown
        && partnerRole != ReplicaStatus::Role::Unknown) {
        roles.sqlServer.role = partnerRole;
        roles.sqlServer.roleSource = LinkRoles::tr("Azure");
    }
    for (const LinkDatabaseState &db : info.databases) {
        if (!roles.databaseName.isEmpty()
            && db.databaseName.compare(roles.databaseName, Qt::CaseInsensitive) != 0)
            continue;
        setIfKnown(roles.managedInstance.connectedState, db.connectedState);
        setIfKnown(roles.managedInstance.synchronizationHealth, db.synchronizationHealth);
        setIfKnown(roles.managedInstance.replicaState, db.replicaState);
        setIfKnown(roles.managedInstance.lastError, db.mostRecentLinkError);
    }
}

PlanOptions SplitBrainDetector::repairOptions(LinkSide keep, const QString &backupLocation)
{
    PlanOptions options;
    options.keepPrimary = keep;
    if (keep == LinkSide::ManagedInstance)
        options.backupDirectory = backupLocation;
    else
        options.backupUrl = backupLocation;
    return options;
}

void SplitBrainDetector::check()
{
    if (m_pending > 0)
        return;
    // The answers are merged once all are in: Azure first, then each side's own
    // DMVs, which are authoritative for that side's role.
    struct Answers
    {
        std::optional<SqlResult> sqlServer, managedInstance;
        std::optional<QJsonObject> arm;
        QString armError;
    };
    auto answers = std::make_shared<Answers>();
    m_pending = 1 + (m_sources.managedInstance ? 1 : 0) + (m_sources.arm ? 1 : 0);
    auto finishOne = [this, answers] {
        if (--m_pending > 0)
            return;
        LinkRoles roles;
        roles.linkName = m_link.linkName;
        roles.databaseName = m_link.databaseName;
        if (answers->managedInstance)
            applyManagedInstance(roles, *answers->managedInstance);
        if (answers->sqlServer)
            applySqlServer(roles, *answers->sqlServer);
        if (answers->arm)
            applyArm(roles, *answers->arm);
        else if (!answers->armError.isEmpty() && roles.managedInstance.readError.isEmpty())
            roles.managedInstance.readError = answers->armError;
        m_roles = roles;
        qCDebug(lcFailover) << "roles of" << m_link.linkName << "SQL Server"
                            << ReplicaStatus::roleText(roles.sqlServer.role) << "managed instance"
                            << ReplicaStatus::roleText(roles.managedInstance.role);
        emit finished(m_roles);
    };
    const QString query = rolesQuery(m_link.linkName);
    SqlCall::run(m_sources.sqlServer, query, this, [answers, finishOne](const SqlResult &r) {
        answers->sqlServer = r;
        finishOne();
    });
    if (m_sources.managedInstance)
        SqlCall::run(m_sources.managedInstance, query, this,
                     [answers, finishOne](const SqlResult &r) {
                         answers->managedInstance = r;
                         finishOne();
                     });
    if (m_sources.arm) {
        AzureSqlApi api(m_sources.arm);
        ArmJob *job = api.getLink(m_sources.instance, m_link.linkName);
        connect(job, &ArmJob::finished, this, [job, answers, finishOne] {
            if (job->succeeded())
                answers->arm = job->result();
            else if (job->error())
                answers->armError = job->error()->message;
            job->deleteLater();
            finishOne();
        });
    }
}

} // namespace milink
