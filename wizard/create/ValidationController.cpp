#include "ValidationController.h"

#include "preflight/Preflight.h"
#include "preflight/PreflightRunner.h"
#include "run/StepRecord.h"
#include "session/LinkSession.h"
#include "sql/SqlSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace milink {

ValidationController::ValidationController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

void ValidationController::run()
{
    if (m_runner)
        return;
    m_acknowledged = false;
    QStringList databases;
    for (const DatabaseLink &database : m_session->link().databases)
        databases << database.databaseName;
    SqlSession *sql = nullptr;
    if (!m_session->isOffline() && m_session->sqlServer()->state() == SqlSession::State::Connected)
        sql = m_session->sqlServer();
    if (m_session->isOffline()) {
        // Nothing connects offline; Preflight marks what needs a server.
        m_hasRun = true;
        Preflight::Input input;
        input.link = m_session->link();
        input.offline = true;
        m_result = summarize(Preflight::evaluate(input));
        emit finished(m_result);
        return;
    }
    m_runner = new PreflightRunner(sql, databases, this);
    connect(m_runner, &PreflightRunner::finished, this, &ValidationController::evaluate);
    emit runningChanged(true);
    m_runner->start();
}

void ValidationController::evaluate()
{
    PreflightRunner *runner = m_runner;
    m_runner.clear();
    Preflight::Input input;
    input.link = m_session->link();
    input.sqlServer = m_session->sqlServerFacts();
    input.azure = m_session->azureFacts();
    input.extras = runner->extras();
    input.finishedSteps = finishedCreateLinkSteps();
    runner->deleteLater();
    m_result = summarize(Preflight::evaluate(input));
    m_hasRun = true;
    emit runningChanged(false);
    emit finished(m_result);
}

QStringList ValidationController::finishedCreateLinkSteps() const
{
    // Read-only: the journal file is parsed, never written, here.
    QFile file(m_session->journalPath(Operation::CreateLink));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray steps
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("steps")).toArray();
    QStringList finished;
    for (const QJsonValue &value : steps) {
        const StepRecord record = StepRecord::fromJson(value.toObject());
        if (record.isComplete())
            finished << record.stepId;
    }
    return finished;
}

ValidationController::Result ValidationController::summarize(const CheckResults &checks)
{
    Result result;
    result.checks = checks;
    for (const CheckResult &check : checks) {
        switch (check.status) {
        case CheckResult::Status::Passed: ++result.passed; break;
        case CheckResult::Status::Warning: ++result.warnings; break;
        case CheckResult::Status::Failed: ++result.failed; break;
        case CheckResult::Status::NotVerified: ++result.notVerified; break;
        }
    }
    return result;
}

bool ValidationController::needsAcknowledgement() const
{
    return m_result.warnings > 0 || m_result.notVerified > 0;
}

void ValidationController::setAcknowledged(bool acknowledged)
{
    m_acknowledged = acknowledged;
}

bool ValidationController::canProceed() const
{
    return m_hasRun && !isRunning() && m_result.failed == 0
        && (!needsAcknowledgement() || m_acknowledged);
}

void ValidationController::check()
{
    CheckOutcome outcome;
    outcome.passed = canProceed();
    if (!outcome.passed) {
        if (isRunning() || !m_hasRun)
            outcome.error = tr("The validation has not finished yet.");
        else if (m_result.failed > 0)
            outcome.error = tr("%n check(s) failed. Fix what they say, then press Re-run "
                               "validation.",
                               nullptr, m_result.failed);
        else
            outcome.error = tr("Read the warnings and the checks that could not be verified, "
                               "then tick \"I have read the warnings\".");
    }
    emit checkFinished(outcome);
}

} // namespace milink
