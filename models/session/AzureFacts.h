#pragma once

#include "azure/DistributedAvailabilityGroupInfo.h"
#include "azure/EndpointCertificateInfo.h"
#include "azure/ManagedInstanceInfo.h"
#include "azure/ServerTrustCertificateInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace milink {

// What the Azure page read about the chosen managed instance. Plain values,
// kept by LinkSession so that later pages (validation, summary) and the plan
// builder see the same snapshot.
struct AzureFacts
{
    QString tenantId; // the tenant the user signed in to (empty: home tenant)
    ManagedInstanceInfo instance;
    QList<ServerTrustCertificateInfo> trustCertificates;
    QList<DistributedAvailabilityGroupInfo> links;
    // The managed instance's DATABASE_MIRRORING endpoint certificate; empty when
    // it could not be read.
    std::optional<EndpointCertificateInfo> endpointCertificate;
};

} // namespace milink
