#!/usr/bin/env bash
# milink: Set the replication mode to Sync — file 4 of 4, steps 4, on Azure Resource Manager.
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
# Step 4 [set-mode-azure:DAG_Inventory]: Set the replication mode of DAG_Inventory to Sync in Azure
#   Sets the link's replicationMode on the managed instance's side.
echo 'Step 4 [set-mode-azure:DAG_Inventory]: Set the replication mode of DAG_Inventory to Sync in Azure'
if [ "$(az sql mi link show "${instance[@]}" --name 'DAG_Inventory' --query replicationMode --output tsv 2>/dev/null || true)" = 'Sync' ]; then
    echo '  Already done; skipped.'
else
    az sql mi link update "${instance[@]}" --name 'DAG_Inventory' --replication-mode Sync --output none
fi

echo '04-azure.sh finished.'
