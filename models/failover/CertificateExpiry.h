#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace milink {

// The expiry of a certificate as the rotation page shows it: read from the DER
// bytes Azure returns (server trust and endpoint certificates carry no expiry
// field) or taken from SQL Server's sys.certificates, with a sentence that says
// how long it has left.
class CertificateExpiry
{
    Q_DECLARE_TR_FUNCTIONS(CertificateExpiry)

public:
    // Invalid when the bytes are not a certificate.
    static QDateTime fromDer(const QByteArray &der);
    // "expires on 2027-11-22 (365 days left)", "expired on … (12 days ago)", "unknown".
    static QString describe(const QDateTime &expiry, const QDateTime &now);
};

} // namespace milink
