#pragma once

#include "ArmError.h"
#include "ArmRequest.h"
#include "ArmRetryPolicy.h"
#include "CloudProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace milink {

class Clock;
class TokenProvider;

// One ARM operation in flight (see ArmRequest::Kind). Emits `finished` exactly once,
// on success, error or cancellation; after that `error()` tells which. Not
// reusable. Created by ArmClient.
class ArmJob : public QObject
{
    Q_OBJECT
public:
    ArmJob(QNetworkAccessManager *network, TokenProvider *tokens, CloudProfile cloud,
           ArmRetryPolicy policy, ArmRequest request, Clock *clock, QObject *parent = nullptr);
    ~ArmJob() override;

    void start();
    // Stops at once and reports Kind::Cancelled (unless already finished). A
    // long-running operation already accepted by Azure keeps running there.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const std::optional<ArmError> &error() const { return m_error; }

    // Single / LongRunning: the final resource (or action result); empty for 204.
    QJsonObject result() const { return m_result; }
    int resultStatus() const { return m_resultStatus; }
    // Paged: every item of every page, in order.
    QJsonArray items() const { return m_items; }

    const ArmRequest &request() const { return m_request; }

    // Diagnostics tests and logs rely on: how many HTTP requests were sent, the
    // waits decided before each retry/poll (ms, before delayScale), pages read.
    int httpRequestCount() const { return m_httpRequests; }
    QList<int> waitsMs() const { return m_waitsMs; }
    int pageCount() const { return m_pages; }
    int pollCount() const { return m_polls; }
    int tokenRefreshCount() const { return m_forcedRefreshes; }
    // The x-ms-client-request-id of the first request, for support.
    QString clientRequestId() const { return m_firstClientRequestId; }

signals:
    void finished();
    // Long-running operations: each poll's status ("InProgress", …) and
    // percentComplete when given (-1 otherwise).
    void progress(const QString &status, int percentComplete);

private:
    enum class Phase { Initial, PollAsync, PollLocation, FinalGet, NextPage };

    void sendCurrent();
    void sendWithToken(const QString &token);
    void onReply();
    void handleSuccess(int status, const QByteArray &body);
    bool scheduleRetry(int retryAfterMs, const QString &why);
    void scheduleNext(int delayMs);
    void beginPoll(Phase phase, const QUrl &url, int retryAfterMs);
    void beginFinalGet();
    void succeed(const QJsonObject &result, int status);
    void fail(ArmError error);
    int backoffMs() const;
    int retryAfterMs() const; // from the current reply, -1 when absent

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    CloudProfile m_cloud;
    ArmRetryPolicy m_policy;
    ArmRequest m_request;
    Clock *m_clock;

    Phase m_phase = Phase::Initial;
    QByteArray m_method;
    QUrl m_url;
    std::optional<QByteArray> m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_wait;
    int m_attempt = 0; // retries of the current HTTP request
    bool m_forceRefresh = false;
    bool m_refreshedAfter401 = false;
    bool m_finished = false;
    bool m_cancelling = false;
    QString m_clientRequestId;
    QString m_firstClientRequestId;
    QUrl m_locationUrl; // Location header of the initial answer, for final-state-via location

    std::optional<ArmError> m_error;
    QJsonObject m_result;
    int m_resultStatus = 0;
    QJsonArray m_items;

    int m_httpRequests = 0;
    int m_pages = 0;
    int m_polls = 0;
    int m_forcedRefreshes = 0;
    QList<int> m_waitsMs;
};

} // namespace milink
