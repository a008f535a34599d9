#include "BrowserSignIn.h"

#include "AzureLogging.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace milink {

namespace {
QString randomUrlSafe(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void answer(QTcpSocket *socket, const QByteArray &status, const QString &text)
{
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>milink"
                            "</title></head><body><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + status
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                    "Content-Length: "
                  + QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}
} // namespace

BrowserSignIn::BrowserSignIn(CloudProfile cloud, QString clientId, QString tenant,
                             QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent),
      m_cloud(std::move(cloud)),
      m_clientId(std::move(clientId)),
      m_tenant(tenant.isEmpty() ? QStringLiteral("organizations") : std::move(tenant)),
      m_network(network),
      m_clock(clock ? clock : Clock::system())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        fail(tr("The browser sign-in was not completed within %1 minutes. Start it again.")
                 .arg(m_timeoutMs / 60000));
    });
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_reply)
        m_reply->abort();
}

QString BrowserSignIn::makeCodeVerifier()
{
    return randomUrlSafe(32);
}

QString BrowserSignIn::codeChallenge(const QString &verifier)
{
    const QByteArray hash
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void BrowserSignIn::start()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        QMetaObject::invokeMethod(
            this,
            [this, why]() {
                fail(tr("Cannot listen on this computer for the browser's answer: %1").arg(why));
            },
            Qt::QueuedConnection);
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &BrowserSignIn::onConnection);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort()));
    m_verifier = makeCodeVerifier();
    m_state = randomUrlSafe(16);

    QUrl url = m_cloud.authorityUrl(m_tenant, QStringLiteral("authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("scope"),
                       m_cloud.armScope() + QStringLiteral(" offline_access"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), codeChallenge(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("select_account"));
    // Spaces must travel as %20 inside the scope, not '+'.
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    m_timeout.start(m_timeoutMs);
    const QUrl authorize = url;
    QMetaObject::invokeMethod(
        this, [this, authorize]() { emit openBrowser(authorize); }, Qt::QueuedConnection);
}

void BrowserSignIn::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onRedirect(socket); });
    }
}

void BrowserSignIn::onRedirect(QTcpSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > 16384)
            socket->abort();
        return;
    }
    const QByteArray requestLine = socket->readLine(16384).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 2 || parts.at(0) != "GET") {
        answer(socket, "400 Bad Request", tr("milink expected the sign-in answer here."));
        return;
    }
    const QUrl target(QString::fromLatin1(parts.at(1)));
    const QUrlQuery query(target);
    if (!query.hasQueryItem(QStringLiteral("code"))
        && !query.hasQueryItem(QStringLiteral("error"))) {
        // Browsers also ask for /favicon.ico and the like.
        answer(socket, "404 Not Found", tr("Nothing here."));
        return;
    }
    if (m_codeReceived || m_finished) {
        answer(socket, "409 Conflict", tr("This sign-in has already been completed."));
        return;
    }
    if (query.queryItemValue(QStringLiteral("state")) != m_state) {
        // Someone else's redirect (or a forged one): ignore it and keep waiting.
        answer(socket, "400 Bad Request",
               tr("This answer does not belong to the sign-in milink started; it was ignored."));
        qCWarning(lcAzure) << "browser sign-in: redirect with a wrong state ignored";
        return;
    }
    m_codeReceived = true;
    const QString error = query.queryItemValue(QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        answer(socket, "200 OK",
               tr("The sign-in failed. You can close this window and return "
                  "to milink."));
        fail(tr("The sign-in failed: %1 (%2)").arg(description, error));
        return;
    }
    answer(socket, "200 OK",
           tr("You are signed in. You can close this window and return to "
              "milink."));
    redeem(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void BrowserSignIn::redeem(const QString &code)
{
    finishServer();
    QNetworkRequest request(m_cloud.authorityUrl(m_tenant, QStringLiteral("token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(60000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    form.addQueryItem(QStringLiteral("scope"),
                      m_cloud.armScope() + QStringLiteral(" offline_access"));
    m_reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply]() {
        reply->deleteLater();
        if (m_finished)
            return;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            fail(tr("Could not reach the sign-in service at %1: %2")
                     .arg(m_cloud.authority.host(), reply->errorString()));
            return;
        }
        const OAuthTokenResponse r
            = OAuthTokenResponse::parse(reply->readAll(), m_tenant, *m_clock);
        if (!r.ok()) {
            fail(tr("The sign-in service did not accept the sign-in: %1 (%2)")
                     .arg(r.errorDescription, r.error));
            return;
        }
        m_response = r;
        m_finished = true;
        m_timeout.stop();
        emit finished();
    });
}

void BrowserSignIn::finishServer()
{
    if (m_server)
        m_server->close();
}

void BrowserSignIn::cancel()
{
    fail(tr("The sign-in was cancelled."));
}

void BrowserSignIn::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    finishServer();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_errorMessage = message;
    qCInfo(lcAzure).noquote() << "browser sign-in:" << message;
    emit finished();
}

} // namespace milink
