#pragma once

#include "AccessToken.h"

#include <QByteArray>
#include <QString>

namespace milink {

class Clock;

// The JSON a Microsoft Entra (or compatible) token endpoint returns, success or
// error (RFC 6749 §5.1/§5.2). Holds a refresh token: keep it out of logs.
struct OAuthTokenResponse
{
    AccessToken accessToken;
    QString refreshToken;
    QString error; // e.g. "invalid_grant", "authorization_pending"
    QString errorDescription;

    bool ok() const { return error.isEmpty() && !accessToken.isEmpty(); }

    // `tenantId` is recorded on the token; expiry is computed from expires_in
    // against `clock`.
    static OAuthTokenResponse parse(const QByteArray &body, const QString &tenantId,
                                    const Clock &clock);
};

} // namespace milink
