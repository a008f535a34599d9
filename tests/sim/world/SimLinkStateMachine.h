#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace milink::sim {

class SimInstance;
class SimManagedInstance;
class SimWorld;
struct SimAvailabilityGroup;
struct SimLinkResource;

// Drives every link of the world from what both sides hold: a distributed AG
// on a SQL Server whose remote member points at a managed instance's FQDN,
// paired with the link resource of the same name on that managed instance.
//
// It reconciles instead of being told: the T-SQL engine and the ARM server
// change the world (certificates, endpoints, AGs, link resources, roles) and
// each tick() derives the link's state from it — trust in both directions,
// names, endpoint, connection, seeding, LSNs, roles, split brain — and writes
// the results where the DMVs and ARM read them (SimReplica runtime fields,
// SimDatabase::replication, SimLinkDatabase). Role changes that need rules
// (planned failover, forced failover, setRole) go through the check functions
// below so that T-SQL and ARM refuse the same things.
class SimLinkStateMachine : public QObject
{
    Q_OBJECT

public:
    explicit SimLinkStateMachine(SimWorld &world, QObject *parent = nullptr);

    // Ticks every 250 ms of real time; each tick covers the simulated time since the last one.
    void start();
    void tick();

    // Simulated rates and delays; tests may change them.
    double seedingBytesPerSecond = 64.0 * 1024 * 1024;
    qint64 connectDelayMs = 15000; // from "everything is right" to CONNECTED
    qint64 initTimeoutMs = 5 * 60000; // no connection after this → LinkInitError (41962)
    double catchUpFactor = 4.0; // the secondary hardens this many times the log rate
    double asyncDelaySeconds = 2.0; // how far an async secondary trails a running workload

    // Network partition between a SQL Server and a managed instance (fault injection).
    void setPartitioned(const QString &sqlServerName, const QString &managedInstanceFqdn,
                        bool partitioned);

    // The outcome of a role-change request: ok, or the error as SQL Server and
    // ARM report it.
    struct Refusal
    {
        int sqlError = 0;
        QString armCode;
        int httpStatus = 0;
        QString message;
        bool ok() const { return sqlError == 0 && armCode.isEmpty(); }
    };

    // ALTER AVAILABILITY GROUP [dag] FAILOVER on `instance` (planned, no data loss;
    // SQL Server 2022 CU13+ / 2025 or a managed instance), run on the current primary.
    Refusal plannedFailover(SimInstance &instance, const QString &dagName);
    // ALTER AVAILABILITY GROUP [dag] FORCE_FAILOVER_ALLOW_DATA_LOSS, run on the secondary.
    Refusal forcedFailover(SimInstance &instance, const QString &dagName);
    // ALTER AVAILABILITY GROUP [dag] SET (ROLE = SECONDARY), run on the primary.
    Refusal demote(SimInstance &instance, const QString &dagName);
    // POST …/failover {failoverType}: "Planned" or "ForcedAllowDataLoss".
    Refusal armFailover(SimManagedInstance &mi, const QString &linkName,
                        const QString &failoverType);
    // POST …/setRole {instanceRole, roleChangeType}.
    Refusal armSetRole(SimManagedInstance &mi, const QString &linkName, const QString &role,
                       const QString &roleChangeType);

signals:
    // Emitted when a link connects, finishes seeding, fails or changes roles.
    void linkEvent(const QString &linkName, const QString &event);

private:
    struct LinkState
    {
        QDateTime firstSeen; // when the link resource was first seen (init timeout)
        QDateTime healthySince; // when every check last started to pass
        bool connected = false;
        bool everConnected = false; // a later disconnection is no initialization failure
        bool roleDecided = false; // SQL Server's initial role, once the link resource exists
        bool failed = false; // seeding broken (1408/1412): needs a new link
        QString failure;
        qint64 seededBytes = 0;
        bool seeded = false;
        QDateTime seedingStarted;
    };
    struct Pairing;

    QList<Pairing> pairings();
    void reconcile(Pairing &pairing, qint64 elapsedMs);
    QString connectionProblem(const Pairing &pairing, int *errorNumber) const;
    void materializeManagedInstanceSide(Pairing &pairing);
    void seedAndReplicate(Pairing &pairing, LinkState &state, qint64 elapsedMs);
    void dropManagedInstanceSide(SimManagedInstance &mi, const QString &linkName);
    bool pairingFor(SimInstance &instance, const QString &dagName, Pairing *out);
    bool lsnsEqual(const Pairing &pairing) const;
    static QString key(const Pairing &pairing);

    SimWorld &m_world;
    QTimer *m_timer = nullptr;
    QDateTime m_lastTick;
    QHash<QString, LinkState> m_states;
    QSet<QString> m_partitions;
};

} // namespace milink::sim
