-- milink: Planned failover to SQL Server — file 4 of 7, steps 7–8, on the managed instance (T-SQL).
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected to the managed instance
-- sqlmi-prod.0123456789ab.database.windows.net.
-- Value ManagedInstanceHardenedLsn_1: Last hardened LSN of Sales on the primary. Printed by
-- 02-managed-instance.sql; pass it on the command line:
--     sqlcmd -v ManagedInstanceHardenedLsn_1="…"
-- Value ManagedInstanceHardenedLsn_2: Last hardened LSN of Inventory on the primary. Printed by
-- 02-managed-instance.sql; pass it on the command line:
--     sqlcmd -v ManagedInstanceHardenedLsn_2="…"
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
    WHERE d.name = N'Sales' AND drs.is_local = 1 AND CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(ManagedInstanceHardenedLsn_1)'
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
    WHERE d.name = N'Inventory' AND drs.is_local = 1 AND CONVERT(varchar(40), drs.last_hardened_lsn) = N'$(ManagedInstanceHardenedLsn_2)'
)
BEGIN
    ;THROW 50000, N'The hardened LSN of Inventory changed: the workload is still writing. Stop it and run the scripts again from the synchronization step.', 1;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'04-managed-instance.sql finished.';
GO
