# milink: Repair a split brain, keeping SQL Server primary — file 3 of 7, steps 4, on Azure Resource
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
# Step 4 [demote-managed-instance:DAG_Sales]: Make the managed instance secondary for DAG_Sales
#   Azure setRole with instanceRole Secondary and roleChangeType Forced (no cmdlet or CLI command
#   exists for this call).
#   Caution: this step removes or changes the link's roles; read it before you run it.
Write-Host 'Step 4 [demote-managed-instance:DAG_Sales]: Make the managed instance secondary for DAG_Sales'
if ((((Get-OrNull { Get-AzSqlInstanceLink @Instance -Name 'DAG_Sales' }) | ForEach-Object { $_.InstanceLinkRole }) -eq 'Secondary')) {
    Write-Host '  Already done; skipped.'
} else {
    # No Az.Sql cmdlet sets the role: REST call, api-version 2025-01-01.
    $response = Invoke-AzRestMethod -Method POST -Path ($InstanceId + '/distributedAvailabilityGroups/DAG_Sales/setRole?api-version=' + $ApiVersion) -Payload '{"instanceRole":"Secondary","roleChangeType":"Forced"}'
    if ($response.StatusCode -ge 400) { throw ('setRole failed: ' + $response.Content) }
    $deadline = (Get-Date).AddMinutes(10)
    while ((Get-AzSqlInstanceLink @Instance -Name 'DAG_Sales').InstanceLinkRole -ne 'Secondary') {
        if ((Get-Date) -gt $deadline) { throw 'The role change did not finish within 10 minutes; check the link in the Azure portal.' }
        Start-Sleep -Seconds 10
    }
}

Write-Host '03-azure.ps1 finished.'
