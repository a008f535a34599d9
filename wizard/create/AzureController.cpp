#include "AzureController.h"

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureCliTokenProvider.h"
#include "azure/AzureSqlApi.h"
#include "azure/BrowserSignIn.h"
#include "azure/DeviceCodeSignIn.h"
#include "azure/EntraTokenProvider.h"
#include "preflight/Preflight.h"
#include "session/LinkSession.h"

#include <QSet>

#include <algorithm>

namespace milink {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Finished jobs are deleted from the event loop, never inside their own signal.
void dispose(ArmJob *job)
{
    if (job)
        job->deleteLater();
}

} // namespace

AzureController::AzureController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_clientId(defaultClientId())
{
    // A different cloud or sign-in makes every list stale.
    connect(m_session, &LinkSession::armChanged, this, [this] {
        if (!m_session->tokenProvider()) {
            m_tenants.clear();
            m_subscriptions.clear();
            m_instances.clear();
        }
    });
}

AzureController::~AzureController()
{
    for (QPointer<ArmJob> *job :
         {&m_tenantsJob, &m_subscriptionsJob, &m_instancesJob, &m_instanceJob, &m_linksJob}) {
        if (*job) {
            (*job)->disconnect(this);
            (*job)->cancel();
        }
    }
    for (const QPointer<ArmJob> &job : std::as_const(m_factJobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    if (m_browserSignIn) {
        m_browserSignIn->disconnect(this);
        m_browserSignIn->cancel();
    }
    if (m_deviceSignIn) {
        m_deviceSignIn->disconnect(this);
        m_deviceSignIn->cancel();
    }
}

QString AzureController::defaultClientId()
{
    // The public client of the Azure CLI: pre-consented for ARM in every tenant,
    // so users need no app registration of their own.
    return QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
}

QList<CloudProfile> AzureController::clouds() const
{
    return m_session->clouds();
}

QString AzureController::cloudName() const
{
    return m_session->link().managedInstance.cloud;
}

void AzureController::setCloud(const QString &name)
{
    if (same(name, cloudName()))
        return;
    cancelSignIn();
    m_session->editLink([&name](LinkDefinition &link) { link.managedInstance.cloud = name; });
    // A token of one cloud is useless in another.
    m_session->setTokenProvider(nullptr);
    m_tenantId.clear();
    m_tenants.clear();
    m_subscriptions.clear();
    m_instances.clear();
    m_instance.reset();
    m_findings.clear();
}

bool AzureController::isSigningIn() const
{
    return m_browserSignIn || m_deviceSignIn;
}

bool AzureController::isSignedIn() const
{
    return m_session->tokenProvider() != nullptr;
}

void AzureController::signIn(SignInMethod method)
{
    cancelSignIn();
    const std::optional<CloudProfile> cloud = m_session->cloud();
    if (!cloud) {
        SignInResult result;
        result.failure.error = tr("The cloud %1 is not known. Choose a cloud from the list, or "
                                  "start milink with --cloud-profile for a private cloud.")
                                   .arg(cloudName());
        emit signInFinished(result);
        return;
    }
    switch (method) {
    case SignInMethod::AzureCli: {
        // The CLI asks for its own token on first use; the tenant list that
        // follows shows whether it is signed in.
        m_session->setTokenProvider(std::make_unique<AzureCliTokenProvider>(cloud->tokenResource));
        SignInResult result;
        result.signedIn = true;
        result.account = m_session->tokenProvider()->displayName();
        finishSignIn(result);
        return;
    }
    case SignInMethod::Browser: {
        auto *flow = new BrowserSignIn(*cloud, m_clientId, QStringLiteral("organizations"),
                                       m_session->network(), nullptr, this);
        m_browserSignIn = flow;
        connect(flow, &BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
            if (m_urlOpener)
                m_urlOpener(url);
        });
        connect(flow, &BrowserSignIn::finished, this, [this, flow, cloud] {
            flow->deleteLater();
            SignInResult result;
            if (!flow->succeeded()) {
                result.failure.error = flow->errorMessage();
                finishSignIn(result);
                return;
            }
            adoptSignIn(*cloud, flow->response(), result);
            finishSignIn(result);
        });
        updateBusy();
        flow->start();
        return;
    }
    case SignInMethod::DeviceCode: {
        auto *flow = new DeviceCodeSignIn(*cloud, m_clientId, QStringLiteral("organizations"),
                                          m_session->network(), nullptr, this);
        flow->setIntervalScale(m_deviceCodeIntervalScale);
        m_deviceSignIn = flow;
        connect(flow, &DeviceCodeSignIn::userCodeReady, this, &AzureController::deviceCodeReady);
        connect(flow, &DeviceCodeSignIn::finished, this, [this, flow, cloud] {
            flow->deleteLater();
            SignInResult result;
            if (!flow->succeeded()) {
                result.failure.error = flow->errorMessage();
                finishSignIn(result);
                return;
            }
            adoptSignIn(*cloud, flow->response(), result);
            finishSignIn(result);
        });
        updateBusy();
        flow->start();
        return;
    }
    }
}

void AzureController::adoptSignIn(const CloudProfile &cloud, const OAuthTokenResponse &response,
                                  SignInResult &result)
{
    auto provider = std::make_unique<EntraTokenProvider>(
        cloud, m_clientId, m_session->secretStore(), m_session->network());
    connect(provider.get(), &EntraTokenProvider::secretStoreProblem, this,
            &AzureController::notice);
    provider->acceptSignIn({}, response);
    result.account = provider->displayName();
    m_session->setTokenProvider(std::move(provider));
    result.signedIn = true;
}

void AzureController::cancelSignIn()
{
    // cancel() emits finished, which reports the cancellation.
    if (m_browserSignIn)
        m_browserSignIn->cancel();
    if (m_deviceSignIn)
        m_deviceSignIn->cancel();
}

void AzureController::finishSignIn(const SignInResult &result)
{
    m_browserSignIn.clear();
    m_deviceSignIn.clear();
    updateBusy();
    emit signInFinished(result);
    if (result.signedIn)
        loadTenants();
}

ArmClient *AzureController::arm()
{
    ArmClient *client = m_session->arm();
    if (client && m_retryPolicy)
        client->setRetryPolicy(*m_retryPolicy);
    return client;
}

AzureController::Failure AzureController::notSignedIn() const
{
    Failure failure;
    failure.error = m_session->cloud()
        ? tr("You are not signed in to Azure. Choose a sign-in method and press Sign in.")
        : tr("The cloud %1 is not known. Choose a cloud from the list.").arg(cloudName());
    return failure;
}

AzureController::Failure AzureController::failureOf(const ArmJob *job, const QString &what)
{
    Failure failure;
    const ArmError &error = *job->error();
    QString advice;
    switch (error.kind) {
    case ArmError::Kind::Authentication: advice = tr("Sign in again, then retry."); break;
    case ArmError::Kind::Network:
    case ArmError::Kind::Timeout:
        advice = tr("Check the network connection to Azure (and any proxy), then press "
                    "Refresh.");
        break;
    default:
        if (error.httpStatus == 401 || error.httpStatus == 403)
            advice = tr("Your account lacks the permission; ask for the SQL Managed Instance "
                        "Contributor role, or sign in with another account.");
        else if (error.httpStatus == 429 || error.httpStatus >= 500)
            advice = tr("Azure is busy and kept refusing after several retries; wait a minute "
                        "and press Refresh.");
        else
            advice = tr("Press Refresh to try again.");
    }
    const QString explanation = error.explanation();
    failure.error = what + QLatin1Char(' ')
        + (explanation.isEmpty() ? QString() : explanation + QLatin1Char(' ')) + advice
        + QLatin1Char(' ') + tr("Your choices so far are kept.");
    failure.details = error.message.isEmpty() ? error.toDisplayString() : error.message;
    failure.code
        = error.code.isEmpty() && error.httpStatus ? QString::number(error.httpStatus) : error.code;
    return failure;
}

bool AzureController::isBusy() const
{
    return isSigningIn() || m_tenantsJob || m_subscriptionsJob || m_instancesJob || m_instanceJob
        || m_linksJob || m_factsPending > 0;
}

void AzureController::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(m_busy);
}

// ---- tenants ----------------------------------------------------------------------

void AzureController::loadTenants()
{
    ArmClient *client = arm();
    if (!client) {
        TenantsResult result;
        result.tenants = m_tenants;
        result.failure = notSignedIn();
        emit tenantsLoaded(result);
        return;
    }
    if (m_tenantsJob)
        m_tenantsJob->cancel();
    ArmJob *job = AzureSqlApi(client).listTenants();
    m_tenantsJob = job;
    updateBusy();
    connect(job, &ArmJob::finished, this, [this, job] {
        dispose(job);
        if (m_tenantsJob != job)
            return;
        m_tenantsJob.clear();
        TenantsResult result;
        if (!job->succeeded()) {
            if (job->error()->isCancelled()) {
                updateBusy();
                return;
            }
            result.tenants = m_tenants;
            result.failure = failureOf(job, tr("The tenants could not be listed."));
        } else {
            m_tenants.clear();
            const QJsonArray items = job->items();
            for (const QJsonValue &item : items)
                m_tenants.append(AzureTenant::fromJson(item.toObject()));
            result.tenants = m_tenants;
        }
        updateBusy();
        emit tenantsLoaded(result);
        // The only tenant, or the one already chosen, leads on to its subscriptions.
        if (!result.failure.isError()) {
            bool known = false;
            for (const AzureTenant &tenant : std::as_const(m_tenants))
                known = known || same(tenant.tenantId, m_tenantId);
            if (!known && !m_tenants.isEmpty())
                m_tenantId = m_tenants.constFirst().tenantId;
            loadSubscriptions();
        }
    });
    return;
}

void AzureController::selectTenant(const QString &tenantId)
{
    if (same(tenantId, m_tenantId) && !m_subscriptions.isEmpty())
        return;
    m_tenantId = tenantId;
    loadSubscriptions();
}

// ---- subscriptions ------------------------------------------------------------------

void AzureController::loadSubscriptions()
{
    ArmClient *client = arm();
    if (!client) {
        SubscriptionsResult result;
        result.subscriptions = m_subscriptions;
        result.failure = notSignedIn();
        emit subscriptionsLoaded(result);
        return;
    }
    if (m_subscriptionsJob)
        m_subscriptionsJob->cancel();
    ArmJob *job = AzureSqlApi(client).listSubscriptions(m_tenantId);
    m_subscriptionsJob = job;
    updateBusy();
    connect(job, &ArmJob::finished, this, [this, job] {
        dispose(job);
        if (m_subscriptionsJob != job)
            return;
        m_subscriptionsJob.clear();
        SubscriptionsResult result;
        if (!job->succeeded()) {
            if (job->error()->isCancelled()) {
                updateBusy();
                return;
            }
            result.subscriptions = m_subscriptions;
            result.failure = failureOf(job, tr("The subscriptions could not be listed."));
            updateBusy();
            emit subscriptionsLoaded(result);
            return;
        }
        m_subscriptions.clear();
        const QJsonArray items = job->items();
        for (const QJsonValue &item : items)
            m_subscriptions.append(AzureSubscription::fromJson(item.toObject()));
        std::sort(m_subscriptions.begin(), m_subscriptions.end(),
                  [](const AzureSubscription &a, const AzureSubscription &b) {
                      return a.displayName.compare(b.displayName, Qt::CaseInsensitive) < 0;
                  });
        result.subscriptions = m_subscriptions;
        updateBusy();
        emit subscriptionsLoaded(result);
        // Keep the subscription of the project when it is listed, else the first.
        QString chosen = m_session->link().managedInstance.subscriptionId;
        bool known = false;
        for (const AzureSubscription &s : std::as_const(m_subscriptions))
            known = known || same(s.subscriptionId, chosen);
        if (!known && !m_subscriptions.isEmpty())
            chosen = m_subscriptions.constFirst().subscriptionId;
        if (!chosen.isEmpty() && (known || !m_subscriptions.isEmpty()))
            selectSubscription(chosen);
    });
}

void AzureController::selectSubscription(const QString &subscriptionId)
{
    if (!same(subscriptionId, m_session->link().managedInstance.subscriptionId)) {
        m_session->editLink([&subscriptionId](LinkDefinition &link) {
            link.managedInstance.subscriptionId = subscriptionId;
        });
    }
    loadManagedInstances();
}

// ---- managed instances --------------------------------------------------------------

void AzureController::loadManagedInstances()
{
    ArmClient *client = arm();
    const QString subscriptionId = m_session->link().managedInstance.subscriptionId;
    if (!client || subscriptionId.isEmpty()) {
        InstancesResult result;
        result.instances = m_instances;
        result.failure
            = client ? Failure {tr("Choose a subscription first."), {}, {}} : notSignedIn();
        emit managedInstancesLoaded(result);
        return;
    }
    if (m_instancesJob)
        m_instancesJob->cancel();
    ArmJob *job = AzureSqlApi(client).listManagedInstances(subscriptionId, m_tenantId);
    m_instancesJob = job;
    updateBusy();
    connect(job, &ArmJob::finished, this, [this, job] {
        dispose(job);
        if (m_instancesJob != job)
            return;
        m_instancesJob.clear();
        InstancesResult result;
        if (!job->succeeded()) {
            if (job->error()->isCancelled()) {
                updateBusy();
                return;
            }
            result.instances = m_instances;
            result.failure = failureOf(job, tr("The managed instances could not be listed."));
        } else {
            m_instances.clear();
            const QJsonArray items = job->items();
            for (const QJsonValue &item : items)
                m_instances.append(ManagedInstanceInfo::fromJson(item.toObject()));
            std::sort(m_instances.begin(), m_instances.end(),
                      [](const ManagedInstanceInfo &a, const ManagedInstanceInfo &b) {
                          return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                      });
            result.instances = m_instances;
        }
        QStringList groups;
        for (const ManagedInstanceInfo &mi : std::as_const(m_instances)) {
            if (!groups.contains(mi.resourceGroup, Qt::CaseInsensitive))
                groups << mi.resourceGroup;
        }
        groups.sort(Qt::CaseInsensitive);
        result.resourceGroups = groups;
        updateBusy();
        emit managedInstancesLoaded(result);
        if (result.failure.isError())
            return;
        // The instance of the project when it is listed.
        const ManagedInstanceTarget &target = m_session->link().managedInstance;
        for (const ManagedInstanceInfo &mi : std::as_const(m_instances)) {
            if (same(mi.name, target.name) && same(mi.resourceGroup, target.resourceGroup)) {
                selectManagedInstance(mi.resourceGroup, mi.name);
                return;
            }
        }
    });
}

ManagedInstanceRef AzureController::ref() const
{
    const ManagedInstanceTarget &target = m_session->link().managedInstance;
    return ManagedInstanceRef {target.subscriptionId, target.resourceGroup, target.name,
                               m_tenantId};
}

void AzureController::selectManagedInstance(const QString &resourceGroup, const QString &name)
{
    m_session->editLink([&resourceGroup, &name, this](LinkDefinition &link) {
        link.managedInstance.resourceGroup = resourceGroup;
        link.managedInstance.name = name;
        // Values from the list until the instance itself is read.
        for (const ManagedInstanceInfo &mi : std::as_const(m_instances)) {
            if (same(mi.name, name) && same(mi.resourceGroup, resourceGroup)) {
                link.managedInstance.fqdn = mi.fqdn;
                link.managedInstance.updatePolicy
                    = updatePolicyFromArm(mi.databaseFormat).value_or(UpdatePolicy::Unknown);
            }
        }
    });
    reloadManagedInstance();
}

void AzureController::reloadManagedInstance()
{
    ArmClient *client = arm();
    const ManagedInstanceRef mi = ref();
    if (!client || mi.name.isEmpty()) {
        InstanceResult result;
        result.instance = m_instance;
        result.failure
            = client ? Failure {tr("Choose a managed instance first."), {}, {}} : notSignedIn();
        emit instanceLoaded(result);
        return;
    }
    if (m_instanceJob)
        m_instanceJob->cancel();
    if (m_linksJob)
        m_linksJob->cancel();
    AzureSqlApi api(client);
    ArmJob *instanceJob = api.getManagedInstance(mi);
    ArmJob *linksJob = api.listLinks(mi);
    m_instanceJob = instanceJob;
    m_linksJob = linksJob;
    updateBusy();
    auto done = [this, instanceJob, linksJob] {
        if (!instanceJob->isFinished() || !linksJob->isFinished())
            return;
        dispose(instanceJob);
        dispose(linksJob);
        // A newer read replaced this one.
        if (m_instanceJob != instanceJob || m_linksJob != linksJob)
            return;
        m_instanceJob.clear();
        m_linksJob.clear();
        InstanceResult result;
        if (!instanceJob->succeeded()) {
            if (instanceJob->error()->isCancelled()) {
                updateBusy();
                return;
            }
            result.instance = m_instance;
            result.findings = m_findings;
            result.failure = failureOf(instanceJob, tr("The managed instance could not be read."));
            updateBusy();
            emit instanceLoaded(result);
            return;
        }
        m_instance = ManagedInstanceInfo::fromJson(instanceJob->result());
        m_linkCount = linksJob->succeeded() ? int(linksJob->items().size()) : -1;
        result.instance = m_instance;
        result.linkCount = m_linkCount;
        evaluate(result);
        m_findings = result.findings;
        const ManagedInstanceInfo info = *m_instance;
        m_session->editLink([&info](LinkDefinition &link) {
            link.managedInstance.fqdn = info.fqdn;
            link.managedInstance.updatePolicy
                = updatePolicyFromArm(info.databaseFormat).value_or(UpdatePolicy::Unknown);
        });
        updateBusy();
        emit instanceLoaded(result);
    };
    connect(instanceJob, &ArmJob::finished, this, done);
    connect(linksJob, &ArmJob::finished, this, done);
}

void AzureController::evaluate(InstanceResult &result) const
{
    if (!result.instance)
        return;
    result.findings = Preflight::managedInstanceChecks(
        m_session->link(), m_session->sqlServerFacts(), *result.instance, result.linkCount);
}

// ---- offline ------------------------------------------------------------------------

void AzureController::setOfflineTarget(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &name, UpdatePolicy policy)
{
    m_session->editLink([&](LinkDefinition &link) {
        link.managedInstance.subscriptionId = subscriptionId.trimmed();
        link.managedInstance.resourceGroup = resourceGroup.trimmed();
        link.managedInstance.name = name.trimmed();
        link.managedInstance.updatePolicy = policy;
    });
}

QList<CheckResult> AzureController::offlineFindings() const
{
    return {Preflight::instanceState(std::nullopt),
            Preflight::updatePolicy(m_session->link(), false),
            Preflight::collation(m_session->sqlServerFacts(), std::nullopt),
            Preflight::linkLimit(m_session->link(), std::nullopt)};
}

// ---- Next -----------------------------------------------------------------------------

void AzureController::finishCheck(const CheckOutcome &outcome)
{
    updateBusy();
    emit checkFinished(outcome);
}

void AzureController::check()
{
    const ManagedInstanceTarget &target = m_session->link().managedInstance;
    if (m_session->isOffline()) {
        CheckOutcome outcome;
        QStringList missing;
        if (target.subscriptionId.trimmed().isEmpty())
            missing << tr("the subscription ID");
        if (target.resourceGroup.trimmed().isEmpty())
            missing << tr("the resource group");
        if (target.name.trimmed().isEmpty())
            missing << tr("the managed instance name");
        if (target.updatePolicy == UpdatePolicy::Unknown)
            missing << tr("the update policy");
        if (!missing.isEmpty()) {
            outcome.failure.error
                = tr("Type %1: the scripts need them.").arg(missing.join(QStringLiteral(", ")));
        } else {
            for (const CheckResult &finding : offlineFindings()) {
                if (finding.isFailure()) {
                    outcome.failure.error = finding.reason + QLatin1Char(' ') + finding.remedy;
                    break;
                }
            }
        }
        outcome.passed = !outcome.failure.isError();
        finishCheck(outcome);
        return;
    }
    ArmClient *client = arm();
    if (!client || target.name.isEmpty()) {
        CheckOutcome outcome;
        outcome.failure = client
            ? Failure {tr("Choose a managed instance, then press Next."), {}, {}}
            : notSignedIn();
        finishCheck(outcome);
        return;
    }
    readFacts();
}

void AzureController::readFacts()
{
    for (const QPointer<ArmJob> &job : std::as_const(m_factJobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
            dispose(job);
        }
    }
    AzureSqlApi api(arm());
    const ManagedInstanceRef mi = ref();
    m_factJobs = {api.getManagedInstance(mi), api.listServerTrustCertificates(mi),
                  api.listLinks(mi), api.getEndpointCertificate(mi)};
    m_factsPending = int(m_factJobs.size());
    updateBusy();
    for (const QPointer<ArmJob> &job : std::as_const(m_factJobs)) {
        connect(job.data(), &ArmJob::finished, this, [this] {
            --m_factsPending;
            if (m_factsPending == 0)
                factsRead();
        });
    }
}

void AzureController::factsRead()
{
    const QList<QPointer<ArmJob>> jobs = m_factJobs;
    m_factJobs.clear();
    for (const QPointer<ArmJob> &job : jobs)
        dispose(job);
    ArmJob *instanceJob = jobs.value(0);
    ArmJob *trustJob = jobs.value(1);
    ArmJob *linksJob = jobs.value(2);
    ArmJob *endpointJob = jobs.value(3);
    CheckOutcome outcome;
    if (!instanceJob || !trustJob || !linksJob || !endpointJob) {
        finishCheck(outcome);
        return;
    }
    const struct
    {
        ArmJob *job;
        QString what;
    } required[] = {
        {instanceJob, tr("The managed instance could not be read.")},
        {trustJob, tr("The managed instance's trusted certificates could not be listed.")},
        {linksJob, tr("The managed instance's links could not be listed.")},
    };
    for (const auto &read : required) {
        if (!read.job->succeeded()) {
            outcome.failure = failureOf(read.job, read.what);
            finishCheck(outcome);
            return;
        }
    }
    AzureFacts facts;
    facts.tenantId = m_tenantId;
    facts.instance = ManagedInstanceInfo::fromJson(instanceJob->result());
    const QJsonArray trust = trustJob->items();
    for (const QJsonValue &item : trust)
        facts.trustCertificates.append(ServerTrustCertificateInfo::fromJson(item.toObject()));
    const QJsonArray links = linksJob->items();
    for (const QJsonValue &item : links)
        facts.links.append(DistributedAvailabilityGroupInfo::fromJson(item.toObject()));
    // The endpoint certificate is optional here: without it the plan downloads
    // it at run time, and the Validation page reports the missing permission.
    if (endpointJob->succeeded())
        facts.endpointCertificate = EndpointCertificateInfo::fromJson(endpointJob->result());

    m_instance = facts.instance;
    m_linkCount = int(facts.links.size());
    InstanceResult evaluated;
    evaluated.instance = m_instance;
    evaluated.linkCount = m_linkCount;
    evaluate(evaluated);
    m_findings = evaluated.findings;

    const ManagedInstanceInfo &info = facts.instance;
    m_session->editLink([&info](LinkDefinition &link) {
        link.managedInstance.subscriptionId = info.subscriptionId.isEmpty()
            ? link.managedInstance.subscriptionId
            : info.subscriptionId;
        link.managedInstance.resourceGroup = info.resourceGroup.isEmpty()
            ? link.managedInstance.resourceGroup
            : info.resourceGroup;
        link.managedInstance.name = info.name;
        link.managedInstance.fqdn = info.fqdn;
        link.managedInstance.updatePolicy
            = updatePolicyFromArm(info.databaseFormat).value_or(UpdatePolicy::Unknown);
    });
    m_session->setAzureFacts(facts);

    for (const CheckResult &finding : std::as_const(m_findings)) {
        if (finding.isFailure()) {
            outcome.failure.error = finding.reason + QLatin1Char(' ') + finding.remedy;
            outcome.failure.details = finding.serverText;
            finishCheck(outcome);
            return;
        }
    }
    outcome.passed = true;
    finishCheck(outcome);
}

} // namespace milink
