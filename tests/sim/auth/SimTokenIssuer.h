#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace milink::sim {

class SimClock;

// Issues and checks the simulator's bearer and refresh tokens. Tokens are opaque
// random strings; what they stand for (tenant, user, expiry in simulated time) is
// kept here, so the ARM half can check them and the control interface can expire
// them all at once.
class SimTokenIssuer : public QObject
{
    Q_OBJECT
public:
    struct Grant
    {
        QString tenantId;
        QString userName;
        QString clientId;
        QDateTime expiresOn; // access tokens only
    };
    enum class Check { Valid, Unknown, Expired };

    explicit SimTokenIssuer(SimClock &clock, QObject *parent = nullptr);

    int accessTokenLifetimeSeconds() const { return m_lifetime; }
    void setAccessTokenLifetimeSeconds(int seconds) { m_lifetime = seconds; }

    QString issueAccessToken(const QString &tenantId, const QString &userName,
                             const QString &clientId);
    QString issueRefreshToken(const QString &tenantId, const QString &userName,
                              const QString &clientId);
    Check checkAccessToken(const QString &token, Grant *grant = nullptr) const;
    // The refresh token's grant, or nullptr when unknown/revoked.
    const Grant *refreshGrant(const QString &token) const;

    // Faults: every access token issued so far is expired / every refresh token revoked.
    void expireAllAccessTokens();
    void revokeAllRefreshTokens();

    int issuedAccessTokens() const { return m_issued; }
    int refreshTokenRedemptions() const { return m_redemptions; }
    void noteRedemption() { ++m_redemptions; }

private:
    SimClock &m_clock;
    int m_lifetime = 3600;
    int m_issued = 0;
    int m_redemptions = 0;
    QHash<QString, Grant> m_access;
    QHash<QString, Grant> m_refresh;
};

} // namespace milink::sim
