#include "EndpointCertificateInfo.h"

namespace milink {

QString EndpointCertificateInfo::normalizeHex(const QString &blob)
{
    QString hex;
    hex.reserve(blob.size());
    for (const QChar c : blob) {
        if (!c.isSpace())
            hex.append(c);
    }
    if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        hex = hex.mid(2);
    return QStringLiteral("0x") + hex.toUpper();
}

QByteArray EndpointCertificateInfo::der() const
{
    return QByteArray::fromHex(normalizeHex(publicBlob).mid(2).toLatin1());
}

EndpointCertificateInfo EndpointCertificateInfo::fromJson(const QJsonObject &o)
{
    EndpointCertificateInfo c;
    c.endpointType = o.value(QLatin1String("name")).toString();
    const QJsonObject p = o.value(QLatin1String("properties")).toObject();
    c.publicBlob = normalizeHex(p.value(QLatin1String("publicBlob")).toString());
    return c;
}

} // namespace milink
