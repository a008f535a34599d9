#pragma once

#include "sql/SqlResult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace milink {

// What one SQL side (SQL Server or the managed instance) says about every link it
// holds, read with ONE batch of SELECTs (query()) whatever the number of links, so a
// refresh costs the same for one link or a hundred. Read-only: the batch contains
// SELECT and DBCC SQLPERF(LOGSPACE) only.
struct LinkDmvSnapshot
{
    // A member of a distributed availability group (the local AG or the remote one).
    struct Member
    {
        QString linkName;
        QString memberName; // AG name on that side (replica_server_name of the DAG)
        QString endpointUrl;
        QString availabilityMode; // ASYNCHRONOUS_COMMIT, SYNCHRONOUS_COMMIT
        bool isLocal = false;
        bool hasState = false; // a secondary sees only its own replica's state
        QString role; // PRIMARY, SECONDARY, RESOLVING
        QString connectedState;
        QString synchronizationHealth;
        int lastErrorNumber = 0;
        QString lastErrorDescription;
        QDateTime lastErrorTime;
    };
    // A row of sys.dm_hadr_database_replica_states for a distributed AG.
    struct DatabaseState
    {
        QString linkName;
        QString databaseName;
        bool isLocal = false;
        bool isPrimary = false;
        QString synchronizationState;
        QString synchronizationHealth;
        QString databaseState;
        bool suspended = false;
        QString suspendReason;
        QString hardenedLsn;
        QString endOfLogLsn;
        QDateTime hardenedTime;
        qint64 logSendQueueKb = -1;
        qint64 redoQueueKb = -1;
        double lagSeconds = -1;
    };
    struct Seeding
    {
        QString databaseName;
        QString role; // Source, Destination
        QString state;
        qint64 transferredBytes = -1;
        qint64 totalBytes = -1;
        qint64 bytesPerSecond = -1;
        QString failure;
    };
    struct Certificate
    {
        QString name;
        QString subject;
        QDateTime expiry;
        bool usedByEndpoint = false;
    };

    QList<Member> members;
    QHash<QString, QStringList> groupDatabases; // regular AG name (lower case) → databases
    QList<DatabaseState> databases;
    QList<Seeding> seeding;
    QList<Certificate> certificates;
    QHash<QString, double> logUsedPercent; // database name (lower case) → % of the log used
    QString problem; // a statement of the batch failed; what was read before it is kept
    QJsonObject raw; // every result set as returned, for the support bundle

    bool isEmpty() const { return members.isEmpty() && databases.isEmpty(); }

    // The batch. Only SELECT statements and DBCC SQLPERF(LOGSPACE).
    static QString query();
    static LinkDmvSnapshot fromResult(const SqlResult &result);

    // The local member's role in `linkName`, upper case; empty when unknown.
    QString localRole(const QString &linkName) const;
    const Member *localMember(const QString &linkName) const;
    const Member *remoteMember(const QString &linkName) const;
    const DatabaseState *database(const QString &linkName, const QString &databaseName,
                                  bool local) const;
    const Seeding *seedingOf(const QString &databaseName) const;
    QStringList linkNames() const;
    // The databases of a link: the local member AG's databases, else the DMV rows'.
    QStringList databasesOf(const QString &linkName) const;
};

} // namespace milink
