#include "OAuthTokenResponse.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace milink {

OAuthTokenResponse OAuthTokenResponse::parse(const QByteArray &body, const QString &tenantId,
                                             const Clock &clock)
{
    OAuthTokenResponse r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        r.error = QStringLiteral("invalid_response");
        r.errorDescription
            = QCoreApplication::translate("milink::OAuthTokenResponse",
                                          "The sign-in service answered with something that is "
                                          "not JSON.");
        return r;
    }
    const QJsonObject o = doc.object();
    r.error = o.value(QLatin1String("error")).toString();
    r.errorDescription = o.value(QLatin1String("error_description")).toString();
    if (!r.error.isEmpty())
        return r;
    r.accessToken.token = o.value(QLatin1String("access_token")).toString();
    r.accessToken.tenantId = tenantId;
    // expires_in is a number in v2 and a string in some v1 answers.
    const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
    qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong()
                                          : qint64(expiresIn.toDouble(3600));
    if (seconds <= 0)
        seconds = 3600;
    r.accessToken.expiresOn = clock.now().addSecs(seconds);
    r.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    if (r.accessToken.token.isEmpty()) {
        r.error = QStringLiteral("invalid_response");
        r.errorDescription = QCoreApplication::translate("milink::OAuthTokenResponse",
                                                         "The sign-in service returned no "
                                                         "access token.");
    }
    return r;
}

} // namespace milink
