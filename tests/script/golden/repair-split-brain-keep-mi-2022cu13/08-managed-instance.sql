-- milink: Repair a split brain, keeping the managed instance primary — file 8 of 8, steps 10, on
-- the managed instance (T-SQL).
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
-- Step 10 [wait-connected:DAG_Inventory]: Wait until the managed instance is connected for
-- DAG_Inventory
--   The repair is done once the side that stays primary sees its partner's replica of the
--   distributed availability group as CONNECTED again.
PRINT N'Step 10 [wait-connected:DAG_Inventory]: Wait until the managed instance is connected for DAG_Inventory';
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

PRINT N'08-managed-instance.sql finished.';
GO
