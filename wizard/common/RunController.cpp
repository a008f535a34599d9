#include "RunController.h"

#include "run/PlanRunner.h"
#include "run/RollbackPlanner.h"
#include "run/RunJournal.h"
#include "session/LinkSession.h"
#include "sql/SqlError.h"
#include "sql/SqlSession.h"

#include <QTime>

namespace milink {

namespace {

QString targetText(PlanStep::Target target)
{
    switch (target) {
    case PlanStep::Target::SqlServer: return RunController::tr("SQL Server");
    case PlanStep::Target::ManagedInstance: return RunController::tr("Managed instance");
    case PlanStep::Target::Arm: return RunController::tr("Azure");
    }
    return {};
}

} // namespace

RunController::RunController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_maxLanes(PlanRunner::kDefaultMaxConcurrentDatabases)
{
}

// The runner goes before the journals it writes to.
RunController::~RunController()
{
    m_runner.reset();
}

QString RunController::prepare(const Plan &plan, const QHash<QString, QString> &values,
                               const QString &journalPath)
{
    if (m_state == State::Running)
        return tr("A run is in progress. Cancel it first.");
    m_runner.reset();
    m_rollbackJournal.reset();
    m_plan = plan;
    m_values = values;
    m_journalPath = journalPath.isEmpty() ? m_session->journalPath(plan.operation) : journalPath;
    m_journal = std::make_unique<RunJournal>();
    const QString problem = m_journal->open(m_journalPath, plan);
    if (!problem.isEmpty()) {
        m_journal.reset();
        return problem;
    }
    m_rollingBack = false;
    m_log.clear();
    m_message.clear();
    m_elapsedBefore = 0;
    m_clock.invalidate();
    attach(plan, m_journal.get(), values);
    setState(State::Idle);
    return {};
}

void RunController::attach(const Plan &plan, RunJournal *journal,
                           const QHash<QString, QString> &values)
{
    m_activePlan = plan;
    m_runner = std::make_unique<PlanRunner>(plan, m_session->runServices(), journal);
    m_runner->setMaxConcurrentDatabases(m_maxLanes);
    if (m_pollIntervalMs >= 0)
        m_runner->setPollIntervalMs(m_pollIntervalMs);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_runner->setValue(it.key(), it.value());
    connect(m_runner.get(), &PlanRunner::stepStarted, this,
            [this](int index, const QString &) { onStepStarted(index); });
    connect(m_runner.get(), &PlanRunner::stepFinished, this, &RunController::onStepFinished);
    connect(m_runner.get(), &PlanRunner::stepProgress, this,
            [this](int index, const QString &text) {
                appendLog(tr("Step %1: %2").arg(index + 1).arg(text));
            });
    connect(m_runner.get(), &PlanRunner::finished, this, &RunController::onFinished);

    m_steps.clear();
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        RunStepState state;
        state.index = i;
        state.id = step.id;
        state.title = step.title;
        state.target = targetText(step.target);
        state.databaseName = step.databaseName;
        state.destructive = step.destructive;
        if (const StepRecord *record = journal->record(step.id)) {
            // Running in the journal means a run that ended without a word (a crash).
            state.status = record->status == StepRecord::Status::Running
                ? StepRecord::Status::Cancelled
                : record->status;
            state.message = record->message;
            state.errorCode = record->errorCode;
            state.serverText = record->serverText;
            state.created = record->created;
        }
        m_steps << state;
    }
    emit stepsReset();
    emit progressChanged(finishedCount(), totalCount());
}

void RunController::setMode(Mode mode)
{
    m_mode = mode;
}

void RunController::setMaxConcurrentDatabases(int lanes)
{
    m_maxLanes = qMax(1, lanes);
    if (m_runner)
        m_runner->setMaxConcurrentDatabases(m_maxLanes);
}

int RunController::finishedCount() const
{
    int count = 0;
    for (const RunStepState &step : m_steps) {
        if (step.status == StepRecord::Status::Done || step.status == StepRecord::Status::Skipped)
            ++count;
    }
    return count;
}

int RunController::failedIndex() const
{
    for (const RunStepState &step : m_steps) {
        if (step.status == StepRecord::Status::Failed)
            return step.index;
    }
    return -1;
}

qint64 RunController::elapsedMs() const
{
    return m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

bool RunController::canStart() const
{
    // After a failure or a cancel, Retry from here is the way on (Results page).
    if (!m_runner || (m_state != State::Idle && m_state != State::Paused))
        return false;
    return finishedCount() < totalCount();
}

bool RunController::canRunNextStep() const
{
    return m_mode == Mode::StepThrough && canStart();
}

bool RunController::canRetry() const
{
    return m_runner && (m_state == State::Failed || m_state == State::Cancelled);
}

bool RunController::canRollback() const
{
    if (!m_journal || m_rollingBack || m_state == State::Running)
        return false;
    return !RollbackPlanner::build(m_plan, m_journal->records()).steps.isEmpty();
}

void RunController::start()
{
    begin(m_mode == Mode::StepThrough);
}

void RunController::runNextStep()
{
    begin(true);
}

void RunController::runAll()
{
    begin(false);
}

void RunController::retryFrom(int index)
{
    if (!canRetry() || index < 0 || index >= m_steps.size())
        return;
    for (int i = index; i < m_steps.size(); ++i) {
        RunStepState &step = m_steps[i];
        step.status = StepRecord::Status::Pending;
        step.message.clear();
        step.errorCode.clear();
        step.serverText.clear();
        emit stepChanged(i);
    }
    emit progressChanged(finishedCount(), totalCount());
    appendLog(tr("Retrying from step %1 (%2).").arg(index + 1).arg(m_steps.at(index).title));
    begin(m_mode == Mode::StepThrough, index);
}

void RunController::begin(bool onlyOne, int retryIndex)
{
    if (!m_runner || m_runner->isRunning())
        return;
    if (retryIndex < 0 && !canStart())
        return;
    m_cancelRequested = false;
    m_clock.start();
    setState(State::Running);
    // A connection the server dropped (the reason a step failed, often) is
    // opened again before anything runs, so Retry from here works as a DBA expects.
    reconnectThen([this, onlyOne, retryIndex] {
        if (!m_runner || m_cancelRequested)
            return;
        if (retryIndex >= 0)
            m_runner->retryFrom(retryIndex, onlyOne);
        else if (onlyOne)
            m_runner->runNextStep();
        else
            m_runner->start();
    });
}

void RunController::reconnectThen(const std::function<void()> &next)
{
    const PlanRunner::Services services = m_session->runServices();
    SqlSession *lost = nullptr;
    QString which;
    if (services.sqlServer && services.sqlServer->state() == SqlSession::State::Lost) {
        lost = services.sqlServer;
        which = tr("SQL Server");
    } else if (services.managedInstance
               && services.managedInstance->state() == SqlSession::State::Lost) {
        lost = services.managedInstance;
        which = tr("the managed instance");
    }
    if (!lost) {
        next();
        return;
    }
    appendLog(tr("Connecting to %1 again…").arg(which));
    // The context dies with this one answer, so a later open() is not answered twice.
    auto *answer = new QObject(this);
    connect(lost, &SqlSession::opened, answer, [this, answer, which, next](const SqlError &error) {
        answer->deleteLater();
        if (error.isError()) {
            onFinished(false,
                       tr("Cannot connect to %1 again: %2 Check that the server is reachable, "
                          "then press Retry from here.")
                           .arg(which, error.message));
            return;
        }
        reconnectThen(next);
    });
    lost->reconnect();
}

void RunController::cancel()
{
    if (!m_runner || !m_runner->isRunning())
        return;
    m_cancelRequested = true;
    appendLog(tr("Cancelling…"));
    m_runner->cancel(); // reports finished() at once
}

void RunController::rollback()
{
    if (!canRollback())
        return;
    const Plan undo = RollbackPlanner::build(m_plan, m_journal->records());
    m_rollbackJournal = std::make_unique<RunJournal>();
    const QString problem
        = m_rollbackJournal->open(RollbackPlanner::journalPathFor(m_journalPath), undo);
    if (!problem.isEmpty()) {
        m_rollbackJournal.reset();
        m_message = problem;
        appendLog(problem);
        emit finished(false, problem);
        return;
    }
    m_runner.reset();
    m_rollingBack = true;
    appendLog(tr("Rolling back: %n object(s) this run created.", nullptr, int(undo.steps.size())));
    attach(undo, m_rollbackJournal.get(), {});
    setState(State::Idle);
    begin(false);
}

void RunController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RunController::appendLog(const QString &line)
{
    const QString stamped
        = QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + line;
    m_log << stamped;
    emit logLine(stamped);
}

void RunController::onStepStarted(int index)
{
    RunStepState &step = m_steps[index];
    step.status = StepRecord::Status::Running;
    step.message.clear();
    step.errorCode.clear();
    step.serverText.clear();
    appendLog(tr("Step %1 of %2 started: %3").arg(index + 1).arg(totalCount()).arg(step.title));
    emit stepChanged(index);
}

void RunController::onStepFinished(int index, const StepRecord &record)
{
    RunStepState &step = m_steps[index];
    step.status = record.status;
    step.message = record.message;
    step.errorCode = record.errorCode;
    step.serverText = record.serverText;
    step.created = step.created || record.created;
    const QString number = QStringLiteral("%1/%2").arg(index + 1).arg(totalCount());
    switch (record.status) {
    case StepRecord::Status::Done: appendLog(tr("Step %1 done: %2").arg(number, step.title)); break;
    case StepRecord::Status::Skipped:
        appendLog(tr("Step %1 skipped (already done): %2").arg(number, step.title));
        break;
    case StepRecord::Status::Cancelled:
        appendLog(tr("Step %1 cancelled: %2").arg(number, step.title));
        break;
    default: {
        QString line = tr("Step %1 failed: %2 — %3").arg(number, step.title, record.message);
        if (!record.errorCode.isEmpty() || !record.serverText.isEmpty())
            line
                += QLatin1Char(' ') + tr("(error %1: %2)").arg(record.errorCode, record.serverText);
        appendLog(line);
        break;
    }
    }
    emit stepChanged(index);
    emit progressChanged(finishedCount(), totalCount());
}

void RunController::onFinished(bool success, const QString &message)
{
    if (m_clock.isValid()) {
        m_elapsedBefore += m_clock.elapsed();
        m_clock.invalidate();
    }
    m_message = message;
    appendLog(message);
    if (success && m_rollingBack && finishedCount() == totalCount()) {
        // Everything the run created is gone: a new run starts from the beginning.
        if (m_journal)
            m_journal->reset();
        if (m_rollbackJournal)
            m_rollbackJournal->reset();
    }
    if (success)
        setState(finishedCount() < totalCount() ? State::Paused : State::Succeeded);
    else
        setState(m_cancelRequested ? State::Cancelled : State::Failed);
    emit finished(success, message);
}

} // namespace milink
