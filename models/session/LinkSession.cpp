#include "LinkSession.h"

#include "azure/ArmClient.h"
#include "azure/TokenProvider.h"
#include "link/ProjectFile.h"
#include "run/RunJournal.h"
#include "sql/SqlSession.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace milink {

LinkSession::LinkSession(Services services, QObject *parent) : QObject(parent), m_services(services)
{
}

// Members are destroyed in reverse order: the ARM client goes before the token
// provider it uses, the SQL sessions close their worker threads.
LinkSession::~LinkSession() = default;

void LinkSession::setLink(const LinkDefinition &link)
{
    if (link == m_link)
        return;
    const QString oldCloud = m_link.managedInstance.cloud;
    m_link = link;
    if (oldCloud != m_link.managedInstance.cloud)
        dropArmClient();
    setModified(true);
    emit linkChanged();
}

void LinkSession::editLink(const std::function<void(LinkDefinition &)> &edit)
{
    LinkDefinition copy = m_link;
    edit(copy);
    setLink(copy);
}

ValidationIssues LinkSession::load(const QString &path)
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    if (!loaded.link || hasErrors(loaded.issues))
        return loaded.issues;
    const QString oldCloud = m_link.managedInstance.cloud;
    m_link = *loaded.link;
    if (oldCloud != m_link.managedInstance.cloud)
        dropArmClient();
    m_sqlServerFacts.reset();
    m_azureFacts.reset();
    // A project keeps the link name as its first database link's name.
    m_linkName = m_link.databases.isEmpty() ? QString() : m_link.databases.constFirst().linkName;
    m_projectPath = path;
    setModified(false);
    emit projectPathChanged(m_projectPath);
    emit linkChanged();
    emit sqlServerFactsChanged();
    emit azureFactsChanged();
    emit linkNameChanged(m_linkName);
    return loaded.issues;
}

QString LinkSession::save(const QString &path)
{
    const QString problem = ProjectFile::save(m_link, path);
    if (!problem.isEmpty())
        return problem;
    if (m_projectPath != path) {
        m_projectPath = path;
        emit projectPathChanged(m_projectPath);
    }
    setModified(false);
    return {};
}

QString LinkSession::journalPath(Operation operation) const
{
    if (!m_projectPath.isEmpty())
        return RunJournal::pathFor(m_projectPath, toString(operation));
    // An unsaved project still journals, so a crash of the wizard can resume:
    // the journal is named after the first link, in the per-user data folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journals");
    QDir().mkpath(folder);
    QString stem = m_link.databases.isEmpty() ? QStringLiteral("unsaved")
                                              : m_link.databases.constFirst().linkName;
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return RunJournal::pathFor(folder + QLatin1Char('/') + stem + QStringLiteral(".milink"),
                               toString(operation));
}

void LinkSession::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit offlineChanged(m_offline);
}

SqlSession *LinkSession::sqlServer()
{
    if (!m_sqlServer)
        m_sqlServer = std::make_unique<SqlSession>();
    return m_sqlServer.get();
}

void LinkSession::setSqlServerFacts(const std::optional<ServerFacts> &facts)
{
    m_sqlServerFacts = facts;
    emit sqlServerFactsChanged();
}

SqlSession *LinkSession::managedInstanceSql()
{
    if (!m_managedInstanceSql)
        m_managedInstanceSql = std::make_unique<SqlSession>();
    return m_managedInstanceSql.get();
}

QList<CloudProfile> LinkSession::clouds() const
{
    return CloudProfile::builtIns() + m_customClouds;
}

void LinkSession::addCustomClouds(const QList<CloudProfile> &profiles)
{
    for (const CloudProfile &profile : profiles) {
        bool replaced = false;
        for (CloudProfile &existing : m_customClouds) {
            if (existing.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
                existing = profile;
                replaced = true;
            }
        }
        if (!replaced)
            m_customClouds.append(profile);
        if (profile.name.compare(m_armCloudName, Qt::CaseInsensitive) == 0)
            dropArmClient();
    }
}

std::optional<CloudProfile> LinkSession::cloud() const
{
    const QString name = m_link.managedInstance.cloud;
    for (const CloudProfile &profile : clouds()) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

void LinkSession::setTokenProvider(std::unique_ptr<TokenProvider> provider)
{
    dropArmClient();
    m_tokens = std::move(provider);
    emit armChanged();
}

ArmClient *LinkSession::arm()
{
    if (m_arm || !m_tokens || !m_services.network)
        return m_arm.get();
    const std::optional<CloudProfile> profile = cloud();
    if (!profile)
        return nullptr;
    m_arm = std::make_unique<ArmClient>(m_services.network, m_tokens.get(), *profile);
    m_armCloudName = profile->name;
    return m_arm.get();
}

void LinkSession::setAzureFacts(const std::optional<AzureFacts> &facts)
{
    m_azureFacts = facts;
    emit azureFactsChanged();
}

void LinkSession::setLinkName(const QString &name)
{
    if (m_linkName == name)
        return;
    m_linkName = name;
    emit linkNameChanged(m_linkName);
}

void LinkSession::setCreateLinkOptions(const PlanOptions &options)
{
    m_createLinkOptions = options;
    emit createLinkOptionsChanged();
}

DiscoveredState LinkSession::discoveredState() const
{
    DiscoveredState state;
    if (m_offline)
        return state;
    if (m_sqlServerFacts)
        state = m_sqlServerFacts->toDiscoveredState();
    if (m_azureFacts) {
        for (const ServerTrustCertificateInfo &certificate : m_azureFacts->trustCertificates)
            state.serverTrustCertificates.append(certificate.name);
        for (const DistributedAvailabilityGroupInfo &link : m_azureFacts->links)
            state.links.append(link.name);
    }
    return state;
}

PlanBuilder::Result LinkSession::buildPlan(Operation operation, const PlanOptions &options) const
{
    if (m_offline || (!m_sqlServerFacts && !m_azureFacts))
        return PlanBuilder::build(m_link, operation, options);
    const DiscoveredState discovered = discoveredState();
    return PlanBuilder::build(m_link, operation, options, &discovered);
}

PlanRunner::Services LinkSession::runServices()
{
    PlanRunner::Services services;
    services.sqlServer = sqlServer();
    services.managedInstance = m_managedInstanceSql ? m_managedInstanceSql.get() : nullptr;
    services.arm = arm();
    services.instanceResourceId = PlanBuilder::instanceResourceId(m_link);
    return services;
}

void LinkSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(m_modified);
}

void LinkSession::dropArmClient()
{
    if (!m_arm)
        return;
    m_arm->cancelAll();
    m_arm.reset();
    m_armCloudName.clear();
    emit armChanged();
}

} // namespace milink
