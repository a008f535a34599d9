-- milink: Delete the link — file 1 of 7, steps 1, on the managed instance (T-SQL).
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
-- Step 1 [wait-managed-instance-backup:DAG_Sales]: Wait for the managed instance's first full
-- backup of Sales
--   Once Sales is read/write on the managed instance, the service takes a full backup
--   automatically. Until it exists, the copy on SQL Server is the only restorable one, so the
--   link's SQL Server objects stay.
PRINT N'Step 1 [wait-managed-instance-backup:DAG_Sales]: Wait for the managed instance''s first full backup of Sales';
DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, 14400, SYSUTCDATETIME());
WHILE NOT EXISTS (
    SELECT 1 FROM msdb.dbo.backupset WHERE database_name = N'Sales' AND type = 'D'
    UNION ALL SELECT 1 WHERE DATABASEPROPERTYEX(N'Sales', 'Updateability') IS NULL OR DATABASEPROPERTYEX(N'Sales', 'Updateability') <> 'READ_WRITE'
)
BEGIN
    IF SYSUTCDATETIME() > @milinkDeadline
    BEGIN
        ;THROW 50000, N'The managed instance has no full backup of Sales after four hours. Check the instance''s backups in the Azure portal before you continue.', 1;
    END;
    WAITFOR DELAY '00:01:00';
END;
GO

PRINT N'01-managed-instance.sql finished.';
GO
