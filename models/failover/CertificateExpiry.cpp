#include "CertificateExpiry.h"

#include <QSslCertificate>

namespace milink {

QDateTime CertificateExpiry::fromDer(const QByteArray &der)
{
    if (der.isEmpty())
        return {};
    const QSslCertificate certificate(der, QSsl::Der);
    return certificate.isNull() ? QDateTime() : certificate.expiryDate().toUTC();
}

QString CertificateExpiry::describe(const QDateTime &expiry, const QDateTime &now)
{
    if (!expiry.isValid())
        return tr("unknown");
    const qint64 days = now.daysTo(expiry);
    const QString date = expiry.toUTC().date().toString(Qt::ISODate);
    if (days < 0)
        return tr("expired on %1 (%n day(s) ago): the link cannot connect until it is rotated",
                  nullptr, int(-days))
            .arg(date);
    return tr("expires on %1 (%n day(s) left)", nullptr, int(days)).arg(date);
}

} // namespace milink
