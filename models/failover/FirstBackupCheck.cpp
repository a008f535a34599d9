#include "FirstBackupCheck.h"

#include "SqlCall.h"

#include "sql/SqlResult.h"
#include "tsql/TsqlQuote.h"

namespace milink {

bool FirstBackupCheck::Result::allBackedUp() const
{
    if (!error.isEmpty() || databases.isEmpty())
        return false;
    for (const Database &db : databases) {
        if (!db.lastFullBackup.isValid())
            return false;
    }
    return true;
}

QString FirstBackupCheck::Result::describe() const
{
    if (!error.isEmpty())
        return FirstBackupCheck::tr("The managed instance's backup history could not be read: "
                                    "%1. The plan waits for the first full backup before it "
                                    "removes the link.")
            .arg(error);
    QStringList missing;
    for (const Database &db : databases) {
        if (!db.lastFullBackup.isValid())
            missing << db.name;
    }
    if (missing.isEmpty())
        return FirstBackupCheck::tr("The managed instance has a full backup of every database: "
                                    "the link can be removed safely.");
    return FirstBackupCheck::tr("The managed instance has no full backup of %1 yet. The service "
                                "takes one automatically once the database is read/write; the "
                                "plan waits for it before it removes the link, because without "
                                "it the database can be lost if the instance restarts.")
        .arg(missing.join(QStringLiteral(", ")));
}

FirstBackupCheck::FirstBackupCheck(SqlSession *managedInstance, QList<DatabaseLink> databases,
                                   QObject *parent)
    : QObject(parent), m_session(managedInstance), m_databases(std::move(databases))
{
}

QString FirstBackupCheck::query() const
{
    QStringList names;
    for (const DatabaseLink &db : m_databases)
        names << TsqlQuote::literal(db.databaseName);
    return QStringLiteral("SELECT database_name, MAX(backup_finish_date) AS last_full_backup\n"
                          "FROM msdb.dbo.backupset\n"
                          "WHERE type = 'D' AND database_name IN (%1)\n"
                          "GROUP BY database_name")
        .arg(names.join(QStringLiteral(", ")));
}

FirstBackupCheck::Result FirstBackupCheck::parse(const QList<DatabaseLink> &databases,
                                                 const SqlResult &result)
{
    Result parsed;
    if (!result.ok()) {
        parsed.error
            = result.error.message.isEmpty() ? result.error.serverText : result.error.message;
        return parsed;
    }
    for (const DatabaseLink &link : databases) {
        Database db;
        db.name = link.databaseName;
        for (const QVariantList &row : result.resultSets.value(0).rows) {
            if (row.value(0).toString().compare(link.databaseName, Qt::CaseInsensitive) == 0)
                db.lastFullBackup = row.value(1).toDateTime();
        }
        parsed.databases << db;
    }
    return parsed;
}

void FirstBackupCheck::check()
{
    if (!m_session) {
        Result missing;
        missing.error = tr("milink is not connected to the managed instance");
        emit finished(missing);
        return;
    }
    SqlCall::run(m_session, query(), this,
                 [this](const SqlResult &result) { emit finished(parse(m_databases, result)); });
}

} // namespace milink
