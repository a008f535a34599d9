#pragma once

#include "LinkDmvSnapshot.h"
#include "LinkHealthRules.h"
#include "LinkStatusRow.h"

#include "azure/DistributedAvailabilityGroupInfo.h"
#include "azure/ManagedInstanceRef.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace milink {

class ArmClient;
class ArmJob;
class Clock;
class SqlSession;

// Watches every link between one SQL Server and one managed instance: one row per
// linked database, merged from Azure Resource Manager (one paged list of the
// instance's links), SQL Server's DMVs (one batch) and, when a session to the
// managed instance's T-SQL endpoint is given, its DMVs (one batch). The number of
// round trips of a refresh does not depend on the number of links.
//
// Read-only: it sends GET requests and SELECT / DBCC SQLPERF batches only.
// Asynchronous: refresh() returns at once; refreshed() follows when every source
// answered or failed. A source that fails (ARM error, lost connection) becomes a
// problem text on the window and on each row, and the other sources still show.
// A lost SQL connection is reopened by the next refresh.
class LinkMonitor : public QObject
{
    Q_OBJECT
public:
    explicit LinkMonitor(QObject *parent = nullptr);
    ~LinkMonitor() override;

    // Sources; none is owned. Any may be left out, at least one is needed.
    void setSqlServer(SqlSession *session);
    void setManagedInstance(SqlSession *session);
    void setArm(ArmClient *client, const ManagedInstanceRef &instance);
    // The managed instance's FQDN: names its certificate on SQL Server and tells the
    // links to this instance from other distributed availability groups.
    void setManagedInstanceFqdn(const QString &fqdn) { m_fqdn = fqdn; }
    void setThresholds(const LinkHealthRules::Thresholds &thresholds) { m_thresholds = thresholds; }
    void setClock(Clock *clock);
    void setHistoryLimit(int samples) { m_historyLimit = qMax(2, samples); }
    // A source that has not answered after this long is reported as a problem and
    // its request cancelled, so one hung server never stalls the table (default 60 s).
    void setTimeoutMs(int milliseconds) { m_timeoutMs = qMax(1, milliseconds); }

    // Starts a refresh; false (and nothing happens) while one is running or when
    // no source is set.
    bool refresh();
    bool isRefreshing() const { return m_pending > 0; }

    const QList<LinkStatusRow> &rows() const { return m_rows; }
    // Problems of the last refresh that concern every row ("Azure: …", "SQL Server: …").
    const QStringList &problems() const { return m_problems; }
    // The worst row verdict; Critical when no source answered.
    LinkHealth overallHealth() const;
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    // How many sources answered the last refresh (0: nothing could be read).
    int answeredSources() const;

    // Round trips of the last refresh: SQL batches sent + ARM operations started.
    // Constant for any number of links (pages of a long ARM list are HTTP requests
    // of the one operation; see lastArmHttpRequests()).
    int lastRoundTrips() const { return m_sqlBatches + m_armCalls; }
    int lastSqlBatches() const { return m_sqlBatches; }
    int lastArmCalls() const { return m_armCalls; }
    int lastArmHttpRequests() const { return m_armHttpRequests; }

    // What the last refresh read, as received (ARM items, every DMV result set),
    // plus the merged rows and problems: for the support bundle. May contain
    // secrets only where Azure or the server put them; the bundle redacts.
    QJsonObject diagnostics() const;

signals:
    void refreshed();
    // No source answered at all; problems() says why. refreshed() follows too.
    void refreshFailed(const QStringList &problems);

private:
    enum class Side { SqlServer, ManagedInstance };
    struct SideState
    {
        QPointer<SqlSession> session;
        quint64 requestId = 0;
        std::optional<LinkDmvSnapshot> snapshot;
        QString problem;
        QList<QMetaObject::Connection> connections;
    };
    struct SeedingObservation
    {
        QDateTime time;
        qint64 bytes = -1;
        double percent = -1;
    };

    SideState &state(Side side) { return side == Side::SqlServer ? m_sql : m_mi; }
    void startSide(Side side);
    void executeOn(Side side);
    void sideFinished(Side side, const SqlResult &result);
    void sideFailed(Side side, const QString &problem);
    void armFinished();
    void partDone();
    void timedOut();
    void merge();
    LinkStatusRow buildRow(const QString &linkName, const QString &databaseName,
                           const DistributedAvailabilityGroupInfo *armLink,
                           const LinkDatabaseState *armDatabase, const QDateTime &now);
    bool belongsToInstance(const LinkDmvSnapshot &snapshot, const QString &linkName) const;

    SideState m_sql;
    SideState m_mi;
    QPointer<ArmClient> m_arm;
    ManagedInstanceRef m_instance;
    QPointer<ArmJob> m_armJob;
    std::optional<QList<DistributedAvailabilityGroupInfo>> m_armLinks;
    QJsonArray m_armItems;
    QString m_armProblem;
    QString m_fqdn;
    Clock *m_clock;
    LinkHealthRules::Thresholds m_thresholds;
    int m_historyLimit = 360;
    int m_timeoutMs = 60000;
    QTimer m_timeout;

    int m_pending = 0;
    int m_sqlBatches = 0;
    int m_armCalls = 0;
    int m_armHttpRequests = 0;
    QList<LinkStatusRow> m_rows;
    QStringList m_problems;
    QDateTime m_lastRefreshed;
    QHash<QString, QList<LinkStatusRow::Sample>> m_history;
    QHash<QString, SeedingObservation> m_seeding;
};

} // namespace milink
