-- milink: Planned failover to the managed instance, removing the link — file 5 of 6, steps 11–12,
-- on the managed instance (T-SQL).
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
-- Step 11 [wait-managed-instance-backup:DAG_Sales]: Wait for the managed instance's first full
-- backup of Sales
--   Once Sales is read/write on the managed instance, the service takes a full backup
--   automatically. Until it exists, the copy on SQL Server is the only restorable one, so the
--   link's SQL Server objects stay.
PRINT N'Step 11 [wait-managed-instance-backup:DAG_Sales]: Wait for the managed instance''s first full backup of Sales';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 14400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM msdb.dbo.backupset WHERE database_name = N'Sales' AND type = 'D'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'The managed instance has no full backup of Sales after four hours. Check the instance''s backups in the Azure portal before you continue.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

-- ------------------------------------------------------------------------------------------------
-- Step 12 [wait-managed-instance-backup:DAG_Inventory]: Wait for the managed instance's first full
-- backup of Inventory
--   Once Inventory is read/write on the managed instance, the service takes a full backup
--   automatically. Until it exists, the copy on SQL Server is the only restorable one, so the
--   link's SQL Server objects stay.
PRINT N'Step 12 [wait-managed-instance-backup:DAG_Inventory]: Wait for the managed instance''s first full backup of Inventory';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 14400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM msdb.dbo.backupset WHERE database_name = N'Inventory' AND type = 'D'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'The managed instance has no full backup of Inventory after four hours. Check the instance''s backups in the Azure portal before you continue.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

PRINT N'05-managed-instance.sql finished.';
GO
