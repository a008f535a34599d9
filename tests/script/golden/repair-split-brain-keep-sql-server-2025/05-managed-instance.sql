-- milink: Repair a split brain, keeping SQL Server primary — file 5 of 7, steps 7–8, on the managed
-- instance (T-SQL).
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected to the managed instance
-- sqlmi-prod.0123456789ab.database.windows.net.
:on error exit
:setvar BackupUrl "https://backups.blob.core.windows.net/split-brain"
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 7 [show-role-managed-instance:DAG_Inventory]: Show the managed instance's role for Inventory
--   READ_WRITE means the managed instance acts as primary.
PRINT N'Step 7 [show-role-managed-instance:DAG_Inventory]: Show the managed instance''s role for Inventory';
SELECT N'Inventory' AS database_name, DATABASEPROPERTYEX(N'Inventory', 'Updateability') AS updateability;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 8 [backup-managed-instance:DAG_Inventory]: Take a copy-only backup of Inventory on the
-- managed instance
--   Keeps the transactions the managed instance accepted after the forced failover. Needs a
--   credential for the storage container on the managed instance.
PRINT N'Step 8 [backup-managed-instance:DAG_Inventory]: Take a copy-only backup of Inventory on the managed instance';
IF NOT EXISTS (
    SELECT 1 WHERE DATABASEPROPERTYEX(N'Inventory', 'Updateability') <> 'READ_WRITE'
)
BEGIN
    DECLARE @url nvarchar(4000) = N'$(BackupUrl)' + N'/DAG_Inventory-split-brain.bak';
    BACKUP DATABASE [Inventory] TO URL = @url WITH COPY_ONLY;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'05-managed-instance.sql finished.';
GO
