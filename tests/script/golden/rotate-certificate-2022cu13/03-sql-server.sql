-- milink: Rotate the SQL Server endpoint certificate — file 3 of 4, steps 3–6, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 3 [switch-endpoint-certificate]: Switch the mirroring endpoint to Cert_SQL01_PROD_endpoint_2
--   The endpoint keeps Windows authentication if it had it; connections re-establish with the new
--   certificate.
PRINT N'Step 3 [switch-endpoint-certificate]: Switch the mirroring endpoint to Cert_SQL01_PROD_endpoint_2';
IF NOT EXISTS (
    SELECT 1 FROM sys.database_mirroring_endpoints WHERE certificate_id = CERT_ID(N'Cert_SQL01_PROD_endpoint_2')
)
BEGIN
    DECLARE @name sysname, @auth nvarchar(60);
    SELECT @name = name, @auth = connection_auth_desc FROM sys.database_mirroring_endpoints;
    IF @name IS NULL
    BEGIN
        ;THROW 50000, N'SQL Server has no database mirroring endpoint, so there is no certificate to rotate. Create the link first.', 1;
    END;
    DECLARE @sql nvarchar(max) = N'ALTER ENDPOINT ' + QUOTENAME(@name)
        + N' FOR DATABASE_MIRRORING (AUTHENTICATION = '
        + CASE WHEN @auth LIKE N'%NEGOTIATE%' OR @auth LIKE N'%NTLM%' OR @auth LIKE N'%KERBEROS%'
               THEN N'WINDOWS NEGOTIATE CERTIFICATE ' ELSE N'CERTIFICATE ' END
        + N'[Cert_SQL01_PROD_endpoint_2]' + N')';
    EXEC (@sql);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 4 [verify-connected:DAG_Sales]: Wait until the managed instance is connected for DAG_Sales
--   The link is usable once SQL Server sees the managed instance's replica of the distributed
--   availability group as CONNECTED (usually within a minute).
PRINT N'Step 4 [verify-connected:DAG_Sales]: Wait until the managed instance is connected for DAG_Sales';
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
-- Step 5 [verify-connected:DAG_Inventory]: Wait until the managed instance is connected for
-- DAG_Inventory
--   The link is usable once SQL Server sees the managed instance's replica of the distributed
--   availability group as CONNECTED (usually within a minute).
PRINT N'Step 5 [verify-connected:DAG_Inventory]: Wait until the managed instance is connected for DAG_Inventory';
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
-- Step 6 [drop-old-certificate]: Drop the old certificate Cert_SQL01_PROD_endpoint
--   Only after the endpoint uses the new certificate and the links reconnected.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 6 [drop-old-certificate]: Drop the old certificate Cert_SQL01_PROD_endpoint';
IF NOT EXISTS (
    SELECT 1 WHERE CERT_ID(N'Cert_SQL01_PROD_endpoint') IS NULL
)
BEGIN
    IF EXISTS (SELECT 1 FROM sys.database_mirroring_endpoints WHERE certificate_id = CERT_ID(N'Cert_SQL01_PROD_endpoint'))
    BEGIN
        ;THROW 50000, N'The endpoint still uses Cert_SQL01_PROD_endpoint; the switch did not happen. Run the scripts again from the endpoint step.', 1;
    END;
    DROP CERTIFICATE [Cert_SQL01_PROD_endpoint];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'03-sql-server.sql finished.';
GO
