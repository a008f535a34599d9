-- milink: Repair a split brain, keeping the managed instance primary — file 2 of 8, steps 2, on the
-- managed instance (T-SQL).
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
-- Step 2 [show-role-managed-instance:DAG_Sales]: Show the managed instance's role for Sales
--   READ_WRITE means the managed instance acts as primary.
PRINT N'Step 2 [show-role-managed-instance:DAG_Sales]: Show the managed instance''s role for Sales';
SELECT N'Sales' AS database_name, DATABASEPROPERTYEX(N'Sales', 'Updateability') AS updateability;
GO

PRINT N'02-managed-instance.sql finished.';
GO
