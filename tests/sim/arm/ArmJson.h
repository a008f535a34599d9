#pragma once

#include <QJsonObject>
#include <QString>

namespace milink::sim {

class SimManagedInstance;
struct SimLinkResource;
struct SimServerTrustCertificate;
struct SimSubscription;
struct SimTenant;
struct SimCertificate;

// Resource bodies shaped as the official 2025-01-01 / 2022-12-01 OpenAPI files
// define them: read-only fields filled in, LSNs as decimal strings, enum spellings
// as in the spec, absent values left out rather than null.
class ArmJson
{
public:
    static QJsonObject tenant(const SimTenant &tenant);
    static QJsonObject subscription(const SimSubscription &subscription);
    static QJsonObject managedInstance(const SimManagedInstance &mi);
    static QJsonObject serverTrustCertificate(const SimManagedInstance &mi,
                                              const SimServerTrustCertificate &certificate);
    static QJsonObject endpointCertificate(const SimManagedInstance &mi, const QString &type,
                                           const SimCertificate *certificate);
    static QJsonObject link(const SimManagedInstance &mi, const SimLinkResource &link);
    static QString hexBlob(const QByteArray &der); // "0x3082…"
};

} // namespace milink::sim
