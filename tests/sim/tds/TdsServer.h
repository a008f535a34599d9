#pragma once

#include "TdsConnection.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

namespace milink::sim {

// The TDS listener of one simulated instance (cleartext TDS 7.2–7.4, loopback by
// default). Each accepted socket becomes a TdsConnection with its own SPID.
class TdsServer : public QObject
{
    Q_OBJECT
public:
    TdsServer(std::function<TdsServerIdentity()> identity, TdsAuthenticator authenticator,
              QObject *parent = nullptr);

    // port 0 = ephemeral. Returns false with errorString() set when binding fails.
    bool listen(const QHostAddress &address, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    int connectionCount() const;
    // Aborts every client connection, as a network failure or a restart would.
    void dropConnections();
    // Aborts the session with this SPID; false when there is none.
    bool dropConnection(quint16 spid);

private:
    void onNewConnection();

    QTcpServer m_server;
    std::function<TdsServerIdentity()> m_identity;
    TdsAuthenticator m_authenticator;
    QList<QPointer<TdsConnection>> m_connections;
    quint16 m_nextSpid = 51; // SPIDs below 51 belong to system sessions in SQL Server
};

} // namespace milink::sim
