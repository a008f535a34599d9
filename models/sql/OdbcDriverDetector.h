#pragma once

#include <QObject>
#include <QStringList>

namespace milink {

// Lists the installed ODBC drivers (SQLDrivers through the driver manager) on a
// short-lived thread, so the UI never waits on the driver manager's file reads.
class OdbcDriverDetector : public QObject
{
    Q_OBJECT
public:
    explicit OdbcDriverDetector(QObject *parent = nullptr);
    // Emits finished() once, later, from the caller's thread.
    void start();
    // Synchronous listing, for worker threads and tests.
    static QStringList installedDrivers();
    // The installed drivers that can talk to SQL Server.
    static QStringList sqlServerDrivers(const QStringList &installed);

signals:
    void finished(const QStringList &sqlServerDrivers);
};

} // namespace milink
