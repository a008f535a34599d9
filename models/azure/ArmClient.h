#pragma once

#include "ArmRequest.h"
#include "ArmRetryPolicy.h"
#include "CloudProfile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace milink {

class ArmJob;
class Clock;
class TokenProvider;

// Talks to Azure Resource Manager for one cloud. Every call returns an ArmJob the
// caller owns (parented to the client unless re-parented); the job signals
// `finished` exactly once. Pinned api-versions live here so every caller uses the
// same ones.
//
// Threading: lives on the thread of its QNetworkAccessManager (normally the GUI
// thread); all work is asynchronous, nothing blocks.
class ArmClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *sqlApiVersion = "2025-01-01";
    static constexpr const char *resourcesApiVersion = "2022-12-01";

    // The access manager and token provider are not owned and must outlive the client.
    ArmClient(QNetworkAccessManager *network, TokenProvider *tokens, CloudProfile cloud,
              QObject *parent = nullptr);
    ~ArmClient() override;

    const CloudProfile &cloud() const { return m_cloud; }
    const ArmRetryPolicy &retryPolicy() const { return m_policy; }
    void setRetryPolicy(const ArmRetryPolicy &policy) { m_policy = policy; }
    QNetworkAccessManager *network() const { return m_network; }
    // The time source for Retry-After dates (default: the system clock; not owned).
    void setClock(Clock *clock);
    TokenProvider *tokenProvider() const { return m_tokens; }

    // Starts the request; the job is already running when returned. Requests to an
    // endpoint that is neither https nor loopback fail at once.
    ArmJob *send(const ArmRequest &request);

    // Cancels every job still running (e.g. when the wizard closes).
    void cancelAll();

signals:
    void jobStarted(ArmJob *job);

private:
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    CloudProfile m_cloud;
    ArmRetryPolicy m_policy;
    Clock *m_clock;
    QList<QPointer<ArmJob>> m_jobs;
};

} // namespace milink
