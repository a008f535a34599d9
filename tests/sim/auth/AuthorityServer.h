#pragma once

#include "SimTokenIssuer.h"
#include "control/SimHttpServer.h"

#include <QHash>
#include <QObject>

namespace milink::sim {

class ControlServer;
class SimFaults;
class SimWorld;

// A Microsoft Entra–like OAuth 2.0 authority for the simulator's test users:
//   GET  /{tenant}/oauth2/v2.0/authorize   authorization code + PKCE (S256 required);
//        signs in the scenario's user at once (login_hint picks one) and redirects
//        to the loopback redirect_uri — the test plays the browser
//   POST /{tenant}/oauth2/v2.0/token       authorization_code, refresh_token,
//        urn:ietf:params:oauth:grant-type:device_code
//   POST /{tenant}/oauth2/v2.0/devicecode  starts a device code sign-in
//   GET  /devicelogin?user_code=…[&deny=1]  the user approving (or declining) a code
// Tenants "organizations" and "common" resolve to the user's home tenant.
class AuthorityServer : public QObject
{
    Q_OBJECT
public:
    AuthorityServer(SimWorld &world, SimTokenIssuer &tokens, QObject *parent = nullptr);

    // Faults with target "authority" apply to this server (not owned; may be null).
    void setFaults(SimFaults *faults) { m_faults = faults; }

    quint16 start(const QHostAddress &address, quint16 port = 0);
    QString baseUrl() const { return m_http.baseUrl(); }

    // auth.configure, auth.issueToken, auth.approveDevice, auth.expireTokens,
    // auth.revokeRefreshTokens.
    void registerControlCommands(ControlServer &control);

private:
    struct DeviceCode
    {
        QString userCode;
        QString tenantId;
        QString clientId;
        QString userName;
        QDateTime expiresOn;
        enum class State { Pending, Approved, Declined } state = State::Pending;
        QDateTime lastPoll;
    };
    struct AuthCode
    {
        QString tenantId;
        QString userName;
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        QDateTime expiresOn;
    };

    SimHttpResponse handle(const SimHttpRequest &request);
    SimHttpResponse route(const SimHttpRequest &request);
    SimHttpResponse authorize(const QString &tenant, const SimHttpRequest &request);
    SimHttpResponse token(const QString &tenant, const SimHttpRequest &request);
    SimHttpResponse deviceCode(const QString &tenant, const SimHttpRequest &request);
    SimHttpResponse deviceLogin(const SimHttpRequest &request);
    SimHttpResponse issue(const QString &tenantId, const QString &userName, const QString &clientId,
                          const QString &scope);
    // Resolves "organizations"/"common"/a tenant id for a user; empty when unknown.
    QString resolveTenant(const QString &tenant, const QString &userName) const;
    QString defaultUser(const QString &tenant) const;
    bool approveDevice(const QString &userCode, bool approve);

    SimWorld &m_world;
    SimTokenIssuer &m_tokens;
    SimFaults *m_faults = nullptr;
    SimHttpServer m_http;
    QHash<QString, DeviceCode> m_deviceCodes; // by device_code
    QHash<QString, AuthCode> m_authCodes;
    int m_deviceInterval = 5;
    int m_deviceExpiresIn = 900;
    bool m_denyNextAuthorization = false;
};

} // namespace milink::sim
