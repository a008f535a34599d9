-- milink: Repair a split brain, keeping the managed instance primary — file 6 of 8, steps 7, on the
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
-- Step 7 [show-role-managed-instance:DAG_Inventory]: Show the managed instance's role for Inventory
--   READ_WRITE means the managed instance acts as primary.
PRINT N'Step 7 [show-role-managed-instance:DAG_Inventory]: Show the managed instance''s role for Inventory';
SELECT N'Inventory' AS database_name, DATABASEPROPERTYEX(N'Inventory', 'Updateability') AS updateability;
GO

PRINT N'06-managed-instance.sql finished.';
GO
