-- milink: Repair a split brain, keeping the managed instance primary — file 5 of 8, steps 6, on SQL
-- Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 6 [show-role-sql-server:DAG_Inventory]: Show SQL Server's role for DAG_Inventory
--   PRIMARY on both sides means split brain.
PRINT N'Step 6 [show-role-sql-server:DAG_Inventory]: Show SQL Server''s role for DAG_Inventory';
SELECT ag.name, rs.role_desc FROM sys.availability_groups AS ag
JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
WHERE ag.name = N'DAG_Inventory' AND rs.is_local = 1;
GO

PRINT N'05-sql-server.sql finished.';
GO
