// What milink-sim refuses, with SQL Server's numbers, texts and batch rules.
#include "TsqlEngineFixture.h"

using namespace milink::sim;
using namespace milink::sim::test;

TEST_CASE_METHOD(TsqlEngineFixture, "A syntax error rejects the whole batch before anything runs",
                 "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral("PRINT 'never printed'\nSELECT 1 +\n"));
    CHECK(printedBy(result).isEmpty());
    const QList<ServerMessage> errors = errorsOf(result);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().number == 102);
    CHECK(errors.first().severity == 15);
    CHECK(errors.first().text == QStringLiteral("Incorrect syntax near '+'."));
    CHECK(errors.first().line == 2);
}

TEST_CASE_METHOD(TsqlEngineFixture, "A misplaced keyword is Msg 156", "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral("SELECT * FROM WHERE"));
    REQUIRE(errorsOf(result).size() == 1);
    CHECK(errorsOf(result).first().number == 156);
    CHECK(errorsOf(result).first().text
          == QStringLiteral("Incorrect syntax near the keyword 'WHERE'."));
}

TEST_CASE_METHOD(TsqlEngineFixture, "GO inside a batch is not T-SQL", "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral("PRINT 'a'\nGO\nPRINT 'b'"));
    CHECK(firstErrorNumber(result) == 102);
    CHECK(printedBy(result).isEmpty());
}

TEST_CASE_METHOD(TsqlEngineFixture, "Unsupported statements are refused, never ignored",
                 "[tsql][refusal]")
{
    for (const char *batch :
         {"CREATE TABLE t (a int)", "INSERT INTO t VALUES (1)", "SELECT 1 EXCEPT SELECT 2",
          "BEGIN TRY SELECT 1 END TRY",
          "CREATE CERTIFICATE c FROM BINARY = 0x01 WITH PRIVATE KEY (FILE = 'x')",
          "CREATE ENDPOINT e AS HTTP (PATH = '/')"}) {
        INFO(batch);
        const BatchResult result = run(QLatin1String(batch));
        const int number = firstErrorNumber(result);
        CHECK((number == 102 || number == 156));
    }
}

TEST_CASE_METHOD(TsqlEngineFixture, "An unknown column is Msg 207 and rejects the whole batch",
                 "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral(
        "PRINT 'not printed either'\nIF 1 = 1 SELECT name, no_such_column FROM sys.databases\n"
        "PRINT 'not reached'"));
    const QList<ServerMessage> errors = errorsOf(result);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().number == 207);
    CHECK(errors.first().text == QStringLiteral("Invalid column name 'no_such_column'."));
    CHECK(printedBy(result).isEmpty());
    CHECK(resultSetsOf(result).isEmpty());

    const BatchResult qualified = run(QStringLiteral("SELECT x.name FROM sys.databases d"));
    CHECK(firstErrorNumber(qualified) == 4104);
    const BatchResult ambiguous = run(QStringLiteral(
        "SELECT name FROM sys.databases a JOIN sys.databases b ON a.database_id = b.database_id"));
    CHECK(firstErrorNumber(ambiguous) == 209);
}

TEST_CASE_METHOD(TsqlEngineFixture, "An unknown object is Msg 208", "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral("SELECT * FROM sys.no_such_view"));
    REQUIRE(errorsOf(result).size() == 1);
    CHECK(errorsOf(result).first().number == 208);
    CHECK(errorsOf(result).first().text
          == QStringLiteral("Invalid object name 'sys.no_such_view'."));
    // msdb tables exist only in msdb; catalog views need their schema.
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT * FROM dbo.backupset"))) == 208);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT * FROM databases"))) == 208);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT * FROM nodb.sys.databases"))) == 208);
    requireSuccess(run(QStringLiteral("SELECT * FROM msdb.dbo.backupset")));
    // The managed instance's fabric DMV does not exist on SQL Server.
    CHECK(
        firstErrorNumber(run(QStringLiteral("SELECT * FROM sys.dm_hadr_fabric_config_parameters")))
        == 208);
}

TEST_CASE_METHOD(TsqlEngineFixture, "An unknown procedure is Msg 2812 and the batch goes on",
                 "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral("EXEC dbo.sp_no_such_thing 1\nPRINT 'after'"));
    REQUIRE(errorsOf(result).size() == 1);
    CHECK(errorsOf(result).first().number == 2812);
    CHECK(errorsOf(result).first().text
          == QStringLiteral("Could not find stored procedure 'dbo.sp_no_such_thing'."));
    CHECK(printedBy(result) == QStringList {QStringLiteral("after")});
    // A bare name as the first statement is a procedure call too.
    CHECK(firstErrorNumber(run(QStringLiteral("SELEC 1"))) == 2812);
}

TEST_CASE_METHOD(TsqlEngineFixture, "Undeclared and redeclared variables are compile errors",
                 "[tsql][refusal]")
{
    const BatchResult undeclared = run(QStringLiteral("PRINT 'x'\nSELECT @nope"));
    REQUIRE(errorsOf(undeclared).size() == 1);
    CHECK(errorsOf(undeclared).first().number == 137);
    CHECK(errorsOf(undeclared).first().text
          == QStringLiteral("Must declare the scalar variable \"@nope\"."));
    CHECK(printedBy(undeclared).isEmpty());
    CHECK(firstErrorNumber(run(QStringLiteral("DECLARE @a int\nDECLARE @A int"))) == 134);
    CHECK(firstErrorNumber(run(QStringLiteral("DECLARE @a foo"))) == 2715);
}

TEST_CASE_METHOD(TsqlEngineFixture, "An unknown function is Msg 195", "[tsql][refusal]")
{
    const BatchResult result = run(QStringLiteral("SELECT NO_SUCH_FUNCTION(1)"));
    CHECK(firstErrorNumber(result) == 195);
    CHECK(errorsOf(result).first().text
          == QStringLiteral("'no_such_function' is not a recognized built-in function name."));
}

TEST_CASE_METHOD(TsqlEngineFixture, "Conversion errors end the batch, arithmetic errors too",
                 "[tsql][refusal]")
{
    const BatchResult conversion
        = run(QStringLiteral("SELECT CONVERT(int, 'abc')\nPRINT 'not reached'"));
    REQUIRE(errorsOf(conversion).size() == 1);
    CHECK(errorsOf(conversion).first().number == 245);
    CHECK(errorsOf(conversion).first().text
          == QStringLiteral("Conversion failed when converting the varchar value 'abc' to data "
                            "type int."));
    CHECK(printedBy(conversion).isEmpty());
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT 1 / 0"))) == 8134);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT CAST('13/45/2020' AS datetime)"))) == 241);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT 2147483647 + 1"))) == 8115);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT 'a' + 1"))) == 245);
}

TEST_CASE_METHOD(TsqlEngineFixture, "Unclosed quotes and comments are refused", "[tsql][refusal]")
{
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT 'abc"))) == 105);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT 1 /* open"))) == 113);
}

TEST_CASE_METHOD(TsqlEngineFixture, "A scalar subquery returning several rows is Msg 512",
                 "[tsql][refusal]")
{
    const BatchResult result
        = run(QStringLiteral("SELECT (SELECT name FROM sys.databases)\nPRINT 'continues'"));
    CHECK(firstErrorNumber(result) == 512);
    CHECK(printedBy(result) == QStringList {QStringLiteral("continues")});
}

TEST_CASE_METHOD(TsqlEngineFixture, "A login without sysadmin cannot change the instance",
                 "[tsql][refusal]")
{
    SimLogin reader;
    reader.name = QStringLiteral("reader");
    reader.password = QStringLiteral("x");
    sql->logins << reader;
    TsqlSession limited(world, *sql, QStringLiteral("reader"));
    const BatchResult result = limited.execute(
        QStringLiteral("CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Str0ng!Passw0rd'"));
    CHECK(firstErrorNumber(result) == 15247);
    CHECK_FALSE(sql->masterKey);
    CHECK(scalarOf(limited.execute(QStringLiteral("SELECT IS_SRVROLEMEMBER('sysadmin')"))).toInt()
          == 0);
}
