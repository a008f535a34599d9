#include "PlanRunner.h"

#include "RunJournal.h"
#include "RunLogging.h"
#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/ArmRequest.h"
#include "sql/SqlResult.h"
#include "sql/SqlSession.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace milink {

namespace {

// The JSON value at an RFC 6901 pointer ("/properties/publicBlob").
QJsonValue valueAt(const QJsonObject &root, const QString &pointer)
{
    QJsonValue current = root;
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.replace(QStringLiteral("~1"), QStringLiteral("/"));
        part.replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok)
                return {};
            current = current.toArray().at(index);
        } else {
            return {};
        }
    }
    return current;
}

bool hasRows(const SqlResult &result)
{
    for (const SqlResultSet &set : result.resultSets) {
        if (!set.rows.isEmpty())
            return true;
    }
    return false;
}

QString firstValue(const SqlResult &result)
{
    for (const SqlResultSet &set : result.resultSets) {
        if (!set.rows.isEmpty() && !set.rows.first().isEmpty())
            return set.rows.first().first().toString();
    }
    return {};
}

// The first rows of a diagnostic query, readable in a message.
QString describeRows(const SqlResult &result)
{
    QStringList lines;
    for (const SqlResultSet &set : result.resultSets) {
        for (const QVariantList &row : set.rows) {
            QStringList cells;
            for (int c = 0; c < row.size() && c < set.columns.size(); ++c)
                cells << set.columns.at(c) + QLatin1Char('=') + row.at(c).toString();
            lines << cells.join(QStringLiteral(", "));
            if (lines.size() >= 5)
                return lines.join(QLatin1Char('\n'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PlanRunner::PlanRunner(Plan plan, Services services, RunJournal *journal, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_services(services), m_journal(journal)
{
    for (const PlanParameter &parameter : std::as_const(m_plan.parameters)) {
        if (parameter.kind == PlanParameter::Kind::Setting)
            m_values.insert(parameter.name, parameter.value);
    }
    m_complete = QList<bool>(m_plan.steps.size(), false);

    // Instance-scope steps are barriers; between two of them, one lane per database.
    const qsizetype count = m_plan.steps.size();
    for (int i = 0; i < count;) {
        if (m_plan.steps.at(i).scope == PlanStep::Scope::Instance) {
            m_segments.append(QList<QList<int>> {QList<int> {i}});
            ++i;
            continue;
        }
        QList<QList<int>> lanes;
        QStringList keys;
        for (; i < count && m_plan.steps.at(i).scope == PlanStep::Scope::Database; ++i) {
            const PlanStep &s = m_plan.steps.at(i);
            const QString key = s.linkName + QLatin1Char('\n') + s.databaseName;
            qsizetype lane = keys.indexOf(key);
            if (lane < 0) {
                keys << key;
                lanes.append(QList<int>());
                lane = lanes.size() - 1;
            }
            lanes[lane].append(i);
        }
        m_segments.append(lanes);
    }

    for (SqlSession *session : {m_services.sqlServer, m_services.managedInstance}) {
        if (!session || m_sqlQueues.contains(session))
            continue;
        m_sqlQueues.insert(session, {});
        connect(session, &SqlSession::finished, this,
                [this, session](quint64 requestId, const SqlResult &result) {
                    sqlFinished(session, requestId, result);
                });
    }
}

PlanRunner::~PlanRunner() = default;

void PlanRunner::setValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
}

void PlanRunner::setMaxConcurrentDatabases(int lanes)
{
    m_maxLanes = qMax(1, lanes);
}

int PlanRunner::currentIndex() const
{
    return nextIncomplete();
}

QList<int> PlanRunner::runningSteps() const
{
    QList<int> indexes;
    for (const auto &entry : m_executions)
        indexes << entry.second.index;
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void PlanRunner::start()
{
    runFrom(false);
}

void PlanRunner::runNextStep()
{
    runFrom(true);
}

void PlanRunner::retryFrom(int index, bool onlyOne)
{
    if (m_running || index < 0 || index >= m_plan.steps.size())
        return;
    for (int i = index; i < m_plan.steps.size(); ++i) {
        m_complete[i] = false;
        const StepRecord *old = m_journal ? m_journal->record(m_plan.steps.at(i).id) : nullptr;
        if (!old)
            continue;
        // Pending keeps what the journal knows about created objects (the journal
        // merges `created`), so a rollback after the retry still removes them.
        StepRecord again = *old;
        again.status = StepRecord::Status::Pending;
        again.outputs.clear();
        again.message.clear();
        again.errorCode.clear();
        again.serverText.clear();
        m_journal->update(again);
    }
    runFrom(onlyOne);
}

void PlanRunner::runFrom(bool onlyOne)
{
    if (m_running)
        return;
    m_running = true;
    m_onlyOne = onlyOne;
    m_startedOne = false;
    m_stopping = false;
    m_failure.clear();
    m_segment = 0;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        if (!m_journal)
            continue; // without a journal, this runner's own memory counts
        const StepRecord *done = m_journal->record(m_plan.steps.at(i).id);
        m_complete[i] = done && done->isComplete();
        if (!m_complete[i])
            continue;
        for (auto it = done->outputs.cbegin(); it != done->outputs.cend(); ++it)
            m_values.insert(it.key(), it.value());
    }
    // Let the caller connect to the signals before the first one fires.
    scheduleLater();
}

void PlanRunner::scheduleLater()
{
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QTimer::singleShot(0, this, &PlanRunner::schedule);
}

void PlanRunner::schedule()
{
    m_schedulePending = false;
    if (!m_running)
        return;
    while (m_segment < m_segments.size()) {
        const QList<QList<int>> &lanes = m_segments.at(m_segment);
        if (!m_stopping && !(m_onlyOne && m_startedOne)) {
            // Each idle lane's next step; started in plan order.
            QList<std::pair<int, int>> candidates; // step index, lane
            for (int lane = 0; lane < lanes.size(); ++lane) {
                if (m_executions.count(lane))
                    continue;
                for (int index : lanes.at(lane)) {
                    if (!m_complete.at(index)) {
                        candidates.append({index, lane});
                        break;
                    }
                }
            }
            std::sort(candidates.begin(), candidates.end());
            for (const auto &[index, lane] : std::as_const(candidates)) {
                if (int(m_executions.size()) >= m_maxLanes || (m_onlyOne && m_startedOne))
                    break;
                startStep(lane, index);
                if (!m_running) // a slot of stepStarted cancelled the run
                    return;
            }
        }
        if (!m_executions.empty())
            return; // a finishing step schedules again
        if (m_stopping) {
            finish(false, m_failure);
            return;
        }
        if (m_onlyOne && m_startedOne) {
            const int next = nextIncomplete();
            if (next < m_plan.steps.size()) {
                finish(true,
                       tr("Step %1 of %2 done.").arg(m_lastStarted + 1).arg(m_plan.steps.size()));
                return;
            }
            break;
        }
        ++m_segment; // every step of this segment is complete
    }
    finish(true, tr("All %1 steps are done.").arg(m_plan.steps.size()));
}

void PlanRunner::startStep(int lane, int index)
{
    Execution execution;
    execution.index = index;
    execution.ticket = ++m_nextTicket;
    execution.context = new QObject(this);
    execution.record.stepId = m_plan.steps.at(index).id;
    execution.record.status = StepRecord::Status::Running;
    execution.record.startedAt = QDateTime::currentDateTimeUtc();
    execution.createsObject = m_plan.steps.at(index).undo.has_value();
    const quint64 ticket = execution.ticket;
    QObject *context = execution.context;
    m_executions[lane] = execution;
    m_startedOne = true;
    m_lastStarted = index;
    qCInfo(lcRun) << "step" << index + 1 << m_plan.steps.at(index).id;
    QTimer::singleShot(0, context, [this, ticket] { beginStep(ticket); });
    emit stepStarted(index, m_plan.steps.at(index).id);
}

PlanRunner::Execution *PlanRunner::execution(quint64 ticket)
{
    for (auto &entry : m_executions) {
        if (entry.second.ticket == ticket)
            return &entry.second;
    }
    return nullptr;
}

void PlanRunner::beginStep(quint64 ticket)
{
    Execution *e = execution(ticket);
    if (!e)
        return;
    if (m_plan.steps.at(e->index).alreadyDone) {
        readOutput(ticket, {});
        return;
    }
    checkDone(ticket, [this, ticket](bool done) {
        Execution *current = execution(ticket);
        if (!current)
            return;
        if (done) {
            current->record.message = tr("Already done; skipped.");
            current->record.status = StepRecord::Status::Skipped;
            readOutput(ticket, {});
        } else {
            runAction(ticket);
        }
    });
}

void PlanRunner::checkDone(quint64 ticket, std::function<void(bool)> next)
{
    const PlanStep &s = stepOf(ticket);
    if (!s.doneQuery.isEmpty() && s.target != PlanStep::Target::Arm) {
        const std::optional<QString> query = substituted(ticket, s.doneQuery);
        if (!query)
            return;
        runSql(ticket, *query, [this, ticket, next](const SqlResult &result) {
            if (!result.ok()) {
                failStep(ticket,
                         tr("Checking whether the step is already done failed: %1")
                             .arg(result.error.message),
                         result.error.nativeCode, result.error.serverText);
                return;
            }
            next(hasRows(result));
        });
        return;
    }
    if (!s.armDoneWhenAny.isEmpty()) {
        checkArm(ticket, 0, std::move(next));
        return;
    }
    next(false);
}

void PlanRunner::checkArm(quint64 ticket, int checkIndex, std::function<void(bool)> next)
{
    Execution *e = execution(ticket);
    if (!e)
        return;
    const QList<ArmCheck> &checks = m_plan.steps.at(e->index).armDoneWhenAny;
    if (checkIndex >= checks.size()) {
        next(false);
        return;
    }
    if (!m_services.arm) {
        failStep(ticket, tr("This step needs Azure, but milink is not signed in to Azure."));
        return;
    }
    const ArmCheck check = checks.at(checkIndex);
    ArmJob *job = m_services.arm->send(ArmRequest::get(
        m_services.instanceResourceId + check.path, QString::fromLatin1(ArmClient::sqlApiVersion)));
    job->setParent(e->context);
    connect(job, &ArmJob::finished, e->context, [this, job, check, checkIndex, next, ticket] {
        if (!execution(ticket))
            return;
        bool holds = false;
        if (job->succeeded()) {
            const QJsonObject body = job->result();
            switch (check.predicate) {
            case ArmCheck::Predicate::Exists: holds = true; break;
            case ArmCheck::Predicate::Absent: holds = false; break;
            case ArmCheck::Predicate::PropertyEquals:
                holds = valueAt(body, check.jsonPointer)
                            .toVariant()
                            .toString()
                            .compare(check.expected, Qt::CaseInsensitive)
                    == 0;
                break;
            case ArmCheck::Predicate::ListNotEmpty:
                holds = !body.value(QStringLiteral("value")).toArray().isEmpty();
                break;
            }
        } else if (job->error()->kind == ArmError::Kind::Http && job->error()->httpStatus == 404) {
            holds = check.predicate == ArmCheck::Predicate::Absent;
        } else {
            failStep(ticket,
                     tr("Checking the step's state in Azure failed: %1")
                         .arg(job->error()->toDisplayString()),
                     job->error()->code, job->error()->message);
            return;
        }
        if (holds)
            next(true);
        else
            checkArm(ticket, checkIndex + 1, next);
    });
}

void PlanRunner::runAction(quint64 ticket)
{
    const PlanStep &s = stepOf(ticket);
    if (s.target == PlanStep::Target::Arm && s.arm) {
        runArmAction(ticket);
        return;
    }
    if (s.tsql.isEmpty()) {
        execution(ticket)->record.status = StepRecord::Status::Done;
        readOutput(ticket, {});
        return;
    }
    const std::optional<QString> text = substituted(ticket, s.tsql);
    if (!text)
        return;
    const auto act = [this, ticket, text = *text] {
        runSql(ticket, text, [this, ticket](const SqlResult &result) {
            if (!result.ok()) {
                failStep(ticket, result.error.message, result.error.nativeCode,
                         result.error.serverText);
                return;
            }
            actionSucceeded(ticket, {});
        });
    };
    if (!s.undo || s.undo->existedBeforeQuery.isEmpty()) {
        act();
        return;
    }
    const std::optional<QString> before = substituted(ticket, s.undo->existedBeforeQuery);
    if (!before)
        return;
    runSql(ticket, *before, [this, ticket, act](const SqlResult &result) {
        if (!result.ok()) {
            failStep(
                ticket,
                tr("Checking what exists before the step failed: %1").arg(result.error.message),
                result.error.nativeCode, result.error.serverText);
            return;
        }
        execution(ticket)->createsObject = !hasRows(result);
        act();
    });
}

void PlanRunner::runArmAction(quint64 ticket)
{
    Execution *e = execution(ticket);
    if (!m_services.arm) {
        failStep(ticket, tr("This step needs Azure, but milink is not signed in to Azure."));
        return;
    }
    const ArmCall &call = *m_plan.steps.at(e->index).arm;
    const std::optional<QJsonObject> body = substitutedJson(ticket, call.body);
    if (!body)
        return;
    const QString path = m_services.instanceResourceId + call.path;
    ArmRequest request;
    const bool hasBody = call.method != "GET" && call.method != "DELETE";
    if (call.longRunning) {
        QString finalGet;
        if (call.method == "PUT" || call.method == "PATCH")
            finalGet = path;
        else if (call.method == "POST") // an action: read back the resource acted on
            finalGet = path.section(QLatin1Char('/'), 0, -2);
        request = ArmRequest::longRunning(
            call.method, path, call.apiVersion,
            hasBody ? std::optional<QJsonObject>(*body) : std::nullopt, finalGet);
    } else {
        request = ArmRequest::get(path, call.apiVersion);
        request.method = call.method;
        if (hasBody)
            request.body = *body;
    }
    ArmJob *job = m_services.arm->send(request);
    job->setParent(e->context);
    const int index = e->index;
    connect(job, &ArmJob::progress, e->context,
            [this, index, ticket](const QString &status, int percent) {
                if (!execution(ticket))
                    return;
                emit stepProgress(index,
                                  percent >= 0 ? tr("Azure: %1 (%2%)").arg(status).arg(percent)
                                               : tr("Azure: %1").arg(status));
            });
    connect(job, &ArmJob::finished, e->context, [this, job, ticket] {
        if (!execution(ticket))
            return;
        if (!job->succeeded()) {
            failStep(ticket, job->error()->toDisplayString(), job->error()->code,
                     job->error()->message);
            return;
        }
        actionSucceeded(ticket, job->result());
    });
}

void PlanRunner::actionSucceeded(quint64 ticket, const QJsonObject &armResult)
{
    Execution *e = execution(ticket);
    e->record.status = StepRecord::Status::Done;
    if (e->createsObject) {
        // Journaled at once: should the output or the wait fail, or the process
        // die, a rollback still knows that this run created the object.
        e->record.created = true;
        if (m_journal) {
            StepRecord interim = e->record;
            interim.status = StepRecord::Status::Running;
            m_journal->update(interim);
        }
    }
    readOutput(ticket, armResult);
}

void PlanRunner::readOutput(quint64 ticket, const QJsonObject &armResult)
{
    Execution *e = execution(ticket);
    if (e->record.status == StepRecord::Status::Running)
        e->record.status = StepRecord::Status::Skipped; // alreadyDone from discovery
    const PlanStep &s = m_plan.steps.at(e->index);
    const std::optional<StepOutput> &output = s.output;
    if (!output) {
        beginWait(ticket);
        return;
    }
    if (!output->jsonPointer.isEmpty() && s.target == PlanStep::Target::Arm) {
        if (armResult.isEmpty()) {
            if (!m_services.arm) {
                failStep(ticket,
                         tr("This step needs Azure, but milink is not signed in to Azure."));
                return;
            }
            // Skipped Azure step: read the value with a GET of the same resource.
            ArmJob *job = m_services.arm->send(
                ArmRequest::get(m_services.instanceResourceId + s.arm->path, s.arm->apiVersion));
            job->setParent(e->context);
            connect(job, &ArmJob::finished, e->context, [this, job, ticket] {
                if (!execution(ticket))
                    return;
                if (!job->succeeded()) {
                    failStep(ticket, job->error()->toDisplayString(), job->error()->code,
                             job->error()->message);
                    return;
                }
                readOutput(ticket, job->result());
            });
            return;
        }
        const QString value = valueAt(armResult, output->jsonPointer).toString();
        if (value.isEmpty()) {
            failStep(ticket,
                     tr("Azure's answer has no value at %1 for %2.")
                         .arg(output->jsonPointer, output->name));
            return;
        }
        m_values.insert(output->name, value);
        e->record.outputs.insert(output->name, value);
        beginWait(ticket);
        return;
    }
    const std::optional<QString> query = substituted(ticket, output->query);
    if (!query)
        return;
    runSql(ticket, *query, [this, ticket, name = output->name](const SqlResult &result) {
        if (!result.ok()) {
            failStep(ticket, tr("Reading %1 failed: %2").arg(name, result.error.message),
                     result.error.nativeCode, result.error.serverText);
            return;
        }
        const QString value = firstValue(result);
        if (value.isEmpty()) {
            failStep(ticket, tr("The server returned no value for %1.").arg(name));
            return;
        }
        m_values.insert(name, value);
        execution(ticket)->record.outputs.insert(name, value);
        beginWait(ticket);
    });
}

void PlanRunner::beginWait(quint64 ticket)
{
    Execution *e = execution(ticket);
    const std::optional<WaitCondition> &wait = m_plan.steps.at(e->index).wait;
    if (!wait) {
        completeStep(ticket);
        return;
    }
    e->waitDeadline = QDateTime::currentDateTimeUtc().addSecs(wait->timeoutSeconds);
    poll(ticket);
}

void PlanRunner::poll(quint64 ticket)
{
    const WaitCondition wait = *stepOf(ticket).wait;
    const std::optional<QString> query = substituted(ticket, wait.query);
    if (!query)
        return;
    runSql(ticket, *query, [this, ticket, wait](const SqlResult &result) {
        Execution *e = execution(ticket);
        if (!result.ok()) {
            failStep(ticket, tr("Waiting failed: %1").arg(result.error.message),
                     result.error.nativeCode, result.error.serverText);
            return;
        }
        if (hasRows(result)) {
            if (e->record.status == StepRecord::Status::Skipped)
                e->record.status = StepRecord::Status::Done;
            completeStep(ticket);
            return;
        }
        if (QDateTime::currentDateTimeUtc() >= e->waitDeadline) {
            const QString timeout = wait.timeoutMessage.isEmpty()
                ? tr("The condition was not met within %1 seconds.").arg(wait.timeoutSeconds)
                : wait.timeoutMessage;
            if (wait.diagnosticQuery.isEmpty()) {
                failStep(ticket, timeout);
                return;
            }
            const std::optional<QString> diagnostic = substituted(ticket, wait.diagnosticQuery);
            if (!diagnostic)
                return;
            runSql(ticket, *diagnostic, [this, ticket, timeout](const SqlResult &details) {
                failStep(ticket, timeout, {}, describeRows(details));
            });
            return;
        }
        emit stepProgress(e->index, tr("Waiting…"));
        const int interval = m_pollIntervalMs >= 0 ? m_pollIntervalMs : wait.pollSeconds * 1000;
        QTimer::singleShot(interval, e->context, [this, ticket] {
            if (execution(ticket))
                poll(ticket);
        });
    });
}

void PlanRunner::completeStep(quint64 ticket)
{
    Execution *e = execution(ticket);
    e->record.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_journal) {
        const QString error = m_journal->update(e->record);
        if (!error.isEmpty()) {
            failStep(ticket, error);
            return;
        }
    }
    const int index = e->index;
    const StepRecord record = e->record;
    m_complete[index] = true;
    endExecution(ticket);
    emit stepFinished(index, record);
    scheduleLater();
}

void PlanRunner::failStep(quint64 ticket, const QString &message, const QString &code,
                          const QString &serverText)
{
    Execution *e = execution(ticket);
    if (!e)
        return;
    const PlanStep &s = m_plan.steps.at(e->index);
    qCWarning(lcRun) << "step" << s.id << "failed:" << code << message;
    e->record.status = StepRecord::Status::Failed;
    e->record.message = message;
    e->record.errorCode = code;
    e->record.serverText = serverText;
    e->record.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_journal)
        m_journal->update(e->record); // the failure itself; a write error changes nothing here
    const int index = e->index;
    const StepRecord record = e->record;
    endExecution(ticket);
    if (!m_stopping) {
        m_stopping = true;
        m_failure = tr("Step %1 of %2 (%3) failed: %4")
                        .arg(index + 1)
                        .arg(m_plan.steps.size())
                        .arg(s.title, message);
    }
    emit stepFinished(index, record);
    scheduleLater();
}

void PlanRunner::endExecution(quint64 ticket)
{
    for (auto it = m_executions.begin(); it != m_executions.end(); ++it) {
        if (it->second.ticket != ticket)
            continue;
        // deleteLater keeps a sender that is emitting right now alive until it returns.
        if (it->second.context)
            it->second.context->deleteLater();
        m_executions.erase(it);
        break;
    }
    for (SessionQueue &queue : m_sqlQueues) {
        queue.waiting.erase(std::remove_if(queue.waiting.begin(), queue.waiting.end(),
                                           [ticket](const PendingSql &pending) {
                                               return pending.ticket == ticket;
                                           }),
                            queue.waiting.end());
    }
}

void PlanRunner::cancel()
{
    if (!m_running)
        return;
    // Retire first: an aborted ARM job reports its failure synchronously from
    // cancelAll(), and that report must not fail a step a second time.
    std::map<int, Execution> stopped;
    stopped.swap(m_executions);
    for (auto &entry : stopped) {
        if (entry.second.context)
            entry.second.context->deleteLater();
    }
    for (auto it = m_sqlQueues.begin(); it != m_sqlQueues.end(); ++it) {
        it->waiting.clear(); // T-SQL of any lane not sent yet never reaches the server
        if (it->inFlight)
            it.key()->cancel();
    }
    if (m_services.arm)
        m_services.arm->cancelAll();

    QList<Execution> byIndex;
    for (auto &entry : stopped)
        byIndex << entry.second;
    std::sort(byIndex.begin(), byIndex.end(),
              [](const Execution &a, const Execution &b) { return a.index < b.index; });
    const int at = byIndex.isEmpty() ? nextIncomplete() : byIndex.first().index;
    for (Execution &e : byIndex) {
        e.record.status = StepRecord::Status::Cancelled;
        e.record.finishedAt = QDateTime::currentDateTimeUtc();
        e.record.message = tr("Cancelled. The step may have been partly applied; resuming "
                              "checks first whether it is done.");
        if (m_journal)
            m_journal->update(e.record);
        emit stepFinished(e.index, e.record);
    }
    finish(false,
           tr("The run was cancelled at step %1 of %2. Resume it to continue.")
               .arg(qMin(at + 1, int(m_plan.steps.size())))
               .arg(m_plan.steps.size()));
}

void PlanRunner::finish(bool success, const QString &message)
{
    m_running = false;
    for (auto &entry : m_executions) {
        if (entry.second.context)
            entry.second.context->deleteLater();
    }
    m_executions.clear();
    emit finished(success, message);
}

bool PlanRunner::isComplete(int index) const
{
    return m_complete.at(index);
}

int PlanRunner::nextIncomplete() const
{
    for (int i = 0; i < m_complete.size(); ++i) {
        if (!m_complete.at(i))
            return i;
    }
    return int(m_plan.steps.size());
}

void PlanRunner::runSql(quint64 ticket, const QString &text,
                        std::function<void(const SqlResult &)> done)
{
    const PlanStep &s = stepOf(ticket);
    SqlSession *session = sessionFor(s);
    if (!session || !m_sqlQueues.contains(session)) {
        failStep(ticket,
                 s.target == PlanStep::Target::ManagedInstance
                     ? tr("This step runs T-SQL on the managed instance; connect to it first.")
                     : tr("This step runs T-SQL on SQL Server; connect to it first."));
        return;
    }
    m_sqlQueues[session].waiting.append({ticket, text, std::move(done)});
    pumpSql(session);
}

void PlanRunner::pumpSql(SqlSession *session)
{
    SessionQueue &queue = m_sqlQueues[session];
    while (!queue.inFlight && !queue.waiting.isEmpty()) {
        PendingSql next = queue.waiting.takeFirst();
        if (!execution(next.ticket))
            continue;
        queue.current = std::move(next);
        queue.inFlight = true;
        queue.inFlightRequest = session->execute(queue.current.text);
    }
}

void PlanRunner::sqlFinished(SqlSession *session, quint64 requestId, const SqlResult &result)
{
    auto it = m_sqlQueues.find(session);
    if (it == m_sqlQueues.end() || !it->inFlight || it->inFlightRequest != requestId)
        return; // another user of the session, or not ours
    PendingSql current = std::move(it->current);
    it->inFlight = false;
    // `done` may queue more T-SQL; the queue is looked up again afterwards.
    if (execution(current.ticket))
        current.done(result);
    pumpSql(session);
}

SqlSession *PlanRunner::sessionFor(const PlanStep &s) const
{
    // Azure steps may still read T-SQL values (outputs, waits) from SQL Server.
    return s.target == PlanStep::Target::ManagedInstance ? m_services.managedInstance
                                                         : m_services.sqlServer;
}

std::optional<QString> PlanRunner::substituted(quint64 ticket, const QString &text)
{
    const Plan::Substitution result = Plan::substitute(text, m_values);
    if (!result.text) {
        failStep(ticket,
                 tr("The step needs the value %1, which was not given. Provide it (secrets are "
                    "asked for or read from the keychain) and resume.")
                     .arg(result.missing));
        return std::nullopt;
    }
    return result.text;
}

std::optional<QJsonObject> PlanRunner::substitutedJson(quint64 ticket, const QJsonObject &object)
{
    QJsonObject out;
    const auto substitute = [this, ticket](const QString &text) -> std::optional<QString> {
        const Plan::Substitution result = Plan::substitute(text, m_values, true);
        if (!result.text) {
            failStep(
                ticket,
                tr("The request needs the value %1, which was not given.").arg(result.missing));
            return std::nullopt;
        }
        return result.text;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString()) {
            const std::optional<QString> text = substitute(it.value().toString());
            if (!text)
                return std::nullopt;
            out.insert(it.key(), *text);
        } else if (it.value().isObject()) {
            const std::optional<QJsonObject> inner = substitutedJson(ticket, it.value().toObject());
            if (!inner)
                return std::nullopt;
            out.insert(it.key(), *inner);
        } else if (it.value().isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : it.value().toArray()) {
                if (item.isObject()) {
                    const std::optional<QJsonObject> inner
                        = substitutedJson(ticket, item.toObject());
                    if (!inner)
                        return std::nullopt;
                    array.append(*inner);
                } else if (item.isString()) {
                    const std::optional<QString> text = substitute(item.toString());
                    if (!text)
                        return std::nullopt;
                    array.append(*text);
                } else {
                    array.append(item);
                }
            }
            out.insert(it.key(), array);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace milink
