#pragma once

#include "CloudProfile.h"
#include "OAuthTokenResponse.h"
#include "TokenProvider.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace milink {

class Clock;
class SecretStore;

// Tokens from Microsoft Entra ID (or the cloud profile's authority) after an
// interactive sign-in (BrowserSignIn or DeviceCodeSignIn hand their result to
// acceptSignIn()). Keeps one access token per tenant in memory, renews it with the
// refresh token shortly before it expires, and keeps the refresh token only in the
// SecretStore (the OS keychain), so the next start can sign in silently. When the
// store is unavailable `secretStoreProblem` is emitted and nothing is persisted.
class EntraTokenProvider : public QObject, public TokenProvider
{
    Q_OBJECT
public:
    EntraTokenProvider(CloudProfile cloud, QString clientId, SecretStore *secrets,
                       QNetworkAccessManager *network, Clock *clock = nullptr,
                       QObject *parent = nullptr);

    // The tenant used when a request names none ("organizations" until sign-in).
    QString homeTenant() const { return m_homeTenant; }

    void requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                      Callback callback) override;
    QString displayName() const override;

    // Takes the result of an interactive sign-in for `tenantId`.
    void acceptSignIn(const QString &tenantId, const OAuthTokenResponse &response);
    // Forgets every token and removes the stored refresh tokens.
    void signOut();

    // The key under which the refresh token of a tenant is stored.
    QString secretKey(const QString &tenantId) const;

signals:
    void secretStoreProblem(const QString &message);
    void signedIn(const QString &tenantId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void refresh(const QString &tenant, const QString &refreshToken);
    void withStoredRefreshToken(const QString &tenant, std::function<void(QString)> next);
    void complete(const QString &tenant, const TokenResult &result);
    void storeRefreshToken(const QString &tenant, const QString &refreshToken);

    CloudProfile m_cloud;
    QString m_clientId;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    QString m_homeTenant = QStringLiteral("organizations");
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, QString> m_refreshTokens; // memory only, for this session
    QHash<QString, QList<Waiter>> m_waiting; // one refresh per tenant at a time
};

} // namespace milink
