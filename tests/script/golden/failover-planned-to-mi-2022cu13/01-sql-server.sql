-- milink: Planned failover to the managed instance — file 1 of 4, steps 1–4, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 1 [set-synchronous:DAG_Sales]: Set DAG_Sales to SYNCHRONOUS_COMMIT on SQL Server
--   Changes the commit mode of both members of the distributed availability group. Run it where the
--   link is primary.
PRINT N'Step 1 [set-synchronous:DAG_Sales]: Set DAG_Sales to SYNCHRONOUS_COMMIT on SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag WHERE ag.name = N'DAG_Sales' AND ag.is_distributed = 1
    AND NOT EXISTS (SELECT 1 FROM sys.availability_replicas AS r WHERE r.group_id = ag.group_id AND r.availability_mode_desc <> N'SYNCHRONOUS_COMMIT')
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Sales] MODIFY AVAILABILITY GROUP ON
        N'AG_Sales' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),
        N'AG_Sales_MI' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 2 [set-synchronous:DAG_Inventory]: Set DAG_Inventory to SYNCHRONOUS_COMMIT on SQL Server
--   Changes the commit mode of both members of the distributed availability group. Run it where the
--   link is primary.
PRINT N'Step 2 [set-synchronous:DAG_Inventory]: Set DAG_Inventory to SYNCHRONOUS_COMMIT on SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1
    AND NOT EXISTS (SELECT 1 FROM sys.availability_replicas AS r WHERE r.group_id = ag.group_id AND r.availability_mode_desc <> N'SYNCHRONOUS_COMMIT')
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Inventory] MODIFY AVAILABILITY GROUP ON
        N'AG_Inventory' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT),
        N'AG_Inventory_MI' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 3 [wait-synchronized:DAG_Sales]: Wait until Sales is synchronized and read its hardened LSN
--   With the workload stopped and synchronous commit, the secondary catches up. The primary's last
--   hardened LSN is then compared with the secondary's.
PRINT N'Step 3 [wait-synchronized:DAG_Sales]: Wait until Sales is synchronized and read its hardened LSN';
SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS SqlServerHardenedLsn_1
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
SELECT CONVERT(varchar(40), drs.last_hardened_lsn) AS SqlServerHardenedLsn_2
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

PRINT N'01-sql-server.sql finished.';
GO
