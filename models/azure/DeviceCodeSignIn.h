#pragma once

#include "CloudProfile.h"
#include "OAuthTokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace milink {

class Clock;

// OAuth 2.0 device authorization grant (RFC 8628) against the cloud's authority,
// for machines without a usable browser: asks for a user code, shows it
// (`userCodeReady`), then polls the token endpoint every `interval` seconds until
// the user approved, declined or the code expired. Emits `finished` exactly once.
class DeviceCodeSignIn : public QObject
{
    Q_OBJECT
public:
    DeviceCodeSignIn(CloudProfile cloud, QString clientId, QString tenant,
                     QNetworkAccessManager *network, Clock *clock = nullptr,
                     QObject *parent = nullptr);

    // Tests shrink the server's polling interval (seconds) by this factor.
    void setIntervalScale(double scale) { m_intervalScale = scale; }

    void start();
    void cancel();

    bool succeeded() const { return m_finished && m_errorMessage.isEmpty(); }
    const OAuthTokenResponse &response() const { return m_response; }
    QString errorMessage() const { return m_errorMessage; }
    QString tenant() const { return m_tenant; }
    int pollCount() const { return m_polls; }
    int intervalSeconds() const { return m_interval; }

signals:
    // Show `message` (or "go to verificationUri and enter userCode") to the user.
    void userCodeReady(const QString &userCode, const QUrl &verificationUri,
                       const QString &message);
    void finished();

private:
    void poll();
    void fail(const QString &message);
    QNetworkReply *postForm(const QString &endpoint, const QList<QPair<QString, QString>> &items);

    CloudProfile m_cloud;
    QString m_clientId;
    QString m_tenant;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QString m_deviceCode;
    QDateTime m_expiresAt;
    int m_interval = 5;
    int m_polls = 0;
    double m_intervalScale = 1.0;
    bool m_finished = false;
    OAuthTokenResponse m_response;
    QString m_errorMessage;
};

} // namespace milink
