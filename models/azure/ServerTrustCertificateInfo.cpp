#include "ServerTrustCertificateInfo.h"

#include "EndpointCertificateInfo.h"

namespace milink {

QByteArray ServerTrustCertificateInfo::der() const
{
    return QByteArray::fromHex(EndpointCertificateInfo::normalizeHex(publicBlob).mid(2).toLatin1());
}

ServerTrustCertificateInfo ServerTrustCertificateInfo::fromJson(const QJsonObject &o)
{
    ServerTrustCertificateInfo c;
    c.name = o.value(QLatin1String("name")).toString();
    const QJsonObject p = o.value(QLatin1String("properties")).toObject();
    c.certificateName = p.value(QLatin1String("certificateName")).toString();
    c.thumbprint = p.value(QLatin1String("thumbprint")).toString();
    c.publicBlob = p.value(QLatin1String("publicBlob")).toString();
    return c;
}

} // namespace milink
