#include "MonitorHarness.h"

#include "azure/ManagedInstanceRef.h"
#include "sql/OdbcConnectionString.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

void openSession(SqlSession &session, const SqlConnectionOptions &options)
{
    QSignalSpy opened(&session, &SqlSession::opened);
    session.open(options, QStringLiteral("FreeTDS"));
    REQUIRE(opened.wait(20000));
    const SqlError error = opened.first().first().value<SqlError>();
    INFO(error.message.toStdString());
    REQUIRE_FALSE(error.isError());
}

} // namespace

MonitorHarness::MonitorHarness(ScenarioFixture &fixture, bool withManagedInstance, double timeScale)
    : m_fixture(fixture)
{
    // The fixture keeps a fresh token in this variable (ScenarioFixture::refreshToken).
    m_tokens
        = std::make_unique<EnvironmentTokenProvider>(QStringLiteral("MILINK_SCENARIO_TEST_TOKEN"));
    m_arm = std::make_unique<ArmClient>(&m_network, m_tokens.get(), fixture.sim().cloud());
    ArmRetryPolicy policy = m_arm->retryPolicy();
    policy.delayScale = 1.0 / timeScale / 10;
    m_arm->setRetryPolicy(policy);

    SqlConnectionOptions sql;
    sql.server = fixture.link.sqlServer;
    sql.password = QStringLiteral("Sim-Passw0rd");
    openSession(m_sql, sql);
    m_monitor.setSqlServer(&m_sql);
    if (withManagedInstance) {
        SqlConnectionOptions mi;
        mi.server.host = QStringLiteral("127.0.0.1");
        mi.server.port = fixture.sim().managedInstancePort();
        mi.server.serverName = fixture.link.managedInstance.name;
        mi.server.loginName = QStringLiteral("miadmin");
        mi.server.encryption = SqlEncryption::Optional;
        mi.password = QStringLiteral("Sim-Passw0rd");
        openSession(m_mi, mi);
        m_monitor.setManagedInstance(&m_mi);
    }
    m_monitor.setArm(m_arm.get(), fixture.instance());
    m_monitor.setManagedInstanceFqdn(fixture.link.managedInstance.fqdn);
}

void MonitorHarness::refresh()
{
    QSignalSpy refreshed(&m_monitor, &LinkMonitor::refreshed);
    REQUIRE(m_monitor.refresh());
    REQUIRE(m_monitor.isRefreshing());
    REQUIRE(refreshed.wait(30000));
    REQUIRE_FALSE(m_monitor.isRefreshing());
}

const LinkStatusRow &MonitorHarness::row(const QString &database)
{
    for (const LinkStatusRow &r : m_monitor.rows()) {
        if (r.databaseName == database)
            return r;
    }
    INFO("no row for " << database.toStdString() << "; problems: "
                       << m_monitor.problems().join(QLatin1Char('\n')).toStdString());
    FAIL();
    static const LinkStatusRow none;
    return none;
}

bool MonitorHarness::waitForRow(const QString &database,
                                const std::function<bool(const LinkStatusRow &)> &condition,
                                int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        refresh();
        for (const LinkStatusRow &r : m_monitor.rows()) {
            if (r.databaseName == database && condition(r))
                return true;
        }
        QTest::qWait(150);
    }
    return false;
}
