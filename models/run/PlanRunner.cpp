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
}

PlanRunner::~PlanRunner() = default;

void PlanRunner::setValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
}

void PlanRunner::start()
{
    runFrom(false);
}

void PlanRunner::runNextStep()
{
    runFrom(true);
}

void PlanRunner::runFrom(bool onlyOne)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_onlyOne = onlyOne;
    // Start at the first step the journal does not record as finished.
    m_index = 0;
    while (m_index < m_plan.steps.size()) {
        const StepRecord *done = m_journal ? m_journal->record(step().id) : nullptr;
        if (!done || !done->isComplete())
            break;
        for (auto it = done->outputs.cbegin(); it != done->outputs.cend(); ++it)
            m_values.insert(it.key(), it.value());
        ++m_index;
    }
    // Let the caller connect to the signals before the first one fires.
    QTimer::singleShot(0, this, &PlanRunner::runCurrentStep);
}

void PlanRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Retire first: an aborted ARM job reports its failure synchronously from
    // cancelAll(), and that report must not fail the step a second time.
    retireStepContext(); // pending callbacks and poll timers of this step are ignored
    if (SqlSession *session = m_index < m_plan.steps.size() ? sessionFor(step()) : nullptr)
        session->cancel();
    if (m_services.arm)
        m_services.arm->cancelAll();
    m_record.status = StepRecord::Status::Cancelled;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    m_record.message = tr("Cancelled. The step may have been partly applied; resuming checks "
                          "first whether it is done.");
    if (m_journal)
        m_journal->update(m_record);
    emit stepFinished(m_index, m_record);
    finish(false,
           tr("The run was cancelled at step %1 of %2. Resume it to continue.")
               .arg(m_index + 1)
               .arg(m_plan.steps.size()));
}

void PlanRunner::runCurrentStep()
{
    if (m_cancelled)
        return;
    if (m_index >= m_plan.steps.size()) {
        finish(true, tr("All %1 steps are done.").arg(m_plan.steps.size()));
        return;
    }
    retireStepContext();
    m_stepContext = new QObject(this);
    m_record = StepRecord();
    m_record.stepId = step().id;
    m_record.status = StepRecord::Status::Running;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcRun) << "step" << m_index + 1 << step().id;
    emit stepStarted(m_index, step().id);

    if (step().alreadyDone) {
        readOutput({});
        return;
    }
    checkDone([this](bool done) {
        if (done) {
            m_record.message = tr("Already done; skipped.");
            m_record.status = StepRecord::Status::Skipped;
            readOutput({});
        } else {
            runAction();
        }
    });
}

void PlanRunner::checkDone(std::function<void(bool)> next)
{
    const PlanStep &s = step();
    if (!s.doneQuery.isEmpty() && s.target != PlanStep::Target::Arm) {
        const std::optional<QString> query = substituted(s.doneQuery);
        if (!query)
            return;
        runSql(*query, [this, next](const SqlResult &result) {
            if (!result.ok()) {
                failStep(tr("Checking whether the step is already done failed: %1")
                             .arg(result.error.message),
                         result.error.nativeCode, result.error.serverText);
                return;
            }
            next(hasRows(result));
        });
        return;
    }
    if (!s.armDoneWhenAny.isEmpty()) {
        checkArm(0, std::move(next));
        return;
    }
    next(false);
}

void PlanRunner::checkArm(int checkIndex, std::function<void(bool)> next)
{
    const QList<ArmCheck> &checks = step().armDoneWhenAny;
    if (checkIndex >= checks.size()) {
        next(false);
        return;
    }
    if (!m_services.arm) {
        failStep(tr("This step needs Azure, but milink is not signed in to Azure."));
        return;
    }
    const ArmCheck check = checks.at(checkIndex);
    ArmJob *job = m_services.arm->send(ArmRequest::get(
        m_services.instanceResourceId + check.path, QString::fromLatin1(ArmClient::sqlApiVersion)));
    job->setParent(m_stepContext);
    connect(job, &ArmJob::finished, m_stepContext,
            [this, job, check, checkIndex, next, generation = m_generation] {
                if (generation != m_generation)
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
                } else if (job->error()->kind == ArmError::Kind::Http
                           && job->error()->httpStatus == 404) {
                    holds = check.predicate == ArmCheck::Predicate::Absent;
                } else {
                    failStep(tr("Checking the step's state in Azure failed: %1")
                                 .arg(job->error()->toDisplayString()),
                             job->error()->code, job->error()->message);
                    return;
                }
                if (holds)
                    next(true);
                else
                    checkArm(checkIndex + 1, next);
            });
}

void PlanRunner::runAction()
{
    const PlanStep &s = step();
    if (s.target == PlanStep::Target::Arm && s.arm) {
        if (!m_services.arm) {
            failStep(tr("This step needs Azure, but milink is not signed in to Azure."));
            return;
        }
        const ArmCall &call = *s.arm;
        const std::optional<QJsonObject> body = substitutedJson(call.body);
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
        job->setParent(m_stepContext);
        connect(job, &ArmJob::progress, m_stepContext, [this](const QString &status, int percent) {
            emit stepProgress(m_index,
                              percent >= 0 ? tr("Azure: %1 (%2%)").arg(status).arg(percent)
                                           : tr("Azure: %1").arg(status));
        });
        connect(job, &ArmJob::finished, m_stepContext, [this, job, generation = m_generation] {
            if (generation != m_generation)
                return;
            if (!job->succeeded()) {
                failStep(job->error()->toDisplayString(), job->error()->code,
                         job->error()->message);
                return;
            }
            m_record.status = StepRecord::Status::Done;
            readOutput(job->result());
        });
        return;
    }
    if (s.tsql.isEmpty()) {
        m_record.status = StepRecord::Status::Done;
        readOutput({});
        return;
    }
    const std::optional<QString> text = substituted(s.tsql);
    if (!text)
        return;
    runSql(*text, [this](const SqlResult &result) {
        if (!result.ok()) {
            failStep(result.error.message, result.error.nativeCode, result.error.serverText);
            return;
        }
        m_record.status = StepRecord::Status::Done;
        readOutput({});
    });
}

void PlanRunner::readOutput(const QJsonObject &armResult)
{
    if (m_record.status == StepRecord::Status::Running)
        m_record.status = StepRecord::Status::Skipped; // alreadyDone from discovery
    const std::optional<StepOutput> &output = step().output;
    if (!output) {
        beginWait();
        return;
    }
    if (!output->jsonPointer.isEmpty() && step().target == PlanStep::Target::Arm) {
        const QJsonObject source = armResult;
        if (source.isEmpty()) {
            // Skipped Azure step: read the value with a GET of the same resource.
            ArmJob *job = m_services.arm->send(ArmRequest::get(
                m_services.instanceResourceId + step().arm->path, step().arm->apiVersion));
            job->setParent(m_stepContext);
            connect(job, &ArmJob::finished, m_stepContext, [this, job, generation = m_generation] {
                if (generation != m_generation)
                    return;
                if (!job->succeeded()) {
                    failStep(job->error()->toDisplayString(), job->error()->code,
                             job->error()->message);
                    return;
                }
                readOutput(job->result());
            });
            return;
        }
        const QString value = valueAt(source, output->jsonPointer).toString();
        if (value.isEmpty()) {
            failStep(tr("Azure's answer has no value at %1 for %2.")
                         .arg(output->jsonPointer, output->name));
            return;
        }
        m_values.insert(output->name, value);
        m_record.outputs.insert(output->name, value);
        beginWait();
        return;
    }
    const std::optional<QString> query = substituted(output->query);
    if (!query)
        return;
    runSql(*query, [this, name = output->name](const SqlResult &result) {
        if (!result.ok()) {
            failStep(tr("Reading %1 failed: %2").arg(name, result.error.message),
                     result.error.nativeCode, result.error.serverText);
            return;
        }
        const QString value = firstValue(result);
        if (value.isEmpty()) {
            failStep(tr("The server returned no value for %1.").arg(name));
            return;
        }
        m_values.insert(name, value);
        m_record.outputs.insert(name, value);
        beginWait();
    });
}

void PlanRunner::beginWait()
{
    const std::optional<WaitCondition> &wait = step().wait;
    if (!wait) {
        completeStep(m_record.status, m_record.message);
        return;
    }
    m_waitDeadline = QDateTime::currentDateTimeUtc().addSecs(wait->timeoutSeconds);
    poll();
}

void PlanRunner::poll()
{
    const WaitCondition wait = *step().wait;
    const std::optional<QString> query = substituted(wait.query);
    if (!query)
        return;
    runSql(*query, [this, wait](const SqlResult &result) {
        if (!result.ok()) {
            failStep(tr("Waiting failed: %1").arg(result.error.message), result.error.nativeCode,
                     result.error.serverText);
            return;
        }
        if (hasRows(result)) {
            completeStep(m_record.status == StepRecord::Status::Skipped ? StepRecord::Status::Done
                                                                        : m_record.status,
                         m_record.message);
            return;
        }
        if (QDateTime::currentDateTimeUtc() >= m_waitDeadline) {
            const QString timeout = wait.timeoutMessage.isEmpty()
                ? tr("The condition was not met within %1 seconds.").arg(wait.timeoutSeconds)
                : wait.timeoutMessage;
            if (wait.diagnosticQuery.isEmpty()) {
                failStep(timeout);
                return;
            }
            const std::optional<QString> diagnostic = substituted(wait.diagnosticQuery);
            if (!diagnostic)
                return;
            runSql(*diagnostic, [this, timeout](const SqlResult &details) {
                failStep(timeout, {}, describeRows(details));
            });
            return;
        }
        emit stepProgress(m_index, tr("Waiting…"));
        const int interval = m_pollIntervalMs >= 0 ? m_pollIntervalMs : wait.pollSeconds * 1000;
        QTimer::singleShot(interval, m_stepContext, [this, generation = m_generation] {
            if (generation == m_generation)
                poll();
        });
    });
}

void PlanRunner::completeStep(StepRecord::Status status, const QString &message)
{
    m_record.status = status;
    m_record.message = message;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_journal) {
        const QString error = m_journal->update(m_record);
        if (!error.isEmpty()) {
            failStep(error);
            return;
        }
    }
    emit stepFinished(m_index, m_record);
    advance();
}

void PlanRunner::failStep(const QString &message, const QString &code, const QString &serverText)
{
    qCWarning(lcRun) << "step" << step().id << "failed:" << code << message;
    m_record.status = StepRecord::Status::Failed;
    m_record.message = message;
    m_record.errorCode = code;
    m_record.serverText = serverText;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_journal)
        m_journal->update(m_record); // the failure itself; a write error changes nothing here
    emit stepFinished(m_index, m_record);
    finish(false,
           tr("Step %1 of %2 (%3) failed: %4")
               .arg(m_index + 1)
               .arg(m_plan.steps.size())
               .arg(step().title, message));
}

void PlanRunner::advance()
{
    ++m_index;
    if (m_onlyOne && m_index < m_plan.steps.size()) {
        finish(true, tr("Step %1 of %2 done.").arg(m_index).arg(m_plan.steps.size()));
        return;
    }
    QTimer::singleShot(0, this, &PlanRunner::runCurrentStep);
}

void PlanRunner::retireStepContext()
{
    // Callbacks of the old step may still be queued (a late SQL answer, a poll
    // timer); the generation makes them no-ops, deleteLater keeps a sender that
    // is emitting right now alive until it returns.
    ++m_generation;
    if (m_stepContext)
        m_stepContext->deleteLater();
    m_stepContext = nullptr;
}

void PlanRunner::finish(bool success, const QString &message)
{
    m_running = false;
    retireStepContext();
    emit finished(success, message);
}

void PlanRunner::runSql(const QString &text, std::function<void(const SqlResult &)> done)
{
    SqlSession *session = sessionFor(step());
    if (!session) {
        failStep(step().target == PlanStep::Target::ManagedInstance
                     ? tr("This step runs T-SQL on the managed instance; connect to it first.")
                     : tr("This step runs T-SQL on SQL Server; connect to it first."));
        return;
    }
    const quint64 id = session->execute(text);
    connect(
        session, &SqlSession::finished, m_stepContext,
        [this, id, done, generation = m_generation](quint64 requestId, const SqlResult &result) {
            if (requestId == id && generation == m_generation)
                done(result);
        });
}

SqlSession *PlanRunner::sessionFor(const PlanStep &s) const
{
    // Azure steps may still read T-SQL values (outputs, waits) from SQL Server.
    return s.target == PlanStep::Target::ManagedInstance ? m_services.managedInstance
                                                         : m_services.sqlServer;
}

std::optional<QString> PlanRunner::substituted(const QString &text)
{
    const Plan::Substitution result = Plan::substitute(text, m_values);
    if (!result.text) {
        failStep(tr("The step needs the value %1, which was not given. Provide it (secrets are "
                    "asked for or read from the keychain) and resume.")
                     .arg(result.missing));
        return std::nullopt;
    }
    return result.text;
}

std::optional<QJsonObject> PlanRunner::substitutedJson(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString()) {
            const Plan::Substitution result
                = Plan::substitute(it.value().toString(), m_values, true);
            if (!result.text) {
                failStep(
                    tr("The request needs the value %1, which was not given.").arg(result.missing));
                return std::nullopt;
            }
            out.insert(it.key(), *result.text);
        } else if (it.value().isObject()) {
            const std::optional<QJsonObject> inner = substitutedJson(it.value().toObject());
            if (!inner)
                return std::nullopt;
            out.insert(it.key(), *inner);
        } else if (it.value().isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : it.value().toArray()) {
                if (item.isObject()) {
                    const std::optional<QJsonObject> inner = substitutedJson(item.toObject());
                    if (!inner)
                        return std::nullopt;
                    array.append(*inner);
                } else if (item.isString()) {
                    const Plan::Substitution result
                        = Plan::substitute(item.toString(), m_values, true);
                    if (!result.text) {
                        failStep(tr("The request needs the value %1, which was not given.")
                                     .arg(result.missing));
                        return std::nullopt;
                    }
                    array.append(*result.text);
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
