// The T-SQL language of milink-sim: variables, control flow, expressions, built-ins and dynamic
// SQL, run in process against the demo world.
#include "TsqlEngineFixture.h"

#include <QDateTime>
#include <QTimeZone>

using namespace milink::sim;
using namespace milink::sim::test;

TEST_CASE_METHOD(TsqlEngineFixture, "DECLARE takes several variables with types and initial values",
                 "[tsql][variables]")
{
    const BatchResult result
        = run(QStringLiteral("DECLARE @i int = 41 + 1, @b bigint = 9000000000, @flag bit = 1, @n "
                             "nvarchar(5) = N'abcdefg',\n"
                             "        @v varchar(max) = 'plain', @bin varbinary(max) = 0x0A0B, @d "
                             "datetime = '2030-01-02',\n"
                             "        @d2 datetime2 = '2030-01-02 03:04:05', @lsn numeric(25,0) = "
                             "39000000012800001123456;\n"
                             "DECLARE @unset int\n"
                             "SELECT @i, @b, @flag, @n, @v, @bin, @d, @d2, @lsn, @unset"));
    requireSuccess(result);
    const QList<ResultSet> sets = resultSetsOf(result);
    REQUIRE(sets.size() == 1);
    const QVariantList row = sets.first().rows.first();
    CHECK(row.at(0).toInt() == 42);
    CHECK(row.at(1).toLongLong() == 9000000000LL);
    CHECK(row.at(2).toBool());
    CHECK(row.at(3).toString() == QStringLiteral("abcde")); // nvarchar(5) truncates
    CHECK(row.at(4).toString() == QStringLiteral("plain"));
    CHECK(row.at(5).toByteArray() == QByteArray::fromHex("0a0b"));
    CHECK(row.at(6).toDateTime() == QDateTime(QDate(2030, 1, 2), QTime(0, 0), QTimeZone::utc()));
    CHECK(row.at(7).toDateTime() == QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    CHECK(row.at(8).toString() == QStringLiteral("39000000012800001123456"));
    CHECK_FALSE(row.at(9).isValid());
    CHECK(sets.first().columns.at(0).type == SqlType::Int);
    CHECK(sets.first().columns.at(8).type == SqlType::Numeric);
    CHECK(sets.first().columns.at(8).precision == 25);
}

TEST_CASE_METHOD(TsqlEngineFixture,
                 "SET and SELECT assign variables; the last row of a SELECT wins",
                 "[tsql][variables]")
{
    const BatchResult result = run(QStringLiteral(
        "DECLARE @x int, @name sysname, @count int = 0\n"
        "SET @x = 5\n"
        "SET @x += 10\n"
        "SELECT @name = name FROM sys.databases ORDER BY database_id\n"
        "SELECT @count = COUNT(*) FROM sys.databases WHERE database_id > 4\n"
        "PRINT CONVERT(varchar(10), @x) + ' ' + @name + ' ' + CAST(@count AS varchar(10))"));
    requireSuccess(result);
    CHECK(printedBy(result) == QStringList {QStringLiteral("15 Inventory 2")});
}

TEST_CASE_METHOD(TsqlEngineFixture, "IF, ELSE, EXISTS and BEGIN…END choose what runs",
                 "[tsql][control]")
{
    const BatchResult result = run(
        QStringLiteral("IF EXISTS (SELECT 1 FROM sys.databases WHERE name = 'Sales')\n"
                       "BEGIN\n"
                       "    PRINT 'sales exists'\n"
                       "    IF NOT EXISTS (SELECT * FROM sys.databases WHERE name = N'Nope')\n"
                       "        PRINT 'nope is missing'\n"
                       "    ELSE\n"
                       "        PRINT 'wrong branch'\n"
                       "END\n"
                       "ELSE\n"
                       "    PRINT 'wrong outer branch';\n"
                       "IF 1 = 2 PRINT 'never' ELSE BEGIN PRINT 'else'; PRINT 'block'; END"));
    requireSuccess(result);
    CHECK(printedBy(result)
          == QStringList {QStringLiteral("sales exists"), QStringLiteral("nope is missing"),
                          QStringLiteral("else"), QStringLiteral("block")});
}

TEST_CASE_METHOD(TsqlEngineFixture, "A variable declared in a branch that never ran exists as NULL",
                 "[tsql][variables]")
{
    const BatchResult result
        = run(QStringLiteral("IF 1 = 0\nBEGIN\n DECLARE @later int = 7\nEND\n"
                             "SELECT ISNULL(CAST(@later AS varchar(5)), 'null')"));
    requireSuccess(result);
    CHECK(scalarOf(result).toString() == QStringLiteral("null"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "WHILE loops with BREAK and CONTINUE", "[tsql][control]")
{
    const BatchResult result
        = run(QStringLiteral("DECLARE @i int = 0, @sum int = 0\n"
                             "WHILE @i < 10\nBEGIN\n SET @i = @i + 1\n IF @i % 2 = 0 CONTINUE\n"
                             " IF @i > 7 BREAK\n SET @sum = @sum + @i\nEND\nSELECT @sum"));
    requireSuccess(result);
    CHECK(scalarOf(result).toInt() == 1 + 3 + 5 + 7);
}

TEST_CASE_METHOD(TsqlEngineFixture, "PRINT sends an informational message with the line number",
                 "[tsql][messages]")
{
    const BatchResult result = run(QStringLiteral("PRINT 'first'\n\nPRINT (N'third ' + 'line')"));
    const QList<ServerMessage> messages = messagesOf(result);
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(0).number == 0);
    CHECK(messages.at(0).severity == 0);
    CHECK_FALSE(messages.at(0).isError());
    CHECK(messages.at(0).line == 1);
    CHECK(messages.at(1).text == QStringLiteral("third line"));
    CHECK(messages.at(1).line == 3);
}

TEST_CASE_METHOD(TsqlEngineFixture,
                 "RAISERROR reports its severity and state and the batch goes on",
                 "[tsql][messages]")
{
    const BatchResult result
        = run(QStringLiteral("RAISERROR('Database %s has %d files', 16, 3, N'Sales', 2)\n"
                             "RAISERROR('just information', 10, 1)\n"
                             "PRINT 'still running'"));
    const QList<ServerMessage> messages = messagesOf(result);
    REQUIRE(messages.size() == 3);
    CHECK(messages.at(0).number == 50000);
    CHECK(messages.at(0).severity == 16);
    CHECK(messages.at(0).state == 3);
    CHECK(messages.at(0).text == QStringLiteral("Database Sales has 2 files"));
    CHECK(messages.at(0).isError());
    CHECK_FALSE(messages.at(1).isError());
    CHECK(messages.at(2).text == QStringLiteral("still running"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "THROW raises its number and state and ends the batch",
                 "[tsql][messages]")
{
    const BatchResult result = run(QStringLiteral(
        "PRINT 'before'\nTHROW 51000, N'The link is not ready.', 7;\nPRINT 'after'"));
    const QList<ServerMessage> messages = messagesOf(result);
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(1).number == 51000);
    CHECK(messages.at(1).state == 7);
    CHECK(messages.at(1).severity == 16);
    CHECK(messages.at(1).line == 2);
    CHECK(messages.at(1).text == QStringLiteral("The link is not ready."));

    const BatchResult low = run(QStringLiteral("THROW 50, 'x', 1"));
    CHECK(firstErrorNumber(low) == 35100);
}

TEST_CASE_METHOD(TsqlEngineFixture, "USE changes the current database", "[tsql][use]")
{
    CHECK(session->currentDatabase() == QStringLiteral("master"));
    const BatchResult result = run(QStringLiteral("USE [sales]; SELECT DB_NAME(), DB_ID()"));
    requireSuccess(result);
    CHECK(session->currentDatabase() == QStringLiteral("Sales"));
    CHECK(messagesOf(result).isEmpty()); // the TDS layer sends ENVCHANGE and INFO 5701
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toString() == QStringLiteral("Sales"));
    CHECK(row.at(1).toInt() >= 5);

    const BatchResult missing = run(QStringLiteral("USE NoSuchDb"));
    CHECK(firstErrorNumber(missing) == 911);
    CHECK(session->currentDatabase() == QStringLiteral("Sales"));
    requireSuccess(run(QStringLiteral("USE MASTER")));
    CHECK(session->currentDatabase() == QStringLiteral("master"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "String concatenation, N literals, CHAR and NULL propagation",
                 "[tsql][expressions]")
{
    const BatchResult result = run(QStringLiteral(
        "DECLARE @name nvarchar(max) = N'Cert_' + @@SERVERNAME + N'_endpoint', @null nvarchar(10)\n"
        "SELECT @name, N'it''s' + char (13) + NCHAR(65), 'a' + @null, ISNULL(@null, 'dflt'),\n"
        "       COALESCE(@null, NULL, N'third'), LEN('abc  '), UPPER('mi'), LOWER(N'LINK'),\n"
        "       REPLACE('a\\b\\c', '\\', '_')"));
    requireSuccess(result);
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toString() == QStringLiteral("Cert_SQL01_endpoint"));
    CHECK(row.at(1).toString() == QStringLiteral("it's\rA"));
    CHECK_FALSE(row.at(2).isValid());
    CHECK(row.at(3).toString() == QStringLiteral("dflt"));
    CHECK(row.at(4).toString() == QStringLiteral("third"));
    CHECK(row.at(5).toInt() == 3);
    CHECK(row.at(6).toString() == QStringLiteral("MI"));
    CHECK(row.at(7).toString() == QStringLiteral("link"));
    CHECK(row.at(8).toString() == QStringLiteral("a_b_c"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "CONVERT turns varbinary into hex text with styles 1 and 2",
                 "[tsql][expressions][convert]")
{
    const BatchResult result = run(QStringLiteral(
        "DECLARE @key varbinary(max) = 0x3082AB01\n"
        "SELECT CONVERT(varchar(max), @key, 1), CONVERT(nvarchar(max), @key, 2),\n"
        "       CONVERT(varbinary(max), '0x3082ab01', 1), CONVERT(varbinary(max), '3082AB01', 2),\n"
        "       CAST('2030-12-31' AS datetime), CONVERT(varchar(30), CAST('2030-12-31' AS date), "
        "120),\n"
        "       CONVERT(varchar(10), CAST('2030-06-01' AS datetime), 101)"));
    requireSuccess(result);
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toString() == QStringLiteral("0x3082AB01"));
    CHECK(row.at(1).toString() == QStringLiteral("3082AB01"));
    CHECK(row.at(2).toByteArray() == QByteArray::fromHex("3082ab01"));
    CHECK(row.at(3).toByteArray() == QByteArray::fromHex("3082ab01"));
    CHECK(row.at(4).toDateTime().date() == QDate(2030, 12, 31));
    CHECK(row.at(5).toString() == QStringLiteral("2030-12-31"));
    CHECK(row.at(6).toString() == QStringLiteral("06/01/2030"));

    const BatchResult bad = run(QStringLiteral("SELECT CONVERT(varbinary(max), 'zz', 1)"));
    CHECK(firstErrorNumber(bad) == 8114);
}

TEST_CASE_METHOD(TsqlEngineFixture, "QUOTENAME, CASE, LIKE, IN and boolean logic",
                 "[tsql][expressions]")
{
    const BatchResult result = run(QStringLiteral(
        "SELECT QUOTENAME(N'odd]name'), QUOTENAME('it''s', ''''),\n"
        "       CASE WHEN 'Sales' LIKE 'S_l%' THEN 'like' ELSE 'no' END,\n"
        "       CASE 3 WHEN 1 THEN 'one' WHEN 3 THEN 'three' END,\n"
        "       CASE WHEN 5 IN (1, 2, 5) AND NOT (1 = 2 OR 2 = 3) THEN 1 ELSE 0 END,\n"
        "       CASE WHEN 'x' NOT IN ('a', 'b') THEN 'not in' END,\n"
        "       CASE WHEN 'DatabaseMasterKey' LIKE '%MasterKey%' THEN 1 END,\n"
        "       CASE WHEN 'abc' = 'ABC  ' THEN 'case-insensitive' END,\n"
        "       CASE WHEN NULL = NULL THEN 'equal' ELSE 'unknown' END,\n"
        "       CASE WHEN 4 BETWEEN 1 AND 5 THEN 'between' END"));
    requireSuccess(result);
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toString() == QStringLiteral("[odd]]name]"));
    CHECK(row.at(1).toString() == QStringLiteral("'it''s'"));
    CHECK(row.at(2).toString() == QStringLiteral("like"));
    CHECK(row.at(3).toString() == QStringLiteral("three"));
    CHECK(row.at(4).toInt() == 1);
    CHECK(row.at(5).toString() == QStringLiteral("not in"));
    CHECK(row.at(6).toInt() == 1);
    CHECK(row.at(7).toString() == QStringLiteral("case-insensitive"));
    CHECK(row.at(8).toString() == QStringLiteral("unknown"));
    CHECK(row.at(9).toString() == QStringLiteral("between"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "Dates come from the simulated clock", "[tsql][expressions]")
{
    world.clock().setStart(QDateTime(QDate(2031, 3, 4), QTime(5, 6, 7), QTimeZone::utc()));
    const BatchResult result = run(QStringLiteral(
        "SELECT GETDATE(), SYSUTCDATETIME(), DATEADD(year, 10, GETDATE()),\n"
        "       DATEADD(dd, -1, '2031-03-01'), DATEDIFF(day, '2031-01-01', '2031-03-01'),\n"
        "       CONVERT(varchar(10), DATEADD(yy, 1, GETDATE()), 120)"));
    requireSuccess(result);
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toDateTime().date() == QDate(2031, 3, 4));
    CHECK(resultSetsOf(result).first().columns.at(1).type == SqlType::DateTime2);
    CHECK(row.at(2).toDateTime().date() == QDate(2041, 3, 4));
    CHECK(row.at(3).toDateTime().date() == QDate(2031, 2, 28));
    CHECK(row.at(4).toInt() == 59);
    CHECK(row.at(5).toString() == QStringLiteral("2032-03-04"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "Server built-ins describe the simulated instance",
                 "[tsql][builtins]")
{
    const BatchResult result = run(QStringLiteral(
        "SELECT @@SERVERNAME, @@VERSION,\n"
        "  CONVERT(nvarchar(128), SERVERPROPERTY('ProductVersion')),\n"
        "  CONVERT(int, SERVERPROPERTY('ProductMajorVersion')),\n"
        "  CONVERT(nvarchar(128), SERVERPROPERTY('ProductUpdateLevel')),\n"
        "  CONVERT(int, SERVERPROPERTY('EngineEdition')), CONVERT(int, "
        "SERVERPROPERTY('IsHadrEnabled')),\n"
        "  SERVERPROPERTY('NoSuchProperty'), DB_NAME(1), DB_ID('msdb'),\n"
        "  DATABASEPROPERTYEX('Sales', 'Recovery'), DATABASEPROPERTYEX('Sales', 'Updateability'),\n"
        "  IS_SRVROLEMEMBER('sysadmin'), IS_SRVROLEMEMBER('nosuchrole'), SUSER_SNAME()"));
    requireSuccess(result);
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toString() == QStringLiteral("SQL01"));
    CHECK(row.at(1).toString().startsWith(QStringLiteral("Microsoft SQL Server 2022 (RTM-CU13)")));
    CHECK(row.at(1).toString().contains(QStringLiteral("16.0.4125.3")));
    CHECK(row.at(2).toString() == QStringLiteral("16.0.4125.3"));
    CHECK(row.at(3).toInt() == 16);
    CHECK(row.at(4).toString() == QStringLiteral("CU13"));
    CHECK(row.at(5).toInt() == 3);
    CHECK(row.at(6).toInt() == 1);
    CHECK_FALSE(row.at(7).isValid());
    CHECK(row.at(8).toString() == QStringLiteral("master"));
    CHECK(row.at(9).toInt() == 4);
    CHECK(row.at(10).toString() == QStringLiteral("FULL"));
    CHECK(row.at(11).toString() == QStringLiteral("READ_WRITE"));
    CHECK(row.at(12).toInt() == 1);
    CHECK_FALSE(row.at(13).isValid());
    CHECK(row.at(14).toString() == QStringLiteral("sa"));

    const BatchResult onMi = runOnMi(
        QStringLiteral("SELECT CONVERT(int, SERVERPROPERTY('EngineEdition')), @@VERSION"));
    requireSuccess(onMi);
    CHECK(resultSetsOf(onMi).first().rows.first().at(0).toInt() == 8);
    CHECK(resultSetsOf(onMi).first().rows.first().at(1).toString().startsWith(
        QStringLiteral("Microsoft SQL Azure")));
}

TEST_CASE_METHOD(TsqlEngineFixture, "sp_executesql runs a built string with parameters and output",
                 "[tsql][dynamic]")
{
    const BatchResult result
        = run(QStringLiteral("DECLARE @sql nvarchar(max) = N'SELECT @count = COUNT(*) FROM "
                             "sys.databases WHERE name LIKE @pattern'\n"
                             "DECLARE @n int\n"
                             "EXEC sp_executesql @sql, N'@pattern sysname, @count int OUTPUT', "
                             "@pattern = N'%s%', @count = @n OUTPUT\n"
                             "PRINT 'counted ' + CAST(@n AS varchar(5))\n"
                             "EXEC sp_executesql @stmt = N'PRINT ''named statement'''\n"
                             "EXEC master.sys.sp_executesql N'SELECT @a + 1', N'@a int', 41"));
    requireSuccess(result);
    // master, msdb and Sales have an s in their name.
    CHECK(printedBy(result)
          == QStringList {QStringLiteral("counted 3"), QStringLiteral("named statement")});
    CHECK(resultSetsOf(result).last().rows.first().first().toInt() == 42);
}

TEST_CASE_METHOD(TsqlEngineFixture, "EXEC (string) runs in its own scope against the same state",
                 "[tsql][dynamic]")
{
    const BatchResult result = run(QStringLiteral("DECLARE @db sysname = N'Sales'\n"
                                                  "EXEC (N'USE ' + @db + N'; PRINT DB_NAME()')\n"
                                                  "PRINT DB_NAME()\n"
                                                  "EXEC ('PRINT @db')\n"
                                                  "PRINT 'outer batch continues'"));
    CHECK(printedBy(result)
          == QStringList {QStringLiteral("Sales"), QStringLiteral("master"),
                          QStringLiteral("outer batch continues")});
    // The inner batch cannot see the caller's variables.
    CHECK(firstErrorNumber(result) == 137);
    CHECK(session->currentDatabase() == QStringLiteral("master"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "sp_executesql wants an nvarchar statement",
                 "[tsql][dynamic][refusal]")
{
    const BatchResult result = run(QStringLiteral("EXEC sp_executesql 'SELECT 1'"));
    CHECK(firstErrorNumber(result) == 214);
}

TEST_CASE_METHOD(TsqlEngineFixture, "RPC parameters are pre-declared variables; outputs come back",
                 "[tsql][dynamic]")
{
    SqlParameter input;
    input.name = QStringLiteral("@P1");
    input.type = SqlType::NVarChar;
    input.value = QStringLiteral("Sales");
    SqlParameter output;
    output.name = QStringLiteral("@P2");
    output.type = SqlType::Int;
    output.output = true;
    const BatchResult result = session->execute(
        QStringLiteral("SELECT @P2 = database_id FROM sys.databases WHERE name = @P1"),
        {input, output});
    requireSuccess(result);
    REQUIRE(result.outputParameters.size() == 1);
    CHECK(result.outputParameters.first().name == QStringLiteral("@P2"));
    CHECK(result.outputParameters.first().value.toInt() >= 5);
}

TEST_CASE_METHOD(TsqlEngineFixture, "SET NOCOUNT ON drops the row counts", "[tsql][messages]")
{
    const BatchResult counted = run(QStringLiteral("SELECT name FROM sys.databases"));
    bool hasCount = false;
    for (const BatchItem &item : counted.items)
        hasCount = hasCount || std::holds_alternative<RowCount>(item);
    CHECK(hasCount);
    const BatchResult quiet = run(QStringLiteral("SET NOCOUNT ON; SELECT name FROM sys.databases"));
    for (const BatchItem &item : quiet.items)
        CHECK_FALSE(std::holds_alternative<RowCount>(item));
}

TEST_CASE_METHOD(TsqlEngineFixture, "Comments, bracketed and quoted identifiers are understood",
                 "[tsql][lexer]")
{
    const BatchResult result
        = run(QStringLiteral("/* outer /* nested */ still comment */ -- line comment\n"
                             "SELECT [name] AS [odd]]alias], \"database_id\" AS 'quoted alias' "
                             "FROM [sys].[databases] WHERE name = 'master'"));
    requireSuccess(result);
    const ResultSet set = resultSetsOf(result).first();
    CHECK(set.columns.at(0).name == QStringLiteral("odd]alias"));
    CHECK(set.columns.at(1).name == QStringLiteral("quoted alias"));
    CHECK(set.rows.first().at(1).toInt() == 1);
}

TEST_CASE_METHOD(TsqlEngineFixture, "TRY…CATCH hands errors to the CATCH block", "[tsql][control]")
{
    const BatchResult result = run(QStringLiteral(
        "BEGIN TRY\n"
        "    PRINT 'in try'\n"
        "    CREATE CERTIFICATE [NoKeyYet] WITH SUBJECT = 'x'\n"
        "    PRINT 'not reached'\n"
        "END TRY\n"
        "BEGIN CATCH\n"
        "    PRINT 'caught ' + CAST(ERROR_NUMBER() AS varchar(10)) + ' at line '\n"
        "          + CAST(ERROR_LINE() AS varchar(10)) + ': ' + ERROR_MESSAGE()\n"
        "END CATCH\n"
        "BEGIN TRY\n"
        "    EXEC (N'SELECT * FROM sys.no_such_view')\n"
        "END TRY\n"
        "BEGIN CATCH\n"
        "    PRINT 'dynamic ' + CAST(ERROR_NUMBER() AS varchar(10))\n"
        "END CATCH\n"
        "BEGIN TRY\n"
        "    RAISERROR('custom %d', 16, 4, 7)\n"
        "END TRY\n"
        "BEGIN CATCH\n"
        "    SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_MESSAGE()\n"
        "END CATCH\n"
        "PRINT 'after ' + ISNULL(CAST(ERROR_NUMBER() AS varchar(10)), 'null')"));
    requireSuccess(result);
    const QStringList printed = printedBy(result);
    REQUIRE(printed.size() == 4);
    CHECK(printed.at(0) == QStringLiteral("in try"));
    CHECK(printed.at(1).startsWith(
        QStringLiteral("caught 15581 at line 3: Please create a master key")));
    CHECK(printed.at(2) == QStringLiteral("dynamic 208"));
    CHECK(printed.at(3) == QStringLiteral("after null"));
    const QVariantList row = resultSetsOf(result).first().rows.first();
    CHECK(row.at(0).toInt() == 50000);
    CHECK(row.at(1).toInt() == 16);
    CHECK(row.at(2).toInt() == 4);
    CHECK(row.at(3).toString() == QStringLiteral("custom 7"));
}

TEST_CASE_METHOD(TsqlEngineFixture, "THROW in CATCH rethrows the original error", "[tsql][control]")
{
    const BatchResult result
        = run(QStringLiteral("BEGIN TRY\n    SELECT 1 / 0\nEND TRY\nBEGIN CATCH\n    PRINT "
                             "'cleanup'\n    THROW;\nEND CATCH\n"
                             "PRINT 'not reached'"));
    CHECK(printedBy(result) == QStringList {QStringLiteral("cleanup")});
    REQUIRE(errorsOf(result).size() == 1);
    CHECK(errorsOf(result).first().number == 8134);
    CHECK(errorsOf(result).first().line == 2);
}
