#pragma once

#include "SimProcess.h"

#include "azure/ArmClient.h"
#include "azure/AzureSqlApi.h"
#include "azure/DistributedAvailabilityGroupInfo.h"
#include "azure/EnvironmentTokenProvider.h"
#include "failover/LinkRoles.h"
#include "failover/LinkSources.h"
#include "link/LinkDefinition.h"
#include "plan/Operation.h"
#include "plan/Plan.h"
#include "plan/PlanOptions.h"
#include "sql/SqlResult.h"
#include "sql/SqlSession.h"

#include <QNetworkAccessManager>
#include <QVariant>

#include <functional>
#include <memory>

// A link of milink-sim's demo scenario (SQL01 → sqlmi-demo, database Sales,
// DAG_Sales) operated through the real stacks: T-SQL to SQL Server and to the
// managed instance over QODBC → FreeTDS, Azure over HTTP, plans run by PlanRunner
// with all three services. Outcomes are read back with DMVs and ARM GETs.
class FailoverSimFixture
{
public:
    struct Outcome
    {
        bool ok = false;
        QString text; // the message and every step's status, for INFO()
    };

    explicit FailoverSimFixture(const QJsonObject &scenario = {}, double timeScale = 20);
    ~FailoverSimFixture();
    FailoverSimFixture(const FailoverSimFixture &) = delete;
    FailoverSimFixture &operator=(const FailoverSimFixture &) = delete;

    SimProcess &sim() { return m_sim; }
    milink::LinkDefinition link;
    // Called when a step starts, e.g. to play the managed instance's automatic
    // first full backup, which the simulator does not take by itself.
    std::function<void(const QString &stepId)> onStepStarted;

    milink::LinkSources sources();
    milink::SqlSession &sqlServer() { return m_sql; }
    milink::SqlSession &managedInstance() { return m_mi; }
    milink::ArmClient &arm() { return *m_arm; }
    milink::AzureSqlApi &api() { return *m_api; }
    milink::ManagedInstanceRef instance() const;

    // Builds the plan of `operation` (REQUIREs that it builds) and runs it.
    Outcome run(milink::Operation operation, const milink::PlanOptions &options = {});
    // Creates the link and waits until it is connected and synchronizing.
    void createLink();

    milink::SqlResult sql(const QString &script);
    milink::SqlResult miSql(const QString &script);
    QVariant scalar(const QString &query);
    QString sqlServerRole(); // role_desc of SQL Server's member of DAG_Sales
    milink::DistributedAvailabilityGroupInfo armLink();
    bool armLinkExists();
    QString remoteConnectedState(); // SQL Server's view of the managed instance replica
    milink::LinkRoles readRoles();
    void workload(const QString &instance, double logMBps);

    // What the service does after a failover: a full backup of the database on
    // the managed instance (sent without waiting, usable from a step hook).
    void backUpOnManagedInstance();

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000);

private:
    SimProcess m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<milink::EnvironmentTokenProvider> m_tokens;
    std::unique_ptr<milink::ArmClient> m_arm;
    std::unique_ptr<milink::AzureSqlApi> m_api;
    milink::SqlSession m_sql;
    milink::SqlSession m_mi;
    int m_runs = 0;
};
