#include "ConnectController.h"

#include "azure/ArmJob.h"
#include "azure/AzureSqlApi.h"
#include "session/LinkSession.h"
#include "sql/ServerProbe.h"
#include "sql/SqlSession.h"

#include <QJsonArray>

#include <memory>

namespace milink {

ConnectController::ConnectController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

QString ConnectController::missingConnection(LinkSession *session, Operation operation,
                                             const PlanOptions &options)
{
    if (session->isOffline()
        || session->managedInstanceSql()->state() == SqlSession::State::Connected)
        return {};
    const PlanBuilder::Result built = session->buildPlan(operation, options);
    if (!built.plan)
        return {}; // the Summary shows the refusal
    QStringList steps;
    for (const PlanStep &step : built.plan->steps) {
        if (step.target == PlanStep::Target::ManagedInstance)
            steps << step.title;
    }
    if (steps.isEmpty())
        return {};
    return tr("This plan runs T-SQL on the managed instance (%1), and milink is not connected "
              "to it. Go back to the first page and give a managed instance login.")
        .arg(steps.join(QStringLiteral("; ")));
}

void ConnectController::connectAll(const QString &sqlPassword,
                                   const SqlServerConnection &managedInstance,
                                   const QString &managedInstancePassword)
{
    if (m_running)
        return;
    m_result = {};
    m_connected = false;
    if (m_session->isOffline()) {
        m_result.notes << tr("Offline: nothing was connected. The wizard plans and exports "
                             "scripts; roles, LSNs and backups are not verified (offline).");
        m_connected = true;
        emit finished(m_result);
        return;
    }
    m_running = true;
    m_session->setSqlPassword(sqlPassword);
    m_miServer = managedInstance;
    m_miPassword = managedInstancePassword;

    SqlConnectionOptions options;
    options.server = m_session->link().sqlServer;
    options.password = sqlPassword;
    SqlSession *sql = m_session->sqlServer();
    auto *guard = new QObject(this);
    connect(sql, &SqlSession::opened, guard, [this, guard](const SqlError &error) {
        guard->deleteLater();
        if (error.isError()) {
            fail(tr("milink could not connect to SQL Server %1. Check the password, that the "
                    "login may connect, and the network, then press Connect again.")
                     .arg(m_session->link().sqlServer.host),
                 error.serverText.isEmpty() ? error.message : error.serverText, error.nativeCode);
            return;
        }
        probeSqlServer();
    });
    sql->open(options, m_session->link().sqlServer.odbcDriver);
}

void ConnectController::probeSqlServer()
{
    auto *probe = new ServerProbe(m_session->sqlServer(), this);
    connect(probe, &ServerProbe::finished, this,
            [this, probe](const ServerFacts &facts, const SqlError &error) {
                probe->deleteLater();
                if (error.isError()) {
                    fail(tr("SQL Server answered, but milink could not read what it needs about "
                            "the server. The login needs sysadmin."),
                         error.serverText.isEmpty() ? error.message : error.serverText,
                         error.nativeCode);
                    return;
                }
                m_session->setSqlServerFacts(facts);
                if (facts.version.isValid() && facts.version != m_session->link().sqlServer.version)
                    m_session->editLink(
                        [&facts](LinkDefinition &l) { l.sqlServer.version = facts.version; });
                openManagedInstance();
            });
    probe->start();
}

void ConnectController::openManagedInstance()
{
    if (m_miServer.loginName.isEmpty()) {
        m_result.notes << tr("No managed instance login was given: its role comes from Azure "
                             "and its LSN from SQL Server's view of it.");
        readAzure();
        return;
    }
    SqlConnectionOptions options;
    options.server = m_miServer;
    options.password = m_miPassword;
    SqlSession *mi = m_session->managedInstanceSql();
    auto *guard = new QObject(this);
    connect(mi, &SqlSession::opened, guard, [this, guard](const SqlError &error) {
        guard->deleteLater();
        if (error.isError()) {
            fail(tr("milink could not connect to the managed instance %1. Use its VNet-local "
                    "or public endpoint (port 3342) and a SQL login, or leave the login empty "
                    "to work through SQL Server and Azure only.")
                     .arg(m_miServer.host),
                 error.serverText.isEmpty() ? error.message : error.serverText, error.nativeCode);
            return;
        }
        m_result.managedInstanceConnected = true;
        readAzure();
    });
    mi->open(options,
             m_miServer.odbcDriver.isEmpty() ? m_session->link().sqlServer.odbcDriver
                                             : m_miServer.odbcDriver);
}

void ConnectController::readAzure()
{
    ArmClient *arm = m_session->arm();
    if (!arm) {
        m_result.notes << tr("Not signed in to Azure: Azure's view of the link (roles, "
                             "lastHardenedLsn, trust certificates) is not used.");
        finish();
        return;
    }
    const LinkDefinition &link = m_session->link();
    ManagedInstanceRef mi;
    mi.subscriptionId = link.managedInstance.subscriptionId;
    mi.resourceGroup = link.managedInstance.resourceGroup;
    mi.name = link.managedInstance.name;
    AzureSqlApi api(arm);
    auto facts = std::make_shared<AzureFacts>(m_session->azureFacts().value_or(AzureFacts()));
    ArmJob *instance = api.getManagedInstance(mi);
    connect(instance, &ArmJob::finished, this, [this, instance, facts, mi] {
        instance->deleteLater();
        if (!instance->succeeded()) {
            const QString text = instance->error() ? instance->error()->message : QString();
            fail(tr("Azure did not return the managed instance %1. Check the subscription, "
                    "resource group and name in the project and your sign-in.")
                     .arg(mi.name),
                 text, instance->error() ? instance->error()->code : QString());
            return;
        }
        facts->instance = ManagedInstanceInfo::fromJson(instance->result());
        const std::optional<UpdatePolicy> policy
            = updatePolicyFromArm(facts->instance.databaseFormat);
        if (policy && *policy != m_session->link().managedInstance.updatePolicy)
            m_session->editLink(
                [&policy](LinkDefinition &l) { l.managedInstance.updatePolicy = *policy; });
        AzureSqlApi next(m_session->arm());
        ArmJob *trust = next.listServerTrustCertificates(mi);
        connect(trust, &ArmJob::finished, this, [this, trust, facts, mi] {
            trust->deleteLater();
            facts->trustCertificates.clear();
            if (trust->succeeded()) {
                for (const QJsonValue &value : trust->items())
                    facts->trustCertificates
                        << ServerTrustCertificateInfo::fromJson(value.toObject());
            }
            AzureSqlApi last(m_session->arm());
            ArmJob *endpoint = last.getEndpointCertificate(mi);
            connect(endpoint, &ArmJob::finished, this, [this, endpoint, facts] {
                endpoint->deleteLater();
                if (endpoint->succeeded())
                    facts->endpointCertificate
                        = EndpointCertificateInfo::fromJson(endpoint->result());
                m_session->setAzureFacts(*facts);
                m_result.azureConnected = true;
                finish();
            });
        });
    });
}

void ConnectController::finish()
{
    m_running = false;
    m_connected = true;
    emit finished(m_result);
}

void ConnectController::fail(const QString &error, const QString &serverText, const QString &number)
{
    m_running = false;
    m_connected = false;
    m_result.error = error;
    m_result.serverText = serverText;
    m_result.errorNumber = number;
    emit finished(m_result);
}

} // namespace milink
