# milink: Forced failover to the managed instance — file 1 of 1, steps 1–2, on Azure Resource
# Manager.
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
# Step 1 [forced-failover:DAG_Sales]: Force DAG_Sales to fail over to the managed instance
#   Azure failover with failoverType ForcedAllowDataLoss, run against the managed instance (the
#   secondary).
#   Caution: this step removes or changes the link's roles; read it before you run it.
Write-Host 'Step 1 [forced-failover:DAG_Sales]: Force DAG_Sales to fail over to the managed instance'
if ((((Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Sales' }) | ForEach-Object { $_.InstanceLinkRole }) -eq 'Primary')) {
    Write-Host '  Already done; skipped.'
} else {
    $null = Start-AzSqlInstanceLinkFailover @Instance -Name 'DAG_Sales' -FailoverType 'ForcedAllowDataLoss' -Force
}

# ------------------------------------------------------------------------------------------------
# Step 2 [forced-failover:DAG_Inventory]: Force DAG_Inventory to fail over to the managed instance
#   Azure failover with failoverType ForcedAllowDataLoss, run against the managed instance (the
#   secondary).
#   Caution: this step removes or changes the link's roles; read it before you run it.
Write-Host 'Step 2 [forced-failover:DAG_Inventory]: Force DAG_Inventory to fail over to the managed instance'
if ((((Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Inventory' }) | ForEach-Object { $_.InstanceLinkRole }) -eq 'Primary')) {
    Write-Host '  Already done; skipped.'
} else {
    $null = Start-AzSqlInstanceLinkFailover @Instance -Name 'DAG_Inventory' -FailoverType 'ForcedAllowDataLoss' -Force
}

Write-Host '01-azure.ps1 finished.'
