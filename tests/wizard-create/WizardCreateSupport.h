#pragma once

// Shared by the create-link page and controller tests: a session with the
// services a wizard gets (network, an in-memory keychain), and a connection to
// the simulator's SQL Server.

#include "SimProcess.h"

#include "link/LinkDefinition.h"
#include "secrets/MemorySecretStore.h"
#include "session/LinkSession.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch

namespace wizardtest {

inline const QString &simPassword()
{
    static const QString password = QStringLiteral("Sim-Passw0rd");
    return password;
}

struct SessionFixture
{
    QNetworkAccessManager network;
    milink::MemorySecretStore secrets;
    milink::LinkSession session {{&network, &secrets}};
};

// The simulator's SQL Server over FreeTDS; it speaks TDS in clear, hence
// optional encryption.
inline milink::SqlServerConnection simConnection(const SimProcess &sim)
{
    milink::SqlServerConnection c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = sim.sqlServerPort();
    c.loginName = QStringLiteral("sa");
    c.encryption = milink::SqlEncryption::Optional;
    c.odbcDriver = QStringLiteral("FreeTDS");
    return c;
}

// The demo scenario with databases that exercise every eligibility rule the
// simulator can express, plus names that are awkward in T-SQL.
inline QJsonObject scenarioWithAwkwardDatabases()
{
    QJsonObject scenario = SimProcess::demoScenario();
    QJsonArray servers = scenario.value(QStringLiteral("sqlServers")).toArray();
    QJsonObject server = servers.at(0).toObject();
    QJsonArray databases = server.value(QStringLiteral("databases")).toArray();
    auto add = [&databases](const QJsonObject &db) {
        databases.append(db);
    };
    add({{QStringLiteral("name"), QStringLiteral("SimpleDb")},
         {QStringLiteral("recoveryModel"), QStringLiteral("SIMPLE")},
         {QStringLiteral("sizeMB"), 16}});
    add({{QStringLiteral("name"), QStringLiteral("NoBackup")},
         {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
         {QStringLiteral("sizeMB"), 16},
         {QStringLiteral("fullBackup"), false}});
    add({{QStringLiteral("name"), QStringLiteral("TwoLogs")},
         {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
         {QStringLiteral("sizeMB"), 16},
         {QStringLiteral("logFiles"), 2}});
    add({{QStringLiteral("name"), QStringLiteral("Streams")},
         {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
         {QStringLiteral("sizeMB"), 16},
         {QStringLiteral("filestream"), true}});
    add({{QStringLiteral("name"), QStringLiteral("Secret")},
         {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
         {QStringLiteral("sizeMB"), 16},
         {QStringLiteral("tde"), true}});
    add({{QStringLiteral("name"), QStringLiteral("Odd]Name's ✓")},
         {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
         {QStringLiteral("sizeMB"), 16}});
    add({{QStringLiteral("name"), QString(128, QLatin1Char('L'))},
         {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
         {QStringLiteral("sizeMB"), 16}});
    server.insert(QStringLiteral("databases"), databases);
    servers.replace(0, server);
    scenario.insert(QStringLiteral("sqlServers"), servers);
    return scenario;
}

inline SimProcess::Options withScenario(const QJsonObject &scenario)
{
    SimProcess::Options options;
    options.scenario = scenario;
    return options;
}

} // namespace wizardtest
