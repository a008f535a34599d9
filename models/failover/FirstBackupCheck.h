#pragma once

#include "link/LinkDefinition.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>

namespace milink {

class SqlSession;
struct SqlResult;

// Whether the managed instance has taken a full backup of each linked database.
// Removing the link before the first automatic full backup after a failover can
// leave the database unavailable after the instance restarts, so the
// post-failover page shows this before the link is removed. One batch on the
// managed instance (msdb.dbo.backupset).
class FirstBackupCheck : public QObject
{
    Q_OBJECT

public:
    struct Database
    {
        QString name;
        QDateTime lastFullBackup; // invalid: none
    };
    struct Result
    {
        QList<Database> databases;
        QString error; // the managed instance could not be read
        bool allBackedUp() const;
        QString describe() const; // one sentence for the page
    };

    FirstBackupCheck(SqlSession *managedInstance, QList<DatabaseLink> databases,
                     QObject *parent = nullptr);

    void check();
    QString query() const;
    static Result parse(const QList<DatabaseLink> &databases, const SqlResult &result);

signals:
    void finished(const milink::FirstBackupCheck::Result &result);

private:
    SqlSession *m_session;
    QList<DatabaseLink> m_databases;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::FirstBackupCheck::Result)
