#!/usr/bin/env bash
# milink: Create the link (SQL Server initial primary) — file 4 of 5, steps 18–19, on Azure Resource
# Manager.
# Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
# between files. Every step checks whether its work is already done, so this file can be run again
# after a failure.
# Needs Bash and Azure CLI 2.67.0 or later. Sign in first: az cloud set --name AzureUSGovernment,
# then az login. REST calls use api-version 2025-01-01.
set -euo pipefail

api_version='2025-01-01'
subscription='6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d'
instance=(--resource-group 'rg-sql' --instance-name 'sqlmi-prod')
instance_id='/subscriptions/6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d/resourceGroups/rg-sql/providers/Microsoft.Sql/managedInstances/sqlmi-prod'

if [ "$(az cloud show --query name --output tsv)" != 'AzureUSGovernment' ]; then
    echo 'Sign in to AzureUSGovernment first: az cloud set --name AzureUSGovernment && az login' >&2
    exit 1
fi
az account set --subscription "$subscription"
: "$api_version" "$instance_id" # used by REST calls

# ------------------------------------------------------------------------------------------------
# Step 18 [create-link:DAG_Sales]: Create the link DAG_Sales in Azure
#   Creates the managed instance's side of the distributed availability group (instanceLinkRole
#   Secondary); the managed instance then connects to SQL Server and seeding starts.
echo 'Step 18 [create-link:DAG_Sales]: Create the link DAG_Sales in Azure'
if az sql mi link show "${instance[@]}" --name 'DAG_Sales' --output none 2>/dev/null; then
    echo '  Already done; skipped.'
else
    az sql mi link create "${instance[@]}" --name 'DAG_Sales' \
        --partner-availability-group-name 'AG_Sales' \
        --instance-availability-group-name 'AG_Sales_MI' \
        --partner-endpoint 'TCP://10.0.0.4:5022' \
        --databases '[{database-name:'\''Sales'\''}]' \
        --instance-link-role Secondary --failover-mode None --seeding-mode Automatic --output none
fi

# ------------------------------------------------------------------------------------------------
# Step 19 [create-link:DAG_Inventory]: Create the link DAG_Inventory in Azure
#   Creates the managed instance's side of the distributed availability group (instanceLinkRole
#   Secondary); the managed instance then connects to SQL Server and seeding starts.
echo 'Step 19 [create-link:DAG_Inventory]: Create the link DAG_Inventory in Azure'
if az sql mi link show "${instance[@]}" --name 'DAG_Inventory' --output none 2>/dev/null; then
    echo '  Already done; skipped.'
else
    az sql mi link create "${instance[@]}" --name 'DAG_Inventory' \
        --partner-availability-group-name 'AG_Inventory' \
        --instance-availability-group-name 'AG_Inventory_MI' \
        --partner-endpoint 'TCP://10.0.0.4:5022' \
        --databases '[{database-name:'\''Inventory'\''}]' \
        --instance-link-role Secondary --failover-mode None --seeding-mode Automatic --output none
fi

echo '04-azure.sh finished.'
