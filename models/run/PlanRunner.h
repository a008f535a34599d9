#pragma once

#include "StepRecord.h"
#include "plan/Plan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace milink {

class ArmClient;
class RunJournal;
class SqlSession;
struct SqlResult;

// Executes a plan over the SQL sessions and the ARM client, the same way for the
// wizard and for `milink apply`:
//  - a step the journal records as finished is not repeated (its outputs are restored);
//  - otherwise its "already done?" check runs first, and a done step is skipped;
//  - the action runs, then the step's output is read and its wait condition polled;
//  - the journal is saved after every step, so a crash or a failure resumes where it stopped.
//
// Concurrency: a contiguous run of database-scope steps (between two instance-scope
// steps, which are barriers) is split into one lane per database; lanes keep their
// steps' order and up to maxConcurrentDatabases() lanes run at once, so the waits of
// different databases (connection, seeding) overlap. T-SQL of all lanes on one
// session goes through a queue in the runner, one request at a time, so that a
// cancel can drop what was not sent yet. When a step fails, the other lanes finish
// the step they are running and the run stops with the first failure.
//
// Everything is asynchronous: the runner lives on the caller's thread (the UI thread
// in the wizard) and never blocks it. Sessions and the client are not owned and
// must outlive the runner.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxConcurrentDatabases = 8;

    struct Services
    {
        SqlSession *sqlServer = nullptr;
        SqlSession *managedInstance = nullptr; // only for plans with managed-instance T-SQL
        ArmClient *arm = nullptr;
        QString instanceResourceId; // ARM paths of the plan are relative to it
    };

    PlanRunner(Plan plan, Services services, RunJournal *journal, QObject *parent = nullptr);
    ~PlanRunner() override;

    const Plan &plan() const { return m_plan; }
    // Settings and secrets the plan's `$(Name)` references need; produced values
    // are added as steps produce them.
    void setValue(const QString &name, const QString &value);
    QString value(const QString &name) const { return m_values.value(name); }
    // Overrides the plans' poll interval of wait conditions (tests, time-scaled demos).
    void setPollIntervalMs(int milliseconds) { m_pollIntervalMs = milliseconds; }
    // How many databases' lanes run at once (at least 1); takes effect for lanes
    // started afterwards.
    void setMaxConcurrentDatabases(int lanes);
    int maxConcurrentDatabases() const { return m_maxLanes; }

    bool isRunning() const { return m_running; }
    // The first step not finished yet (plan size when all are).
    int currentIndex() const;
    // The steps executing right now, in plan order.
    QList<int> runningSteps() const;

    // Runs every remaining step; finished() reports the end.
    void start();
    // Runs only the next remaining step in plan order (step-through mode);
    // finished() follows it.
    void runNextStep();
    // Runs step `index` and every later step again although the journal records
    // them as finished (their done checks still skip what is in place); earlier
    // finished steps stay finished. `onlyOne`: step-through.
    void retryFrom(int index, bool onlyOne = false);
    // Stops every lane after aborting the running statement and Azure requests;
    // T-SQL not sent yet is dropped. finished(false, …).
    void cancel();

signals:
    void stepStarted(int index, const QString &stepId);
    void stepFinished(int index, const milink::StepRecord &record);
    // Progress of a wait or a long-running request, for the live log.
    void stepProgress(int index, const QString &message);
    void finished(bool success, const QString &message);

private:
    // One step being executed. `ticket` is unique per execution: callbacks carry
    // it, and once the step ended no execution has it any more, so late answers
    // (a SQL result, a poll timer, an ARM job) are ignored.
    struct Execution
    {
        int index = -1;
        quint64 ticket = 0;
        StepRecord record;
        QDateTime waitDeadline;
        QPointer<QObject> context; // owns this step's connections and timers
        bool createsObject = false;
    };
    struct PendingSql
    {
        quint64 ticket = 0;
        QString text;
        std::function<void(const SqlResult &)> done;
    };
    struct SessionQueue
    {
        QList<PendingSql> waiting;
        quint64 inFlightRequest = 0;
        bool inFlight = false;
        PendingSql current;
    };

    void runFrom(bool onlyOne);
    void schedule();
    void scheduleLater();
    void startStep(int lane, int index);
    void beginStep(quint64 ticket);
    void checkDone(quint64 ticket, std::function<void(bool done)> next);
    void checkArm(quint64 ticket, int checkIndex, std::function<void(bool done)> next);
    void runAction(quint64 ticket);
    void runArmAction(quint64 ticket);
    void actionSucceeded(quint64 ticket, const QJsonObject &armResult);
    void readOutput(quint64 ticket, const QJsonObject &armResult);
    void beginWait(quint64 ticket);
    void poll(quint64 ticket);
    void completeStep(quint64 ticket);
    void failStep(quint64 ticket, const QString &message, const QString &code = {},
                  const QString &serverText = {});
    void endExecution(quint64 ticket);
    void finish(bool success, const QString &message);
    bool isComplete(int index) const;
    int nextIncomplete() const;

    void runSql(quint64 ticket, const QString &text, std::function<void(const SqlResult &)> done);
    void pumpSql(SqlSession *session);
    void sqlFinished(SqlSession *session, quint64 requestId, const SqlResult &result);
    SqlSession *sessionFor(const PlanStep &step) const;
    std::optional<QString> substituted(quint64 ticket, const QString &text);
    std::optional<QJsonObject> substitutedJson(quint64 ticket, const QJsonObject &object);
    Execution *execution(quint64 ticket);
    const PlanStep &stepOf(quint64 ticket) { return m_plan.steps.at(execution(ticket)->index); }

    Plan m_plan;
    Services m_services;
    RunJournal *m_journal;
    QHash<QString, QString> m_values;
    int m_pollIntervalMs = -1;
    int m_maxLanes = kDefaultMaxConcurrentDatabases;

    // Segments of the plan: an instance-scope step alone, or a run of
    // database-scope steps split into lanes (step indexes in plan order).
    QList<QList<QList<int>>> m_segments;
    QList<bool> m_complete; // per step, in this runner (journal or run)

    bool m_running = false;
    bool m_onlyOne = false;
    bool m_startedOne = false;
    bool m_stopping = false; // a step failed: start nothing new
    bool m_schedulePending = false;
    QString m_failure; // the first failure's message
    int m_segment = 0;
    std::map<int, Execution> m_executions; // by lane of the current segment
    quint64 m_nextTicket = 0;
    int m_lastStarted = -1;
    QHash<SqlSession *, SessionQueue> m_sqlQueues;
};

} // namespace milink
