#include "TdsServer.h"

namespace milink::sim {

TdsServer::TdsServer(std::function<TdsServerIdentity()> identity, TdsAuthenticator authenticator,
                     QObject *parent)
    : QObject(parent), m_identity(std::move(identity)), m_authenticator(std::move(authenticator))
{
    connect(&m_server, &QTcpServer::newConnection, this, &TdsServer::onNewConnection);
}

bool TdsServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void TdsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const quint16 spid = m_nextSpid++;
        if (m_nextSpid == 0)
            m_nextSpid = 51;
        auto *connection = new TdsConnection(socket, spid, m_identity, m_authenticator, this);
        m_connections.append(connection);
        connect(connection, &TdsConnection::closed, this, [this, connection] {
            m_connections.removeAll(connection);
            connection->deleteLater();
        });
    }
}

int TdsServer::connectionCount() const
{
    return int(m_connections.size());
}

void TdsServer::dropConnections()
{
    const auto connections = m_connections;
    for (const QPointer<TdsConnection> &connection : connections) {
        if (connection)
            connection->drop();
    }
}

bool TdsServer::dropConnection(quint16 spid)
{
    for (const QPointer<TdsConnection> &connection : std::as_const(m_connections)) {
        if (connection && connection->spid() == spid) {
            connection->drop();
            return true;
        }
    }
    return false;
}

} // namespace milink::sim
