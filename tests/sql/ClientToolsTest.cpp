// Independent TDS clients against milink-sim: FreeTDS tsql, unixODBC isql (through
// the FreeTDS driver, prepared statements) and Node tedious. They are not ours, so
// they keep the simulator honest about the protocol and about SQL Server's answers.

#include "SimProcess.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

const QString password = QStringLiteral("Sim-Passw0rd");

QString runTool(const QString &program, const QStringList &arguments, const QString &input,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input.toUtf8());
    process.closeWriteChannel();
    REQUIRE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QString tsql(quint16 port, const QString &secret, const QString &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TDSVER"), QStringLiteral("7.4"));
    return runTool(QStringLiteral("tsql"),
                   {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(port), QStringLiteral("-U"), QStringLiteral("sa"),
                    QStringLiteral("-P"), secret},
                   input, env);
}

QString isql(quint16 port, const QString &input)
{
    const QString connection
        = QStringLiteral("Driver=FreeTDS;Server=127.0.0.1;Port=%1;UID=sa;PWD=%2;TDS_Version=7.4;"
                         "Encryption=off")
              .arg(port)
              .arg(password);
    return runTool(QStringLiteral("isql"),
                   {QStringLiteral("-v"), QStringLiteral("-b"), QStringLiteral("-k"), connection},
                   input);
}

QJsonObject tedious(const QJsonObject &request)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"),
               QStringLiteral(MILINK_SOURCE_DIR "/tests/tools/node_modules"));
    const QString out
        = runTool(QStringLiteral("node"),
                  {QStringLiteral(MILINK_SOURCE_DIR "/tests/sql/tools/tedious-client.js"),
                   QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))},
                  QString(), env);
    INFO(out.toStdString());
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    REQUIRE_FALSE(result.isEmpty());
    return result;
}

QJsonObject step(const QString &sql, const QJsonArray &params = {}, int cancelAfterMs = 0)
{
    QJsonObject s {{QStringLiteral("sql"), sql}, {QStringLiteral("params"), params}};
    if (cancelAfterMs > 0)
        s.insert(QStringLiteral("cancelAfterMs"), cancelAfterMs);
    return s;
}

} // namespace

TEST_CASE("tsql runs catalog queries and sees SQL Server's error numbers", "[sql][sim][tools]")
{
    SimProcess sim;
    const QString out = tsql(sim.sqlServerPort(), password,
                             QStringLiteral("SELECT name FROM sys.databases WHERE database_id > 4 "
                                            "ORDER BY name\ngo\n"
                                            "SELECT CONVERT(nvarchar(128), "
                                            "SERVERPROPERTY('ProductVersion'))\ngo\n"
                                            "SELECT * FROM dbo.no_such_table\ngo\nexit\n"));
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Inventory")));
    CHECK(out.contains(QStringLiteral("Sales")));
    CHECK(out.indexOf(QStringLiteral("Inventory")) < out.indexOf(QStringLiteral("Sales")));
    CHECK(out.contains(QStringLiteral("16.0.4125.3")));
    CHECK(out.contains(QStringLiteral("Msg 208")));
}

TEST_CASE("tsql with a wrong password gets 18456", "[sql][sim][tools]")
{
    SimProcess sim;
    const QString out
        = tsql(sim.sqlServerPort(), QStringLiteral("wrong"), QStringLiteral("exit\n"));
    CHECK(out.contains(QStringLiteral("18456")));
    CHECK(out.contains(QStringLiteral("Login failed for user 'sa'")));
}

TEST_CASE("isql (prepared statements through FreeTDS ODBC) gets rows and errors",
          "[sql][sim][tools]")
{
    SimProcess sim;
    const QString out
        = isql(sim.sqlServerPort(),
               QStringLiteral("SELECT name, recovery_model_desc FROM sys.databases WHERE name = "
                              "N'Sales'\n"
                              "SELECT @@SERVERNAME\n"
                              "SELECT * FROM dbo.no_such_table\n"));
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Sales")));
    CHECK(out.contains(QStringLiteral("FULL")));
    CHECK(out.contains(QStringLiteral("SQL01")));
    CHECK(out.contains(QStringLiteral("Invalid object name")));
}

TEST_CASE("tedious runs parameterised catalog queries, errors and cancellation",
          "[sql][sim][tools]")
{
    SimProcess sim;
    const QJsonArray dbParam {QJsonObject {{QStringLiteral("name"), QStringLiteral("db")},
                                           {QStringLiteral("value"), QStringLiteral("Sales")}}};
    const QJsonObject result = tedious(QJsonObject {
        {QStringLiteral("port"), sim.sqlServerPort()},
        {QStringLiteral("userName"), QStringLiteral("sa")},
        {QStringLiteral("password"), password},
        {QStringLiteral("steps"),
         QJsonArray {step(QStringLiteral("SELECT @@SERVERNAME AS name")),
                     step(QStringLiteral("SELECT name, recovery_model_desc FROM sys.databases "
                                         "WHERE name = @db"),
                          dbParam),
                     step(QStringLiteral("SELECT * FROM dbo.no_such_table")),
                     step(QStringLiteral("RAISERROR(N'from tedious', 16, 1)")),
                     step(QStringLiteral("WAITFOR DELAY '00:00:20'; SELECT 1"), {}, 300),
                     step(QStringLiteral("SELECT 7 AS after_cancel"))}}});
    REQUIRE(
        result.value(QStringLiteral("login")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("OK"));
    const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 6);
    const auto firstValue = [&](int i) {
        return steps.at(i)
            .toObject()
            .value(QStringLiteral("resultSets"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("rows"))
            .toArray()
            .at(0)
            .toArray();
    };
    const auto error = [&](int i) {
        return steps.at(i).toObject().value(QStringLiteral("error")).toObject();
    };
    CHECK(firstValue(0).at(0).toString() == QStringLiteral("SQL01"));
    CHECK(firstValue(1).at(0).toString() == QStringLiteral("Sales"));
    CHECK(firstValue(1).at(1).toString() == QStringLiteral("FULL"));
    CHECK(error(2).value(QStringLiteral("number")).toInt() == 208);
    CHECK(error(3).value(QStringLiteral("number")).toInt() == 50000);
    CHECK(error(3).value(QStringLiteral("class")).toInt() == 16);
    CHECK(error(4).value(QStringLiteral("code")).toString() == QStringLiteral("ECANCEL"));
    CHECK(firstValue(5).at(0).toInt() == 7);
}

TEST_CASE("tedious with a wrong password fails with ELOGIN", "[sql][sim][tools]")
{
    SimProcess sim;
    const QJsonObject result
        = tedious(QJsonObject {{QStringLiteral("port"), sim.sqlServerPort()},
                               {QStringLiteral("userName"), QStringLiteral("sa")},
                               {QStringLiteral("password"), QStringLiteral("no")},
                               {QStringLiteral("steps"), QJsonArray {}}});
    const QJsonObject login = result.value(QStringLiteral("login")).toObject();
    CHECK(login.value(QStringLiteral("code")).toString() == QStringLiteral("ELOGIN"));
    CHECK(
        login.value(QStringLiteral("message")).toString().contains(QStringLiteral("Login failed")));
}

TEST_CASE("tedious reaches the managed instance personality", "[sql][sim][tools]")
{
    SimProcess sim;
    const QJsonObject result = tedious(QJsonObject {
        {QStringLiteral("port"), sim.managedInstancePort()},
        {QStringLiteral("userName"), QStringLiteral("miadmin")},
        {QStringLiteral("password"), password},
        {QStringLiteral("steps"),
         QJsonArray {step(QStringLiteral(
             "SELECT CONVERT(int, SERVERPROPERTY('EngineEdition')) AS engine_edition"))}}});
    REQUIRE(
        result.value(QStringLiteral("login")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("OK"));
    const QJsonArray rows = result.value(QStringLiteral("steps"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("resultSets"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toArray().at(0).toInt() == 8);
}

TEST_CASE("tedious calls a procedure by name over RPC on the managed instance", "[sql][sim][tools]")
{
    SimProcess sim;
    QJsonObject call
        = step(QStringLiteral("sp_get_endpoint_certificate"),
               QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("endpoint_type")},
                                        {QStringLiteral("value"), 4}}});
    call.insert(QStringLiteral("procedure"), true);
    const QJsonObject result
        = tedious(QJsonObject {{QStringLiteral("port"), sim.managedInstancePort()},
                               {QStringLiteral("userName"), QStringLiteral("miadmin")},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("steps"), QJsonArray {call}}});
    const QJsonObject first = result.value(QStringLiteral("steps")).toArray().at(0).toObject();
    INFO(QJsonDocument(first).toJson().toStdString());
    CHECK(first.value(QStringLiteral("error")).isNull());
    const QJsonArray rows = first.value(QStringLiteral("resultSets"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toArray();
    REQUIRE(rows.size() == 1);
    // The DER certificate (a SEQUENCE, 0x30 0x82 …) as hex.
    CHECK(rows.at(0).toArray().at(0).toString().startsWith(QStringLiteral("3082")));
}

TEST_CASE("tedious sees PRINT as an info message and USE as a database change", "[sql][sim][tools]")
{
    SimProcess sim;
    const QJsonObject result = tedious(QJsonObject {
        {QStringLiteral("port"), sim.sqlServerPort()},
        {QStringLiteral("userName"), QStringLiteral("sa")},
        {QStringLiteral("password"), password},
        {QStringLiteral("steps"),
         QJsonArray {step(QStringLiteral("PRINT N'hello ✓'")), step(QStringLiteral("USE [Sales]")),
                     step(QStringLiteral("SELECT DB_NAME() AS db"))}}});
    const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 3);
    const QJsonArray infos = steps.at(0).toObject().value(QStringLiteral("infos")).toArray();
    REQUIRE(infos.size() == 1);
    CHECK(infos.at(0).toObject().value(QStringLiteral("message")).toString()
          == QStringLiteral("hello ✓"));
    CHECK(infos.at(0).toObject().value(QStringLiteral("number")).toInt() == 0);
    CHECK(steps.at(1).toObject().value(QStringLiteral("database")).toString()
          == QStringLiteral("Sales"));
    CHECK(steps.at(2)
              .toObject()
              .value(QStringLiteral("resultSets"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("rows"))
              .toArray()
              .at(0)
              .toArray()
              .at(0)
              .toString()
          == QStringLiteral("Sales"));
}
