#include "ArmClient.h"

#include "ArmJob.h"
#include "Clock.h"

namespace milink {

ArmClient::ArmClient(QNetworkAccessManager *network, TokenProvider *tokens, CloudProfile cloud,
                     QObject *parent)
    : QObject(parent),
      m_network(network),
      m_tokens(tokens),
      m_cloud(std::move(cloud)),
      m_clock(Clock::system())
{
}

void ArmClient::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

ArmClient::~ArmClient()
{
    cancelAll();
}

ArmJob *ArmClient::send(const ArmRequest &request)
{
    auto *job = new ArmJob(m_network, m_tokens, m_cloud, m_policy, request, m_clock, this);
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    connect(job, &ArmJob::finished, this, [this, job]() { m_jobs.removeAll(job); });
    job->start();
    emit jobStarted(job);
    return job;
}

void ArmClient::cancelAll()
{
    const auto jobs = m_jobs;
    for (const QPointer<ArmJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
}

} // namespace milink
