#include "AzureTestSupport.h"

#include "SimProcess.h"

#include <QJsonDocument>
#include <QTest>

#include <catch2/catch.hpp>

SimTokenProvider::SimTokenProvider(SimProcess &sim) : m_sim(sim)
{
}

void SimTokenProvider::requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                                    Callback callback)
{
    ++requests;
    tenants << tenantId;
    if (forceRefresh)
        ++forcedRefreshes;
    if (m_token.isEmpty() || forceRefresh || !tenantId.isEmpty())
        m_token = m_sim.issueToken(tenantId);
    milink::TokenResult result;
    result.token.token = m_token;
    result.token.tenantId = tenantId;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, callback, result]() {
            if (guard)
                callback(result);
        },
        Qt::QueuedConnection);
}

void waitFor(milink::ArmJob *job)
{
    REQUIRE(job != nullptr);
    REQUIRE(QTest::qWaitFor([job]() { return job->isFinished(); }, 30000));
}

milink::ArmRetryPolicy fastPolicy()
{
    milink::ArmRetryPolicy policy;
    policy.delayScale = 0.001;
    policy.transferTimeoutMs = 20000;
    return policy;
}

QString describe(const milink::ArmJob *job)
{
    if (!job->isFinished())
        return QStringLiteral("(still running)");
    if (!job->error())
        return QStringLiteral("(succeeded: %1)")
            .arg(QString::fromUtf8(QJsonDocument(job->result()).toJson(QJsonDocument::Compact)));
    return job->error()->toDisplayString();
}
