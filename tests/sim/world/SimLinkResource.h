#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace milink::sim {

// One database of a link as ARM reports it (DistributedAvailabilityGroupDatabase,
// api-version 2025-01-01). Read-only fields are maintained by the link state machine.
struct SimLinkDatabase
{
    QString databaseName;
    QUuid instanceReplicaId;
    QUuid partnerReplicaId;
    QString replicaState; // CreatingLink, Seeding, Catchup, LinkSynchronizing, …Error
    QString seedingProgress; // "80%"
    QString synchronizationHealth = QStringLiteral("NOT_HEALTHY");
    QString connectedState = QStringLiteral("DISCONNECTED");
    quint64 lastReceivedLsn = 0;
    quint64 lastSentLsn = 0;
    quint64 lastCommitLsn = 0;
    quint64 lastHardenedLsn = 0;
    quint64 lastBackupLsn = 0;
    QDateTime lastReceivedTime;
    QDateTime lastSentTime;
    QDateTime lastCommitTime;
    QDateTime lastHardenedTime;
    QDateTime lastBackupTime;
    QString mostRecentLinkError;
    QString partnerCertificateName;
    QDateTime partnerCertificateExpiry;
    int instanceSendReplicationLagSeconds = 0;
    int instanceRedoReplicationLagSeconds = 0;
};

// Microsoft.Sql/managedInstances/distributedAvailabilityGroups: the link as Azure sees it.
struct SimLinkResource
{
    QString name; // = DAG name
    QUuid distributedAvailabilityGroupId;
    QString replicationMode = QStringLiteral("Async");
    QString partnerLinkRole = QStringLiteral("Primary");
    QString partnerAvailabilityGroupName;
    QString partnerEndpoint;
    QString instanceLinkRole = QStringLiteral("Secondary");
    QString instanceAvailabilityGroupName;
    QString failoverMode = QStringLiteral("None");
    QString seedingMode = QStringLiteral("Automatic");
    QList<SimLinkDatabase> databases;
};

// Microsoft.Sql/managedInstances/serverTrustCertificates: a SQL Server
// certificate's public key uploaded to the managed instance.
struct SimServerTrustCertificate
{
    QString name;
    QByteArray der;
};

} // namespace milink::sim
