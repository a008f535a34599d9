-- milink: Create the link (managed instance initial primary) — file 5 of 5, steps 18–21, on SQL
-- Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 18 [wait-connected:DAG_Sales]: Wait until the managed instance is connected for DAG_Sales
--   The link is usable once the managed instance has connected and started seeding: the database
--   then appears on SQL Server (usually within a minute).
PRINT N'Step 18 [wait-connected:DAG_Sales]: Wait until the managed instance is connected for DAG_Sales';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 600, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.databases WHERE name = N'Sales'
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
-- Step 19 [wait-connected:DAG_Inventory]: Wait until the managed instance is connected for
-- DAG_Inventory
--   The link is usable once the managed instance has connected and started seeding: the database
--   then appears on SQL Server (usually within a minute).
PRINT N'Step 19 [wait-connected:DAG_Inventory]: Wait until the managed instance is connected for DAG_Inventory';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 600, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.databases WHERE name = N'Inventory'
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
-- Step 20 [wait-seeding:DAG_Sales]: Wait until Sales is seeded to SQL Server
--   The database appears on SQL Server as restoring and then synchronizing.
PRINT N'Step 20 [wait-seeding:DAG_Sales]: Wait until Sales is seeded to SQL Server';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 518400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Sales' AND drs.is_local = 1 AND drs.synchronization_state_desc IN (N'SYNCHRONIZING', N'SYNCHRONIZED')
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'Seeding of Sales did not finish in six days. Check the link''s state in Azure, then delete and recreate the link.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 21 [wait-seeding:DAG_Inventory]: Wait until Inventory is seeded to SQL Server
--   The database appears on SQL Server as restoring and then synchronizing.
PRINT N'Step 21 [wait-seeding:DAG_Inventory]: Wait until Inventory is seeded to SQL Server';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 518400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM sys.dm_hadr_database_replica_states AS drs
    JOIN sys.databases AS d ON d.database_id = drs.database_id
    WHERE d.name = N'Inventory' AND drs.is_local = 1 AND drs.synchronization_state_desc IN (N'SYNCHRONIZING', N'SYNCHRONIZED')
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'Seeding of Inventory did not finish in six days. Check the link''s state in Azure, then delete and recreate the link.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

PRINT N'05-sql-server.sql finished.';
GO
