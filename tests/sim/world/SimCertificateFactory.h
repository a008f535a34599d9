#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace milink::sim {

// Makes X.509 v3 certificates in DER that real parsers (QSslCertificate,
// openssl) accept: a random RSA-2048-shaped public key and a signature-shaped
// value. Nothing ever verifies the signature in the simulator; what matters is
// that the bytes flow through CERTENCODED, ARM publicBlob and CREATE
// CERTIFICATE … FROM BINARY exactly as real certificates do. The same subject,
// validity and seed always give the same bytes.
class SimCertificateFactory
{
public:
    struct Request
    {
        QString subjectCommonName;
        QString issuerCommonName; // empty: self-signed
        QString issuerOrganization;
        QDateTime notBefore;
        QDateTime notAfter;
        quint64 seed = 0; // varies the key and serial number
    };

    static QByteArray create(const Request &request);
};

} // namespace milink::sim
