# milink: Planned failover to the managed instance, removing the link — file 4 of 6, steps 9–10, on
# Azure Resource Manager.
# Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
# between files. Every step checks whether its work is already done, so this file can be run again
# after a failure.
# Needs PowerShell 7 (or Windows PowerShell 5.1) with Az.Sql 6.0.0 or later and Az.Accounts. Sign in
# first: Connect-AzAccount -Environment AzureCloud. REST calls use api-version 2025-01-01.
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

if ((Get-AzContext).Environment.Name -ne 'AzureCloud') {
    throw 'Sign in to AzureCloud first: Connect-AzAccount -Environment AzureCloud'
}
$null = Set-AzContext -Subscription $SubscriptionId

# ------------------------------------------------------------------------------------------------
# Step 9 [delete-link:DAG_Sales]: Delete the link DAG_Sales in Azure
#   Breaks the link on the managed instance's side; the managed instance's copy of Sales becomes an
#   independent read/write database.
#   Caution: this step removes or changes the link's roles; read it before you run it.
Write-Host 'Step 9 [delete-link:DAG_Sales]: Delete the link DAG_Sales in Azure'
if (($null -eq (Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Sales' }))) {
    Write-Host '  Already done; skipped.'
} else {
    Remove-AzSqlInstanceLink @Instance -Name 'DAG_Sales' -Force
}

# ------------------------------------------------------------------------------------------------
# Step 10 [delete-link:DAG_Inventory]: Delete the link DAG_Inventory in Azure
#   Breaks the link on the managed instance's side; the managed instance's copy of Inventory becomes
#   an independent read/write database.
#   Caution: this step removes or changes the link's roles; read it before you run it.
Write-Host 'Step 10 [delete-link:DAG_Inventory]: Delete the link DAG_Inventory in Azure'
if (($null -eq (Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Inventory' }))) {
    Write-Host '  Already done; skipped.'
} else {
    Remove-AzSqlInstanceLink @Instance -Name 'DAG_Inventory' -Force
}

Write-Host '04-azure.ps1 finished.'
