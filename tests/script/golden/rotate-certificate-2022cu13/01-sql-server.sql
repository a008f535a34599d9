-- milink: Rotate the SQL Server endpoint certificate — file 1 of 4, steps 1, on SQL Server.
-- Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
-- between files. Every step checks whether its work is already done, so this file can be run again
-- after a failure.
-- Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server SQL01\PROD.
:on error exit
SET NOCOUNT ON;
USE [master];
GO

-- ------------------------------------------------------------------------------------------------
-- Step 1 [create-new-certificate]: Create the SQL Server endpoint certificate
-- Cert_SQL01_PROD_endpoint_2
--   The mirroring endpoint authenticates to the managed instance with this certificate; its private
--   key is protected by the master key. When no expiry date is set, it expires one year after this
--   statement runs.
--   Note: The query prints the certificate's public key (0x…): pass it to the next Azure script as
--   SqlCertificatePublicKey.
PRINT N'Step 1 [create-new-certificate]: Create the SQL Server endpoint certificate Cert_SQL01_PROD_endpoint_2';
IF NOT EXISTS (
    SELECT 1 FROM master.sys.certificates WHERE name = N'Cert_SQL01_PROD_endpoint_2'
)
BEGIN
    DECLARE @expiry nvarchar(8) = CONVERT(nvarchar(8), DATEADD(YEAR, 1, SYSUTCDATETIME()), 112);
    DECLARE @sql nvarchar(max) = N'CREATE CERTIFICATE [Cert_SQL01_PROD_endpoint_2] WITH SUBJECT = N''Cert_SQL01_PROD_endpoint_2'', EXPIRY_DATE = ''' + @expiry + N'''';
    EXEC (@sql);
END
ELSE
    PRINT N'  Already done; skipped.';
SELECT CONVERT(varchar(max), CERTENCODED(CERT_ID(N'Cert_SQL01_PROD_endpoint_2')), 1) AS SqlCertificatePublicKey;
GO

PRINT N'01-sql-server.sql finished.';
GO
