-- milink: Forced failover to SQL Server — file 1 of 1, steps 1–2, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 1 [forced-failover:DAG_Sales]: Force DAG_Sales to fail over to SQL Server
--   ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, the secondary.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 1 [forced-failover:DAG_Sales]: Force DAG_Sales to fail over to SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Sales' AND ag.is_distributed = 1 AND rs.is_local = 1 AND rs.role_desc = N'PRIMARY'
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Sales] FORCE_FAILOVER_ALLOW_DATA_LOSS;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 2 [forced-failover:DAG_Inventory]: Force DAG_Inventory to fail over to SQL Server
--   ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, the secondary.
--   Caution: this step removes or changes the link's roles; read it before you run it.
PRINT N'Step 2 [forced-failover:DAG_Inventory]: Force DAG_Inventory to fail over to SQL Server';
IF NOT EXISTS (
    SELECT 1 FROM sys.availability_groups AS ag
    JOIN sys.dm_hadr_availability_replica_states AS rs ON rs.group_id = ag.group_id
    WHERE ag.name = N'DAG_Inventory' AND ag.is_distributed = 1 AND rs.is_local = 1 AND rs.role_desc = N'PRIMARY'
)
BEGIN
    ALTER AVAILABILITY GROUP [DAG_Inventory] FORCE_FAILOVER_ALLOW_DATA_LOSS;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

PRINT N'01-sql-server.sql finished.';
GO
