-- milink: Planned failover to SQL Server — file 2 of 7, steps 3–4, on the managed instance (T-SQL).
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected to the managed instance
-- sqlmi-prod.0123456789ab.database.windows.net.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 3 [wait-synchronized:DAG_Sales]: Wait until Sales is synchronized and read its hardened LSN
--   With the workload stopped and synchronous commit, the secondary catches up. The primary's last
--   hardened LSN is then compared with the secondary's.
PRINT N'Step 3 [wait-synchronized:DAG_Sales]: Wait until Sales is synchronized and read its hardened LSN';
SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS ManagedInstanceHardenedLsn_1
FROM sys.dm_hadr_database_replica_states AS drs
JOIN sys.databases AS d ON d.database_id = drs.database_id
WHERE d.name = N'Sales' AND drs.is_local = 1;
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 1800, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Sales' AND drs.is_local = 0 AND drs.synchronization_state_desc = N'SYNCHRONIZED'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'Sales did not reach SYNCHRONIZED in 30 minutes. Check that the workload is stopped and the link is healthy, then run this script again.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 4 [wait-synchronized:DAG_Inventory]: Wait until Inventory is synchronized and read its
-- hardened LSN
--   With the workload stopped and synchronous commit, the secondary catches up. The primary's last
--   hardened LSN is then compared with the secondary's.
PRINT N'Step 4 [wait-synchronized:DAG_Inventory]: Wait until Inventory is synchronized and read its hardened LSN';
SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS ManagedInstanceHardenedLsn_2
FROM sys.dm_hadr_database_replica_states AS drs
JOIN sys.databases AS d ON d.database_id = drs.database_id
WHERE d.name = N'Inventory' AND drs.is_local = 1;
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 1800, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Inventory' AND drs.is_local = 0 AND drs.synchronization_state_desc = N'SYNCHRONIZED'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'Inventory did not reach SYNCHRONIZED in 30 minutes. Check that the workload is stopped and the link is healthy, then run this script again.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

PRINT N'02-managed-instance.sql finished.';
GO
