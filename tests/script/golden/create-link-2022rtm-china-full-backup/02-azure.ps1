# milink: Create the link (SQL Server initial primary) — file 2 of 5, steps 10–11, on Azure Resource
# Manager.
# Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
# between files. Every step checks whether its work is already done, so this file can be run again
# after a failure.
# Needs PowerShell 7 (or Windows PowerShell 5.1) with Az.Sql 6.0.0 or later and Az.Accounts. Sign in
# first: Connect-AzAccount -Environment AzureChinaCloud. REST calls use api-version 2025-01-01.
#Requires -Modules @{ ModuleName = 'Az.Sql'; ModuleVersion = '6.0.0' }
[CmdletBinding()]
param(
    # Public key of the SQL Server endpoint certificate (0x…), uploaded to the managed instance.
    # Printed by 01-sql-server.sql.
    [Parameter(Mandatory = $true)]
    [string] $SqlCertificatePublicKey
)
$ErrorActionPreference = 'Stop'

$ApiVersion = '2025-01-01'
$SubscriptionId = '6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d'
$Instance = @{ ResourceGroupName = 'rg-sql'; InstanceName = 'sqlmi-prod' }
$InstanceId = '/subscriptions/6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d/resourceGroups/rg-sql/providers/Microsoft.Sql/managedInstances/sqlmi-prod'

# Returns $null instead of failing when a resource does not exist.
function Get-OrNull([scriptblock] $Command) {
    try { & $Command } catch { $null }
}

if ((Get-AzContext).Environment.Name -ne 'AzureChinaCloud') {
    throw 'Sign in to AzureChinaCloud first: Connect-AzAccount -Environment AzureChinaCloud'
}
$null = Set-AzContext -Subscription $SubscriptionId

# ------------------------------------------------------------------------------------------------
# Step 10 [upload-server-trust-certificate]: Upload the SQL Server certificate
# Cert_SQL01_PROD_endpoint to the managed instance
#   The managed instance trusts SQL Server's endpoint only with its public key stored as a server
#   trust certificate.
Write-Host 'Step 10 [upload-server-trust-certificate]: Upload the SQL Server certificate Cert_SQL01_PROD_endpoint to the managed instance'
if (($null -ne (Get-OrNull { Get-AzSqlInstanceServerTrustCertificate @Instance -Name 'Cert_SQL01_PROD_endpoint' }))) {
    Write-Host '  Already done; skipped.'
} else {
    $null = New-AzSqlInstanceServerTrustCertificate @Instance -Name 'Cert_SQL01_PROD_endpoint' -PublicKey $SqlCertificatePublicKey
}

# ------------------------------------------------------------------------------------------------
# Step 11 [download-endpoint-certificate]: Download the managed instance's endpoint certificate
#   SQL Server must trust the public key of the managed instance's DATABASE_MIRRORING endpoint.
#   Note: The Azure CLI prints the key without 0x; the scripts accept it either way.
Write-Host 'Step 11 [download-endpoint-certificate]: Download the managed instance''s endpoint certificate'
$MiEndpointCertificate = (Get-AzSqlInstanceEndpointCertificate @Instance -EndpointType 'DATABASE_MIRRORING').PublicKey
if (-not $MiEndpointCertificate.StartsWith('0x')) { $MiEndpointCertificate = '0x' + $MiEndpointCertificate }
Write-Output "MiEndpointCertificate=$MiEndpointCertificate"

Write-Host '02-azure.ps1 finished.'
