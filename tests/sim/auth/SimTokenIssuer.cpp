#include "SimTokenIssuer.h"

#include "world/SimClock.h"

#include <QRandomGenerator>

namespace milink::sim {

namespace {
QString randomToken(const char *prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return QLatin1String(prefix)
        + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SimTokenIssuer::SimTokenIssuer(SimClock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
}

QString SimTokenIssuer::issueAccessToken(const QString &tenantId, const QString &userName,
                                         const QString &clientId)
{
    const QString token = randomToken("simat.");
    m_access.insert(token, {tenantId, userName, clientId, m_clock.now().addSecs(m_lifetime)});
    ++m_issued;
    return token;
}

QString SimTokenIssuer::issueRefreshToken(const QString &tenantId, const QString &userName,
                                          const QString &clientId)
{
    const QString token = randomToken("simrt.");
    m_refresh.insert(token, {tenantId, userName, clientId, {}});
    return token;
}

SimTokenIssuer::Check SimTokenIssuer::checkAccessToken(const QString &token, Grant *grant) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.cend())
        return Check::Unknown;
    if (grant)
        *grant = it.value();
    return it.value().expiresOn > m_clock.now() ? Check::Valid : Check::Expired;
}

const SimTokenIssuer::Grant *SimTokenIssuer::refreshGrant(const QString &token) const
{
    const auto it = m_refresh.constFind(token);
    return it == m_refresh.cend() ? nullptr : &it.value();
}

void SimTokenIssuer::expireAllAccessTokens()
{
    const QDateTime past = m_clock.now().addSecs(-1);
    for (Grant &g : m_access)
        g.expiresOn = past;
}

void SimTokenIssuer::revokeAllRefreshTokens()
{
    m_refresh.clear();
}

} // namespace milink::sim
