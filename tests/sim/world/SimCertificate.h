#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace milink::sim {

// A certificate in an instance's master database (sys.certificates) or a
// public certificate held by Azure. `der` is the full X.509 DER, what
// CERTENCODED() returns and what CREATE CERTIFICATE … FROM BINARY takes.
struct SimCertificate
{
    int certificateId = 0;
    QString name;
    QString subject;
    QString issuerName;
    QByteArray der;
    bool hasPrivateKey = false; // created WITH SUBJECT (encrypted by the master key)
    QDateTime startDate;
    QDateTime expiryDate;
    QStringList issuerPatterns; // added with sp_certificate_add_issuer

    // SHA-1 of the DER, as sys.certificates.thumbprint and ARM report it.
    QByteArray thumbprint() const;
    // "MK" for a certificate with a private key protected by the master key, "NA" otherwise.
    QString privateKeyEncryptionType() const;
};

} // namespace milink::sim
