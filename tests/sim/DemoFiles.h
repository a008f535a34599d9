#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QString>

namespace milink::sim {

class SimWorld;

// The files a person needs to try milink against a running simulator: the
// custom cloud profile of its ARM and authority endpoints (`clouds.json`) and a
// `demo.milink` project that points at the scenario's first SQL Server and
// managed instance, with its first user database chosen. Written by
// `milink-sim --write-demo-files DIR` once the servers listen. `demo.env` holds
// the simulator's own credentials for a headless run (`milink apply`): an access
// token of the scenario's first user and the SQL Server login's password.
class DemoFiles
{
public:
    // Returns an empty string or what could not be written.
    static QString write(const QString &directory, const SimWorld &world,
                         const QHostAddress &listenAddress, const QJsonObject &cloud,
                         const QString &accessToken);
};

} // namespace milink::sim
