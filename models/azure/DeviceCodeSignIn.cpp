#include "DeviceCodeSignIn.h"

#include "AzureLogging.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace milink {

namespace {
} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(CloudProfile cloud, QString clientId, QString tenant,
                                   QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent),
      m_cloud(std::move(cloud)),
      m_clientId(std::move(clientId)),
      m_tenant(tenant.isEmpty() ? QStringLiteral("organizations") : std::move(tenant)),
      m_network(network),
      m_clock(clock ? clock : Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

QNetworkReply *DeviceCodeSignIn::postForm(const QString &endpoint,
                                          const QList<QPair<QString, QString>> &items)
{
    QNetworkRequest request(m_cloud.authorityUrl(m_tenant, endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(60000);
    QUrlQuery form;
    form.setQueryItems(items);
    return m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
}

void DeviceCodeSignIn::start()
{
    m_reply = postForm(
        QStringLiteral("devicecode"),
        {{QStringLiteral("client_id"), m_clientId},
         {QStringLiteral("scope"), m_cloud.armScope() + QStringLiteral(" offline_access")}});
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply]() {
        reply->deleteLater();
        if (m_finished)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            fail(tr("Could not reach the sign-in service at %1: %2")
                     .arg(m_cloud.authority.host(), reply->errorString()));
            return;
        }
        m_deviceCode = o.value(QLatin1String("device_code")).toString();
        const QString userCode = o.value(QLatin1String("user_code")).toString();
        if (status != 200 || m_deviceCode.isEmpty() || userCode.isEmpty()) {
            fail(tr("The sign-in service refused to start a device code sign-in: %1")
                     .arg(o.value(QLatin1String("error_description"))
                              .toString(o.value(QLatin1String("error")).toString())));
            return;
        }
        m_interval = std::max(1, o.value(QLatin1String("interval")).toInt(5));
        m_expiresAt = m_clock->now().addSecs(o.value(QLatin1String("expires_in")).toInt(900));
        const QUrl uri(o.value(QLatin1String("verification_uri")).toString());
        QString message = o.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message
                = tr("To sign in, open %1 and enter the code %2.").arg(uri.toString(), userCode);
        emit userCodeReady(userCode, uri, message);
        m_timer.start(int(std::lround(m_interval * 1000 * m_intervalScale)));
    });
}

void DeviceCodeSignIn::poll()
{
    if (m_finished)
        return;
    if (m_clock->now() >= m_expiresAt) {
        fail(tr("The device code expired before the sign-in was completed. Start again."));
        return;
    }
    ++m_polls;
    m_reply = postForm(QStringLiteral("token"),
                       {{QStringLiteral("grant_type"),
                         QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                        {QStringLiteral("client_id"), m_clientId},
                        {QStringLiteral("device_code"), m_deviceCode}});
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply]() {
        reply->deleteLater();
        if (m_finished)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            fail(tr("Lost the connection to the sign-in service: %1").arg(reply->errorString()));
            return;
        }
        const OAuthTokenResponse r
            = OAuthTokenResponse::parse(reply->readAll(), m_tenant, *m_clock);
        if (r.ok()) {
            m_response = r;
            m_finished = true;
            emit finished();
            return;
        }
        if (r.error == QLatin1String("authorization_pending")) {
            m_timer.start(int(std::lround(m_interval * 1000 * m_intervalScale)));
            return;
        }
        if (r.error == QLatin1String("slow_down")) {
            m_interval += 5; // RFC 8628 §3.5
            m_timer.start(int(std::lround(m_interval * 1000 * m_intervalScale)));
            return;
        }
        if (r.error == QLatin1String("expired_token")) {
            fail(tr("The device code expired before the sign-in was completed. Start again."));
            return;
        }
        if (r.error == QLatin1String("access_denied")
            || r.error == QLatin1String("authorization_declined")) {
            fail(tr("The sign-in was declined."));
            return;
        }
        fail(tr("The sign-in failed: %1 (%2)").arg(r.errorDescription, r.error));
    });
}

void DeviceCodeSignIn::cancel()
{
    fail(tr("The sign-in was cancelled."));
}

void DeviceCodeSignIn::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_errorMessage = message;
    qCInfo(lcAzure).noquote() << "device code sign-in:" << message;
    emit finished();
}

} // namespace milink
