# milink: Create the link (SQL Server initial primary) — file 4 of 5, steps 20–21, on Azure Resource
# Manager.
# Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
# between files. Every step checks whether its work is already done, so this file can be run again
# after a failure.
# Needs PowerShell 7 (or Windows PowerShell 5.1) with Az.Sql 6.0.0 or later and Az.Accounts. Sign in
# first: Connect-AzAccount -Environment AzureChinaCloud. REST calls use api-version 2025-01-01.
#Requires -Modules @{ ModuleName = 'Az.Sql'; ModuleVersion = '6.0.0' }
[CmdletBinding()]
param()
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
# Step 20 [create-link:DAG_Sales]: Create the link DAG_Sales in Azure
#   Creates the managed instance's side of the distributed availability group (instanceLinkRole
#   Secondary); the managed instance then connects to SQL Server and seeding starts.
Write-Host 'Step 20 [create-link:DAG_Sales]: Create the link DAG_Sales in Azure'
if (($null -ne (Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Sales' }))) {
    Write-Host '  Already done; skipped.'
} else {
    $link = @{
        Name                          = 'DAG_Sales'
        PartnerAvailabilityGroupName  = 'AG_Sales'
        InstanceAvailabilityGroupName = 'AG_Sales_MI'
        Database                      = @('Sales')
        PartnerEndpoint               = 'TCP://10.0.0.4:5022'
        InstanceLinkRole              = 'Secondary'
        FailoverMode                  = 'Manual'
        SeedingMode                   = 'Automatic'
    }
    $null = New-AzSqlInstanceLink @Instance @link
}

# ------------------------------------------------------------------------------------------------
# Step 21 [create-link:DAG_Inventory]: Create the link DAG_Inventory in Azure
#   Creates the managed instance's side of the distributed availability group (instanceLinkRole
#   Secondary); the managed instance then connects to SQL Server and seeding starts.
Write-Host 'Step 21 [create-link:DAG_Inventory]: Create the link DAG_Inventory in Azure'
if (($null -ne (Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Inventory' }))) {
    Write-Host '  Already done; skipped.'
} else {
    $link = @{
        Name                          = 'DAG_Inventory'
        PartnerAvailabilityGroupName  = 'AG_Inventory'
        InstanceAvailabilityGroupName = 'AG_Inventory_MI'
        Database                      = @('Inventory')
        PartnerEndpoint               = 'TCP://10.0.0.4:5022'
        InstanceLinkRole              = 'Secondary'
        FailoverMode                  = 'Manual'
        SeedingMode                   = 'Automatic'
    }
    $null = New-AzSqlInstanceLink @Instance @link
}

Write-Host '04-azure.ps1 finished.'
