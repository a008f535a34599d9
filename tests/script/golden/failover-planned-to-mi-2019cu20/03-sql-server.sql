-- milink: Planned failover to the managed instance, removing the link — file 3 of 6, steps 7–8, on
-- SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
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
-- Step 7 [check-lsn-stable:DAG_Sales]: Check that Sales is not changing any more
--   If the primary's hardened LSN moved since it was read, the workload is still writing and a
--   failover would lose those transactions.
PRINT N'Step 7 [check-lsn-stable:DAG_Sales]: Check that Sales is not changing any more';
IF NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Sales' AND drs.is_local = 1 AND CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(SqlServerHardenedLsn_1)'
)
BEGIN
    ;THROW 50000, N'The hardened LSN of Sales changed: the workload is still writing. Stop it and run the scripts again from the synchronization step.', 1;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 8 [check-lsn-stable:DAG_Inventory]: Check that Inventory is not changing any more
--   If the primary's hardened LSN moved since it was read, the workload is still writing and a
--   failover would lose those transactions.
PRINT N'Step 8 [check-lsn-stable:DAG_Inventory]: Check that Inventory is not changing any more';
IF NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Inventory' AND drs.is_local = 1 AND CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(SqlServerHardenedLsn_2)'
)
BEGIN
    ;THROW 50000, N'The hardened LSN of Inventory changed: the workload is still writing. Stop it and run the scripts again from the synchronization step.', 1;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'03-sql-server.sql finished.';
GO
