#!/usr/bin/env bash
# milink: Forced failover to the managed instance — file 1 of 1, steps 1–2, on Azure Resource
# Manager.
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
# Step 1 [forced-failover:DAG_Sales]: Force DAG_Sales to fail over to the managed instance
#   Azure failover with failoverType ForcedAllowDataLoss, run against the managed instance (the
#   secondary).
#   Caution: this step removes or changes the link's roles; read it before you run it.
echo 'Step 1 [forced-failover:DAG_Sales]: Force DAG_Sales to fail over to the managed instance'
if [ "$(az sql mi link show "${instance[@]}" --name 'DAG_Sales' --query instanceLinkRole --output tsv 2>/dev/null || true)" = 'Primary' ]; then
    echo '  Already done; skipped.'
else
    az sql mi link failover "${instance[@]}" --name 'DAG_Sales' --failover-type ForcedAllowDataLoss --yes --output none
fi

# ------------------------------------------------------------------------------------------------
# Step 2 [forced-failover:DAG_Inventory]: Force DAG_Inventory to fail over to the managed instance
#   Azure failover with failoverType ForcedAllowDataLoss, run against the managed instance (the
#   secondary).
#   Caution: this step removes or changes the link's roles; read it before you run it.
echo 'Step 2 [forced-failover:DAG_Inventory]: Force DAG_Inventory to fail over to the managed instance'
if [ "$(az sql mi link show "${instance[@]}" --name 'DAG_Inventory' --query instanceLinkRole --output tsv 2>/dev/null || true)" = 'Primary' ]; then
    echo '  Already done; skipped.'
else
    az sql mi link failover "${instance[@]}" --name 'DAG_Inventory' --failover-type ForcedAllowDataLoss --yes --output none
fi

echo '01-azure.sh finished.'
