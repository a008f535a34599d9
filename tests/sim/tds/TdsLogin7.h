#pragma once

#include <QByteArray>
#include <QString>

namespace milink::sim {

// The fields of a LOGIN7 request the simulator uses. The password is decoded in
// memory only and never logged.
struct TdsLogin7
{
    quint32 tdsVersion = 0; // as sent (little-endian on the wire), e.g. 0x74000004
    quint32 packetSize = 4096;
    QString hostName;
    QString userName;
    QString password;
    QString appName;
    QString serverName;
    QString language;
    QString database;
    bool integratedSecurity = false;

    // false when the payload is too short or an offset points outside it.
    static bool parse(const QByteArray &payload, TdsLogin7 *login);
};

} // namespace milink::sim
