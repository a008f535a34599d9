#include "SimCertificate.h"

#include <QCryptographicHash>

namespace milink::sim {

QByteArray SimCertificate::thumbprint() const
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha1);
}

QString SimCertificate::privateKeyEncryptionType() const
{
    return hasPrivateKey ? QStringLiteral("MK") : QStringLiteral("NA");
}

} // namespace milink::sim
