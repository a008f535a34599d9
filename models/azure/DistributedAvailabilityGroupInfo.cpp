#include "DistributedAvailabilityGroupInfo.h"

#include <QJsonArray>

namespace milink {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs);
}
} // namespace

DistributedAvailabilityGroupInfo DistributedAvailabilityGroupInfo::fromJson(const QJsonObject &o)
{
    DistributedAvailabilityGroupInfo d;
    d.id = str(o, "id");
    d.name = str(o, "name");
    const QJsonObject p = o.value(QLatin1String("properties")).toObject();
    d.distributedAvailabilityGroupId = str(p, "distributedAvailabilityGroupId");
    d.replicationMode = str(p, "replicationMode");
    d.partnerLinkRole = str(p, "partnerLinkRole");
    d.instanceLinkRole = str(p, "instanceLinkRole");
    d.partnerAvailabilityGroupName = str(p, "partnerAvailabilityGroupName");
    d.instanceAvailabilityGroupName = str(p, "instanceAvailabilityGroupName");
    d.partnerEndpoint = str(p, "partnerEndpoint");
    d.failoverMode = str(p, "failoverMode");
    d.seedingMode = str(p, "seedingMode");
    const QJsonArray databases = p.value(QLatin1String("databases")).toArray();
    for (const QJsonValue &value : databases) {
        const QJsonObject db = value.toObject();
        LinkDatabaseState s;
        s.databaseName = str(db, "databaseName");
        s.instanceReplicaId = str(db, "instanceReplicaId");
        s.partnerReplicaId = str(db, "partnerReplicaId");
        s.replicaState = str(db, "replicaState");
        s.seedingProgress = str(db, "seedingProgress");
        s.synchronizationHealth = str(db, "synchronizationHealth");
        s.connectedState = str(db, "connectedState");
        s.lastReceivedLsn = str(db, "lastReceivedLsn");
        s.lastSentLsn = str(db, "lastSentLsn");
        s.lastCommitLsn = str(db, "lastCommitLsn");
        s.lastHardenedLsn = str(db, "lastHardenedLsn");
        s.lastBackupLsn = str(db, "lastBackupLsn");
        s.lastHardenedTime = time(db, "lastHardenedTime");
        s.mostRecentLinkError = str(db, "mostRecentLinkError");
        const QJsonObject cert = db.value(QLatin1String("partnerAuthCertValidity")).toObject();
        s.partnerCertificateName = str(cert, "certificateName");
        s.partnerCertificateExpiry = time(cert, "expiryDate");
        if (db.contains(QLatin1String("instanceSendReplicationLagSeconds")))
            s.instanceSendReplicationLagSeconds
                = db.value(QLatin1String("instanceSendReplicationLagSeconds")).toInt();
        if (db.contains(QLatin1String("instanceRedoReplicationLagSeconds")))
            s.instanceRedoReplicationLagSeconds
                = db.value(QLatin1String("instanceRedoReplicationLagSeconds")).toInt();
        d.databases.append(s);
    }
    return d;
}

} // namespace milink
