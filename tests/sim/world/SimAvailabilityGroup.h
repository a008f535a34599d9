#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace milink::sim {

// A replica of an availability group. In a distributed AG the "server" of a
// replica is a member availability group, and endpointUrl is its LISTENER_URL.
struct SimReplica
{
    QUuid replicaId;
    QString serverName;
    QString endpointUrl;
    QString availabilityMode = QStringLiteral("ASYNCHRONOUS_COMMIT");
    QString failoverMode = QStringLiteral("MANUAL");
    QString seedingMode = QStringLiteral("AUTOMATIC");
    int sessionTimeout = 10;

    // Runtime state, as sys.dm_hadr_availability_replica_states shows it.
    bool isLocal = false;
    QString role = QStringLiteral("SECONDARY"); // PRIMARY, SECONDARY, RESOLVING
    QString connectedState = QStringLiteral("DISCONNECTED");
    QString synchronizationHealth = QStringLiteral("NOT_HEALTHY");
    QString operationalState;
    int lastConnectErrorNumber = 0;
    QString lastConnectErrorDescription;
    QDateTime lastConnectErrorTimestamp;
};

struct SimAvailabilityGroup
{
    QUuid groupId;
    QString name;
    bool distributed = false;
    QString clusterType = QStringLiteral("NONE"); // NONE, WSFC, EXTERNAL
    QStringList databases;
    QList<SimReplica> replicas;
    bool createAnyDatabaseGranted = false;
    int requiredSynchronizedSecondariesToCommit = 0;

    SimReplica *localReplica();
    const SimReplica *localReplica() const;
    SimReplica *replica(const QString &serverName);
};

} // namespace milink::sim
