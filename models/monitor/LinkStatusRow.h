#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace milink {

// The overall verdict of one linked database. Ordered: a higher value is worse.
enum class LinkHealth { Healthy, Warning, Critical };

QString toString(LinkHealth health); // "healthy", "warning", "critical" (JSON, CLI)

// One database of one link, merged from Azure Resource Manager, SQL Server's DMVs
// and (when connected) the managed instance's DMVs. Empty strings and -1 mean "no
// source reported it"; `sources` says which sources did.
struct LinkStatusRow
{
    // One point of the row's history, for the lag and LSN charts.
    struct Sample
    {
        QDateTime time; // UTC, when the refresh finished
        double lagSeconds = -1;
        double sqlServerHardenedLsn = -1; // LSNs as numbers for charts only
        double managedInstanceHardenedLsn = -1;
        qint64 logSendQueueKb = -1;
    };

    QString linkName; // DAG name = ARM resource name
    QString databaseName;
    QStringList sources; // "arm", "sqlServer", "managedInstance"

    // Roles in the link: "PRIMARY"/"SECONDARY" (upper case, DMV spelling); ARM's
    // Primary/Secondary are mapped to it. Empty when unknown.
    QString sqlServerRole;
    QString managedInstanceRole;
    bool splitBrain = false;

    QString replicationMode; // Async, Sync
    QString connectedState; // CONNECTED, DISCONNECTED
    QString synchronizationState; // SYNCHRONIZED, SYNCHRONIZING, NOT SYNCHRONIZING, …
    QString synchronizationHealth; // HEALTHY, PARTIALLY_HEALTHY, NOT_HEALTHY
    QString replicaState; // ARM: CreatingLink, LinkSynchronizing, …Error

    // Seeding: percent 0–100 (-1 unknown), bytes when the DMV reports them, and
    // the ETA from the rate observed between two refreshes (invalid when unknown).
    double seedingPercent = -1;
    qint64 seedingTransferredBytes = -1;
    qint64 seedingTotalBytes = -1;
    double seedingBytesPerSecond = -1;
    QDateTime seedingEta;
    QString seedingFailure;
    bool seeding = false;

    QString sqlServerHardenedLsn; // decimal strings, as the DMVs and ARM report them
    QString managedInstanceHardenedLsn;
    QString sqlServerEndOfLogLsn;
    double lagSeconds = -1;
    qint64 logSendQueueKb = -1;
    qint64 redoQueueKb = -1;
    double sqlServerLogUsedPercent = -1;
    double managedInstanceLogUsedPercent = -1;

    QString sqlServerCertificateName;
    QDateTime sqlServerCertificateExpiry;
    QString managedInstanceCertificateName; // the instance's certificate trusted on SQL Server
    QDateTime managedInstanceCertificateExpiry;

    int errorNumber = 0;
    QString errorText; // the raw text of the most recent error
    QString errorExplanation; // what it means and what to do; empty when unknown
    QDateTime errorTime;

    LinkHealth health = LinkHealth::Healthy;
    QStringList reasons; // why the verdict is not Healthy, one sentence each
    QStringList problems; // what could not be read for this row

    QList<Sample> history; // oldest first

    // Equal when both LSNs are known and the same.
    bool hardenedLsnsEqual() const;
    // Key used for history and lookups.
    QString key() const { return linkName + QLatin1Char('\n') + databaseName; }

    // The documented, stable JSON shape of `milink status --json` (docs/status.md).
    QJsonObject toJson() const;
};

} // namespace milink
