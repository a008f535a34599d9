#pragma once

#include "CloudProfile.h"
#include "OAuthTokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;
class QTcpSocket;

namespace milink {

class Clock;

// Interactive sign-in in the user's browser: OAuth 2.0 authorization code flow with
// PKCE (RFC 7636, S256) and a loopback redirect (RFC 8252 §7.3). Listens on
// 127.0.0.1 on a free port, emits `openBrowser` with the authorize URL (the UI opens
// it; tests fetch it), checks `state` on the redirect, redeems the code with the
// verifier. QtNetworkAuth 6.4 has no PKCE, hence the hand-written flow. Emits
// `finished` exactly once; times out after `timeoutMs` (default 5 minutes).
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    BrowserSignIn(CloudProfile cloud, QString clientId, QString tenant,
                  QNetworkAccessManager *network, Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start();
    void cancel();

    bool succeeded() const { return m_finished && m_errorMessage.isEmpty(); }
    const OAuthTokenResponse &response() const { return m_response; }
    QString errorMessage() const { return m_errorMessage; }
    QString tenant() const { return m_tenant; }
    QUrl redirectUri() const { return m_redirectUri; }

    // RFC 7636: a 43-character verifier from 32 random bytes, and its S256 challenge.
    static QString makeCodeVerifier();
    static QString codeChallenge(const QString &verifier);

signals:
    void openBrowser(const QUrl &authorizeUrl);
    void finished();

private:
    void onConnection();
    void onRedirect(QTcpSocket *socket);
    void redeem(const QString &code);
    void fail(const QString &message);
    void finishServer();

    CloudProfile m_cloud;
    QString m_clientId;
    QString m_tenant;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    QTcpServer *m_server = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    int m_timeoutMs = 5 * 60 * 1000;
    QString m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    bool m_finished = false;
    bool m_codeReceived = false;
    OAuthTokenResponse m_response;
    QString m_errorMessage;
};

} // namespace milink
