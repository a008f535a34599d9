#include "LsnMonitor.h"

#include "FailoverLogging.h"
#include "LsnGate.h"
#include "SqlCall.h"

#include "azure/ArmJob.h"
#include "azure/AzureSqlApi.h"
#include "azure/DistributedAvailabilityGroupInfo.h"
#include "sql/SqlSession.h"
#include "tsql/TsqlQuote.h"

#include <QJsonObject>

#include <memory>

namespace milink {

namespace {

LsnSample::Database *entry(LsnSample &sample, const QString &name)
{
    for (LsnSample::Database &db : sample.databases) {
        if (db.name.compare(name, Qt::CaseInsensitive) == 0)
            return &db;
    }
    return nullptr;
}

qint64 queue(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

QString errorText(const SqlResult &result)
{
    return result.error.serverText.isEmpty()
        ? result.error.message
        : result.error.message + QStringLiteral(" (") + result.error.serverText + QLatin1Char(')');
}

} // namespace

LsnMonitor::LsnMonitor(LinkSources sources, QList<DatabaseLink> databases, LsnGate *gate,
                       QObject *parent)
    : QObject(parent),
      m_sources(std::move(sources)),
      m_databases(std::move(databases)),
      m_gate(gate)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LsnMonitor::poll);
}

QString LsnMonitor::lsnQuery() const
{
    QStringList names;
    for (const DatabaseLink &db : m_databases)
        names << TsqlQuote::literal(db.linkName);
    return QStringLiteral(
               "SELECT d.name, drs.is_local, CONVERT(varchar(40), drs.last_hardened_lsn) AS "
               "last_hardened_lsn,\n"
               "       drs.log_send_queue_size, drs.redo_queue_size, "
               "drs.synchronization_state_desc\n"
               "FROM sys.dm_hadr_database_replica_states AS drs\n"
               "JOIN sys.databases AS d ON d.database_id = drs.database_id\n"
               "JOIN sys.availability_groups AS ag ON ag.group_id = drs.group_id\n"
               "WHERE ag.is_distributed = 1 AND ag.name IN (%1)")
        .arg(names.join(QStringLiteral(", ")));
}

LsnSample LsnMonitor::merge(const QList<DatabaseLink> &databases,
                            const std::optional<SqlResult> &sqlServer,
                            const std::optional<SqlResult> &managedInstance,
                            const std::optional<QJsonArray> &armLinks, const QString &armError)
{
    LsnSample sample;
    for (const DatabaseLink &db : databases) {
        LsnSample::Database d;
        d.name = db.databaseName;
        sample.databases << d;
    }
    auto maxQueue = [](qint64 &target, qint64 value) {
        if (value >= 0)
            target = qMax(target, value);
    };
    if (!sqlServer || !sqlServer->ok()) {
        sample.error = sqlServer ? tr("SQL Server: %1").arg(errorText(*sqlServer))
                                 : tr("SQL Server did not answer.");
    } else {
        for (const QVariantList &row : sqlServer->resultSets.value(0).rows) {
            LsnSample::Database *d = entry(sample, row.value(0).toString());
            if (!d)
                continue;
            if (row.value(1).toInt() == 1) {
                d->sqlServerLsn = row.value(2).toString();
                if (d->synchronizationState.isEmpty())
                    d->synchronizationState = row.value(5).toString();
            } else {
                // The primary lists its partner's copy: the managed instance's
                // LSN as SQL Server sees it, and the queues towards it.
                if (d->managedInstanceLsn.isEmpty()) {
                    d->managedInstanceLsn = row.value(2).toString();
                    d->managedInstanceLsnSource = tr("as SQL Server sees it");
                }
                d->synchronizationState = row.value(5).toString();
                maxQueue(d->logSendQueueKb, queue(row.value(3)));
                maxQueue(d->redoQueueKb, queue(row.value(4)));
            }
        }
    }
    if (managedInstance && managedInstance->ok()) {
        for (const QVariantList &row : managedInstance->resultSets.value(0).rows) {
            LsnSample::Database *d = entry(sample, row.value(0).toString());
            if (!d)
                continue;
            if (row.value(1).toInt() == 1) {
                d->managedInstanceLsn = row.value(2).toString();
                d->managedInstanceLsnSource = tr("the managed instance's DMV");
            } else {
                maxQueue(d->logSendQueueKb, queue(row.value(3)));
                maxQueue(d->redoQueueKb, queue(row.value(4)));
                d->synchronizationState = row.value(5).toString();
            }
        }
    }
    if (armLinks) {
        for (const QJsonValue &value : *armLinks) {
            const DistributedAvailabilityGroupInfo info
                = DistributedAvailabilityGroupInfo::fromJson(value.toObject());
            bool ours = false;
            for (const DatabaseLink &db : databases)
                ours = ours || db.linkName.compare(info.name, Qt::CaseInsensitive) == 0;
            if (!ours)
                continue;
            for (const LinkDatabaseState &state : info.databases) {
                if (LsnSample::Database *d = entry(sample, state.databaseName))
                    d->armLsn = state.lastHardenedLsn;
            }
        }
    }
    sample.armError = armError;
    return sample;
}

void LsnMonitor::start()
{
    if (m_active)
        return;
    m_active = true;
    poll();
}

void LsnMonitor::stop()
{
    m_active = false;
    m_timer.stop();
    delete m_pollContext; // drops the answers still on their way
    m_pollContext = nullptr;
    m_polling = false;
}

void LsnMonitor::poll()
{
    if (!m_active || m_polling || !m_sources.sqlServer)
        return;
    m_polling = true;
    ++m_polls;
    struct Answers
    {
        std::optional<SqlResult> sqlServer, managedInstance;
        std::optional<QJsonArray> arm;
        QString armError;
        int pending = 0;
    };
    auto answers = std::make_shared<Answers>();
    answers->pending = 1 + (m_sources.managedInstance ? 1 : 0) + (m_sources.arm ? 1 : 0);
    m_pollContext = new QObject(this);
    QObject *context = m_pollContext;
    auto finishOne = [this, answers, context] {
        if (--answers->pending > 0)
            return;
        const LsnSample sample = merge(m_databases, answers->sqlServer, answers->managedInstance,
                                       answers->arm, answers->armError);
        context->deleteLater();
        m_pollContext = nullptr;
        m_polling = false;
        if (m_gate)
            m_gate->feed(sample);
        emit sampled(sample);
        if (m_active)
            m_timer.start(m_intervalMs);
    };
    const QString query = lsnQuery();
    SqlCall::run(m_sources.sqlServer, query, context, [answers, finishOne](const SqlResult &r) {
        answers->sqlServer = r;
        finishOne();
    });
    if (m_sources.managedInstance)
        SqlCall::run(m_sources.managedInstance, query, context,
                     [answers, finishOne](const SqlResult &r) {
                         answers->managedInstance = r;
                         finishOne();
                     });
    if (m_sources.arm) {
        AzureSqlApi api(m_sources.arm);
        ArmJob *job = api.listLinks(m_sources.instance);
        connect(job, &ArmJob::finished, context, [job, answers, finishOne] {
            if (job->succeeded())
                answers->arm = job->items();
            else if (job->error())
                answers->armError = job->error()->message;
            job->deleteLater();
            finishOne();
        });
    }
}

} // namespace milink
