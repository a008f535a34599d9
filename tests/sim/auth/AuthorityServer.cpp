#include "AuthorityServer.h"

#include "control/ControlServer.h"
#include "control/SimFaults.h"
#include "world/SimWorld.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace milink::sim {

namespace {

SimHttpResponse oauthError(int status, const QString &error, const QString &description)
{
    return SimHttpResponse::json(status,
                                 QJsonObject {{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}});
}

QString randomCode(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString userCodeText()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
    return code;
}

bool isLoopbackRedirect(const QUrl &url)
{
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
        && (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
            || host == QLatin1String("::1"));
}

} // namespace

AuthorityServer::AuthorityServer(SimWorld &world, SimTokenIssuer &tokens, QObject *parent)
    : QObject(parent), m_world(world), m_tokens(tokens), m_http(QStringLiteral("authority"))
{
    m_http.setHandler([this](const SimHttpRequest &r) { return handle(r); });
}

quint16 AuthorityServer::start(const QHostAddress &address, quint16 port)
{
    return m_http.start(address, port);
}

QString AuthorityServer::defaultUser(const QString &tenant) const
{
    for (const SimUser &u : m_world.users) {
        if (tenant.isEmpty() || u.tenantId.compare(tenant, Qt::CaseInsensitive) == 0)
            return u.userName;
    }
    return m_world.users.isEmpty() ? QString() : m_world.users.first().userName;
}

QString AuthorityServer::resolveTenant(const QString &tenant, const QString &userName) const
{
    if (tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
        || tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0) {
        for (const SimUser &u : m_world.users) {
            if (u.userName.compare(userName, Qt::CaseInsensitive) == 0)
                return u.tenantId;
        }
        return {};
    }
    for (const SimTenant &t : m_world.tenants) {
        if (t.tenantId.compare(tenant, Qt::CaseInsensitive) == 0
            || t.defaultDomain.compare(tenant, Qt::CaseInsensitive) == 0)
            return t.tenantId;
    }
    return {};
}

SimHttpResponse AuthorityServer::handle(const SimHttpRequest &request)
{
    int delayMs = 0;
    if (m_faults) {
        if (auto injected = m_faults->intercept(QStringLiteral("authority"), request, &delayMs))
            return *injected;
    }
    SimHttpResponse response = route(request);
    response.delayMs += delayMs;
    return response;
}

SimHttpResponse AuthorityServer::route(const SimHttpRequest &request)
{
    if (request.path.compare(QLatin1String("/devicelogin"), Qt::CaseInsensitive) == 0)
        return deviceLogin(request);
    // /{tenant}/oauth2/v2.0/{endpoint}
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 4 || parts.at(1).compare(QLatin1String("oauth2"), Qt::CaseInsensitive) != 0
        || parts.at(2).compare(QLatin1String("v2.0"), Qt::CaseInsensitive) != 0)
        return oauthError(404, QStringLiteral("not_found"),
                          QStringLiteral("Unknown authority endpoint %1.").arg(request.path));
    const QString tenant = parts.at(0);
    const QString endpoint = parts.at(3).toLower();
    if (endpoint == QLatin1String("authorize") && request.method == "GET")
        return authorize(tenant, request);
    if (endpoint == QLatin1String("token") && request.method == "POST")
        return token(tenant, request);
    if (endpoint == QLatin1String("devicecode") && request.method == "POST")
        return deviceCode(tenant, request);
    return oauthError(405, QStringLiteral("invalid_request"),
                      QStringLiteral("%1 does not accept %2.")
                          .arg(request.path, QString::fromLatin1(request.method)));
}

SimHttpResponse AuthorityServer::authorize(const QString &tenant, const SimHttpRequest &request)
{
    const QUrlQuery &q = request.query;
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    if (!isLoopbackRedirect(redirect))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("AADSTS50011: redirect_uri must be a loopback http URL."));
    const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    auto redirectWith = [&redirect, &state](const QList<QPair<QString, QString>> &items) {
        QUrl target = redirect;
        QUrlQuery query;
        for (const auto &item : items)
            query.addQueryItem(item.first,
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        if (!state.isEmpty())
            query.addQueryItem(QStringLiteral("state"),
                               QString::fromLatin1(QUrl::toPercentEncoding(state)));
        target.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        SimHttpResponse r = SimHttpResponse::empty(302);
        r.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
        return r;
    };
    if (q.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("unsupported_response_type")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("Only response_type=code is supported.")}});
    const QString challenge = q.queryItemValue(QStringLiteral("code_challenge"));
    if (challenge.isEmpty()
        || q.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is "
                                             "required (code_challenge_method=S256).")}});
    if (m_denyNextAuthorization) {
        m_denyNextAuthorization = false;
        return redirectWith({{QStringLiteral("error"), QStringLiteral("access_denied")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("The user declined the sign-in.")}});
    }
    QString user = q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded);
    if (user.isEmpty())
        user = defaultUser(tenant.contains(QLatin1Char('-')) ? tenant : QString());
    const QString tenantId = resolveTenant(tenant, user);
    if (tenantId.isEmpty() || user.isEmpty())
        return redirectWith({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant)}});
    const QString code = randomCode(24);
    m_authCodes.insert(code,
                       {tenantId, user, q.queryItemValue(QStringLiteral("client_id")),
                        redirect.toString(), challenge, m_world.clock().now().addSecs(600)});
    return redirectWith({{QStringLiteral("code"), code}});
}

SimHttpResponse AuthorityServer::issue(const QString &tenantId, const QString &userName,
                                       const QString &clientId, const QString &scope)
{
    const QString access = m_tokens.issueAccessToken(tenantId, userName, clientId);
    const QString refresh = m_tokens.issueRefreshToken(tenantId, userName, clientId);
    return SimHttpResponse::json(
        200,
        QJsonObject {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("expires_in"), m_tokens.accessTokenLifetimeSeconds()},
                     {QStringLiteral("ext_expires_in"), m_tokens.accessTokenLifetimeSeconds()},
                     {QStringLiteral("access_token"), access},
                     {QStringLiteral("refresh_token"), refresh}});
}

SimHttpResponse AuthorityServer::token(const QString &tenant, const SimHttpRequest &request)
{
    const QUrlQuery form = request.formBody();
    auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString grantType = field("grant_type");
    const QString clientId = field("client_id");
    const QString scope = field("scope");
    if (clientId.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("AADSTS900144: client_id is missing."));
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = field("code");
        const auto it = m_authCodes.find(code);
        if (it == m_authCodes.end() || it->expiresOn < m_world.clock().now())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("AADSTS70008: The authorization code is unknown or "
                                             "expired."));
        const AuthCode grant = it.value();
        m_authCodes.erase(it); // single use
        if (grant.clientId != clientId || grant.redirectUri != field("redirect_uri"))
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("AADSTS50148: client_id or redirect_uri do not "
                                             "match the authorization request."));
        const QByteArray computed
            = QCryptographicHash::hash(field("code_verifier").toLatin1(),
                                       QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (QString::fromLatin1(computed) != grant.codeChallenge)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("AADSTS501481: The code_verifier does not match the "
                                             "code_challenge."));
        return issue(grant.tenantId, grant.userName, clientId, scope);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const SimTokenIssuer::Grant *grant = m_tokens.refreshGrant(field("refresh_token"));
        if (!grant)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("AADSTS700082: The refresh token has expired or "
                                             "was revoked."));
        const QString tenantId = resolveTenant(tenant, grant->userName);
        if (tenantId.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant));
        m_tokens.noteRedemption();
        const QString userName = grant->userName;
        return issue(tenantId, userName, clientId, scope);
    }
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        const auto it = m_deviceCodes.find(field("device_code"));
        if (it == m_deviceCodes.end())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("AADSTS70019: Unknown device code."));
        const QDateTime now = m_world.clock().now();
        if (it->expiresOn < now) {
            m_deviceCodes.erase(it);
            return oauthError(400, QStringLiteral("expired_token"),
                              QStringLiteral("AADSTS70020: The device code expired."));
        }
        if (it->state == DeviceCode::State::Declined) {
            m_deviceCodes.erase(it);
            return oauthError(400, QStringLiteral("authorization_declined"),
                              QStringLiteral("AADSTS70000: The user declined the sign-in."));
        }
        if (it->state == DeviceCode::State::Pending)
            return oauthError(400, QStringLiteral("authorization_pending"),
                              QStringLiteral("AADSTS70016: The user has not signed in yet."));
        const DeviceCode approved = it.value();
        m_deviceCodes.erase(it);
        return issue(approved.tenantId, approved.userName, clientId, scope);
    }
    return oauthError(
        400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("AADSTS70003: grant_type %1 is not supported.").arg(grantType));
}

SimHttpResponse AuthorityServer::deviceCode(const QString &tenant, const SimHttpRequest &request)
{
    const QUrlQuery form = request.formBody();
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("AADSTS900144: client_id is missing."));
    const QString user = defaultUser(tenant.contains(QLatin1Char('-')) ? tenant : QString());
    const QString tenantId = resolveTenant(tenant, user);
    if (tenantId.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant));
    DeviceCode code;
    code.userCode = userCodeText();
    code.tenantId = tenantId;
    code.clientId = clientId;
    code.userName = user;
    code.expiresOn = m_world.clock().now().addSecs(m_deviceExpiresIn);
    const QString deviceCodeValue = randomCode(32);
    m_deviceCodes.insert(deviceCodeValue, code);
    const QString verification = request.baseUrl + QStringLiteral("/devicelogin");
    return SimHttpResponse::json(
        200,
        QJsonObject {{QStringLiteral("device_code"), deviceCodeValue},
                     {QStringLiteral("user_code"), code.userCode},
                     {QStringLiteral("verification_uri"), verification},
                     {QStringLiteral("expires_in"), m_deviceExpiresIn},
                     {QStringLiteral("interval"), m_deviceInterval},
                     {QStringLiteral("message"),
                      QStringLiteral("To sign in, use a web browser to open the page %1 and enter "
                                     "the code %2 to authenticate.")
                          .arg(verification, code.userCode)}});
}

bool AuthorityServer::approveDevice(const QString &userCode, bool approve)
{
    for (DeviceCode &code : m_deviceCodes) {
        if (code.userCode.compare(userCode, Qt::CaseInsensitive) == 0
            && code.state == DeviceCode::State::Pending) {
            code.state = approve ? DeviceCode::State::Approved : DeviceCode::State::Declined;
            return true;
        }
    }
    return false;
}

SimHttpResponse AuthorityServer::deviceLogin(const SimHttpRequest &request)
{
    const QString userCode = request.query.queryItemValue(QStringLiteral("user_code"));
    const bool deny = request.query.queryItemValue(QStringLiteral("deny")) == QLatin1String("1");
    if (userCode.isEmpty())
        return SimHttpResponse::text(200, QByteArrayLiteral("text/html; charset=utf-8"),
                                     QByteArrayLiteral("<p>Enter the code shown by milink: "
                                                       "/devicelogin?user_code=CODE</p>"));
    if (!approveDevice(userCode, !deny))
        return SimHttpResponse::text(404, QByteArrayLiteral("text/plain; charset=utf-8"),
                                     QByteArrayLiteral("Unknown or already used code.\n"));
    return SimHttpResponse::text(200, QByteArrayLiteral("text/plain; charset=utf-8"),
                                 deny ? QByteArrayLiteral("Sign-in declined.\n")
                                      : QByteArrayLiteral("You are signed in.\n"));
}

void AuthorityServer::registerControlCommands(ControlServer &control)
{
    control.addCommand(
        QStringLiteral("auth.configure"),
        QStringLiteral("{accessTokenLifetimeSeconds, deviceCodeInterval, deviceCodeExpiresIn, "
                       "denyNextAuthorization}"),
        [this](const QJsonObject &a, QString *) {
            if (a.contains(QStringLiteral("accessTokenLifetimeSeconds")))
                m_tokens.setAccessTokenLifetimeSeconds(
                    a.value(QStringLiteral("accessTokenLifetimeSeconds")).toInt(3600));
            if (a.contains(QStringLiteral("deviceCodeInterval")))
                m_deviceInterval = a.value(QStringLiteral("deviceCodeInterval")).toInt(5);
            if (a.contains(QStringLiteral("deviceCodeExpiresIn")))
                m_deviceExpiresIn = a.value(QStringLiteral("deviceCodeExpiresIn")).toInt(900);
            if (a.contains(QStringLiteral("denyNextAuthorization")))
                m_denyNextAuthorization = a.value(QStringLiteral("denyNextAuthorization")).toBool();
            return QJsonObject {{QStringLiteral("accessTokenLifetimeSeconds"),
                                 m_tokens.accessTokenLifetimeSeconds()},
                                {QStringLiteral("deviceCodeInterval"), m_deviceInterval},
                                {QStringLiteral("deviceCodeExpiresIn"), m_deviceExpiresIn}};
        });
    control.addCommand(
        QStringLiteral("auth.issueToken"),
        QStringLiteral("Issue an access token: {tenantId?, userName?}."),
        [this](const QJsonObject &a, QString *error) {
            QString user = a.value(QStringLiteral("userName")).toString();
            QString tenant = a.value(QStringLiteral("tenantId")).toString();
            if (user.isEmpty())
                user = defaultUser(tenant);
            const QString tenantId
                = resolveTenant(tenant.isEmpty() ? QStringLiteral("organizations") : tenant, user);
            if (tenantId.isEmpty()) {
                *error = QStringLiteral("No such tenant or user.");
                return QJsonObject();
            }
            return QJsonObject {
                {QStringLiteral("accessToken"),
                 m_tokens.issueAccessToken(tenantId, user, QStringLiteral("control"))},
                {QStringLiteral("tenantId"), tenantId},
                {QStringLiteral("expiresIn"), m_tokens.accessTokenLifetimeSeconds()}};
        });
    control.addCommand(QStringLiteral("auth.approveDevice"),
                       QStringLiteral("Approve (or with \"deny\": true decline) a device code: "
                                      "{userCode, deny?}."),
                       [this](const QJsonObject &a, QString *error) {
                           if (!approveDevice(a.value(QStringLiteral("userCode")).toString(),
                                              !a.value(QStringLiteral("deny")).toBool()))
                               *error
                                   = QStringLiteral("No pending device code with that user code.");
                           return QJsonObject();
                       });
    control.addCommand(QStringLiteral("auth.expireTokens"),
                       QStringLiteral("Expire every access token issued so far."),
                       [this](const QJsonObject &, QString *) {
                           m_tokens.expireAllAccessTokens();
                           return QJsonObject();
                       });
    control.addCommand(QStringLiteral("auth.revokeRefreshTokens"),
                       QStringLiteral("Revoke every refresh token (the next refresh fails with "
                                      "invalid_grant)."),
                       [this](const QJsonObject &, QString *) {
                           m_tokens.revokeAllRefreshTokens();
                           return QJsonObject();
                       });
    control.addCommand(
        QStringLiteral("auth.stats"),
        QStringLiteral("How many access tokens were issued and refresh tokens "
                       "redeemed."),
        [this](const QJsonObject &, QString *) {
            return QJsonObject {
                {QStringLiteral("issuedAccessTokens"), m_tokens.issuedAccessTokens()},
                {QStringLiteral("refreshTokenRedemptions"), m_tokens.refreshTokenRedemptions()}};
        });
}

} // namespace milink::sim
