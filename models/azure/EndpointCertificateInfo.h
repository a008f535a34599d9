#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace milink {

// The managed instance's own endpoint certificate (endpointCertificates/
// DATABASE_MIRRORING): SQL Server must trust its public key.
struct EndpointCertificateInfo
{
    QString endpointType; // DATABASE_MIRRORING, SERVICE_BROKER
    QString publicBlob; // normalised: "0x" + upper-case hex

    QByteArray der() const;

    // Strips whitespace and adds the 0x prefix the CLI's output lacks (T-SQL needs it).
    static QString normalizeHex(const QString &blob);
    static EndpointCertificateInfo fromJson(const QJsonObject &object);
};

} // namespace milink
