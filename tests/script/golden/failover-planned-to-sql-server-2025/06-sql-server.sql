-- milink: Planned failover to SQL Server — file 6 of 7, steps 11–14, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 11 [wait-sql-server-primary:DAG_Sales]: Wait until SQL Server is primary for DAG_Sales
--   The role change reaches SQL Server within seconds.
PRINT N'Step 11 [wait-sql-server-primary:DAG_Sales]: Wait until SQL Server is primary for DAG_Sales';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 300, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Sales' AND ag.is_distributed = 1 AND rs.is_local = 1 AND rs.role_desc = N'PRIMARY'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'SQL Server did not become primary for DAG_Sales within 5 minutes. Check the link in Azure.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 12 [wait-sql-server-primary:DAG_Inventory]: Wait until SQL Server is primary for
-- DAG_Inventory
--   The role change reaches SQL Server within seconds.
PRINT N'Step 12 [wait-sql-server-primary:DAG_Inventory]: Wait until SQL Server is primary for DAG_Inventory';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 300, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1 AND rs.is_local = 1 AND rs.role_desc = N'PRIMARY'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'SQL Server did not become primary for DAG_Inventory within 5 minutes. Check the link in Azure.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 13 [restore-replication-mode-sql-server:DAG_Sales]: Set DAG_Sales to ASYNCHRONOUS_COMMIT on
-- SQL Server
--   Changes the commit mode of both members of the distributed availability group. Run it where the
--   link is primary.
PRINT N'Step 13 [restore-replication-mode-sql-server:DAG_Sales]: Set DAG_Sales to ASYNCHRONOUS_COMMIT on SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag WHERE ag.name = N'DAG_Sales' AND ag.is_distributed = 1
    AND NOT EXISTS (SELECT 1 FROM sys.availability_replicas AS r WHERE r.group_id = ag.group_id AND r.availability_mode_desc <> N'ASYNCHRONOUS_COMMIT')
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Sales] MODIFY AVAILABILITY GROUP ON
        N'AG_Sales' WITH (AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT),
        N'AG_Sales_MI' WITH (AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 14 [restore-replication-mode-sql-server:DAG_Inventory]: Set DAG_Inventory to
-- ASYNCHRONOUS_COMMIT on SQL Server
--   Changes the commit mode of both members of the distributed availability group. Run it where the
--   link is primary.
PRINT N'Step 14 [restore-replication-mode-sql-server:DAG_Inventory]: Set DAG_Inventory to ASYNCHRONOUS_COMMIT on SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1
    AND NOT EXISTS (SELECT 1 FROM sys.availability_replicas AS r WHERE r.group_id = ag.group_id AND r.availability_mode_desc <> N'ASYNCHRONOUS_COMMIT')
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Inventory] MODIFY AVAILABILITY GROUP ON
        N'AG_Inventory' WITH (AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT),
        N'AG_Inventory_MI' WITH (AVAILABILITY_MODE = ASYNCHRONOUS_COMMIT);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'06-sql-server.sql finished.';
GO
