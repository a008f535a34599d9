#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace milink {

// A certificate the managed instance trusts (serverTrustCertificates): SQL Server's
// endpoint certificate, uploaded so the MI accepts the link's connection.
struct ServerTrustCertificateInfo
{
    QString name; // the resource name = certificate name used on SQL Server
    QString certificateName;
    QString thumbprint;
    QString publicBlob; // hex, as returned (with or without 0x)

    QByteArray der() const; // the decoded certificate; empty when not hex

    static ServerTrustCertificateInfo fromJson(const QJsonObject &object);
};

} // namespace milink
