#include "ArmJob.h"

#include "AzureLogging.h"
#include "Clock.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace milink {

namespace {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool isTerminal(const QString &status)
{
    return status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0;
}

QString headerValue(QNetworkReply *reply, const char *name)
{
    return QString::fromLatin1(reply->rawHeader(QByteArray(name)));
}

} // namespace

ArmJob::ArmJob(QNetworkAccessManager *network, TokenProvider *tokens, CloudProfile cloud,
               ArmRetryPolicy policy, ArmRequest request, Clock *clock, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_tokens(tokens),
      m_cloud(std::move(cloud)),
      m_policy(policy),
      m_request(std::move(request)),
      m_clock(clock ? clock : Clock::system())
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &ArmJob::sendCurrent);
}

ArmJob::~ArmJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ArmJob::start()
{
    m_method = m_request.method;
    QUrl url = m_cloud.armUrl(m_request.path);
    QUrlQuery query = m_request.query;
    query.removeAllQueryItems(QStringLiteral("api-version"));
    query.addQueryItem(QStringLiteral("api-version"), m_request.apiVersion);
    url.setQuery(query);
    m_url = url;
    if (m_request.body)
        m_body = QJsonDocument(*m_request.body).toJson(QJsonDocument::Compact);
    m_phase = Phase::Initial;
    // Deferred so callers can connect to `finished` even when we fail at once.
    QMetaObject::invokeMethod(this, &ArmJob::sendCurrent, Qt::QueuedConnection);
}

void ArmJob::cancel()
{
    if (m_finished)
        return;
    m_cancelling = true;
    m_wait.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    ArmError e;
    e.kind = ArmError::Kind::Cancelled;
    e.code = QStringLiteral("Cancelled");
    e.message = tr("The Azure request was cancelled.");
    fail(e);
}

void ArmJob::sendCurrent()
{
    if (m_finished)
        return;
    if (!CloudProfile::isAcceptableEndpoint(m_url)) {
        ArmError e;
        e.kind = ArmError::Kind::InvalidResponse;
        e.code = QStringLiteral("InsecureEndpoint");
        e.message = tr("Refusing to send a request to %1: Azure endpoints must use https "
                       "(plain http is only allowed on this computer's loopback address).")
                        .arg(m_url.toString(QUrl::RemoveQuery));
        fail(e);
        return;
    }
    const bool force = m_forceRefresh;
    m_forceRefresh = false;
    m_tokens->requestToken(m_request.tenantId, force, this, [this](const TokenResult &token) {
        if (m_finished)
            return;
        if (!token.ok()) {
            ArmError e;
            e.kind = ArmError::Kind::Authentication;
            e.code = QStringLiteral("SignInRequired");
            e.message = token.message.isEmpty()
                ? tr("No Azure access token is available; sign in again.")
                : token.message;
            fail(e);
            return;
        }
        sendWithToken(token.token.token);
    });
}

void ArmJob::sendWithToken(const QString &token)
{
    QNetworkRequest request(m_url);
    m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_firstClientRequestId.isEmpty())
        m_firstClientRequestId = m_clientRequestId;
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("x-ms-client-request-id", m_clientRequestId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Language", "en-US");
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    // Redirects would leak the bearer token to another host; ARM does not use them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (m_body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(request, m_method, *m_body);
    } else {
        reply = m_network->sendCustomRequest(request, m_method);
    }
    ++m_httpRequests;
    qCDebug(lcAzure).noquote() << m_method << m_url.toString(QUrl::RemoveQuery)
                               << "client-request-id" << m_clientRequestId;
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ArmJob::onReply);
}

int ArmJob::retryAfterMs() const
{
    if (!m_reply)
        return -1;
    const QByteArray value = m_reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok && seconds >= 0)
        return int(std::min<qint64>(qint64(seconds) * 1000, m_policy.maxRetryAfterMs));
    // HTTP-date form; ARM uses seconds, but be liberal.
    // HTTP-date (RFC 9110) ends in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.left(text.size() - 3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (when.isValid()) {
        const qint64 ms = m_clock->now().msecsTo(when);
        return int(std::clamp<qint64>(ms, 0, m_policy.maxRetryAfterMs));
    }
    return -1;
}

int ArmJob::backoffMs() const
{
    const double exponential = double(m_policy.baseDelayMs) * std::pow(2.0, m_attempt);
    const double capped = std::min(exponential, double(m_policy.maxDelayMs));
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double factor = 1.0 - jitter * QRandomGenerator::global()->generateDouble();
    return std::max(1, int(capped * factor));
}

void ArmJob::scheduleNext(int delayMs)
{
    m_waitsMs.append(delayMs);
    const int real = int(std::lround(double(delayMs) * m_policy.delayScale));
    m_wait.start(std::max(0, real));
}

bool ArmJob::scheduleRetry(int retryAfter, const QString &why)
{
    if (m_attempt >= m_policy.maxRetries)
        return false;
    const int delay = retryAfter >= 0 ? retryAfter : backoffMs();
    ++m_attempt;
    qCInfo(lcAzure).noquote() << "retrying" << m_method << m_url.toString(QUrl::RemoveQuery) << "in"
                              << delay << "ms:" << why << "(attempt" << m_attempt << "of"
                              << m_policy.maxRetries << ")";
    scheduleNext(delay);
    return true;
}

void ArmJob::onReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const int retryAfter = retryAfterMs();
    const QString requestId = headerValue(reply, "x-ms-request-id");
    const QString correlationId = headerValue(reply, "x-ms-correlation-request-id");
    const QString errorString = reply->errorString();
    const QUrl azureAsync = QUrl(headerValue(reply, "Azure-AsyncOperation"));
    const QUrl location = QUrl(headerValue(reply, "Location"));
    reply->deleteLater();
    m_reply = nullptr;

    if (status == 0) {
        // No HTTP answer at all: refused, dropped, timed out.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        // A POST action (failover, setRole) may have reached Azure before the
        // connection dropped; repeating it blindly could fail over twice.
        const bool safeToRepeat = m_method != "POST" || m_phase != Phase::Initial;
        if (safeToRepeat && scheduleRetry(-1, errorString))
            return;
        ArmError e;
        e.kind = timedOut ? ArmError::Kind::Timeout : ArmError::Kind::Network;
        e.code = timedOut ? QStringLiteral("Timeout") : QStringLiteral("NetworkError");
        e.message = timedOut
            ? tr("Azure did not answer within %1 seconds (%2).")
                  .arg(m_policy.transferTimeoutMs / 1000)
                  .arg(m_url.host())
            : tr("Could not reach Azure at %1: %2. Check the network connection and proxy "
                 "settings.")
                  .arg(m_url.host(), errorString);
        e.clientRequestId = m_clientRequestId;
        fail(e);
        return;
    }

    if (status == 401 && !m_refreshedAfter401) {
        // The token may have expired or been revoked since we got it: refresh once.
        m_refreshedAfter401 = true;
        m_forceRefresh = true;
        ++m_forcedRefreshes;
        qCInfo(lcAzure) << "401 from ARM; refreshing the token once";
        sendCurrent();
        return;
    }

    if (isRetryableStatus(status)) {
        if (scheduleRetry(retryAfter, QStringLiteral("HTTP %1").arg(status)))
            return;
    }

    if (status >= 400 || (m_phase == Phase::PollLocation && status >= 300 && status != 202)) {
        ArmError e = ArmError::fromHttp(status, body);
        e.requestId = requestId;
        e.correlationId = correlationId;
        e.clientRequestId = m_clientRequestId;
        fail(e);
        return;
    }

    m_attempt = 0;

    if (m_phase == Phase::Initial && m_request.kind == ArmRequest::Kind::LongRunning) {
        const bool asyncHeaders = azureAsync.isValid() && !azureAsync.isEmpty();
        const bool locationHeader = location.isValid() && !location.isEmpty();
        if (locationHeader)
            m_locationUrl = location;
        if (asyncHeaders) {
            beginPoll(Phase::PollAsync, azureAsync, retryAfter);
            return;
        }
        if (locationHeader && (status == 202 || status == 201)) {
            beginPoll(Phase::PollLocation, location, retryAfter);
            return;
        }
        if (status == 202) {
            ArmError e;
            e.kind = ArmError::Kind::InvalidResponse;
            e.httpStatus = status;
            e.code = QStringLiteral("MissingOperationHeader");
            e.message = tr("Azure accepted the request but gave no way to follow it "
                           "(no Azure-AsyncOperation or Location header).");
            e.requestId = requestId;
            e.correlationId = correlationId;
            fail(e);
            return;
        }
    }
    if (m_phase == Phase::PollLocation && status == 202) {
        if (location.isValid() && !location.isEmpty())
            m_url = location;
        ++m_polls;
        emit progress(QStringLiteral("InProgress"), -1);
        scheduleNext(retryAfter >= 0 ? retryAfter : m_policy.defaultPollIntervalMs);
        return;
    }
    if (m_phase == Phase::PollAsync) {
        const QJsonObject operation = QJsonDocument::fromJson(body).object();
        const QString opStatus = operation.value(QLatin1String("status")).toString();
        const QJsonValue percent = operation.value(QLatin1String("percentComplete"));
        emit progress(opStatus, percent.isDouble() ? int(percent.toDouble()) : -1);
        if (opStatus.isEmpty()) {
            ArmError e;
            e.kind = ArmError::Kind::InvalidResponse;
            e.code = QStringLiteral("InvalidOperationStatus");
            e.message = tr("Azure's operation status has no \"status\" field.");
            e.requestId = requestId;
            fail(e);
            return;
        }
        if (!isTerminal(opStatus)) {
            ++m_polls;
            scheduleNext(retryAfter >= 0 ? retryAfter : m_policy.defaultPollIntervalMs);
            return;
        }
        if (opStatus.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0) {
            beginFinalGet();
            return;
        }
        ArmError e = ArmError::fromErrorObject(operation.value(QLatin1String("error")).toObject());
        e.kind = ArmError::Kind::OperationFailed;
        e.httpStatus = status;
        if (e.code.isEmpty())
            e.code = opStatus;
        if (e.message.isEmpty())
            e.message = tr("The Azure operation ended with status %1.").arg(opStatus);
        e.requestId = requestId;
        e.correlationId = correlationId;
        e.clientRequestId = m_clientRequestId;
        fail(e);
        return;
    }
    if (m_phase == Phase::PollLocation) {
        // Done. For POST actions the Location answer carries the final body.
        const QJsonObject result = QJsonDocument::fromJson(body).object();
        if (!m_request.finalGetPath.isEmpty() && m_method != "POST") {
            beginFinalGet();
            return;
        }
        if (result.isEmpty() && !m_request.finalGetPath.isEmpty()) {
            beginFinalGet();
            return;
        }
        succeed(result, status);
        return;
    }
    handleSuccess(status, body);
}

void ArmJob::beginPoll(Phase phase, const QUrl &url, int retryAfter)
{
    if (!CloudProfile::isAcceptableEndpoint(url)) {
        ArmError e;
        e.kind = ArmError::Kind::InvalidResponse;
        e.code = QStringLiteral("InsecureEndpoint");
        e.message = tr("Azure asked milink to follow an operation at an insecure address (%1).")
                        .arg(url.toString(QUrl::RemoveQuery));
        fail(e);
        return;
    }
    m_phase = phase;
    m_url = url; // absolute, already carries api-version: used as is
    m_method = QByteArrayLiteral("GET");
    m_body.reset();
    scheduleNext(retryAfter >= 0 ? retryAfter : m_policy.defaultPollIntervalMs);
}

void ArmJob::beginFinalGet()
{
    if (m_request.finalGetPath.isEmpty()) {
        succeed({}, 200);
        return;
    }
    m_phase = Phase::FinalGet;
    m_method = QByteArrayLiteral("GET");
    m_body.reset();
    QUrl url = m_cloud.armUrl(m_request.finalGetPath);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), m_request.apiVersion);
    url.setQuery(query);
    m_url = url;
    sendCurrent();
}

void ArmJob::handleSuccess(int status, const QByteArray &body)
{
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject()) {
            ArmError e;
            e.kind = ArmError::Kind::InvalidResponse;
            e.httpStatus = status;
            e.code = QStringLiteral("InvalidJson");
            e.message = tr("Azure answered with something that is not a JSON object (%1).")
                            .arg(parseError.errorString());
            e.clientRequestId = m_clientRequestId;
            fail(e);
            return;
        }
        object = doc.object();
    }
    if (m_request.kind == ArmRequest::Kind::Paged
        && (m_phase == Phase::Initial || m_phase == Phase::NextPage)) {
        ++m_pages;
        const QJsonArray value = object.value(QLatin1String("value")).toArray();
        for (const QJsonValue &item : value)
            m_items.append(item);
        const QString nextLink = object.value(QLatin1String("nextLink")).toString();
        if (nextLink.isEmpty()) {
            succeed(object, status);
            return;
        }
        const QUrl next(nextLink);
        if (!CloudProfile::isAcceptableEndpoint(next) || next.host() != m_url.host()) {
            ArmError e;
            e.kind = ArmError::Kind::InvalidResponse;
            e.code = QStringLiteral("InvalidNextLink");
            e.message = tr("Azure returned a next-page link to another or insecure host (%1); "
                           "milink does not send your token there.")
                            .arg(next.toString(QUrl::RemoveQuery));
            fail(e);
            return;
        }
        if (m_pages > 1000) {
            ArmError e;
            e.kind = ArmError::Kind::InvalidResponse;
            e.code = QStringLiteral("TooManyPages");
            e.message = tr("Azure kept returning more pages (over 1000); stopping.");
            fail(e);
            return;
        }
        m_phase = Phase::NextPage;
        m_url = next; // nextLink already carries api-version and paging state
        sendCurrent();
        return;
    }
    succeed(object, status);
}

void ArmJob::succeed(const QJsonObject &result, int status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_resultStatus = status;
    emit finished();
}

void ArmJob::fail(ArmError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    if (error.clientRequestId.isEmpty())
        error.clientRequestId = m_clientRequestId;
    // A 404 on a GET is how callers ask "does it exist yet?" (done checks,
    // pickers): an answer, not a failure worth a warning.
    const bool expectedAbsence = error.kind == ArmError::Kind::Http && error.httpStatus == 404
        && m_request.method == QByteArrayLiteral("GET");
    if (expectedAbsence)
        qCInfo(lcAzure).noquote() << "ARM: not found:" << m_request.method << m_request.path
                                  << "request id" << error.requestId;
    else if (error.kind != ArmError::Kind::Cancelled)
        qCWarning(lcAzure).noquote()
            << "ARM request failed:" << m_request.method << m_request.path << error.code
            << error.message << "request id" << error.requestId;
    m_error = std::move(error);
    emit finished();
}

} // namespace milink
