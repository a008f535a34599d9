-- milink: Set the replication mode to Sync — file 3 of 4, steps 3, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 3 [set-mode-sql-server:DAG_Inventory]: Set DAG_Inventory to SYNCHRONOUS_COMMIT on SQL Server
--   Changes the commit mode of both members of the distributed availability group. Run it where the
--   link is primary.
PRINT N'Step 3 [set-mode-sql-server:DAG_Inventory]: Set DAG_Inventory to SYNCHRONOUS_COMMIT on SQL Server';
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

PRINT N'03-sql-server.sql finished.';
GO
