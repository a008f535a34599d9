#pragma once

#include "SimProcess.h"

#include "azure/ArmClient.h"
#include "azure/AzureSqlApi.h"
#include "azure/DistributedAvailabilityGroupInfo.h"
#include "azure/EnvironmentTokenProvider.h"
#include "link/LinkDefinition.h"
#include "plan/Plan.h"
#include "run/StepRecord.h"
#include "sql/SqlResult.h"
#include "sql/SqlSession.h"

#include <QNetworkAccessManager>
#include <QVariant>

#include <functional>
#include <memory>

// One link scenario against milink-sim through the real stacks: the create-link
// plan of the demo scenario (SQL01 → sqlmi-demo, database Sales, link DAG_Sales),
// optionally altered, run by PlanRunner; the outcome read back with DMV queries over
// SqlSession (QODBC → unixODBC → FreeTDS) and ARM GETs over HTTP — never from the
// simulator's snapshot, so what is asserted is what milink's users would see.
class ScenarioFixture
{
public:
    struct RunOutcome
    {
        bool ok = false;
        QString message;
        QList<milink::StepRecord> records;
        QString describe() const; // every step's status, for INFO()
    };
    // What the SQL Server side of DAG_Sales reports about the managed instance replica.
    struct RemoteReplica
    {
        bool found = false;
        QString connectedState;
        int lastConnectError = 0;
        QString lastConnectErrorDescription;
    };

    static constexpr const char *kLinkName = "DAG_Sales";

    // `scenario` empty: the simulator's demo scenario.
    explicit ScenarioFixture(double timeScale = 20, const QJsonObject &scenario = {});
    ~ScenarioFixture();
    ScenarioFixture(const ScenarioFixture &) = delete;
    ScenarioFixture &operator=(const ScenarioFixture &) = delete;

    SimProcess &sim() { return m_sim; }
    milink::LinkDefinition link;

    // The create-link plan of `link`, unaltered.
    milink::Plan plan() const;
    // Plan alterations. Each REQUIREs that it changed something, so a renamed step
    // cannot silently turn a failure scenario into the happy path.
    static void removeSteps(milink::Plan &plan, const QString &idPrefix);
    static void stopBefore(milink::Plan &plan, const QString &idPrefix);
    static void startAt(milink::Plan &plan, const QString &idPrefix);
    static milink::PlanStep &step(milink::Plan &plan, const QString &idPrefix);

    // Runs the plan to its end (or first failure) with PlanRunner.
    RunOutcome run(const milink::Plan &plan);

    // T-SQL on SQL Server over the session the runner also uses.
    milink::SqlResult sql(const QString &script);
    QVariant scalar(const QString &query);
    // The link of the first database of `link` (DAG_Sales unless a test changes it).
    QString linkName() const;
    RemoteReplica remoteReplica();
    QString localRole(); // role_desc of SQL Server's member of the DAG

    // The link as ARM reports it (GET …/distributedAvailabilityGroups/<linkName()>).
    milink::DistributedAvailabilityGroupInfo armLink();
    milink::LinkDatabaseState armDatabase();
    milink::ManagedInstanceRef instance() const;
    milink::AzureSqlApi &api() { return *m_api; }
    // Waits for an ARM job and REQUIREs its success.
    static QJsonObject finish(milink::ArmJob *job);

    // A fresh token from the simulator's authority (after clock.advance expired one).
    void refreshToken();

    // Polls `condition` every 100 ms (each poll is a round trip) until it holds.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000);

private:
    SimProcess m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<milink::EnvironmentTokenProvider> m_tokens;
    std::unique_ptr<milink::ArmClient> m_arm;
    std::unique_ptr<milink::AzureSqlApi> m_api;
    milink::SqlSession m_sql;
    int m_runs = 0;
};
