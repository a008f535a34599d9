#!/usr/bin/env bash
# milink: Rotate the SQL Server endpoint certificate — file 2 of 4, steps 2, on Azure Resource
# Manager.
# Generated from sales.milink. Read README.md first: it gives the run order and the values to pass
# between files. Every step checks whether its work is already done, so this file can be run again
# after a failure.
# Needs Bash and Azure CLI 2.67.0 or later. Sign in first: az cloud set --name AzureCloud, then az
# login. REST calls use api-version 2025-01-01.
set -euo pipefail

# Public key of the SQL Server endpoint certificate (0x…), uploaded to the managed instance. Printed
# by 01-sql-server.sql.
: "${SQL_CERTIFICATE_PUBLIC_KEY:?Set the environment variable SQL_CERTIFICATE_PUBLIC_KEY (see README.md).}"
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
# Step 2 [upload-new-server-trust-certificate]: Upload the SQL Server certificate
# Cert_SQL01_PROD_endpoint_2 to the managed instance
#   The managed instance trusts SQL Server's endpoint only with its public key stored as a server
#   trust certificate.
echo 'Step 2 [upload-new-server-trust-certificate]: Upload the SQL Server certificate Cert_SQL01_PROD_endpoint_2 to the managed instance'
if az sql mi partner-cert show "${instance[@]}" --name 'Cert_SQL01_PROD_endpoint_2' --output none 2>/dev/null; then
    echo '  Already done; skipped.'
else
    az sql mi partner-cert create "${instance[@]}" --name 'Cert_SQL01_PROD_endpoint_2' --public-blob "$SQL_CERTIFICATE_PUBLIC_KEY" --output none
fi

echo '02-azure.sh finished.'
