#!/usr/bin/env bash
# milink: Planned failover to the managed instance, removing the link — file 4 of 6, steps 9–10, on
# Azure Resource Manager.
# Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
# between files. Every step checks whether its work is already done, so this file can be run again
# after a failure.
# Needs Bash and Azure CLI 2.67.0 or later. Sign in first: az cloud set --name AzureCloud, then az
# login. REST calls use api-version 2025-01-01.
set -euo pipefail

api_version='2025-01-01'
subscription='6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d'
instance=(--resource-group 'rg-sql' --instance-name 'sqlmi-prod')
instance_id='/subscriptions/6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d/resourceGroups/rg-sql/providers/Microsoft.Sql/managedInstances/sqlmi-prod'

if [ "$(az cloud show --query name --output tsv)" != 'AzureCloud' ]; then
    echo 'Sign in to AzureCloud first: az cloud set --name AzureCloud && az login' >&2
    exit 1
fi
az account set --subscription "$subscription"
: "$api_version" "$instance_id" # used by REST calls

# ------------------------------------------------------------------------------------------------
# Step 9 [delete-link:DAG_Sales]: Delete the link DAG_Sales in Azure
#   Breaks the link on the managed instance's side; the managed instance's copy of Sales becomes an
#   independent read/write database.
#   Caution: this step removes or changes the link's roles; read it before you run it.
echo 'Step 9 [delete-link:DAG_Sales]: Delete the link DAG_Sales in Azure'
if ! az sql mi link show "${instance[@]}" --name 'DAG_Sales' --output none 2>/dev/null; then
    echo '  Already done; skipped.'
else
    az sql mi link delete "${instance[@]}" --name 'DAG_Sales' --yes
fi

# ------------------------------------------------------------------------------------------------
# Step 10 [delete-link:DAG_Inventory]: Delete the link DAG_Inventory in Azure
#   Breaks the link on the managed instance's side; the managed instance's copy of Inventory becomes
#   an independent read/write database.
#   Caution: this step removes or changes the link's roles; read it before you run it.
echo 'Step 10 [delete-link:DAG_Inventory]: Delete the link DAG_Inventory in Azure'
if ! az sql mi link show "${instance[@]}" --name 'DAG_Inventory' --output none 2>/dev/null; then
    echo '  Already done; skipped.'
else
    az sql mi link delete "${instance[@]}" --name 'DAG_Inventory' --yes
fi

echo '04-azure.sh finished.'
