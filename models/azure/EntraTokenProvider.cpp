#include "EntraTokenProvider.h"

#include "AzureLogging.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include "secrets/SecretStore.h"

namespace milink {

namespace {
} // namespace

EntraTokenProvider::EntraTokenProvider(CloudProfile cloud, QString clientId, SecretStore *secrets,
                                       QNetworkAccessManager *network, Clock *clock,
                                       QObject *parent)
    : QObject(parent),
      m_cloud(std::move(cloud)),
      m_clientId(std::move(clientId)),
      m_secrets(secrets),
      m_network(network),
      m_clock(clock ? clock : Clock::system())
{
}

QString EntraTokenProvider::displayName() const
{
    return tr("Microsoft Entra sign-in");
}

QString EntraTokenProvider::secretKey(const QString &tenantId) const
{
    return QStringLiteral("azure-refresh-token/") + m_cloud.name + QLatin1Char('/') + m_clientId
        + QLatin1Char('/') + tenantId.toLower();
}

void EntraTokenProvider::requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                                      Callback callback)
{
    const QString tenant = tenantId.isEmpty() ? m_homeTenant : tenantId;
    if (!forceRefresh) {
        const AccessToken cached = m_tokens.value(tenant);
        if (cached.isFreshAt(m_clock->now())) {
            TokenResult result;
            result.token = cached;
            QPointer<QObject> guard(context);
            QMetaObject::invokeMethod(
                this,
                [guard, callback, result]() {
                    if (guard)
                        callback(result);
                },
                Qt::QueuedConnection);
            return;
        }
    }
    const bool alreadyRunning = m_waiting.contains(tenant);
    m_waiting[tenant].append({context, std::move(callback)});
    if (alreadyRunning)
        return;
    // A refresh token from one tenant can be redeemed for another tenant of the same
    // account, so fall back to the home tenant's.
    QString refreshToken = m_refreshTokens.value(tenant);
    if (refreshToken.isEmpty())
        refreshToken = m_refreshTokens.value(m_homeTenant);
    if (!refreshToken.isEmpty()) {
        refresh(tenant, refreshToken);
        return;
    }
    withStoredRefreshToken(tenant, [this, tenant](const QString &stored) {
        if (stored.isEmpty()) {
            TokenResult r;
            r.failure = TokenResult::Failure::NotSignedIn;
            r.message = tr("You are not signed in to Azure (%1). Sign in with the browser or "
                           "a device code.")
                            .arg(m_cloud.name);
            complete(tenant, r);
            return;
        }
        refresh(tenant, stored);
    });
}

void EntraTokenProvider::withStoredRefreshToken(const QString &tenant,
                                                std::function<void(QString)> next)
{
    if (!m_secrets) {
        next({});
        return;
    }
    m_secrets->read(secretKey(tenant), this, [this, tenant, next](const SecretStore::Result &r) {
        if (r.ok()) {
            next(r.value);
            return;
        }
        if (r.status == SecretStore::Status::Unavailable
            || r.status == SecretStore::Status::AccessDenied)
            emit secretStoreProblem(r.message);
        if (tenant != m_homeTenant && r.status == SecretStore::Status::NotFound) {
            m_secrets->read(secretKey(m_homeTenant), this, [next](const SecretStore::Result &home) {
                next(home.ok() ? home.value : QString());
            });
            return;
        }
        next({});
    });
}

void EntraTokenProvider::refresh(const QString &tenant, const QString &refreshToken)
{
    QNetworkRequest request(m_cloud.authorityUrl(tenant, QStringLiteral("token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(60000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"),
                      m_cloud.armScope() + QStringLiteral(" offline_access"));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply, tenant]() {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        TokenResult result;
        if (status == 0) {
            result.failure = TokenResult::Failure::Network;
            result.message = tr("Could not reach the sign-in service at %1: %2")
                                 .arg(m_cloud.authority.host(), reply->errorString());
            complete(tenant, result);
            return;
        }
        const OAuthTokenResponse response = OAuthTokenResponse::parse(body, tenant, *m_clock);
        if (!response.ok()) {
            // invalid_grant: the refresh token expired or was revoked; sign in again.
            m_refreshTokens.remove(tenant);
            result.failure = response.error == QLatin1String("invalid_grant")
                ? TokenResult::Failure::NotSignedIn
                : TokenResult::Failure::Rejected;
            result.message = tr("Your Azure sign-in could not be renewed; sign in again. (%1: "
                                "%2)")
                                 .arg(response.error, response.errorDescription);
            complete(tenant, result);
            return;
        }
        m_tokens.insert(tenant, response.accessToken);
        if (!response.refreshToken.isEmpty())
            storeRefreshToken(tenant, response.refreshToken);
        result.token = response.accessToken;
        complete(tenant, result);
    });
}

void EntraTokenProvider::complete(const QString &tenant, const TokenResult &result)
{
    const QList<Waiter> waiters = m_waiting.take(tenant);
    for (const Waiter &w : waiters) {
        if (w.context && w.callback)
            w.callback(result);
    }
}

void EntraTokenProvider::storeRefreshToken(const QString &tenant, const QString &refreshToken)
{
    m_refreshTokens.insert(tenant, refreshToken);
    if (!m_secrets)
        return;
    m_secrets->write(secretKey(tenant), refreshToken, this, [this](const SecretStore::Result &r) {
        if (!r.ok()) {
            qCWarning(lcAzure).noquote() << "refresh token not kept:" << r.message;
            emit secretStoreProblem(r.message);
        }
    });
}

void EntraTokenProvider::acceptSignIn(const QString &tenantId, const OAuthTokenResponse &response)
{
    const QString tenant = tenantId.isEmpty() ? m_homeTenant : tenantId;
    if (!tenantId.isEmpty() && m_tokens.isEmpty() && m_refreshTokens.isEmpty())
        m_homeTenant = tenantId;
    m_tokens.insert(tenant, response.accessToken);
    if (!response.refreshToken.isEmpty())
        storeRefreshToken(tenant, response.refreshToken);
    emit signedIn(tenant);
}

void EntraTokenProvider::signOut()
{
    const QStringList tenants = m_refreshTokens.keys() + m_tokens.keys();
    m_tokens.clear();
    m_refreshTokens.clear();
    if (!m_secrets)
        return;
    for (const QString &tenant : tenants)
        m_secrets->remove(secretKey(tenant), this, [](const SecretStore::Result &) {});
}

} // namespace milink
