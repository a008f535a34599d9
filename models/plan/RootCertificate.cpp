#include "RootCertificate.h"

#include <QFile>

namespace milink {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QList<RootCertificate> RootCertificate::all()
{
    return {
        {QStringLiteral("MicrosoftPKI"),
         QStringLiteral("Microsoft RSA Root Certificate Authority 2017"),
         readResource(QStringLiteral(":/milink/certificates/MicrosoftPKI.der"))},
        {QStringLiteral("DigiCertPKI"), QStringLiteral("DigiCert Global Root G2"),
         readResource(QStringLiteral(":/milink/certificates/DigiCertPKI.der"))},
    };
}

} // namespace milink
