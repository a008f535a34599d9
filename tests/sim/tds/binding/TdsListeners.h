#pragma once

#include "TdsServer.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

namespace milink::sim {

class ControlServer;
class SimInstance;
class SimWorld;

// Starts one TDS listener per simulated instance of the world (every SQL Server and
// every managed instance's engine) and records the port on the instance.
class TdsListeners : public QObject
{
    Q_OBJECT
public:
    explicit TdsListeners(SimWorld &world, QObject *parent = nullptr);

    // Listens on `address`, on the scenario's port or an ephemeral one. Returns an
    // empty string, or what failed.
    QString start(const QHostAddress &address);
    TdsServer *server(const SimInstance *instance) const { return m_servers.value(instance); }
    // Aborts every client connection of `instance` (a network failure, for tests).
    void dropConnections(const SimInstance *instance);
    // tds.connections and tds.dropConnections on the control interface.
    void registerControlCommands(ControlServer &control);

private:
    TdsServer *createServer(SimInstance *instance);

    SimWorld &m_world;
    QHash<const SimInstance *, TdsServer *> m_servers;
};

} // namespace milink::sim
