-- milink: Create the link (SQL Server initial primary) — file 5 of 5, steps 20–23, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 20 [wait-connected:DAG_Sales]: Wait until the managed instance is connected for DAG_Sales
--   The link is usable once SQL Server sees the managed instance's replica of the distributed
--   availability group as CONNECTED (usually within a minute).
PRINT N'Step 20 [wait-connected:DAG_Sales]: Wait until the managed instance is connected for DAG_Sales';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 600, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = r.replica_id
    WHERE ag.name = N'DAG_Sales' AND ag.is_distributed = 1 AND rs.is_local = 0 AND rs.connected_state_desc = N'CONNECTED'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        SELECT r.replica_server_name, r.endpoint_url, rs.connected_state_desc, rs.last_connect_error_number, rs.last_connect_error_description, rs.last_connect_error_timestamp
        FROM sys.availability_groups AS ag
        JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id
        JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = r.replica_id
        WHERE ag.name = N'DAG_Sales';
        ;THROW 50000, N'The managed instance did not connect to DAG_Sales within 10 minutes. Check the last_connect_error columns above, the network path to port 5022 in both directions and the certificates (errors 41973/41974), then run this script again.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 21 [wait-connected:DAG_Inventory]: Wait until the managed instance is connected for
-- DAG_Inventory
--   The link is usable once SQL Server sees the managed instance's replica of the distributed
--   availability group as CONNECTED (usually within a minute).
PRINT N'Step 21 [wait-connected:DAG_Inventory]: Wait until the managed instance is connected for DAG_Inventory';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 600, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = r.replica_id
    WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1 AND rs.is_local = 0 AND rs.connected_state_desc = N'CONNECTED'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        SELECT r.replica_server_name, r.endpoint_url, rs.connected_state_desc, rs.last_connect_error_number, rs.last_connect_error_description, rs.last_connect_error_timestamp
        FROM sys.availability_groups AS ag
        JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id
        JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.replica_id = r.replica_id
        WHERE ag.name = N'DAG_Inventory';
        ;THROW 50000, N'The managed instance did not connect to DAG_Inventory within 10 minutes. Check the last_connect_error columns above, the network path to port 5022 in both directions and the certificates (errors 41973/41974), then run this script again.', 1;
    END;
    WAITFOR DELAY '00:00:05';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 22 [wait-seeding:DAG_Sales]: Wait until Sales is seeded
--   Automatic seeding copies the database to the managed instance; the link replicates once the
--   managed instance's copy is synchronizing. Large databases take hours; seeding restarts after an
--   interruption and is cancelled after six days.
--   Note: Until seeding finishes, take no log backups of Sales on SQL Server (unless trace flag
--   12381 is on): a truncated log forces the seeding to start over (errors 1408/1412).
PRINT N'Step 22 [wait-seeding:DAG_Sales]: Wait until Sales is seeded';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 518400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_database_replica_states AS drs ON drs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Sales' AND drs.is_local = 0 AND drs.synchronization_state_desc IN (N'SYNCHRONIZING', N'SYNCHRONIZED')
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        SELECT s.local_database_name, a.current_state, s.internal_state_desc, s.transferred_size_bytes / 1048576 AS transferred_mb, s.database_size_bytes / 1048576 AS database_mb
        FROM sys.dm_hadr_physical_seeding_stats AS s
        JOIN sys.dm_hadr_automatic_seeding AS a ON s.local_physical_seeding_id = a.operation_id;
        ;THROW 50000, N'Seeding of Sales did not finish in six days; the service cancels it then. Check the seeding progress above and the link''s state in Azure, then delete and recreate the link.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 23 [wait-seeding:DAG_Inventory]: Wait until Inventory is seeded
--   Automatic seeding copies the database to the managed instance; the link replicates once the
--   managed instance's copy is synchronizing. Large databases take hours; seeding restarts after an
--   interruption and is cancelled after six days.
--   Note: Until seeding finishes, take no log backups of Inventory on SQL Server (unless trace flag
--   12381 is on): a truncated log forces the seeding to start over (errors 1408/1412).
PRINT N'Step 23 [wait-seeding:DAG_Inventory]: Wait until Inventory is seeded';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 518400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_database_replica_states AS drs ON drs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Inventory' AND drs.is_local = 0 AND drs.synchronization_state_desc IN (N'SYNCHRONIZING', N'SYNCHRONIZED')
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        SELECT s.local_database_name, a.current_state, s.internal_state_desc, s.transferred_size_bytes / 1048576 AS transferred_mb, s.database_size_bytes / 1048576 AS database_mb
        FROM sys.dm_hadr_physical_seeding_stats AS s
        JOIN sys.dm_hadr_automatic_seeding AS a ON s.local_physical_seeding_id = a.operation_id;
        ;THROW 50000, N'Seeding of Inventory did not finish in six days; the service cancels it then. Check the seeding progress above and the link''s state in Azure, then delete and recreate the link.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

PRINT N'05-sql-server.sql finished.';
GO
