#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace milink {

// One of the two public root certificates SQL Server must trust so that it
// accepts the managed instance's endpoint certificate chain. The complete DER is
// compiled in from resources/certificates (never a truncated blob: SQL Server
// refuses one as invalid certificate data).
struct RootCertificate
{
    QString name; // the certificate name on SQL Server: MicrosoftPKI, DigiCertPKI
    QString subject; // for comments: "Microsoft RSA Root Certificate Authority 2017"
    QByteArray der; // empty only if the resource is missing from the build

    static QList<RootCertificate> all();
};

} // namespace milink
