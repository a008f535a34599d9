#include "SimHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace milink::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SimHttpServer::SimHttpServer(QString name, QObject *parent)
    : QAbstractHttpServer(parent), m_name(std::move(name))
{
}

quint16 SimHttpServer::start(const QHostAddress &address, quint16 port)
{
    m_port = listen(address, port);
    if (m_port == 0)
        return 0;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    m_baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(m_port);
    return m_port;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    SimHttpRequest copy;
    copy.method = methodName(request.method());
    copy.url = request.url();
    copy.path = copy.url.path(QUrl::FullyDecoded);
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto &h : headers)
        copy.headers.insert(h.first.toLower(), h.second);
    copy.body = request.body();
    const QByteArray host = copy.header("host");
    copy.baseUrl
        = host.isEmpty() ? m_baseUrl : QStringLiteral("http://") + QString::fromLatin1(host);
    SimHttpResponse response = m_handler
        ? m_handler(copy)
        : SimHttpResponse::armError(404, QStringLiteral("NotFound"), QStringLiteral("No handler."));
    respond(request, socket, response);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket,
            SimHttpResponse::armError(404, QStringLiteral("NotFound"),
                                      QStringLiteral("No handler for this path.")));
}

void SimHttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                            const SimHttpResponse &response)
{
    if (response.dropConnection) {
        // The client sees its connection closed with no answer at all.
        socket->abort();
        return;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto write = [responder, guard, response]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &h : response.headers)
            responder->writeHeader(h.first, h.second);
        if (!response.contentType.isEmpty())
            responder->writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
        responder->writeHeader(QByteArrayLiteral("Content-Length"),
                               QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, write);
    else
        write();
}

} // namespace milink::sim
