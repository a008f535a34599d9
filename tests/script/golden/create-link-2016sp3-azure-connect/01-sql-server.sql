-- milink: Create the link (SQL Server initial primary) — file 1 of 5, steps 1–7, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
-- Secret MasterKeyPassword: Password of the database master key in master (secret; only needed when
-- master has no master key yet). It is not stored in this file: set the environment variable
-- MasterKeyPassword before running sqlcmd, or pass it on the command line:
--     sqlcmd -v MasterKeyPassword="…"
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 1 [check-sql-server]: Check that Always On availability groups are enabled
--   The link is a distributed availability group, so SQL Server must have the Always On
--   availability groups feature enabled (SERVERPROPERTY('IsHadrEnabled') = 1).
PRINT N'Step 1 [check-sql-server]: Check that Always On availability groups are enabled';
IF NOT EXISTS (
    SELECT 1 WHERE SERVERPROPERTY('IsHadrEnabled') = 1
)
BEGIN
    ;THROW 50000, N'Always On availability groups are not enabled on this SQL Server. Enable them in SQL Server Configuration Manager (Windows) or with mssql-conf set hadr.hadrenabled 1 (Linux), restart SQL Server and run this script again.', 1;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 2 [set-recovery-full:DAG_Sales]: Use the full recovery model for Sales
--   The link replicates the transaction log, which needs the FULL recovery model.
PRINT N'Step 2 [set-recovery-full:DAG_Sales]: Use the full recovery model for Sales';
IF NOT EXISTS (
    SELECT 1 FROM sys.databases WHERE name = N'Sales' AND recovery_model_desc = N'FULL'
)
BEGIN
    ALTER DATABASE [Sales] SET RECOVERY FULL;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 3 [check-full-backup:DAG_Sales]: Check that Sales has a full backup
--   Automatic seeding starts from the log chain of a full backup that is not COPY_ONLY.
PRINT N'Step 3 [check-full-backup:DAG_Sales]: Check that Sales has a full backup';
IF NOT EXISTS (
    SELECT 1 FROM sys.database_recovery_status WHERE database_id = DB_ID(N'Sales') AND last_log_backup_lsn IS NOT NULL
    UNION ALL SELECT 1 FROM msdb.dbo.backupset WHERE database_name = N'Sales' AND type = 'D' AND is_copy_only = 0
)
BEGIN
    ;THROW 50000, N'The database Sales has no full backup. Take one with BACKUP DATABASE … WITH CHECKSUM (not COPY_ONLY), or export the scripts again with --full-backup, and run this script again.', 1;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 4 [set-recovery-full:DAG_Inventory]: Use the full recovery model for Inventory
--   The link replicates the transaction log, which needs the FULL recovery model.
PRINT N'Step 4 [set-recovery-full:DAG_Inventory]: Use the full recovery model for Inventory';
IF NOT EXISTS (
    SELECT 1 FROM sys.databases WHERE name = N'Inventory' AND recovery_model_desc = N'FULL'
)
BEGIN
    ALTER DATABASE [Inventory] SET RECOVERY FULL;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 5 [check-full-backup:DAG_Inventory]: Check that Inventory has a full backup
--   Automatic seeding starts from the log chain of a full backup that is not COPY_ONLY.
PRINT N'Step 5 [check-full-backup:DAG_Inventory]: Check that Inventory has a full backup';
IF NOT EXISTS (
    SELECT 1 FROM sys.database_recovery_status WHERE database_id = DB_ID(N'Inventory') AND last_log_backup_lsn IS NOT NULL
    UNION ALL SELECT 1 FROM msdb.dbo.backupset WHERE database_name = N'Inventory' AND type = 'D' AND is_copy_only = 0
)
BEGIN
    ;THROW 50000, N'The database Inventory has no full backup. Take one with BACKUP DATABASE … WITH CHECKSUM (not COPY_ONLY), or export the scripts again with --full-backup, and run this script again.', 1;
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 6 [create-master-key]: Create the database master key in master
--   The master key protects the private key of the endpoint certificate. The password is a
--   parameter and is never written into a script or a project file.
--   Note: Keep the master key password in your password safe; SQL Server asks for it when master is
--   restored elsewhere.
PRINT N'Step 6 [create-master-key]: Create the database master key in master';
IF NOT EXISTS (
    SELECT 1 FROM master.sys.symmetric_keys WHERE symmetric_key_id = 101
)
BEGIN
    IF N'$(MasterKeyPassword)' = N''
    BEGIN
        ;THROW 50000, N'MasterKeyPassword is empty. Pass the master key password as the sqlcmd variable MasterKeyPassword.', 1;
    END;
    CREATE MASTER KEY ENCRYPTION BY PASSWORD = N'$(MasterKeyPassword)';
END
ELSE
    PRINT N'  Already done; skipped.';
GO

-- ------------------------------------------------------------------------------------------------
-- Step 7 [create-certificate]: Create the SQL Server endpoint certificate Cert_SQL01_PROD_endpoint
--   The mirroring endpoint authenticates to the managed instance with this certificate; its private
--   key is protected by the master key. When no expiry date is set, it expires one year after this
--   statement runs.
--   Note: The query prints the certificate's public key (0x…): pass it to the next Azure script as
--   SqlCertificatePublicKey.
PRINT N'Step 7 [create-certificate]: Create the SQL Server endpoint certificate Cert_SQL01_PROD_endpoint';
IF NOT EXISTS (
    SELECT 1 FROM master.sys.certificates WHERE name = N'Cert_SQL01_PROD_endpoint'
)
BEGIN
    DECLARE @expiry nvarchar(8) = CONVERT(nvarchar(8), DATEADD(YEAR, 1, SYSUTCDATETIME()), 112);
    DECLARE @sql nvarchar(max) = N'CREATE CERTIFICATE [Cert_SQL01_PROD_endpoint] WITH SUBJECT = N''Cert_SQL01_PROD_endpoint'', EXPIRY_DATE = ''' + @expiry + N'''';
    EXEC (@sql);
END
ELSE
    PRINT N'  Already done; skipped.';
SELECT CONVERT(varchar(max), CERTENCODED(CERT_ID(N'Cert_SQL01_PROD_endpoint')), 1) AS SqlCertificatePublicKey;
GO

PRINT N'01-sql-server.sql finished.';
GO
