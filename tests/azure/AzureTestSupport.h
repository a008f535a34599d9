#pragma once

#include "azure/ArmJob.h"
#include "azure/TokenProvider.h"

#include <QObject>
#include <QStringList>

class SimProcess;

// A TokenProvider that gets its tokens from milink-sim's control interface
// (auth.issueToken): real tokens the simulated ARM checks, without a sign-in flow.
// Counts how it was asked, so tests can see ArmClient's refresh-after-401.
class SimTokenProvider : public QObject, public milink::TokenProvider
{
    Q_OBJECT
public:
    explicit SimTokenProvider(SimProcess &sim);

    void requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                      Callback callback) override;
    QString displayName() const override { return QStringLiteral("milink-sim test tokens"); }

    int requests = 0;
    int forcedRefreshes = 0;
    QStringList tenants;

private:
    SimProcess &m_sim;
    QString m_token;
};

// Waits (event loop running) until the job has finished; fails the test after 30 s.
void waitFor(milink::ArmJob *job);
// Fast retry/poll delays so tests do not wait for Retry-After in real time.
milink::ArmRetryPolicy fastPolicy();
// The error of a failed job, or a description of why the job did not fail.
QString describe(const milink::ArmJob *job);
