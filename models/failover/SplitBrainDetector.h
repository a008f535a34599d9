#pragma once

#include "LinkRoles.h"
#include "LinkSources.h"

#include "link/LinkDefinition.h"
#include "plan/PlanOptions.h"

#include <QJsonObject>
#include <QObject>

namespace milink {

struct SqlResult;

// Reads both replicas of a link — SQL Server's DMVs (one batch), the managed
// instance's DMVs when connected (one batch) and the link resource in Azure
// (one GET) — and tells whether both sides claim the primary role. A split
// brain leads to the guided repair (Operation::RepairSplitBrain), for which
// repairOptions() gives the plan options.
class SplitBrainDetector : public QObject
{
    Q_OBJECT

public:
    SplitBrainDetector(LinkSources sources, DatabaseLink link, QObject *parent = nullptr);

    // Starts the reads; finished() reports the merged roles.
    void check();
    bool isRunning() const { return m_pending > 0; }
    const LinkRoles &roles() const { return m_roles; }

    // The parts of the merge, pure, for tests and other readers.
    static void applySqlServer(LinkRoles &roles, const SqlResult &result);
    static void applyManagedInstance(LinkRoles &roles, const SqlResult &result);
    static void applyArm(LinkRoles &roles, const QJsonObject &link);

    // The options of the repair plan: keep `keep` primary; the backup of the
    // side that gives up its changes goes to `backupLocation` (a directory on
    // the SQL Server host, or a storage container URL for the managed instance).
    static PlanOptions repairOptions(LinkSide keep, const QString &backupLocation);

    // The T-SQL batch read on each side (role and health of the DAG's replicas).
    static QString rolesQuery(const QString &linkName);

signals:
    void finished(const milink::LinkRoles &roles);

private:
    LinkSources m_sources;
    DatabaseLink m_link;
    LinkRoles m_roles;
    int m_pending = 0;
};

} // namespace milink
