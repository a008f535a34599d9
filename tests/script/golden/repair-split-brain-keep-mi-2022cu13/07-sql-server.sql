-- milink: Repair a split brain, keeping the managed instance primary — file 7 of 8, steps 8–9, on
-- SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
:setvar BackupDirectory "/var/opt/mssql/backup"
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 8 [backup-sql-server-log:DAG_Inventory]: Back up the log of Inventory on SQL Server
--   Keeps the transactions SQL Server accepted after the forced failover, before SQL Server becomes
--   secondary and they leave the link.
PRINT N'Step 8 [backup-sql-server-log:DAG_Inventory]: Back up the log of Inventory on SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1 AND rs.is_local = 1 AND rs.role_desc = N'SECONDARY'
)
BEGIN
    DECLARE @file nvarchar(4000) = N'$(BackupDirectory)' + N'/DAG_Inventory-split-brain.trn';
    BACKUP LOG [Inventory] TO DISK = @file WITH CHECKSUM, INIT;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 9 [demote-sql-server:DAG_Inventory]: Make SQL Server secondary for DAG_Inventory
--   ALTER AVAILABILITY GROUP … SET (ROLE = SECONDARY) on SQL Server.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 9 [demote-sql-server:DAG_Inventory]: Make SQL Server secondary for DAG_Inventory';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1 AND rs.is_local = 1 AND rs.role_desc = N'SECONDARY'
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Inventory] SET (ROLE = SECONDARY);
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'07-sql-server.sql finished.';
GO
