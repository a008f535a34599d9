#include "EnvironmentTokenProvider.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>

namespace milink {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("milink::EnvironmentTokenProvider", text);
}
} // namespace

EnvironmentTokenProvider::EnvironmentTokenProvider(QString variable, Clock *clock)
    : m_variable(std::move(variable)), m_clock(clock ? clock : Clock::system())
{
}

QString EnvironmentTokenProvider::displayName() const
{
    return tr("Access token from %1").arg(m_variable);
}

QDateTime EnvironmentTokenProvider::jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

void EnvironmentTokenProvider::requestToken(const QString &tenantId, bool forceRefresh,
                                            QObject *context, Callback callback)
{
    TokenResult result;
    const QString token = qEnvironmentVariable(m_variable.toLocal8Bit().constData()).trimmed();
    if (token.isEmpty()) {
        result.failure = TokenResult::Failure::NotSignedIn;
        result.message = tr("The environment variable %1 is not set. Set it to an ARM access "
                            "token (for example from `az account get-access-token`) or choose "
                            "another sign-in method.")
                             .arg(m_variable);
    } else if (forceRefresh) {
        result.failure = TokenResult::Failure::Unsupported;
        result.message = tr("Azure rejected the access token from %1 and milink cannot renew "
                            "it. Put a fresh token in %1 and run again.")
                             .arg(m_variable);
    } else {
        result.token.token = token;
        result.token.tenantId = tenantId;
        result.token.expiresOn = jwtExpiry(token);
        if (result.token.expiresOn.isValid() && result.token.expiresOn <= m_clock->now()) {
            result = TokenResult();
            result.failure = TokenResult::Failure::NotSignedIn;
            result.message = tr("The access token in %1 expired at %2. Put a fresh token in %1.")
                                 .arg(m_variable, jwtExpiry(token).toString(Qt::ISODate));
        }
    }
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, callback = std::move(callback), result]() {
            if (guard)
                callback(result);
        },
        Qt::QueuedConnection);
}

} // namespace milink
