#pragma once

#include "AzureFacts.h"

#include "azure/CloudProfile.h"
#include "link/LinkDefinition.h"
#include "link/ValidationIssue.h"
#include "plan/Operation.h"
#include "plan/PlanBuilder.h"
#include "run/PlanRunner.h"
#include "sql/ServerFacts.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace milink {

class ArmClient;
class SecretStore;
class SqlSession;
class TokenProvider;

// The single source of truth shared by every page of one wizard: the link
// definition being edited, the project file it came from, what was discovered
// about SQL Server and Azure, the connections used to discover and execute, and
// whether the wizard works offline (scripts only). Page controllers read and
// write it; pages never talk to each other.
//
// Lives on the UI thread; every connection it owns works asynchronously. Secrets
// (the SQL password, plan secrets typed by the user) stay in memory only.
class LinkSession : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QNetworkAccessManager *network = nullptr; // not owned; must outlive the session
        SecretStore *secrets = nullptr; // not owned; null: nothing is remembered
    };

    explicit LinkSession(Services services, QObject *parent = nullptr);
    ~LinkSession() override;

    QNetworkAccessManager *network() const { return m_services.network; }
    SecretStore *secretStore() const { return m_services.secrets; }

    // ---- the definition -------------------------------------------------------
    const LinkDefinition &link() const { return m_link; }
    // Replaces the definition; emits linkChanged() and marks the project modified
    // when anything differs.
    void setLink(const LinkDefinition &link);
    // Edits the definition in place, e.g. editLink([](LinkDefinition &l) { l.endpoint.port = 5023;
    // }).
    void editLink(const std::function<void(LinkDefinition &)> &edit);

    // ---- the project file ---------------------------------------------------------
    QString projectPath() const { return m_projectPath; }
    bool isModified() const { return m_modified; }
    // Reads a project; on success (no errors in the issues) the definition is
    // replaced, discovered state is forgotten and the session is unmodified.
    ValidationIssues load(const QString &path);
    // Writes atomically; returns an empty string or the reason it failed.
    QString save(const QString &path);
    // Where the run journal of an operation lives: next to the project, or for an
    // unsaved project in the application's data folder, named after the first link.
    QString journalPath(Operation operation) const;

    // ---- offline mode -----------------------------------------------------------
    // Offline, nothing connects: values are typed in and the wizard exports scripts.
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);

    // ---- SQL Server -------------------------------------------------------------
    // The connection to SQL Server, owned by the session (created on first use).
    SqlSession *sqlServer();
    QString sqlPassword() const { return m_sqlPassword; }
    void setSqlPassword(const QString &password) { m_sqlPassword = password; }
    const std::optional<ServerFacts> &sqlServerFacts() const { return m_sqlServerFacts; }
    void setSqlServerFacts(const std::optional<ServerFacts> &facts);

    // The managed instance's T-SQL endpoint, for plans and views that need it.
    SqlSession *managedInstanceSql();

    // ---- Azure --------------------------------------------------------------------
    // The built-in clouds followed by the custom ones added.
    QList<CloudProfile> clouds() const;
    // Adds (or replaces, by name) custom profiles, e.g. from --cloud-profile.
    void addCustomClouds(const QList<CloudProfile> &profiles);
    // The profile of link().managedInstance.cloud, when known.
    std::optional<CloudProfile> cloud() const;
    // The sign-in in use; replacing it drops the ARM client built on the old one.
    void setTokenProvider(std::unique_ptr<TokenProvider> provider);
    TokenProvider *tokenProvider() const { return m_tokens.get(); }
    // The ARM client for the link's cloud and the current sign-in; null while
    // either is missing. Rebuilt when the cloud changes.
    ArmClient *arm();
    const std::optional<AzureFacts> &azureFacts() const { return m_azureFacts; }
    void setAzureFacts(const std::optional<AzureFacts> &facts);

    // ---- create-link choices that are not part of the definition ----------------------
    // The link name typed on Link options: the first database link's name, and the
    // stem of the others' when several databases are linked. Empty: SSMS defaults.
    QString linkName() const { return m_linkName; }
    void setLinkName(const QString &name);
    // Plan options of the create-link operation chosen on the pages (full backup
    // first and its directory, …), for the summary and the runner.
    const PlanOptions &createLinkOptions() const { return m_createLinkOptions; }
    void setCreateLinkOptions(const PlanOptions &options);

    // ---- plans --------------------------------------------------------------------
    // What discovery found, for marking steps already done (empty when offline).
    DiscoveredState discoveredState() const;
    PlanBuilder::Result buildPlan(Operation operation, const PlanOptions &options = {}) const;
    // The connections a runner uses for a plan (not owned by the runner).
    PlanRunner::Services runServices();

signals:
    void linkChanged();
    void modifiedChanged(bool modified);
    void projectPathChanged(const QString &path);
    void offlineChanged(bool offline);
    void sqlServerFactsChanged();
    void azureFactsChanged();
    void armChanged();
    void linkNameChanged(const QString &name);
    void createLinkOptionsChanged();

private:
    void setModified(bool modified);
    void dropArmClient();

    Services m_services;
    LinkDefinition m_link;
    QString m_projectPath;
    bool m_modified = false;
    bool m_offline = false;

    std::unique_ptr<SqlSession> m_sqlServer;
    std::unique_ptr<SqlSession> m_managedInstanceSql;
    QString m_sqlPassword;
    std::optional<ServerFacts> m_sqlServerFacts;

    QList<CloudProfile> m_customClouds;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ArmClient> m_arm;
    QString m_armCloudName; // the cloud m_arm was built for
    std::optional<AzureFacts> m_azureFacts;

    QString m_linkName;
    PlanOptions m_createLinkOptions;
};

} // namespace milink
