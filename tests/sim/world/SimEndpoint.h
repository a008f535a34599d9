#pragma once

#include <QString>

namespace milink::sim {

// A DATABASE_MIRRORING endpoint (sys.database_mirroring_endpoints + sys.tcp_endpoints).
struct SimEndpoint
{
    int endpointId = 0;
    QString name;
    int port = 5022;
    QString listenerIp = QStringLiteral("ALL");
    bool started = true;
    QString role = QStringLiteral("ALL"); // ALL, PARTNER, WITNESS
    // As connection_auth_desc spells it: "CERTIFICATE", "WINDOWS NEGOTIATE",
    // "WINDOWS NEGOTIATE CERTIFICATE", "CERTIFICATE WINDOWS NEGOTIATE", …
    QString authentication = QStringLiteral("CERTIFICATE");
    QString certificateName; // empty when only Windows authentication is used
    bool encryptionRequired = true;
    QString algorithm = QStringLiteral("AES"); // AES, RC4, "AES RC4", "RC4 AES", NONE

    bool usesCertificate() const { return authentication.contains(QLatin1String("CERTIFICATE")); }
};

} // namespace milink::sim
