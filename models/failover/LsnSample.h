#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace milink {

// One poll of the hardened LSNs of a link's databases on both sides. A value
// that was not read stays empty; `error` says why the poll is unusable.
struct LsnSample
{
    struct Database
    {
        QString name;
        QString sqlServerLsn; // SQL Server's own last_hardened_lsn
        QString managedInstanceLsn; // the managed instance's (its DMV, else SQL Server's view)
        QString managedInstanceLsnSource;
        QString armLsn; // Azure's databases[].lastHardenedLsn; empty when not available
        qint64 logSendQueueKb = -1; // -1: unknown
        qint64 redoQueueKb = -1;
        QString synchronizationState;
    };

    QList<Database> databases;
    QString error; // a read that must work failed (SQL Server)
    QString armError; // Azure could not be read; the gate works without it
};

} // namespace milink

Q_DECLARE_METATYPE(milink::LsnSample)
