#pragma once

#include "SimHttpRequest.h"
#include "SimHttpResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace milink::sim {

// The simulator's HTTP listener. Built on QAbstractHttpServer rather than
// QHttpServer's router because ARM paths are case-insensitive, every method of a
// path needs its own 405/404 answer, and faults need the socket (drops, delays).
// Every request goes to the one handler, which parses the path itself.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<SimHttpResponse(const SimHttpRequest &)>;

    explicit SimHttpServer(QString name, QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Listens on `address` (loopback) and `port` (0 = ephemeral); returns the port or 0.
    quint16 start(const QHostAddress &address, quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_baseUrl; }
    int requestCount() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const SimHttpResponse &response);

    QString m_name;
    Handler m_handler;
    quint16 m_port = 0;
    QString m_baseUrl;
    int m_requests = 0;
};

} // namespace milink::sim
