#include "LinkMonitor.h"

#include "LinkErrorExplainer.h"
#include "MonitorLogging.h"

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureSqlApi.h"
#include "azure/Clock.h"
#include "sql/SqlSession.h"

#include <QJsonArray>

namespace milink {

namespace {

QString armRole(const QString &role)
{
    return role.toUpper(); // Primary → PRIMARY, as the DMVs spell it
}

double lsnNumber(const QString &lsn)
{
    bool ok = false;
    const double value = lsn.toDouble(&ok);
    return ok ? value : -1;
}

double percentOf(const QString &progress)
{
    QString digits = progress.trimmed();
    digits.remove(QLatin1Char('%'));
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok ? value : -1;
}

bool isSeedingState(const QString &replicaState)
{
    return replicaState.compare(QLatin1String("CreatingLink"), Qt::CaseInsensitive) == 0
        || replicaState.compare(QLatin1String("Seeding"), Qt::CaseInsensitive) == 0;
}

QString modeFromDmv(const QString &availabilityMode)
{
    if (availabilityMode == QLatin1String("SYNCHRONOUS_COMMIT"))
        return QStringLiteral("Sync");
    if (availabilityMode == QLatin1String("ASYNCHRONOUS_COMMIT"))
        return QStringLiteral("Async");
    return {};
}

} // namespace

LinkMonitor::LinkMonitor(QObject *parent) : QObject(parent), m_clock(Clock::system())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &LinkMonitor::timedOut);
}

LinkMonitor::~LinkMonitor()
{
    for (SideState *s : {&m_sql, &m_mi}) {
        for (const QMetaObject::Connection &c : std::as_const(s->connections))
            disconnect(c);
    }
    if (m_armJob)
        m_armJob->cancel();
}

void LinkMonitor::setSqlServer(SqlSession *session)
{
    m_sql.session = session;
}

void LinkMonitor::setManagedInstance(SqlSession *session)
{
    m_mi.session = session;
}

void LinkMonitor::setArm(ArmClient *client, const ManagedInstanceRef &instance)
{
    m_arm = client;
    m_instance = instance;
}

void LinkMonitor::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

bool LinkMonitor::refresh()
{
    if (m_pending > 0 || (!m_sql.session && !m_mi.session && !m_arm))
        return false;
    m_sqlBatches = 0;
    m_armCalls = 0;
    m_armHttpRequests = 0;
    m_armLinks.reset();
    m_armItems = QJsonArray();
    m_armProblem.clear();
    // Count every part first, so a part that fails at once cannot end the refresh early.
    m_pending = (m_sql.session ? 1 : 0) + (m_mi.session ? 1 : 0) + (m_arm ? 1 : 0);
    qCDebug(lcMonitor) << "refresh with" << m_pending << "sources";
    m_timeout.start(m_timeoutMs);
    if (m_arm) {
        ++m_armCalls;
        AzureSqlApi api(m_arm);
        m_armJob = api.listLinks(m_instance);
        m_armJob->setParent(this);
        connect(m_armJob, &ArmJob::finished, this, &LinkMonitor::armFinished);
    }
    if (m_sql.session)
        startSide(Side::SqlServer);
    if (m_mi.session)
        startSide(Side::ManagedInstance);
    return true;
}

void LinkMonitor::startSide(Side side)
{
    SideState &s = state(side);
    s.snapshot.reset();
    s.problem.clear();
    for (const QMetaObject::Connection &c : std::as_const(s.connections))
        disconnect(c);
    s.connections.clear();
    s.connections << connect(s.session, &SqlSession::finished, this,
                             [this, side](quint64 id, const SqlResult &result) {
                                 if (id == state(side).requestId)
                                     sideFinished(side, result);
                             });
    if (s.session->state() == SqlSession::State::Connected) {
        executeOn(side);
        return;
    }
    // A connection lost since the last refresh (or still opening) is reopened first;
    // opening is not a batch, so the round trips stay the same.
    s.connections << connect(s.session, &SqlSession::opened, this,
                             [this, side](const SqlError &error) {
                                 if (state(side).requestId != 0 || state(side).snapshot)
                                     return;
                                 if (error.isError())
                                     sideFailed(side, error.message);
                                 else
                                     executeOn(side);
                             });
    s.requestId = 0;
    if (s.session->state() != SqlSession::State::Connecting)
        s.session->reconnect();
}

void LinkMonitor::executeOn(Side side)
{
    SideState &s = state(side);
    ++m_sqlBatches;
    s.requestId = s.session->execute(LinkDmvSnapshot::query());
}

void LinkMonitor::sideFinished(Side side, const SqlResult &result)
{
    SideState &s = state(side);
    s.requestId = 0;
    for (const QMetaObject::Connection &c : std::as_const(s.connections))
        disconnect(c);
    s.connections.clear();
    if (result.resultSets.isEmpty() && result.error.isError()) {
        sideFailed(side, result.error.message);
        return;
    }
    s.snapshot = LinkDmvSnapshot::fromResult(result);
    if (!s.snapshot->problem.isEmpty())
        s.problem = tr("part of the DMVs could not be read: %1").arg(s.snapshot->problem);
    partDone();
}

void LinkMonitor::sideFailed(Side side, const QString &problem)
{
    SideState &s = state(side);
    s.requestId = 0;
    for (const QMetaObject::Connection &c : std::as_const(s.connections))
        disconnect(c);
    s.connections.clear();
    s.snapshot.reset();
    s.problem = problem;
    qCInfo(lcMonitor) << (side == Side::SqlServer ? "SQL Server" : "managed instance")
                      << "not read:" << problem;
    partDone();
}

void LinkMonitor::armFinished()
{
    ArmJob *job = m_armJob;
    if (!job)
        return;
    m_armHttpRequests = job->httpRequestCount();
    if (job->succeeded()) {
        m_armItems = job->items();
        QList<DistributedAvailabilityGroupInfo> links;
        for (const QJsonValue &item : std::as_const(m_armItems))
            links.append(DistributedAvailabilityGroupInfo::fromJson(item.toObject()));
        m_armLinks = links;
    } else if (job->error()) {
        m_armProblem = job->error()->toDisplayString();
        qCInfo(lcMonitor) << "Azure not read:" << m_armProblem;
    }
    job->deleteLater();
    m_armJob.clear();
    partDone();
}

void LinkMonitor::timedOut()
{
    const QString problem = tr("no answer within %n second(s)", "", (m_timeoutMs + 999) / 1000);
    for (Side side : {Side::SqlServer, Side::ManagedInstance}) {
        SideState &s = state(side);
        if (!s.session || s.connections.isEmpty())
            continue; // answered already, or not asked
        // Cancel the statement; its late answer is ignored (the connections go).
        if (s.requestId != 0)
            s.session->cancel();
        sideFailed(side, problem);
    }
    if (m_armJob) {
        m_armProblem = problem;
        ArmJob *job = m_armJob;
        m_armHttpRequests = job->httpRequestCount();
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
        job->deleteLater();
        m_armJob.clear();
        partDone();
    }
}

void LinkMonitor::partDone()
{
    if (m_pending <= 0)
        return;
    if (--m_pending > 0)
        return;
    m_timeout.stop();
    merge();
    emit refreshed();
    if (answeredSources() == 0)
        emit refreshFailed(m_problems);
}

bool LinkMonitor::belongsToInstance(const LinkDmvSnapshot &snapshot, const QString &linkName) const
{
    if (m_fqdn.isEmpty())
        return true;
    if (m_armLinks) {
        for (const DistributedAvailabilityGroupInfo &l : *m_armLinks) {
            if (l.name.compare(linkName, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    // A DAG between two SQL Servers is not a link: its members' URLs never name the
    // managed instance.
    for (const LinkDmvSnapshot::Member &m : snapshot.members) {
        if (m.linkName.compare(linkName, Qt::CaseInsensitive) == 0
            && m.endpointUrl.contains(m_fqdn, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void LinkMonitor::merge()
{
    const QDateTime now = m_clock->now();
    m_lastRefreshed = now;
    m_problems.clear();
    if (m_arm && !m_armLinks)
        m_problems << tr("Azure: %1").arg(m_armProblem.isEmpty() ? tr("no answer") : m_armProblem);
    if (m_sql.session && !m_sql.problem.isEmpty())
        m_problems << tr("SQL Server: %1").arg(m_sql.problem);
    if (m_mi.session && !m_mi.problem.isEmpty())
        m_problems << tr("Managed instance: %1").arg(m_mi.problem);

    // Every (link, database) any source knows, in the order first seen: Azure's
    // list first, then what only the servers hold (leftovers show up too).
    struct Key
    {
        QString link;
        QString database;
        const DistributedAvailabilityGroupInfo *armLink = nullptr;
        const LinkDatabaseState *armDatabase = nullptr;
    };
    QList<Key> keys;
    QHash<QString, int> index;
    const auto add = [&](const QString &link, const QString &database,
                         const DistributedAvailabilityGroupInfo *armLink,
                         const LinkDatabaseState *armDatabase) {
        const QString k = link.toLower() + QLatin1Char('\n') + database.toLower();
        if (index.contains(k))
            return;
        index.insert(k, int(keys.size()));
        keys.append(Key {link, database, armLink, armDatabase});
    };
    if (m_armLinks) {
        for (const DistributedAvailabilityGroupInfo &l : std::as_const(*m_armLinks)) {
            for (const LinkDatabaseState &d : l.databases)
                add(l.name, d.databaseName, &l, &d);
        }
    }
    for (const std::optional<LinkDmvSnapshot> *snapshot : {&m_sql.snapshot, &m_mi.snapshot}) {
        if (!*snapshot)
            continue;
        for (const QString &link : (*snapshot)->linkNames()) {
            if (!belongsToInstance(**snapshot, link))
                continue;
            const QStringList databases = (*snapshot)->databasesOf(link);
            if (databases.isEmpty()) {
                add(link, QString(), nullptr, nullptr);
                continue;
            }
            for (const QString &database : databases) {
                // The same link already listed by Azure under its own database spelling.
                const QString k = link.toLower() + QLatin1Char('\n') + database.toLower();
                if (!index.contains(k))
                    add(link, database, nullptr, nullptr);
            }
        }
    }
    // A database-less placeholder is dropped when the link has real rows.
    QList<LinkStatusRow> rows;
    for (const Key &k : std::as_const(keys)) {
        if (k.database.isEmpty()) {
            bool hasOther = false;
            for (const Key &o : std::as_const(keys))
                hasOther = hasOther
                    || (!o.database.isEmpty() && o.link.compare(k.link, Qt::CaseInsensitive) == 0);
            if (hasOther)
                continue;
        }
        rows.append(buildRow(k.link, k.database, k.armLink, k.armDatabase, now));
    }
    m_rows = rows;
    // History of rows that disappeared is dropped with them.
    QHash<QString, QList<LinkStatusRow::Sample>> kept;
    QHash<QString, SeedingObservation> keptSeeding;
    for (const LinkStatusRow &row : std::as_const(m_rows)) {
        kept.insert(row.key(), m_history.value(row.key()));
        if (m_seeding.contains(row.key()))
            keptSeeding.insert(row.key(), m_seeding.value(row.key()));
    }
    m_history = kept;
    m_seeding = keptSeeding;
}

LinkStatusRow LinkMonitor::buildRow(const QString &linkName, const QString &databaseName,
                                    const DistributedAvailabilityGroupInfo *armLink,
                                    const LinkDatabaseState *armDatabase, const QDateTime &now)
{
    LinkStatusRow row;
    row.linkName = linkName;
    row.databaseName = databaseName;
    const LinkDmvSnapshot *sql = m_sql.snapshot ? &*m_sql.snapshot : nullptr;
    const LinkDmvSnapshot *mi = m_mi.snapshot ? &*m_mi.snapshot : nullptr;
    const bool sqlHas = sql && sql->localMember(linkName);
    const bool miHas = mi && mi->localMember(linkName);
    if (armLink)
        row.sources << QStringLiteral("arm");
    if (sqlHas)
        row.sources << QStringLiteral("sqlServer");
    if (miHas)
        row.sources << QStringLiteral("managedInstance");

    // Roles: each side's own DMV is the truth about that side; Azure's view of
    // both roles fills in what no session reports.
    row.sqlServerRole = sqlHas ? sql->localRole(linkName) : QString();
    if (row.sqlServerRole.isEmpty() && armLink)
        row.sqlServerRole = armRole(armLink->partnerLinkRole);
    row.managedInstanceRole = miHas ? mi->localRole(linkName) : QString();
    if (row.managedInstanceRole.isEmpty() && armLink)
        row.managedInstanceRole = armRole(armLink->instanceLinkRole);
    row.splitBrain = row.sqlServerRole == QLatin1String("PRIMARY")
        && row.managedInstanceRole == QLatin1String("PRIMARY");

    row.replicationMode = armLink ? armLink->replicationMode : QString();
    if (row.replicationMode.isEmpty() && sqlHas)
        row.replicationMode = modeFromDmv(sql->localMember(linkName)->availabilityMode);

    // The primary's DMVs see the secondary (connection, queues, lag); a secondary
    // sees only itself.
    const LinkDmvSnapshot *primary = nullptr;
    const LinkDmvSnapshot *secondary = nullptr;
    if (row.sqlServerRole == QLatin1String("PRIMARY") && sqlHas) {
        primary = sql;
        secondary = miHas ? mi : nullptr;
    } else if (row.managedInstanceRole == QLatin1String("PRIMARY") && miHas) {
        primary = mi;
        secondary = sqlHas ? sql : nullptr;
    } else {
        secondary = sqlHas ? sql : (miHas ? mi : nullptr);
    }
    if (row.sqlServerRole == QLatin1String("SECONDARY") && sqlHas)
        secondary = sql;
    const LinkDmvSnapshot::Member *remote = primary ? primary->remoteMember(linkName) : nullptr;
    const LinkDmvSnapshot::DatabaseState *remoteDb
        = primary ? primary->database(linkName, databaseName, false) : nullptr;
    const LinkDmvSnapshot::DatabaseState *secondaryDb
        = secondary ? secondary->database(linkName, databaseName, true) : nullptr;

    if (remote && remote->hasState && !remote->connectedState.isEmpty())
        row.connectedState = remote->connectedState;
    else if (armDatabase && !armDatabase->connectedState.isEmpty())
        row.connectedState = armDatabase->connectedState;
    else if (sqlHas && sql->remoteMember(linkName) && sql->remoteMember(linkName)->hasState)
        row.connectedState = sql->remoteMember(linkName)->connectedState;

    if (remoteDb && !remoteDb->synchronizationHealth.isEmpty())
        row.synchronizationHealth = remoteDb->synchronizationHealth;
    else if (armDatabase && !armDatabase->synchronizationHealth.isEmpty())
        row.synchronizationHealth = armDatabase->synchronizationHealth;
    else if (remote && !remote->synchronizationHealth.isEmpty())
        row.synchronizationHealth = remote->synchronizationHealth;
    if (remoteDb)
        row.synchronizationState = remoteDb->synchronizationState;
    else if (secondaryDb)
        row.synchronizationState = secondaryDb->synchronizationState;

    row.replicaState = armDatabase ? armDatabase->replicaState : QString();

    // Seeding: Azure's percentage, the DMV's bytes, and an ETA from what moved
    // since the previous refresh (the DMV's own estimate overestimates because
    // link seeding is compressed).
    const LinkDmvSnapshot::Seeding *seedingRow = sql ? sql->seedingOf(databaseName) : nullptr;
    if (!seedingRow && mi)
        seedingRow = mi->seedingOf(databaseName);
    row.seeding = (armDatabase && isSeedingState(armDatabase->replicaState)) || seedingRow;
    if (armDatabase)
        row.seedingPercent = percentOf(armDatabase->seedingProgress);
    if (seedingRow) {
        row.seedingTransferredBytes = seedingRow->transferredBytes;
        row.seedingTotalBytes = seedingRow->totalBytes;
        row.seedingFailure = seedingRow->failure;
        if (row.seedingPercent < 0 && seedingRow->totalBytes > 0)
            row.seedingPercent
                = 100.0 * double(seedingRow->transferredBytes) / double(seedingRow->totalBytes);
    }
    if (row.seeding) {
        SeedingObservation current {now, row.seedingTransferredBytes, row.seedingPercent};
        const auto previous = m_seeding.constFind(row.key());
        if (previous != m_seeding.cend()) {
            const double seconds = double(previous->time.msecsTo(now)) / 1000.0;
            if (seconds > 0) {
                if (current.bytes >= 0 && previous->bytes >= 0 && row.seedingTotalBytes > 0
                    && current.bytes > previous->bytes) {
                    row.seedingBytesPerSecond = double(current.bytes - previous->bytes) / seconds;
                    row.seedingEta
                        = now.addMSecs(qint64(1000.0 * double(row.seedingTotalBytes - current.bytes)
                                              / row.seedingBytesPerSecond));
                } else if (current.percent >= 0 && previous->percent >= 0
                           && current.percent > previous->percent) {
                    const double perSecond = (current.percent - previous->percent) / seconds;
                    row.seedingEta
                        = now.addMSecs(qint64(1000.0 * (100.0 - current.percent) / perSecond));
                }
            }
            // Keep the older observation while nothing moved, so a slow rate still shows.
            if ((current.bytes >= 0 && current.bytes == previous->bytes)
                || (current.bytes < 0 && current.percent == previous->percent))
                current = *previous;
        }
        m_seeding.insert(row.key(), current);
    } else {
        m_seeding.remove(row.key());
    }

    // LSNs: each side's own hardened LSN; Azure reports the managed instance's.
    const LinkDmvSnapshot::DatabaseState *sqlLocal
        = sql ? sql->database(linkName, databaseName, true) : nullptr;
    const LinkDmvSnapshot::DatabaseState *miLocal
        = mi ? mi->database(linkName, databaseName, true) : nullptr;
    if (sqlLocal) {
        row.sqlServerHardenedLsn = sqlLocal->hardenedLsn;
        row.sqlServerEndOfLogLsn = sqlLocal->endOfLogLsn;
    }
    if (miLocal)
        row.managedInstanceHardenedLsn = miLocal->hardenedLsn;
    else if (armDatabase && !armDatabase->lastHardenedLsn.isEmpty())
        row.managedInstanceHardenedLsn = armDatabase->lastHardenedLsn;
    else if (remoteDb && primary == sql)
        row.managedInstanceHardenedLsn = remoteDb->hardenedLsn;

    if (remoteDb && remoteDb->lagSeconds >= 0)
        row.lagSeconds = remoteDb->lagSeconds;
    else if (armDatabase && row.managedInstanceRole == QLatin1String("PRIMARY")
             && armDatabase->instanceSendReplicationLagSeconds >= 0)
        row.lagSeconds = qMax(armDatabase->instanceSendReplicationLagSeconds,
                              armDatabase->instanceRedoReplicationLagSeconds);
    else if (secondaryDb && secondaryDb->lagSeconds >= 0)
        row.lagSeconds = secondaryDb->lagSeconds;
    const LinkDmvSnapshot::DatabaseState *queues = remoteDb ? remoteDb : secondaryDb;
    if (queues) {
        row.logSendQueueKb = queues->logSendQueueKb;
        row.redoQueueKb = queues->redoQueueKb;
    }

    if (sql)
        row.sqlServerLogUsedPercent = sql->logUsedPercent.value(databaseName.toLower(), -1);
    if (mi)
        row.managedInstanceLogUsedPercent = mi->logUsedPercent.value(databaseName.toLower(), -1);

    if (sql) {
        for (const LinkDmvSnapshot::Certificate &c : sql->certificates) {
            if (c.usedByEndpoint) {
                row.sqlServerCertificateName = c.name;
                row.sqlServerCertificateExpiry = c.expiry;
            } else if (!m_fqdn.isEmpty() && c.name.compare(m_fqdn, Qt::CaseInsensitive) == 0) {
                row.managedInstanceCertificateName = c.name;
                row.managedInstanceCertificateExpiry = c.expiry;
            }
        }
    }
    if (!row.sqlServerCertificateExpiry.isValid() && armDatabase
        && armDatabase->partnerCertificateExpiry.isValid()) {
        row.sqlServerCertificateName = armDatabase->partnerCertificateName;
        row.sqlServerCertificateExpiry = armDatabase->partnerCertificateExpiry.toUTC();
    }

    // The most recent error: the connection error a DMV keeps, else Azure's text.
    for (const LinkDmvSnapshot *side : {sql, mi}) {
        if (!side || row.errorNumber != 0)
            continue;
        for (const LinkDmvSnapshot::Member &m : side->members) {
            if (m.linkName.compare(linkName, Qt::CaseInsensitive) == 0 && m.lastErrorNumber != 0) {
                row.errorNumber = m.lastErrorNumber;
                row.errorText = m.lastErrorDescription;
                row.errorTime = m.lastErrorTime;
                break;
            }
        }
    }
    if (armDatabase && !armDatabase->mostRecentLinkError.isEmpty()) {
        if (row.errorText.isEmpty())
            row.errorText = armDatabase->mostRecentLinkError;
        else if (!row.errorText.contains(armDatabase->mostRecentLinkError))
            row.errorText += QStringLiteral(" — Azure: ") + armDatabase->mostRecentLinkError;
        if (row.errorNumber == 0)
            row.errorNumber = LinkErrorExplainer::numberIn(armDatabase->mostRecentLinkError);
    }
    if (row.errorNumber != 0)
        row.errorExplanation = LinkErrorExplainer::explainNumber(row.errorNumber);
    if (row.errorExplanation.isEmpty() && armDatabase)
        row.errorExplanation = LinkErrorExplainer::explainReplicaState(armDatabase->replicaState);

    if (m_arm && !m_armLinks)
        row.problems << tr("Azure's view of the link is missing: %1")
                            .arg(m_armProblem.isEmpty() ? tr("no answer") : m_armProblem);
    if (m_sql.session && !m_sql.snapshot)
        row.problems << tr("SQL Server's view of the link is missing: %1").arg(m_sql.problem);
    if (m_mi.session && !m_mi.snapshot)
        row.problems
            << tr("The managed instance's view of the link is missing: %1").arg(m_mi.problem);

    QStringList answered;
    if (m_arm && m_armLinks)
        answered << QStringLiteral("arm");
    if (m_sql.session && m_sql.snapshot)
        answered << QStringLiteral("sqlServer");
    if (m_mi.session && m_mi.snapshot)
        answered << QStringLiteral("managedInstance");
    LinkHealthRules::evaluate(row, now, m_thresholds, answered);

    QList<LinkStatusRow::Sample> &history = m_history[row.key()];
    LinkStatusRow::Sample sample;
    sample.time = now;
    sample.lagSeconds = row.lagSeconds;
    sample.sqlServerHardenedLsn = lsnNumber(row.sqlServerHardenedLsn);
    sample.managedInstanceHardenedLsn = lsnNumber(row.managedInstanceHardenedLsn);
    sample.logSendQueueKb = row.logSendQueueKb;
    history.append(sample);
    while (history.size() > m_historyLimit)
        history.removeFirst();
    row.history = history;
    return row;
}

int LinkMonitor::answeredSources() const
{
    return (m_sql.session && m_sql.snapshot ? 1 : 0) + (m_mi.session && m_mi.snapshot ? 1 : 0)
        + (m_arm && m_armLinks ? 1 : 0);
}

LinkHealth LinkMonitor::overallHealth() const
{
    LinkHealth worst = LinkHealth::Healthy;
    for (const LinkStatusRow &row : m_rows)
        worst = qMax(worst, row.health);
    if (answeredSources() == 0 && m_lastRefreshed.isValid())
        return LinkHealth::Critical;
    if (!m_problems.isEmpty())
        worst = qMax(worst, LinkHealth::Warning);
    return worst;
}

QJsonObject LinkMonitor::diagnostics() const
{
    QJsonArray rows;
    for (const LinkStatusRow &row : m_rows)
        rows.append(row.toJson());
    QJsonObject arm;
    if (m_arm) {
        arm.insert(QStringLiteral("instance"),
                   QJsonObject {{QStringLiteral("subscriptionId"), m_instance.subscriptionId},
                                {QStringLiteral("resourceGroup"), m_instance.resourceGroup},
                                {QStringLiteral("name"), m_instance.name}});
        arm.insert(QStringLiteral("links"), m_armItems);
        arm.insert(QStringLiteral("error"), m_armProblem);
        arm.insert(QStringLiteral("httpRequests"), m_armHttpRequests);
    }
    QJsonObject result {
        {QStringLiteral("refreshed"), m_lastRefreshed.toString(Qt::ISODateWithMs)},
        {QStringLiteral("roundTrips"), lastRoundTrips()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("arm"), arm},
    };
    if (m_sql.snapshot)
        result.insert(QStringLiteral("sqlServerDmvs"), m_sql.snapshot->raw);
    if (m_mi.snapshot)
        result.insert(QStringLiteral("managedInstanceDmvs"), m_mi.snapshot->raw);
    return result;
}

} // namespace milink
