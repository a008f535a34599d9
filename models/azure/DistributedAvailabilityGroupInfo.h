#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace milink {

// One database of a link as ARM reports it (DistributedAvailabilityGroupDatabase).
struct LinkDatabaseState
{
    QString databaseName;
    QString instanceReplicaId;
    QString partnerReplicaId;
    QString replicaState; // CreatingLink, LinkSynchronizing, Catchup, Seeding, …Error
    QString seedingProgress; // "80%"
    QString synchronizationHealth; // HEALTHY, PARTIALLY_HEALTHY, NOT_HEALTHY
    QString connectedState; // CONNECTED, DISCONNECTED
    QString lastReceivedLsn, lastSentLsn, lastCommitLsn, lastHardenedLsn, lastBackupLsn;
    QDateTime lastHardenedTime;
    QString mostRecentLinkError;
    QString partnerCertificateName;
    QDateTime partnerCertificateExpiry;
    int instanceSendReplicationLagSeconds = -1;
    int instanceRedoReplicationLagSeconds = -1;
};

// A link = distributed availability group resource of a managed instance.
struct DistributedAvailabilityGroupInfo
{
    QString id;
    QString name;
    QString distributedAvailabilityGroupId;
    QString replicationMode; // Async, Sync
    QString partnerLinkRole; // SQL Server side: Primary, Secondary
    QString instanceLinkRole; // MI side: Primary, Secondary
    QString partnerAvailabilityGroupName;
    QString instanceAvailabilityGroupName;
    QString partnerEndpoint;
    QString failoverMode; // None, Manual
    QString seedingMode; // Automatic, Manual
    QList<LinkDatabaseState> databases;

    static DistributedAvailabilityGroupInfo fromJson(const QJsonObject &object);
};

} // namespace milink
