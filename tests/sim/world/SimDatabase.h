#pragma once

#include <QChar>
#include <QDateTime>
#include <QString>

namespace milink::sim {

// A database of a simulated instance. LSNs are plain numbers, as the DMVs show
// them (numeric(25,0)); the workload and the link state machine move them.
struct SimDatabase
{
    int databaseId = 0;
    QString name;
    QString recoveryModel = QStringLiteral("FULL"); // FULL, BULK_LOGGED, SIMPLE
    QString state = QStringLiteral("ONLINE"); // ONLINE, RESTORING, …
    bool readOnly = false;
    qint64 sizeBytes = 64LL * 1024 * 1024;
    qint64 logSizeBytes = 16LL * 1024 * 1024;
    double logUsedPercent = 5.0;
    int logFileCount = 1;
    bool filestream = false;
    bool memoryOptimized = false;
    bool encrypted = false; // TDE
    bool brokerEnabled = false;
    bool acceleratedRecovery = false;
    QString collation;
    // The log chain starts with the first full backup after the FULL recovery
    // model is set; until then log backups fail and AG creation reports 1475.
    bool logChainStarted = false;
    quint64 endOfLogLsn = 39000000012800001ULL;
    quint64 lastLogBackupLsn = 0;
    QDateTime createDate;

    // Log generated per simulated second by the workload (control interface);
    // 0 when the application is stopped.
    double workloadBytesPerSecond = 0;

    // This database's side of a link (sys.dm_hadr_database_replica_states),
    // maintained by SimLinkStateMachine. `inLink` is false for a standalone database.
    struct Replication
    {
        bool inLink = false;
        bool isPrimary = false;
        QString availabilityGroup; // the local member AG
        QString synchronizationState; // SYNCHRONIZED, SYNCHRONIZING, NOT SYNCHRONIZING, …
        QString synchronizationHealth; // HEALTHY, PARTIALLY_HEALTHY, NOT_HEALTHY
        quint64 lastHardenedLsn = 0;
        quint64 lastReceivedLsn = 0;
        quint64 lastRedoneLsn = 0;
        quint64 lastCommitLsn = 0;
        qint64 logSendQueueKb = 0;
        qint64 redoQueueKb = 0;
        int secondaryLagSeconds = 0;
    } replication;
};

// A row of msdb.dbo.backupset.
struct SimBackup
{
    QString databaseName;
    QChar type = QLatin1Char('D'); // D full, I differential, L log
    bool copyOnly = false;
    bool checksum = false;
    QDateTime startDate;
    QDateTime finishDate;
    quint64 firstLsn = 0;
    quint64 lastLsn = 0;
    QString path;
};

} // namespace milink::sim
