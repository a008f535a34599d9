-- milink: Delete the link — file 6 of 7, steps 7–11, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 7 [drop-distributed-availability-group:DAG_Inventory]: Drop the distributed availability
-- group DAG_Inventory
--   Removes the link's remaining object on SQL Server after the Azure side was deleted.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 7 [drop-distributed-availability-group:DAG_Inventory]: Drop the distributed availability group DAG_Inventory';
IF NOT EXISTS (
    SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM sys.availability_groups WHERE name = N'DAG_Inventory')
)
BEGIN
    DROP AVAILABILITY GROUP [DAG_Inventory];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 8 [drop-availability-group:DAG_Inventory]: Drop the availability group AG_Inventory
--   Removes the availability group that held Inventory for the link; the database itself stays.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 8 [drop-availability-group:DAG_Inventory]: Drop the availability group AG_Inventory';
IF NOT EXISTS (
    SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM sys.availability_groups WHERE name = N'AG_Inventory')
)
BEGIN
    DROP AVAILABILITY GROUP [AG_Inventory];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 9 [drop-managed-instance-certificate]: Drop the managed instance's certificate on SQL Server
--   Only when no distributed availability group on SQL Server still points at
--   sqlmi-prod.0123456789ab.database.windows.net.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 9 [drop-managed-instance-certificate]: Drop the managed instance''s certificate on SQL Server';
IF NOT EXISTS (
    SELECT 1 WHERE CERT_ID(N'sqlmi-prod.0123456789ab.database.windows.net') IS NULL
    UNION ALL SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.availability_replicas AS r ON r.group_id = ag.group_id
    WHERE ag.is_distributed = 1 AND r.endpoint_url LIKE N'%://sqlmi-prod.0123456789ab.database.windows.net:%'
)
BEGIN
    DROP CERTIFICATE [sqlmi-prod.0123456789ab.database.windows.net];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 10 [drop-endpoint]: Drop the database mirroring endpoint
--   Only when no availability group is left on SQL Server: other groups use the same endpoint.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 10 [drop-endpoint]: Drop the database mirroring endpoint';
IF NOT EXISTS (
    SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM sys.database_mirroring_endpoints WHERE certificate_id = CERT_ID(N'Cert_SQL01_PROD_endpoint'))
    UNION ALL SELECT 1 FROM sys.availability_groups
)
BEGIN
    DECLARE @name sysname = (SELECT name FROM sys.database_mirroring_endpoints);
    DECLARE @sql nvarchar(max) = N'DROP ENDPOINT ' + QUOTENAME(@name);
    EXEC (@sql);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 11 [drop-certificate]: Drop the SQL Server endpoint certificate Cert_SQL01_PROD_endpoint
--   Only when no endpoint uses it any more.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 11 [drop-certificate]: Drop the SQL Server endpoint certificate Cert_SQL01_PROD_endpoint';
IF NOT EXISTS (
    SELECT 1 WHERE CERT_ID(N'Cert_SQL01_PROD_endpoint') IS NULL
    UNION ALL SELECT 1 FROM sys.database_mirroring_endpoints WHERE certificate_id = CERT_ID(N'Cert_SQL01_PROD_endpoint')
)
BEGIN
    DROP CERTIFICATE [Cert_SQL01_PROD_endpoint];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'06-sql-server.sql finished.';
GO
