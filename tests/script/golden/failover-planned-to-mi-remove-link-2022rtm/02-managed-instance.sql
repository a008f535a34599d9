-- milink: Planned failover to the managed instance, removing the link — file 2 of 6, steps 5–6, on
-- the managed instance (T-SQL).
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected to the managed instance
-- sqlmi-prod.0123456789ab.database.windows.net.
-- Value SqlServerHardenedLsn_1: Last hardened LSN of Sales on the primary. Printed by
-- 01-sql-server.sql; pass it on the command line:
--     sqlcmd -v SqlServerHardenedLsn_1="…"
-- Value SqlServerHardenedLsn_2: Last hardened LSN of Inventory on the primary. Printed by
-- 01-sql-server.sql; pass it on the command line:
--     sqlcmd -v SqlServerHardenedLsn_2="…"
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 5 [wait-lsn-equal:DAG_Sales]: Wait until the secondary has hardened the same LSN for Sales
--   No data is lost only when both sides report the same last hardened LSN.
PRINT N'Step 5 [wait-lsn-equal:DAG_Sales]: Wait until the secondary has hardened the same LSN for Sales';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 600, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Sales' AND drs.is_local = 1 AND CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(SqlServerHardenedLsn_1)'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS last_hardened_lsn
        FROM sys.dm_hadr_database_replica_states AS drs
        JOIN sys.databases AS d ON d.database_id = drs.database_id
        WHERE d.name = N'Sales' AND drs.is_local = 1;
        ;THROW 50000, N'The secondary''s hardened LSN of Sales did not reach the primary''s within 10 minutes. Do not fail over: check the link''s health, then run the scripts again from the synchronization step.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 6 [wait-lsn-equal:DAG_Inventory]: Wait until the secondary has hardened the same LSN for
-- Inventory
--   No data is lost only when both sides report the same last hardened LSN.
PRINT N'Step 6 [wait-lsn-equal:DAG_Inventory]: Wait until the secondary has hardened the same LSN for Inventory';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 600, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Inventory' AND drs.is_local = 1 AND CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(SqlServerHardenedLsn_2)'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS last_hardened_lsn
        FROM sys.dm_hadr_database_replica_states AS drs
        JOIN sys.databases AS d ON d.database_id = drs.database_id
        WHERE d.name = N'Inventory' AND drs.is_local = 1;
        ;THROW 50000, N'The secondary''s hardened LSN of Inventory did not reach the primary''s within 10 minutes. Do not fail over: check the link''s health, then run the scripts again from the synchronization step.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

PRINT N'02-managed-instance.sql finished.';
GO
