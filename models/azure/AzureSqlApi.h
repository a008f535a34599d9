#pragma once

#include "LinkCreateParameters.h"
#include "ManagedInstanceRef.h"

#include <QByteArray>
#include <QString>

namespace milink {

class ArmClient;
class ArmJob;

// The ARM operations milink uses, with their pinned api-versions and paths. Each
// returns a running ArmJob; parse its result with the *Info types
// (ManagedInstanceInfo::fromJson(job->result()), …). Lists fetch every page.
class AzureSqlApi
{
public:
    explicit AzureSqlApi(ArmClient *client);

    ArmJob *listTenants();
    ArmJob *listSubscriptions(const QString &tenantId = {});
    ArmJob *getSubscription(const QString &subscriptionId, const QString &tenantId = {});

    ArmJob *listManagedInstances(const QString &subscriptionId, const QString &tenantId = {});
    ArmJob *listManagedInstances(const QString &subscriptionId, const QString &resourceGroup,
                                 const QString &tenantId);
    ArmJob *getManagedInstance(const ManagedInstanceRef &mi);

    ArmJob *listServerTrustCertificates(const ManagedInstanceRef &mi);
    ArmJob *getServerTrustCertificate(const ManagedInstanceRef &mi, const QString &name);
    // Uploads SQL Server's endpoint certificate (DER) so the managed instance trusts it.
    ArmJob *createServerTrustCertificate(const ManagedInstanceRef &mi, const QString &name,
                                         const QByteArray &der);
    ArmJob *deleteServerTrustCertificate(const ManagedInstanceRef &mi, const QString &name);

    ArmJob *listEndpointCertificates(const ManagedInstanceRef &mi);
    ArmJob *getEndpointCertificate(const ManagedInstanceRef &mi,
                                   const QString &endpointType
                                   = QStringLiteral("DATABASE_MIRRORING"));

    ArmJob *listLinks(const ManagedInstanceRef &mi);
    ArmJob *getLink(const ManagedInstanceRef &mi, const QString &linkName);
    ArmJob *createLink(const ManagedInstanceRef &mi, const LinkCreateParameters &parameters);
    ArmJob *setReplicationMode(const ManagedInstanceRef &mi, const QString &linkName,
                               const QString &replicationMode);
    ArmJob *deleteLink(const ManagedInstanceRef &mi, const QString &linkName);
    // failoverType: Planned or ForcedAllowDataLoss.
    ArmJob *failoverLink(const ManagedInstanceRef &mi, const QString &linkName,
                         const QString &failoverType);
    // instanceRole: Primary/Secondary; roleChangeType: Forced/Planned.
    ArmJob *setLinkRole(const ManagedInstanceRef &mi, const QString &linkName,
                        const QString &instanceRole, const QString &roleChangeType);

    static QString linkPath(const ManagedInstanceRef &mi, const QString &linkName);

private:
    ArmClient *m_client;
};

} // namespace milink
