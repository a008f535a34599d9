#pragma once

// A wizard's LinkSession connected to milink-sim, as the earlier pages leave it,
// shared by the run-page suites.

#include "SimProcess.h"

#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
#include "session/LinkSession.h"
#include "sql/SqlError.h"
#include "sql/SqlResult.h"
#include "sql/SqlSession.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace wizardrun {

using namespace milink;

inline constexpr const char *kTokenVariable = "MILINK_WIZARD_RUN_TOKEN";

// A wizard's session connected to the simulator, as the earlier pages leave it.
class SessionFixture
{
public:
    SessionFixture(SimProcess &sim, const QString &projectPath)
        : session({&network, nullptr}), m_sim(sim)
    {
        qputenv(kTokenVariable, sim.issueToken().toUtf8());
        session.addCustomClouds({sim.cloud()});
        session.setTokenProvider(
            std::make_unique<EnvironmentTokenProvider>(QString::fromLatin1(kTokenVariable)));
        session.setLink(sim.demoLink());
        REQUIRE(session.save(projectPath).isEmpty());
        SqlConnectionOptions options;
        options.server = session.link().sqlServer;
        options.password = QStringLiteral("Sim-Passw0rd");
        QSignalSpy opened(session.sqlServer(), &SqlSession::opened);
        session.sqlServer()->open(options, QStringLiteral("FreeTDS"));
        REQUIRE(opened.wait(20000));
        REQUIRE_FALSE(opened.first().first().value<SqlError>().isError());
        REQUIRE(session.arm());
    }
    ~SessionFixture() { qunsetenv(kTokenVariable); }

    void sql(const QString &text)
    {
        QSignalSpy done(session.sqlServer(), &SqlSession::finished);
        session.sqlServer()->execute(text);
        REQUIRE(done.wait(10000));
        const SqlResult result = done.first().at(1).value<SqlResult>();
        INFO(result.error.message.toStdString());
        REQUIRE(result.ok());
    }

    QJsonObject sqlServer()
    {
        return m_sim.control(QStringLiteral("snapshot"))
            .value(QStringLiteral("sqlServers"))
            .toArray()
            .at(0)
            .toObject();
    }

    QNetworkAccessManager network;
    LinkSession session;

private:
    SimProcess &m_sim;
};

inline SimProcess::Options options(int sizeMB = 512)
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases = server.value(QStringLiteral("databases")).toArray();
    QJsonObject sales = databases.at(0).toObject();
    sales.insert(QStringLiteral("sizeMB"), sizeMB);
    databases.replace(0, sales);
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    SimProcess::Options o;
    o.scenario = scenario;
    o.timeScale = 20;
    return o;
}

inline QHash<QString, QString> secrets()
{
    return {{QStringLiteral("MasterKeyPassword"), QStringLiteral("Master-Key-Passw0rd!")}};
}

} // namespace wizardrun
