#include "RequirementsController.h"

#include "SqlServerProbeJob.h"

#include "preflight/SqlServerRequirements.h"
#include "session/LinkSession.h"

namespace milink {

RequirementsController::RequirementsController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    qRegisterMetaType<RequirementsRerunResult>();
    connect(session, &LinkSession::sqlServerFactsChanged, this, &RequirementsController::evaluate);
    connect(session, &LinkSession::azureFactsChanged, this, &RequirementsController::evaluate);
    connect(session, &LinkSession::linkChanged, this, &RequirementsController::evaluate);
    connect(session, &LinkSession::offlineChanged, this, &RequirementsController::evaluate);
}

void RequirementsController::evaluate()
{
    SqlServerRequirements::Input input;
    input.offline = m_session->isOffline();
    if (!input.offline)
        input.facts = m_session->sqlServerFacts();
    input.link = m_session->link();
    if (const auto &azure = m_session->azureFacts(); azure && !input.offline) {
        input.managedInstanceCollation = azure->instance.collation;
        if (input.link.managedInstance.updatePolicy == UpdatePolicy::Unknown)
            input.link.managedInstance.updatePolicy
                = updatePolicyFromArm(azure->instance.databaseFormat)
                      .value_or(UpdatePolicy::Unknown);
    }
    CheckResults results = SqlServerRequirements::evaluate(input);
    if (results == m_results)
        return;
    m_results = results;
    emit resultsChanged();
}

void RequirementsController::rerun()
{
    if (m_probe)
        return;
    if (m_session->isOffline()) {
        evaluate();
        RequirementsRerunResult result;
        result.ok = true;
        emit rerunFinished(result);
        return;
    }
    m_probe = new SqlServerProbeJob(m_session->sqlServer(), this);
    connect(m_probe, &SqlServerProbeJob::finished, this,
            [this](const ServerFacts &facts, const SqlError &error) {
                m_probe->deleteLater();
                m_probe = nullptr;
                emit runningChanged(false);
                RequirementsRerunResult result;
                if (error.isError()) {
                    result.error = tr("SQL Server could not be read again: %1 The checks below "
                                      "show what was found before. Check the server, then "
                                      "press Re-run.")
                                       .arg(error.message);
                    result.serverText = error.serverText;
                    result.errorNumber = error.nativeCode;
                } else {
                    result.ok = true;
                    m_session->setSqlServerFacts(facts);
                }
                evaluate();
                emit rerunFinished(result);
            });
    emit runningChanged(true);
    m_probe->start();
}

QString RequirementsController::blockingMessage() const
{
    QStringList failed;
    for (const CheckResult &result : m_results) {
        if (result.isFailure())
            failed << result.title;
    }
    if (failed.isEmpty())
        return {};
    return tr("Fix these requirements before continuing: %1. Each one says how; then press "
              "Re-run.")
        .arg(failed.join(QStringLiteral(", ")));
}

bool RequirementsController::isRunning() const
{
    return !m_probe.isNull();
}

} // namespace milink
