// Arbitrary SELECTs over the catalog views and DMVs milink's plans and probes read.
#include "TsqlEngineFixture.h"

using namespace milink::sim;
using namespace milink::sim::test;

namespace {

QStringList column(const ResultSet &set, int index)
{
    QStringList values;
    for (const QVariantList &row : set.rows)
        values << row.at(index).toString();
    return values;
}

} // namespace

TEST_CASE_METHOD(TsqlEngineFixture, "sys.databases lists system and user databases",
                 "[tsql][catalog]")
{
    const BatchResult result = run(QStringLiteral(
        "SELECT d.name, d.database_id, d.recovery_model, d.recovery_model_desc, d.state_desc,\n"
        "       d.is_read_only, d.replica_id, d.collation_name\n"
        "FROM sys.databases AS d ORDER BY d.database_id"));
    requireSuccess(result);
    const ResultSet set = resultSetsOf(result).first();
    CHECK(column(set, 0)
          == QStringList {QStringLiteral("master"), QStringLiteral("tempdb"),
                          QStringLiteral("model"), QStringLiteral("msdb"), QStringLiteral("Sales"),
                          QStringLiteral("Inventory")});
    CHECK(set.columns.at(0).name == QStringLiteral("name"));
    CHECK(set.columns.at(0).type == SqlType::NVarChar);
    CHECK(set.columns.at(0).length == 128);
    CHECK(set.columns.at(2).type == SqlType::TinyInt);
    CHECK(set.columns.at(6).type == SqlType::UniqueIdentifier);
    CHECK(set.rows.at(4).at(2).toInt() == 1);
    CHECK(set.rows.at(4).at(3).toString() == QStringLiteral("FULL"));
    CHECK(set.rows.at(4).at(4).toString() == QStringLiteral("ONLINE"));
    CHECK_FALSE(set.rows.at(4).at(6).isValid());
}

TEST_CASE_METHOD(TsqlEngineFixture, "Joins, GROUP BY, HAVING, TOP and ORDER BY work over DMVs",
                 "[tsql][catalog]")
{
    sql->database(QStringLiteral("Inventory"))->logFileCount = 2;
    const BatchResult result = run(
        QStringLiteral("SELECT TOP (2) d.name, COUNT(*) AS log_files, MAX(f.size) AS biggest\n"
                       "FROM sys.databases d\n"
                       "INNER JOIN sys.master_files f ON f.database_id = d.database_id\n"
                       "WHERE f.type_desc = 'LOG' AND d.database_id > 4\n"
                       "GROUP BY d.name\nHAVING COUNT(*) >= 1\nORDER BY log_files DESC, d.name"));
    requireSuccess(result);
    const ResultSet set = resultSetsOf(result).first();
    REQUIRE(set.rows.size() == 2);
    CHECK(set.rows.at(0).at(0).toString() == QStringLiteral("Inventory"));
    CHECK(set.rows.at(0).at(1).toInt() == 2);
    CHECK(set.rows.at(1).at(0).toString() == QStringLiteral("Sales"));
    CHECK(set.columns.at(1).name == QStringLiteral("log_files"));

    const BatchResult count
        = run(QStringLiteral("SELECT COUNT(*) FROM sys.master_files WHERE database_id = "
                             "DB_ID('Inventory') AND type_desc = 'LOG'"));
    CHECK(scalarOf(count).toInt() == 2);
}

TEST_CASE_METHOD(TsqlEngineFixture, "LEFT JOIN keeps unmatched rows with NULLs", "[tsql][catalog]")
{
    const BatchResult result = run(
        QStringLiteral("SELECT d.name, rs.last_log_backup_lsn, x.name\n"
                       "FROM sys.databases d\n"
                       "JOIN sys.database_recovery_status rs ON rs.database_id = d.database_id\n"
                       "LEFT OUTER JOIN sys.availability_groups x ON 1 = 1\n"
                       "WHERE d.name IN ('Sales', 'Inventory') ORDER BY 1"));
    requireSuccess(result);
    const ResultSet set = resultSetsOf(result).first();
    REQUIRE(set.rows.size() == 2);
    CHECK(set.rows.at(0).at(0).toString() == QStringLiteral("Inventory"));
    CHECK_FALSE(set.rows.at(0).at(2).isValid());
    CHECK_FALSE(set.rows.at(1).at(2).isValid());
    CHECK(set.columns.at(1).type == SqlType::Numeric);
}

TEST_CASE_METHOD(TsqlEngineFixture, "Subqueries in EXISTS and IN, correlated or not",
                 "[tsql][catalog]")
{
    const BatchResult result = run(QStringLiteral(
        "SELECT name FROM sys.databases d\n"
        "WHERE d.database_id IN (SELECT database_id FROM sys.master_files WHERE type = 1)\n"
        "  AND EXISTS (SELECT 1 FROM sys.master_files f WHERE f.database_id = d.database_id AND "
        "f.type_desc = 'ROWS')\n"
        "  AND d.name NOT IN (SELECT name FROM sys.databases WHERE database_id <= 4)\n"
        "ORDER BY name"));
    requireSuccess(result);
    CHECK(column(resultSetsOf(result).first(), 0)
          == QStringList {QStringLiteral("Inventory"), QStringLiteral("Sales")});
}

TEST_CASE_METHOD(TsqlEngineFixture, "Three-part names reach another database's views",
                 "[tsql][catalog]")
{
    requireSuccess(run(QStringLiteral("USE Sales")));
    const BatchResult local = run(QStringLiteral("SELECT COUNT(*) FROM sys.symmetric_keys"));
    CHECK(scalarOf(local).toInt() == 0);
    const BatchResult master = run(QStringLiteral(
        "SELECT name FROM master.sys.symmetric_keys WHERE name LIKE '%ServiceMasterKey%'"));
    CHECK(scalarOf(master).toString() == QStringLiteral("##MS_ServiceMasterKey##"));
    const BatchResult log
        = run(QStringLiteral("SELECT total_log_size_in_bytes, used_log_space_in_percent, "
                             "database_id FROM sys.dm_db_log_space_usage"));
    requireSuccess(log);
    CHECK(resultSetsOf(log).first().rows.first().at(2).toInt()
          == sql->database(QStringLiteral("Sales"))->databaseId);
}

TEST_CASE_METHOD(TsqlEngineFixture, "Host, services, principals and trace flags are visible",
                 "[tsql][catalog]")
{
    const BatchResult host = run(QStringLiteral(
        "SELECT host_platform, host_distribution, host_release FROM sys.dm_os_host_info"));
    requireSuccess(host);
    CHECK(resultSetsOf(host).first().rows.first().at(0).toString() == QStringLiteral("Windows"));

    sql->agentRunning = false;
    const BatchResult agent = run(QStringLiteral("SELECT status_desc FROM sys.dm_server_services "
                                                 "WHERE servicename LIKE 'SQL Server Agent%'"));
    CHECK(scalarOf(agent).toString() == QStringLiteral("Stopped"));

    const BatchResult admins = run(
        QStringLiteral("SELECT p.name FROM sys.server_principals p\n"
                       "JOIN sys.server_role_members m ON m.member_principal_id = p.principal_id\n"
                       "JOIN sys.server_principals r ON r.principal_id = m.role_principal_id\n"
                       "WHERE r.name = 'sysadmin'"));
    CHECK(scalarOf(admins).toString() == QStringLiteral("sa"));

    const BatchResult flags = run(QStringLiteral("DBCC TRACESTATUS(-1)"));
    requireSuccess(flags);
    CHECK(column(resultSetsOf(flags).first(), 0)
          == QStringList {QStringLiteral("1800"), QStringLiteral("9567")});
    CHECK(messagesOf(flags).last().number == 2528);

    requireSuccess(run(QStringLiteral("DBCC TRACEON(12381, -1)")));
    CHECK(sql->traceFlags.contains(12381));
    const BatchResult one = run(QStringLiteral("DBCC TRACESTATUS (12381) WITH NO_INFOMSGS"));
    CHECK(resultSetsOf(one).first().rows.first().at(1).toInt() == 1);
    CHECK(messagesOf(one).isEmpty());
    requireSuccess(run(QStringLiteral("DBCC TRACEOFF(12381, -1)")));
    CHECK_FALSE(sql->traceFlags.contains(12381));
    CHECK(firstErrorNumber(run(QStringLiteral("DBCC NOSUCHTHING"))) == 2526);
}

TEST_CASE_METHOD(TsqlEngineFixture, "DBCC SQLPERF(LOGSPACE) reports every database's log",
                 "[tsql][catalog]")
{
    const BatchResult result = run(QStringLiteral("DBCC SQLPERF(LOGSPACE)"));
    requireSuccess(result);
    const ResultSet set = resultSetsOf(result).first();
    CHECK(set.columns.at(0).name == QStringLiteral("Database Name"));
    CHECK(set.columns.at(2).name == QStringLiteral("Log Space Used (%)"));
    CHECK(column(set, 0).contains(QStringLiteral("Sales")));
}

TEST_CASE_METHOD(TsqlEngineFixture, "The managed instance has its own DMVs", "[tsql][catalog]")
{
    const BatchResult result
        = runOnMi(QStringLiteral("SELECT value FROM sys.dm_hadr_fabric_config_parameters WHERE "
                                 "parameter_name = 'DnsRecordName'"));
    requireSuccess(result);
    CHECK(scalarOf(result).toString() == managedInstance->fqdn);
}

TEST_CASE_METHOD(TsqlEngineFixture, "SELECT * expands every column, t.* one table's",
                 "[tsql][catalog]")
{
    const BatchResult all = run(QStringLiteral("SELECT * FROM sys.dm_os_host_info"));
    requireSuccess(all);
    CHECK(resultSetsOf(all).first().columns.size() == 7);
    const BatchResult one
        = run(QStringLiteral("SELECT d.*, 1 AS extra FROM sys.databases d WHERE d.name = 'model'"));
    requireSuccess(one);
    const ResultSet set = resultSetsOf(one).first();
    CHECK(set.columns.first().name == QStringLiteral("name"));
    CHECK(set.columns.last().name == QStringLiteral("extra"));
    CHECK(set.rows.size() == 1);
}

TEST_CASE_METHOD(TsqlEngineFixture, "UNION removes duplicates, UNION ALL keeps them",
                 "[tsql][catalog]")
{
    const BatchResult result
        = run(QStringLiteral("SELECT name FROM sys.databases WHERE database_id <= 2\n"
                             "UNION SELECT name FROM sys.databases WHERE database_id = 1\n"
                             "UNION ALL SELECT N'master'\n"
                             "ORDER BY name DESC"));
    requireSuccess(result);
    CHECK(column(resultSetsOf(result).first(), 0)
          == QStringList {QStringLiteral("tempdb"), QStringLiteral("master"),
                          QStringLiteral("master")});
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT 1, 2 UNION SELECT 1"))) == 205);
    CHECK(firstErrorNumber(run(QStringLiteral("SELECT name FROM sys.databases UNION SELECT name "
                                              "FROM sys.databases ORDER BY database_id")))
          == 104);
}
