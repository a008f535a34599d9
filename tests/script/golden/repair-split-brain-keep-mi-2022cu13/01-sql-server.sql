-- milink: Repair a split brain, keeping the managed instance primary — file 1 of 8, steps 1, on SQL
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
-- Step 1 [show-role-sql-server:DAG_Sales]: Show SQL Server's role for DAG_Sales
--   PRIMARY on both sides means split brain.
PRINT N'Step 1 [show-role-sql-server:DAG_Sales]: Show SQL Server''s role for DAG_Sales';
SELECT ag.name, rs.role_desc FROM sys.availability_groups AS ag
JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
WHERE ag.name = N'DAG_Sales' AND rs.is_local = 1;
GO

PRINT N'01-sql-server.sql finished.';
GO
