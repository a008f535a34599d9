#pragma once

#include "ScenarioFixture.h"

#include "azure/ArmClient.h"
#include "azure/EnvironmentTokenProvider.h"
#include "monitor/LinkMonitor.h"
#include "sql/SqlSession.h"

#include <QNetworkAccessManager>

#include <memory>

// A LinkMonitor over the same simulator as a ScenarioFixture, with its own
// connections: SQL Server and (optionally) the managed instance's TDS endpoint
// over QODBC → FreeTDS, and ARM over HTTP.
class MonitorHarness
{
public:
    explicit MonitorHarness(ScenarioFixture &fixture, bool withManagedInstance = true,
                            double timeScale = 20);

    milink::LinkMonitor &monitor() { return m_monitor; }
    milink::SqlSession &sqlServer() { return m_sql; }

    // Runs one refresh and waits for refreshed(); REQUIREs that it ran.
    void refresh();
    // The row of `database` (REQUIREs that there is one).
    const milink::LinkStatusRow &row(const QString &database);
    // Refreshes until `condition` holds for the row of `database`.
    bool waitForRow(const QString &database,
                    const std::function<bool(const milink::LinkStatusRow &)> &condition,
                    int timeoutMs = 60000);

private:
    ScenarioFixture &m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<milink::EnvironmentTokenProvider> m_tokens;
    std::unique_ptr<milink::ArmClient> m_arm;
    milink::SqlSession m_sql;
    milink::SqlSession m_mi;
    milink::LinkMonitor m_monitor;
};
