#!/usr/bin/env bash
# milink: Repair a split brain, keeping SQL Server primary — file 3 of 7, steps 4, on Azure Resource
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
# Step 4 [demote-managed-instance:DAG_Sales]: Make the managed instance secondary for DAG_Sales
#   Azure setRole with instanceRole Secondary and roleChangeType Forced (no cmdlet or CLI command
#   exists for this call).
#   Caution: this step removes or changes the link's roles; read it before you run it.
echo 'Step 4 [demote-managed-instance:DAG_Sales]: Make the managed instance secondary for DAG_Sales'
if [ "$(az sql mi link show "${instance[@]}" --name 'DAG_Sales' --query instanceLinkRole --output tsv 2>/dev/null || true)" = 'Secondary' ]; then
    echo '  Already done; skipped.'
else
    # No Azure CLI command sets the role: REST call, api-version 2025-01-01.
    az rest --method post --url "${instance_id}"'/distributedAvailabilityGroups/DAG_Sales/setRole?api-version='"${api_version}" --body '{"instanceRole":"Secondary","roleChangeType":"Forced"}' --output none
    for _ in $(seq 1 60); do
        role="$(az sql mi link show "${instance[@]}" --name 'DAG_Sales' --query instanceLinkRole --output tsv)"
        [ "$role" = 'Secondary' ] && break
        sleep 10
    done
    if [ "$role" != 'Secondary' ]; then
        echo 'The role change did not finish within 10 minutes; check the link in the Azure portal.' >&2
        exit 1
    fi
fi

echo '03-azure.sh finished.'
