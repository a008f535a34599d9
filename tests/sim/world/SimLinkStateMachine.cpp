#include "SimLinkStateMachine.h"

#include "SimWorld.h"
#include "link/SqlServerVersion.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace milink::sim {

namespace {

constexpr auto kPrimary = "PRIMARY";
constexpr auto kSecondary = "SECONDARY";

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "tcp://host:5022;Server=[name];Database=[db]" (any case), as LISTENER_URL holds it.
struct ListenerUrl
{
    QString host;
    int port = 0;
    QString database;
    bool valid = false;
};

ListenerUrl parseListenerUrl(const QString &url)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*tcp://([^:;/\\]]+|\\[[^\\]]+\\]):(\\d+)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression databasePattern(
        QStringLiteral(";\\s*Database\\s*=\\s*\\[([^\\]]*)\\]"),
        QRegularExpression::CaseInsensitiveOption);
    ListenerUrl out;
    const QRegularExpressionMatch match = pattern.match(url);
    if (!match.hasMatch())
        return out;
    out.host = match.captured(1);
    out.port = match.captured(2).toInt();
    const QRegularExpressionMatch db = databasePattern.match(match.captured(3));
    if (db.hasMatch())
        out.database = db.captured(1);
    out.valid = true;
    return out;
}

// sp_certificate_add_issuer patterns such as "*.database.windows.net".
bool issuerPatternMatches(const QString &pattern, const QString &host)
{
    if (pattern.startsWith(QLatin1String("*.")))
        return host.endsWith(pattern.mid(1), Qt::CaseInsensitive);
    return same(pattern, host);
}

QString percent(qint64 done, qint64 total)
{
    const int value
        = total <= 0 ? 100 : static_cast<int>(std::min<qint64>(100, done * 100 / total));
    return QStringLiteral("%1%").arg(value);
}

bool hasDatabaseFormatFor(const SimInstance &sql, const QString &databaseFormat)
{
    const milink::SqlServerVersion version = milink::SqlServerVersion::parse(sql.productVersion);
    if (version.major() == 16)
        return same(databaseFormat, QStringLiteral("SQLServer2022"));
    if (version.major() == 17)
        return same(databaseFormat, QStringLiteral("SQLServer2025"));
    return false;
}

} // namespace

struct SimLinkStateMachine::Pairing
{
    SimInstance *sql = nullptr;
    QString dagName;
    QString sqlMemberName; // the SQL Server side member AG
    QString miMemberName; // the managed instance side member AG, as the DAG names it
    ListenerUrl miUrl;
    SimManagedInstance *mi = nullptr;
    QString linkName; // empty while no link resource exists

    SimAvailabilityGroup *dag() const { return sql->availabilityGroup(dagName); }
    SimLinkResource *link() const { return linkName.isEmpty() ? nullptr : mi->link(linkName); }
    SimReplica *sqlMember() const { return dag() ? dag()->replica(sqlMemberName) : nullptr; }
    SimReplica *miMember() const { return dag() ? dag()->replica(miMemberName) : nullptr; }
    bool sqlIsPrimary() const
    {
        return sqlMember() && sqlMember()->role == QLatin1String(kPrimary);
    }
    bool miIsPrimary() const
    {
        return link()
            && link()->instanceLinkRole.compare(QLatin1String("Primary"), Qt::CaseInsensitive) == 0;
    }
    QStringList databases() const
    {
        QStringList names;
        if (SimLinkResource *l = link()) {
            for (const SimLinkDatabase &db : l->databases)
                names << db.databaseName;
        }
        return names;
    }
};

SimLinkStateMachine::SimLinkStateMachine(SimWorld &world, QObject *parent)
    : QObject(parent), m_world(world)
{
}

void SimLinkStateMachine::start()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &SimLinkStateMachine::tick);
    m_timer->start();
}

void SimLinkStateMachine::setPartitioned(const QString &sqlServerName,
                                         const QString &managedInstanceFqdn, bool partitioned)
{
    const QString k
        = sqlServerName.toCaseFolded() + QLatin1Char('|') + managedInstanceFqdn.toCaseFolded();
    if (partitioned)
        m_partitions.insert(k);
    else
        m_partitions.remove(k);
}

QString SimLinkStateMachine::key(const Pairing &pairing)
{
    return pairing.sql->serverName.toCaseFolded() + QLatin1Char('|')
        + pairing.mi->fqdn.toCaseFolded() + QLatin1Char('|') + pairing.dagName.toCaseFolded();
}

QList<SimLinkStateMachine::Pairing> SimLinkStateMachine::pairings()
{
    QList<Pairing> out;
    for (SimInstance *sql : m_world.sqlServers()) {
        for (const SimAvailabilityGroup &dag : std::as_const(sql->availabilityGroups)) {
            if (!dag.distributed || dag.replicas.size() != 2)
                continue;
            Pairing pairing;
            pairing.sql = sql;
            pairing.dagName = dag.name;
            for (const SimReplica &member : dag.replicas) {
                const SimAvailabilityGroup *local = sql->availabilityGroup(member.serverName);
                if (local && !local->distributed) {
                    pairing.sqlMemberName = member.serverName;
                } else {
                    pairing.miMemberName = member.serverName;
                    pairing.miUrl = parseListenerUrl(member.endpointUrl);
                }
            }
            if (pairing.sqlMemberName.isEmpty() || pairing.miMemberName.isEmpty()
                || !pairing.miUrl.valid)
                continue;
            pairing.mi = m_world.managedInstanceByFqdn(pairing.miUrl.host);
            if (!pairing.mi)
                continue;
            if (SimLinkResource *l = pairing.mi->link(dag.name))
                pairing.linkName = l->name;
            out.append(pairing);
        }
    }
    return out;
}

void SimLinkStateMachine::tick()
{
    const QDateTime now = m_world.clock().now();
    const qint64 elapsedMs
        = m_lastTick.isValid() ? std::max<qint64>(0, m_lastTick.msecsTo(now)) : 0;
    m_lastTick = now;

    // The application workload writes log whether or not the database is linked.
    const double seconds = elapsedMs / 1000.0;
    auto writeLog = [seconds](SimInstance &instance) {
        for (SimDatabase &db : instance.databases) {
            if (db.workloadBytesPerSecond > 0 && !db.readOnly)
                db.endOfLogLsn += static_cast<quint64>(db.workloadBytesPerSecond * seconds);
        }
    };
    for (SimInstance *server : m_world.sqlServers())
        writeLog(*server);
    for (SimManagedInstance *mi : m_world.managedInstances())
        writeLog(*mi->engine());

    QSet<QString> seen;
    QList<Pairing> current = pairings();
    for (Pairing &pairing : current) {
        seen.insert(key(pairing));
        reconcile(pairing, elapsedMs);
    }

    // Links that lost one side since the last tick.
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        const QStringList parts = it.key().split(QLatin1Char('|'));
        if (SimManagedInstance *mi = m_world.managedInstanceByFqdn(parts.value(1))) {
            if (SimLinkResource *l = mi->link(parts.value(2))) {
                // The SQL Server side is gone (DAG dropped): the resource stays, broken.
                for (SimLinkDatabase &db : l->databases) {
                    db.connectedState = QStringLiteral("DISCONNECTED");
                    db.synchronizationHealth = QStringLiteral("NOT_HEALTHY");
                    db.mostRecentLinkError = QStringLiteral(
                        "The availability group on SQL Server is not responding (41976).");
                }
            } else {
                dropManagedInstanceSide(*mi, parts.value(2));
            }
            mi->notifyChanged();
        }
        emit linkEvent(parts.value(2), QStringLiteral("removed"));
        it = m_states.erase(it);
    }
}

QString SimLinkStateMachine::connectionProblem(const Pairing &pairing, int *errorNumber) const
{
    const QDateTime now = m_world.clock().now();
    SimInstance &sql = *pairing.sql;
    SimManagedInstance &mi = *pairing.mi;
    const SimLinkResource *l = pairing.link();
    auto problem = [errorNumber](int number, const QString &text) {
        *errorNumber = number;
        return text;
    };

    if (m_partitions.contains(sql.serverName.toCaseFolded() + QLatin1Char('|')
                              + mi.fqdn.toCaseFolded()))
        return problem(35206,
                       QStringLiteral("A connection timeout has occurred on a previously "
                                      "established connection to the remote replica."));
    if (!l)
        return problem(0, QString());
    if (!same(l->partnerAvailabilityGroupName, pairing.sqlMemberName)
        || !same(l->instanceAvailabilityGroupName, pairing.miMemberName)) {
        return problem(41976,
                       QStringLiteral("The availability group names of the link (%1 on SQL Server, "
                                      "%2 on the managed instance) do not match the distributed "
                                      "availability group's members (%3, %4).")
                           .arg(l->partnerAvailabilityGroupName, l->instanceAvailabilityGroupName,
                                pairing.sqlMemberName, pairing.miMemberName));
    }
    if (pairing.miUrl.port != 5022)
        return problem(41986,
                       QStringLiteral("The managed instance is not listening on port %1; "
                                      "its link endpoint uses port 5022.")
                           .arg(pairing.miUrl.port));

    const SimEndpoint *endpoint = sql.endpoints.isEmpty() ? nullptr : &sql.endpoints.first();
    const ListenerUrl partner = parseListenerUrl(l->partnerEndpoint);
    if (!endpoint || !endpoint->started)
        return problem(41986,
                       QStringLiteral("SQL Server has no started database mirroring "
                                      "endpoint; the managed instance cannot connect."));
    if (!partner.valid || partner.port != endpoint->port)
        return problem(41986,
                       QStringLiteral("The link's partner endpoint %1 does not reach SQL "
                                      "Server's mirroring endpoint on port %2.")
                           .arg(l->partnerEndpoint)
                           .arg(endpoint->port));
    if (!endpoint->usesCertificate() || !endpoint->encryptionRequired
        || !endpoint->algorithm.contains(QLatin1String("AES")))
        return problem(41986,
                       QStringLiteral("The mirroring endpoint %1 must use certificate "
                                      "authentication and AES encryption.")
                           .arg(endpoint->name));

    const SimCertificate *sqlCertificate = nullptr;
    for (const SimCertificate &c : sql.certificates) {
        if (same(c.name, endpoint->certificateName))
            sqlCertificate = &c;
    }
    if (!sqlCertificate)
        return problem(41973,
                       QStringLiteral("The endpoint certificate %1 does not exist on SQL "
                                      "Server.")
                           .arg(endpoint->certificateName));
    if (sqlCertificate->expiryDate.isValid() && sqlCertificate->expiryDate <= now)
        return problem(
            41973,
            QStringLiteral("The SQL Server endpoint certificate %1 expired on "
                           "%2. Rotate the certificate.")
                .arg(sqlCertificate->name, sqlCertificate->expiryDate.toString(Qt::ISODate)));
    bool trusted = false;
    for (const SimServerTrustCertificate &trust : mi.serverTrustCertificates)
        trusted = trusted || trust.der == sqlCertificate->der;
    if (!trusted)
        return problem(41973,
                       QStringLiteral("The SQL Server endpoint certificate %1 was not "
                                      "imported correctly into the managed instance: no "
                                      "server trust certificate has its public key.")
                           .arg(sqlCertificate->name));

    const std::optional<SimCertificate> &miCertificate = mi.engine()->mirroringEndpointCertificate;
    const SimCertificate *imported = nullptr;
    for (const SimCertificate &c : sql.certificates) {
        if (same(c.name, mi.fqdn))
            imported = &c;
    }
    if (!imported || !miCertificate || imported->der != miCertificate->der)
        return problem(41974,
                       QStringLiteral("The managed instance endpoint certificate was not "
                                      "imported correctly into SQL Server: a certificate "
                                      "named exactly %1 with the instance's public key is "
                                      "needed.")
                           .arg(mi.fqdn));
    if (miCertificate->expiryDate.isValid() && miCertificate->expiryDate <= now)
        return problem(41974, QStringLiteral("The managed instance endpoint certificate expired."));
    bool issuerTrusted = false;
    for (const SimCertificate &c : sql.certificates) {
        for (const QString &pattern : c.issuerPatterns)
            issuerTrusted = issuerTrusted || issuerPatternMatches(pattern, mi.fqdn);
    }
    if (!issuerTrusted)
        return problem(41974,
                       QStringLiteral("SQL Server cannot validate the managed instance "
                                      "certificate's chain: no root certificate is "
                                      "registered with sp_certificate_add_issuer for %1.")
                           .arg(mi.fqdn));

    if (same(l->failoverMode, QStringLiteral("Manual"))
        && !hasDatabaseFormatFor(sql, mi.databaseFormat))
        return problem(41988,
                       QStringLiteral("A link for two-way failover needs matching database "
                                      "formats: SQL Server %1 and the managed instance's "
                                      "update policy %2 differ.")
                           .arg(sql.productVersion, mi.databaseFormat));
    return problem(0, QString());
}

void SimLinkStateMachine::materializeManagedInstanceSide(Pairing &pairing)
{
    SimLinkResource *l = pairing.link();
    SimInstance &engine = *pairing.mi->engine();
    const QString miUrl = QStringLiteral("tcp://%1:5022").arg(pairing.mi->fqdn);
    if (!engine.availabilityGroup(l->instanceAvailabilityGroupName)) {
        SimAvailabilityGroup ag;
        ag.groupId = QUuid::createUuid();
        ag.name = l->instanceAvailabilityGroupName;
        SimReplica self;
        self.replicaId = QUuid::createUuid();
        self.serverName = engine.serverName;
        self.endpointUrl = miUrl;
        self.isLocal = true;
        self.connectedState = QStringLiteral("CONNECTED");
        ag.replicas.append(self);
        engine.availabilityGroups.append(ag);
    }
    if (!engine.availabilityGroup(l->name)) {
        SimAvailabilityGroup dag;
        dag.groupId = l->distributedAvailabilityGroupId.isNull()
            ? QUuid::createUuid()
            : l->distributedAvailabilityGroupId;
        dag.name = l->name;
        dag.distributed = true;
        SimReplica local;
        local.replicaId = QUuid::createUuid();
        local.serverName = l->instanceAvailabilityGroupName;
        local.endpointUrl = miUrl;
        local.isLocal = true;
        SimReplica remote;
        remote.replicaId = QUuid::createUuid();
        remote.serverName = l->partnerAvailabilityGroupName;
        remote.endpointUrl = l->partnerEndpoint;
        dag.replicas = {local, remote};
        engine.availabilityGroups.append(dag);
    }
}

void SimLinkStateMachine::dropManagedInstanceSide(SimManagedInstance &mi, const QString &linkName)
{
    SimInstance &engine = *mi.engine();
    SimAvailabilityGroup *dag = engine.availabilityGroup(linkName);
    if (!dag)
        return;
    QString memberAg;
    if (const SimReplica *local = dag->localReplica())
        memberAg = local->serverName;
    QStringList databases;
    if (SimAvailabilityGroup *ag = engine.availabilityGroup(memberAg))
        databases = ag->databases;
    engine.availabilityGroups.erase(
        std::remove_if(engine.availabilityGroups.begin(), engine.availabilityGroups.end(),
                       [&](const SimAvailabilityGroup &g) {
                           return same(g.name, linkName) || same(g.name, memberAg);
                       }),
        engine.availabilityGroups.end());
    // Breaking the link makes the managed instance's copy an independent read/write database.
    for (const QString &name : databases) {
        if (SimDatabase *db = engine.database(name)) {
            db->readOnly = false;
            if (db->state == QLatin1String("RESTORING"))
                db->state = QStringLiteral("ONLINE");
            db->replication = {};
        }
    }
}

bool SimLinkStateMachine::lsnsEqual(const Pairing &pairing) const
{
    SimInstance &primary = pairing.sqlIsPrimary() ? *pairing.sql : *pairing.mi->engine();
    SimInstance &secondary = pairing.sqlIsPrimary() ? *pairing.mi->engine() : *pairing.sql;
    for (const QString &name : pairing.databases()) {
        const SimDatabase *p = primary.database(name);
        const SimDatabase *s = secondary.database(name);
        if (!p || !s || p->endOfLogLsn != s->replication.lastHardenedLsn)
            return false;
    }
    return true;
}

void SimLinkStateMachine::seedAndReplicate(Pairing &pairing, LinkState &state, qint64 elapsedMs)
{
    SimLinkResource *l = pairing.link();
    const bool sqlPrimary = pairing.sqlIsPrimary();
    SimInstance &primary = sqlPrimary ? *pairing.sql : *pairing.mi->engine();
    SimInstance &secondary = sqlPrimary ? *pairing.mi->engine() : *pairing.sql;
    const QString primaryAg = sqlPrimary ? pairing.sqlMemberName : l->instanceAvailabilityGroupName;
    const QString secondaryAg
        = sqlPrimary ? l->instanceAvailabilityGroupName : pairing.sqlMemberName;
    const double seconds = elapsedMs / 1000.0;
    const QDateTime now = m_world.clock().now();
    const bool sync = same(l->replicationMode, QStringLiteral("Sync"))
        || (pairing.sqlMember() && pairing.miMember()
            && pairing.sqlMember()->availabilityMode == QLatin1String("SYNCHRONOUS_COMMIT")
            && pairing.miMember()->availabilityMode == QLatin1String("SYNCHRONOUS_COMMIT"));

    qint64 totalBytes = 0;
    for (const QString &name : pairing.databases()) {
        if (const SimDatabase *source = primary.database(name))
            totalBytes += source->sizeBytes;
    }
    if (!state.seeded) {
        if (!state.seedingStarted.isValid())
            state.seedingStarted = now;
        // A log backup on the primary while seeding truncates the log the secondary
        // still needs, unless trace flag 12381 protects it.
        if (sqlPrimary && !primary.traceFlags.contains(12381)) {
            for (const SimBackup &backup : std::as_const(primary.backups)) {
                if (backup.type == QLatin1Char('L') && backup.finishDate >= state.seedingStarted
                    && pairing.databases().contains(backup.databaseName, Qt::CaseInsensitive)) {
                    state.failed = true;
                    state.failure
                        = QStringLiteral(
                              "Remote replication failed: a log backup of %1 during seeding "
                              "truncated "
                              "log the managed instance still needed, so the replicas have no log "
                              "overlap (error 1408). Drop and recreate the link; enable trace flag "
                              "12381 or pause log backups until seeding completes.")
                              .arg(backup.databaseName);
                    emit linkEvent(l->name, QStringLiteral("failed"));
                    return;
                }
            }
        }
        state.seededBytes += static_cast<qint64>(seedingBytesPerSecond * seconds);
        if (state.seededBytes >= totalBytes) {
            state.seeded = true;
            emit linkEvent(l->name, QStringLiteral("seeded"));
        }
    }

    for (int i = 0; i < l->databases.size(); ++i) {
        SimLinkDatabase &linkDb = l->databases[i];
        SimDatabase *source = primary.database(linkDb.databaseName);
        if (!source)
            continue;
        if (!secondary.database(linkDb.databaseName)) {
            SimDatabase copy;
            copy.databaseId = secondary.nextDatabaseId();
            copy.name = source->name;
            copy.sizeBytes = source->sizeBytes;
            copy.collation = source->collation;
            copy.createDate = now;
            copy.state = QStringLiteral("RESTORING");
            copy.readOnly = true;
            copy.logChainStarted = true;
            copy.endOfLogLsn = 0;
            secondary.databases.append(copy);
        }
        SimDatabase *target = secondary.database(linkDb.databaseName);
        for (const QString &agName : {primaryAg, secondaryAg}) {
            SimInstance &owner = agName == primaryAg ? primary : secondary;
            if (SimAvailabilityGroup *ag = owner.availabilityGroup(agName)) {
                if (!ag->databases.contains(linkDb.databaseName, Qt::CaseInsensitive))
                    ag->databases.append(linkDb.databaseName);
            }
        }

        source->replication.inLink = true;
        source->replication.isPrimary = true;
        source->replication.availabilityGroup = primaryAg;
        source->replication.lastHardenedLsn = source->endOfLogLsn;
        source->replication.lastCommitLsn = source->endOfLogLsn;
        source->replication.synchronizationState
            = sync ? QStringLiteral("SYNCHRONIZED") : QStringLiteral("SYNCHRONIZING");
        source->replication.synchronizationHealth = QStringLiteral("HEALTHY");
        source->readOnly = false;
        source->state = QStringLiteral("ONLINE");

        target->replication.inLink = true;
        target->replication.isPrimary = false;
        target->replication.availabilityGroup = secondaryAg;
        target->readOnly = true;
        if (!state.seeded) {
            target->state = QStringLiteral("RESTORING");
            target->replication.synchronizationState = QStringLiteral("NOT SYNCHRONIZING");
            target->replication.synchronizationHealth = QStringLiteral("NOT_HEALTHY");
            linkDb.replicaState = QStringLiteral("CreatingLink");
            linkDb.seedingProgress = percent(state.seededBytes, totalBytes);
            continue;
        }
        target->state = QStringLiteral("ONLINE");
        quint64 hardened = target->replication.lastHardenedLsn;
        if (hardened == 0 || hardened > source->endOfLogLsn)
            hardened = source->endOfLogLsn; // seeding delivered everything up to now
        if (sync) {
            hardened = source->endOfLogLsn;
        } else {
            // Asynchronous commit: the secondary trails by the network and redo delay
            // while the workload runs, and catches up once it stops.
            const double catchUp
                = std::max(catchUpFactor * source->workloadBytesPerSecond, seedingBytesPerSecond);
            const auto trailing
                = static_cast<quint64>(source->workloadBytesPerSecond * asyncDelaySeconds);
            const quint64 reachable
                = source->endOfLogLsn > trailing ? source->endOfLogLsn - trailing : 0;
            hardened = std::max(
                hardened,
                std::min<quint64>(reachable, hardened + static_cast<quint64>(catchUp * seconds)));
        }
        const qint64 queueBytes = static_cast<qint64>(source->endOfLogLsn - hardened);
        target->replication.lastHardenedLsn = hardened;
        target->replication.lastReceivedLsn = hardened;
        target->replication.lastRedoneLsn = hardened;
        target->replication.lastCommitLsn = hardened;
        target->endOfLogLsn = hardened;
        target->replication.logSendQueueKb = 0;
        target->replication.redoQueueKb = queueBytes / 1024;
        target->replication.secondaryLagSeconds = source->workloadBytesPerSecond > 0
            ? static_cast<int>(std::ceil(queueBytes / source->workloadBytesPerSecond))
            : 0;
        target->replication.synchronizationState = sync && queueBytes == 0
            ? QStringLiteral("SYNCHRONIZED")
            : QStringLiteral("SYNCHRONIZING");
        target->replication.synchronizationHealth = QStringLiteral("HEALTHY");
        source->replication.logSendQueueKb = queueBytes / 1024;

        linkDb.replicaState = QStringLiteral("LinkSynchronizing");
        linkDb.seedingProgress = QStringLiteral("100%");
        linkDb.lastHardenedLsn = hardened;
        linkDb.lastReceivedLsn = hardened;
        linkDb.lastSentLsn = hardened;
        linkDb.lastCommitLsn = hardened;
        linkDb.lastHardenedTime = now;
        linkDb.lastReceivedTime = now;
        linkDb.lastSentTime = now;
        linkDb.lastCommitTime = now;
        linkDb.instanceSendReplicationLagSeconds
            = pairing.miIsPrimary() ? target->replication.secondaryLagSeconds : 0;
        linkDb.instanceRedoReplicationLagSeconds
            = pairing.miIsPrimary() ? target->replication.secondaryLagSeconds : 0;
    }
}

void SimLinkStateMachine::reconcile(Pairing &pairing, qint64 elapsedMs)
{
    const QDateTime now = m_world.clock().now();
    const QString k = key(pairing);
    const bool isNew = !m_states.contains(k);
    LinkState &state = m_states[k];
    SimAvailabilityGroup *dag = pairing.dag();
    SimLinkResource *l = pairing.link();

    // The DAG's local member is the SQL Server AG. Its initial role is decided when the
    // DAG is first seen and again when the link resource first appears: in the
    // managed-instance-first procedure the DAG exists before the ARM PUT that makes the
    // managed instance primary.
    for (SimReplica &member : dag->replicas)
        member.isLocal = same(member.serverName, pairing.sqlMemberName);
    if (isNew)
        state.firstSeen = now;
    if (isNew || (l && !state.roleDecided)) {
        state.roleDecided = l != nullptr;
        const SimAvailabilityGroup *localAg = pairing.sql->availabilityGroup(pairing.sqlMemberName);
        const bool sqlHoldsData = localAg && !localAg->databases.isEmpty();
        const bool miFirst = l && same(l->instanceLinkRole, QStringLiteral("Primary"));
        pairing.sqlMember()->role
            = (sqlHoldsData || !miFirst) ? QLatin1String(kPrimary) : QLatin1String(kSecondary);
    }
    if (!l) {
        // The managed instance has not joined yet, or its link was deleted through
        // ARM: then its copy becomes an independent read/write database.
        dropManagedInstanceSide(*pairing.mi, pairing.dagName);
        // The five-minute init timeout counts from the link resource's creation, not
        // from the DAG's: a DAG may wait long for its ARM half.
        state = LinkState();
        state.firstSeen = now;
        SimReplica *remote = pairing.miMember();
        remote->connectedState = QStringLiteral("DISCONNECTED");
        remote->synchronizationHealth = QStringLiteral("NOT_HEALTHY");
        remote->role = QString();
        return;
    }
    if (l->distributedAvailabilityGroupId.isNull())
        l->distributedAvailabilityGroupId = dag->groupId;
    materializeManagedInstanceSide(pairing);

    const bool sqlPrimary = pairing.sqlIsPrimary();
    const bool miPrimary = pairing.miIsPrimary();
    l->partnerLinkRole = sqlPrimary ? QStringLiteral("Primary") : QStringLiteral("Secondary");
    // The managed instance's DMVs show the same link from its side.
    auto mirrorOnManagedInstance = [&](bool connected) {
        SimInstance &engine = *pairing.mi->engine();
        if (SimAvailabilityGroup *ag = engine.availabilityGroup(l->instanceAvailabilityGroupName)) {
            // A member AG's own replica is its primary on either side of a distributed AG
            // (on the secondary side it is the forwarder).
            if (SimReplica *self = ag->localReplica()) {
                self->role = QLatin1String(kPrimary);
                self->connectedState = QStringLiteral("CONNECTED");
                self->synchronizationHealth = QStringLiteral("HEALTHY");
            }
        }
        if (SimAvailabilityGroup *miDag = engine.availabilityGroup(l->name)) {
            for (SimReplica &r : miDag->replicas) {
                const bool primary = r.isLocal ? miPrimary : sqlPrimary;
                r.role = primary ? QLatin1String(kPrimary) : QLatin1String(kSecondary);
                r.connectedState = r.isLocal || connected ? QStringLiteral("CONNECTED")
                                                          : QStringLiteral("DISCONNECTED");
                r.synchronizationHealth
                    = connected ? QStringLiteral("HEALTHY") : QStringLiteral("NOT_HEALTHY");
            }
        }
    };

    int errorNumber = 0;
    QString problem = connectionProblem(pairing, &errorNumber);
    if (problem.isEmpty() && sqlPrimary == miPrimary)
        problem = sqlPrimary
            ? QStringLiteral("Both SQL Server and the managed instance hold the "
                             "primary role of %1 (split brain). Make one of "
                             "them secondary.")
                  .arg(l->name)
            : QStringLiteral("Neither side holds the primary role of %1.").arg(l->name);
    if (state.failed && problem.isEmpty())
        problem = state.failure;

    SimReplica *remote = pairing.miMember();
    SimReplica *local = pairing.sqlMember();
    remote->role = miPrimary ? QLatin1String(kPrimary) : QLatin1String(kSecondary);
    local->connectedState = QStringLiteral("CONNECTED");

    if (!problem.isEmpty()) {
        state.healthySince = QDateTime();
        if (state.connected)
            emit linkEvent(l->name, QStringLiteral("disconnected"));
        state.connected = false;
        remote->connectedState = QStringLiteral("DISCONNECTED");
        remote->synchronizationHealth = QStringLiteral("NOT_HEALTHY");
        local->synchronizationHealth = QStringLiteral("NOT_HEALTHY");
        if (errorNumber != 0) {
            remote->lastConnectErrorNumber = errorNumber;
            remote->lastConnectErrorDescription = problem;
            remote->lastConnectErrorTimestamp = now;
        }
        const bool timedOut = !state.everConnected && state.firstSeen.msecsTo(now) >= initTimeoutMs;
        for (SimLinkDatabase &db : l->databases) {
            db.connectedState = QStringLiteral("DISCONNECTED");
            db.synchronizationHealth = QStringLiteral("NOT_HEALTHY");
            db.mostRecentLinkError = problem;
            if (state.failed)
                db.replicaState = QStringLiteral("LinkCreationError");
            else if (timedOut)
                db.replicaState = QStringLiteral("LinkInitError");
            else if (db.replicaState.isEmpty())
                db.replicaState = QStringLiteral("CreatingLink");
        }
        if (timedOut && !state.failed && errorNumber != 0) {
            remote->lastConnectErrorNumber = 41962;
            remote->lastConnectErrorDescription
                = QStringLiteral("The link was not established within 5 minutes: %1").arg(problem);
        }
        mirrorOnManagedInstance(false);
        pairing.sql->notifyChanged();
        pairing.mi->notifyChanged();
        return;
    }

    if (!state.healthySince.isValid())
        state.healthySince = now;
    if (!state.connected && state.healthySince.msecsTo(now) >= connectDelayMs) {
        state.connected = true;
        state.everConnected = true;
        // Seeding restarts from scratch after any interruption.
        if (!state.seeded) {
            state.seededBytes = 0;
            state.seedingStarted = QDateTime();
        }
        emit linkEvent(l->name, QStringLiteral("connected"));
    }
    mirrorOnManagedInstance(state.connected);
    if (!state.connected)
        return;

    remote->connectedState = QStringLiteral("CONNECTED");
    remote->synchronizationHealth = QStringLiteral("HEALTHY");
    local->synchronizationHealth = QStringLiteral("HEALTHY");
    for (SimLinkDatabase &db : l->databases) {
        db.connectedState = QStringLiteral("CONNECTED");
        db.synchronizationHealth = QStringLiteral("HEALTHY");
        db.mostRecentLinkError.clear();
        if (const SimEndpoint *endpoint = pairing.sql->mirroringEndpoint()) {
            if (const SimCertificate *c = pairing.sql->certificate(endpoint->certificateName)) {
                db.partnerCertificateName = c->name;
                db.partnerCertificateExpiry = c->expiryDate;
            }
        }
    }
    seedAndReplicate(pairing, state, elapsedMs);
    pairing.sql->notifyChanged();
    pairing.mi->notifyChanged();
}

bool SimLinkStateMachine::pairingFor(SimInstance &instance, const QString &dagName, Pairing *out)
{
    for (Pairing &pairing : pairings()) {
        if (!same(pairing.dagName, dagName) || !pairing.link())
            continue;
        if (pairing.sql == &instance || pairing.mi->engine() == &instance) {
            *out = pairing;
            return true;
        }
    }
    return false;
}

SimLinkStateMachine::Refusal SimLinkStateMachine::plannedFailover(SimInstance &instance,
                                                                  const QString &dagName)
{
    Pairing pairing;
    if (!pairingFor(instance, dagName, &pairing))
        return {15151,
                {},
                0,
                QStringLiteral("Cannot find the availability group '%1', because it does not "
                               "exist or you do not have permission.")
                    .arg(dagName)};
    const bool onSql = pairing.sql == &instance;
    if (onSql) {
        const milink::SqlServerVersion version
            = milink::SqlServerVersion::parse(instance.productVersion);
        if (version < milink::SqlServerVersion(16, 0, 4125, 3))
            return {41104,
                    {},
                    0,
                    QStringLiteral("Failover of the distributed availability group '%1' with "
                                   "T-SQL needs SQL Server 2022 CU13 or later.")
                        .arg(dagName)};
    }
    const bool localPrimary = onSql ? pairing.sqlIsPrimary() : pairing.miIsPrimary();
    if (!localPrimary)
        return {41122,
                {},
                0,
                QStringLiteral("Cannot fail over the distributed availability group '%1' from "
                               "this replica: it is not the primary. Run the command on the "
                               "primary.")
                    .arg(dagName)};
    const LinkState state = m_states.value(key(pairing));
    if (!state.connected || !state.seeded || !lsnsEqual(pairing))
        return {41142,
                {},
                0,
                QStringLiteral("The distributed availability group '%1' is not ready for a "
                               "planned failover: the secondary is not synchronized (hardened "
                               "LSNs differ). Stop the workload, switch to synchronous commit "
                               "and retry.")
                    .arg(dagName)};
    pairing.sqlMember()->role = onSql ? QLatin1String(kSecondary) : QLatin1String(kPrimary);
    pairing.link()->instanceLinkRole
        = onSql ? QStringLiteral("Primary") : QStringLiteral("Secondary");
    emit linkEvent(dagName, QStringLiteral("failover"));
    tick();
    return {};
}

SimLinkStateMachine::Refusal SimLinkStateMachine::forcedFailover(SimInstance &instance,
                                                                 const QString &dagName)
{
    Pairing pairing;
    if (!pairingFor(instance, dagName, &pairing))
        return {15151,
                {},
                0,
                QStringLiteral("Cannot find the availability group '%1', because it does not "
                               "exist or you do not have permission.")
                    .arg(dagName)};
    const bool onSql = pairing.sql == &instance;
    const bool localPrimary = onSql ? pairing.sqlIsPrimary() : pairing.miIsPrimary();
    if (localPrimary)
        return {41122,
                {},
                0,
                QStringLiteral("Forced failover of '%1' must run on the secondary replica; this "
                               "replica is already the primary.")
                    .arg(dagName)};
    const bool reachable = m_states.value(key(pairing)).connected;
    if (onSql) {
        pairing.sqlMember()->role = QLatin1String(kPrimary);
        if (reachable) // the service demotes a partner it can still reach
            pairing.link()->instanceLinkRole = QStringLiteral("Secondary");
    } else {
        pairing.link()->instanceLinkRole = QStringLiteral("Primary");
        if (reachable)
            pairing.sqlMember()->role = QLatin1String(kSecondary);
    }
    emit linkEvent(dagName, reachable ? QStringLiteral("failover") : QStringLiteral("split-brain"));
    tick();
    return {};
}

SimLinkStateMachine::Refusal SimLinkStateMachine::demote(SimInstance &instance,
                                                         const QString &dagName)
{
    Pairing pairing;
    if (!pairingFor(instance, dagName, &pairing))
        return {15151,
                {},
                0,
                QStringLiteral("Cannot find the availability group '%1', because it does not "
                               "exist or you do not have permission.")
                    .arg(dagName)};
    const bool onSql = pairing.sql == &instance;
    if (onSql ? !pairing.sqlIsPrimary() : !pairing.miIsPrimary())
        return {
            41965,
            {},
            0,
            QStringLiteral("The replica of '%1' is already in the secondary role.").arg(dagName)};
    if (onSql)
        pairing.sqlMember()->role = QLatin1String(kSecondary);
    else
        pairing.link()->instanceLinkRole = QStringLiteral("Secondary");
    // Data the demoted side wrote alone is discarded when it resynchronizes.
    m_states[key(pairing)].seeded = false;
    tick();
    return {};
}

SimLinkStateMachine::Refusal SimLinkStateMachine::armFailover(SimManagedInstance &mi,
                                                              const QString &linkName,
                                                              const QString &failoverType)
{
    if (!mi.link(linkName))
        return {0, QStringLiteral("ResourceNotFound"), 404,
                QStringLiteral("The link %1 was not found.").arg(linkName)};
    Pairing pairing;
    if (!pairingFor(*mi.engine(), linkName, &pairing))
        return {
            0, QStringLiteral("ManagedInstanceLinkConnectivityIsNotEstablished"), 400,
            QStringLiteral("The link %1 has no SQL Server side to fail over to.").arg(linkName)};
    if (same(failoverType, QStringLiteral("Planned"))) {
        if (!pairing.miIsPrimary())
            return {41122,
                    QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole"), 400,
                    QStringLiteral("Planned failover can be executed on a link in the primary "
                                   "role only.")};
        const LinkState state = m_states.value(key(pairing));
        if (!state.connected || !state.seeded || !lsnsEqual(pairing))
            return {
                41142,
                QStringLiteral("DistributedAvailabilityGroupFailoverSecondariesNotSynchronizing"),
                409,
                QStringLiteral("The secondary replica is not synchronizing; planned failover "
                               "is not possible now.")};
        pairing.link()->instanceLinkRole = QStringLiteral("Secondary");
        pairing.sqlMember()->role = QLatin1String(kPrimary);
        tick();
        return {};
    }
    if (same(failoverType, QStringLiteral("ForcedAllowDataLoss")))
        return forcedFailover(*mi.engine(), linkName);
    return {0, QStringLiteral("InvalidDistributedAvailabilityGroupFailoverRequest"), 400,
            QStringLiteral("failoverType must be Planned or ForcedAllowDataLoss.")};
}

SimLinkStateMachine::Refusal SimLinkStateMachine::armSetRole(SimManagedInstance &mi,
                                                             const QString &linkName,
                                                             const QString &role,
                                                             const QString &roleChangeType)
{
    SimLinkResource *l = mi.link(linkName);
    if (!l)
        return {0, QStringLiteral("ResourceNotFound"), 404,
                QStringLiteral("The link %1 was not found.").arg(linkName)};
    if (same(role, QStringLiteral("Primary")) && same(roleChangeType, QStringLiteral("Planned")))
        return {41970,
                QStringLiteral("DistributedAvailabilityGroupSetRolePrimaryPlannedNotSupported"),
                409,
                QStringLiteral("Switching the managed instance to the primary role in a planned "
                               "fashion is not supported; use roleChangeType Forced.")};
    if (same(l->instanceLinkRole, role))
        return {41965,
                QStringLiteral("DistributedAvailabilityGroupSetRoleInstanceAlreadyInRequestedRole"),
                409, QStringLiteral("The managed instance is already in the %1 role.").arg(role)};
    l->instanceLinkRole = same(role, QStringLiteral("Primary")) ? QStringLiteral("Primary")
                                                                : QStringLiteral("Secondary");
    tick();
    return {};
}

} // namespace milink::sim
