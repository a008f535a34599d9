// The milink-sim process contract: one JSON ready line, loopback only, clean
// exit on SIGTERM, a clear message and exit code 2 for bad input.

#include "TempDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <catch2/catch.hpp>

#include <csignal>

namespace {

QString simPath()
{
    return QStringLiteral(MILINK_SIM_EXECUTABLE);
}

} // namespace

TEST_CASE("milink-sim prints one ready line and stops on SIGTERM", "[sim][process]")
{
    QProcess sim;
    sim.start(simPath(), {QStringLiteral("--time-scale"), QStringLiteral("30")});
    REQUIRE(sim.waitForStarted(10000));
    REQUIRE(QTest::qWaitFor(
        [&] { return sim.canReadLine() || sim.state() == QProcess::NotRunning; }, 20000));
    const QByteArray line = sim.readLine();
    const QJsonObject ready = QJsonDocument::fromJson(line).object();
    CHECK(ready.value(QStringLiteral("event")).toString() == QStringLiteral("ready"));
    CHECK(ready.value(QStringLiteral("timeScale")).toDouble() == 30);
    CHECK(ready.value(QStringLiteral("pid")).toInteger() == sim.processId());
    CHECK(ready.value(QStringLiteral("sqlServers")).isArray());
    CHECK(ready.value(QStringLiteral("managedInstances")).isArray());

    ::kill(static_cast<pid_t>(sim.processId()), SIGTERM);
    REQUIRE(sim.waitForFinished(10000));
    CHECK(sim.exitStatus() == QProcess::NormalExit);
    CHECK(sim.exitCode() == 0);
}

TEST_CASE("milink-sim refuses to listen beyond loopback", "[sim][process]")
{
    QProcess sim;
    sim.start(simPath(), {QStringLiteral("--listen"), QStringLiteral("0.0.0.0")});
    REQUIRE(sim.waitForFinished(10000));
    CHECK(sim.exitCode() == 2);
    CHECK(sim.readAllStandardError().contains("loopback"));
}

TEST_CASE("milink-sim reports a bad scenario with its paths", "[sim][process]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"tenants":[{"displayName":"no id"}],"subscriptions":[]})");
    file.close();

    QProcess sim;
    sim.start(simPath(), {QStringLiteral("--scenario"), path});
    REQUIRE(sim.waitForFinished(10000));
    CHECK(sim.exitCode() == 2);
    CHECK(sim.readAllStandardError().contains("tenants[0].tenantId"));
}
