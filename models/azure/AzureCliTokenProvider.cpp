#include "AzureCliTokenProvider.h"

#include "AzureLogging.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace milink {

namespace {
} // namespace

AzureCliTokenProvider::AzureCliTokenProvider(QString tokenResource, Clock *clock, QObject *parent)
    : QObject(parent),
      m_tokenResource(std::move(tokenResource)),
      m_clock(clock ? clock : Clock::system())
{
}

QString AzureCliTokenProvider::displayName() const
{
    return tr("Azure CLI");
}

TokenResult AzureCliTokenProvider::parseOutput(const QByteArray &json, const QString &tenantId)
{
    TokenResult result;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString token = o.value(QLatin1String("accessToken")).toString();
    if (token.isEmpty()) {
        result.failure = TokenResult::Failure::Rejected;
        result.message = tr("The Azure CLI did not print an access token. Run `az account "
                            "get-access-token` yourself to see what is wrong.");
        return result;
    }
    result.token.token = token;
    result.token.tenantId = o.value(QLatin1String("tenant")).toString(tenantId);
    // Newer CLIs print expires_on (POSIX seconds); older ones only expiresOn in local
    // time without a zone.
    const QJsonValue epoch = o.value(QLatin1String("expires_on"));
    if (epoch.isDouble())
        result.token.expiresOn = QDateTime::fromSecsSinceEpoch(qint64(epoch.toDouble()), Qt::UTC);
    else if (epoch.isString())
        result.token.expiresOn
            = QDateTime::fromSecsSinceEpoch(epoch.toString().toLongLong(), Qt::UTC);
    if (!result.token.expiresOn.isValid() || result.token.expiresOn.toSecsSinceEpoch() <= 0) {
        QDateTime local = QDateTime::fromString(o.value(QLatin1String("expiresOn")).toString(),
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzzzzz"));
        if (!local.isValid())
            local = QDateTime::fromString(o.value(QLatin1String("expiresOn")).toString(),
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        result.token.expiresOn = local.isValid() ? local.toUTC() : QDateTime();
    }
    return result;
}

TokenResult AzureCliTokenProvider::explainFailure(int exitCode, const QString &standardError)
{
    TokenResult result;
    const QString err = standardError.trimmed();
    if (err.contains(QLatin1String("az login"), Qt::CaseInsensitive)
        || err.contains(QLatin1String("not logged in"), Qt::CaseInsensitive)
        || err.contains(QLatin1String("AADSTS700082"))
        || err.contains(QLatin1String("refresh token has expired"), Qt::CaseInsensitive)) {
        result.failure = TokenResult::Failure::NotSignedIn;
        result.message = tr("The Azure CLI is not signed in (or its sign-in expired). Run "
                            "`az login` in a terminal, then try again.");
    } else {
        result.failure = TokenResult::Failure::Rejected;
        result.message = tr("The Azure CLI could not give a token (exit code %1).").arg(exitCode);
    }
    if (!err.isEmpty())
        result.message += QStringLiteral("\n") + err.left(600);
    return result;
}

void AzureCliTokenProvider::requestToken(const QString &tenantId, bool forceRefresh,
                                         QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    if (!forceRefresh) {
        const AccessToken cached = m_cache.value(tenantId);
        if (cached.isFreshAt(m_clock->now())) {
            TokenResult result;
            result.token = cached;
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
    auto *process = new QProcess(this);
    QStringList arguments {QStringLiteral("account"),    QStringLiteral("get-access-token"),
                           QStringLiteral("--resource"), m_tokenResource,
                           QStringLiteral("--output"),   QStringLiteral("json")};
    if (!tenantId.isEmpty())
        arguments << QStringLiteral("--tenant") << tenantId;
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    auto finish = [this, process, guard, callback, done, tenantId](TokenResult result) {
        if (*done)
            return;
        *done = true;
        if (result.ok())
            m_cache.insert(tenantId, result.token);
        else
            qCWarning(lcAzure).noquote() << "Azure CLI token failed:" << result.message;
        process->deleteLater();
        if (guard)
            callback(result);
    };
    connect(timer, &QTimer::timeout, process, [process, finish, this]() {
        process->kill();
        TokenResult r;
        r.failure = TokenResult::Failure::Rejected;
        r.message = tr("The Azure CLI did not answer within %1 seconds. Run `az account "
                       "get-access-token` in a terminal to see why.")
                        .arg(m_timeoutMs / 1000);
        finish(r);
    });
    connect(process, &QProcess::errorOccurred, process,
            [process, finish, this](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return; // crashes are reported through finished()
                Q_UNUSED(process)
                TokenResult r;
                r.failure = TokenResult::Failure::ToolMissing;
                r.message = tr("The Azure CLI (%1) was not found. Install the Azure CLI and run "
                               "`az login`, or choose another sign-in method.")
                                .arg(m_program);
                finish(r);
            });
    connect(process, &QProcess::finished, process,
            [process, finish, tenantId](int exitCode, QProcess::ExitStatus exitStatus) {
                const QByteArray out = process->readAllStandardOutput();
                const QString err = QString::fromLocal8Bit(process->readAllStandardError());
                if (exitStatus != QProcess::NormalExit || exitCode != 0) {
                    finish(explainFailure(exitCode, err));
                    return;
                }
                finish(parseOutput(out, tenantId));
            });
    timer->start(m_timeoutMs);
    process->start(m_program, arguments);
}

} // namespace milink
