-- milink: Set the replication mode to Sync — file 1 of 4, steps 1, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 1 [set-mode-sql-server:DAG_Sales]: Set DAG_Sales to SYNCHRONOUS_COMMIT on SQL Server
--   Changes the commit mode of both members of the distributed availability group. Run it where the
--   link is primary.
PRINT N'Step 1 [set-mode-sql-server:DAG_Sales]: Set DAG_Sales to SYNCHRONOUS_COMMIT on SQL Server';
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

PRINT N'01-sql-server.sql finished.';
GO
