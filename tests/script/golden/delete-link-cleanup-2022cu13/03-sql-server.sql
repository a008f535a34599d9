-- milink: Delete the link — file 3 of 7, steps 3–4, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 3 [drop-distributed-availability-group:DAG_Sales]: Drop the distributed availability group
-- DAG_Sales
--   Removes the link's remaining object on SQL Server after the Azure side was deleted.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 3 [drop-distributed-availability-group:DAG_Sales]: Drop the distributed availability group DAG_Sales';
IF NOT EXISTS (
    SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM sys.availability_groups WHERE name = N'DAG_Sales')
)
BEGIN
    DROP AVAILABILITY GROUP [DAG_Sales];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 4 [drop-availability-group:DAG_Sales]: Drop the availability group AG_Sales
--   Removes the availability group that held Sales for the link; the database itself stays.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 4 [drop-availability-group:DAG_Sales]: Drop the availability group AG_Sales';
IF NOT EXISTS (
    SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM sys.availability_groups WHERE name = N'AG_Sales')
)
BEGIN
    DROP AVAILABILITY GROUP [AG_Sales];
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'03-sql-server.sql finished.';
GO
