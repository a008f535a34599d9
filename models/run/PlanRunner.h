#pragma once

#include "StepRecord.h"
#include "plan/Plan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace milink {

class ArmClient;
class RunJournal;
class SqlSession;
struct SqlResult;

// Executes a plan step by step over the SQL sessions and the ARM client, the same
// way for the wizard and for `milink apply`:
//  - a step the journal records as finished is not repeated (its outputs are restored);
//  - otherwise its "already done?" check runs first, and a done step is skipped;
//  - the action runs, then the step's output is read and its wait condition polled;
//  - the journal is saved after every step, so a crash or a failure resumes where it stopped.
// Everything is asynchronous: the runner lives on the caller's thread (the UI thread
// in the wizard) and never blocks it. Sessions and the client are not owned and
// must outlive the runner.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
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

    bool isRunning() const { return m_running; }
    int currentIndex() const { return m_index; }

    // Runs every remaining step; finished() reports the end.
    void start();
    // Runs only the next remaining step (step-through mode); finished() follows it.
    void runNextStep();
    // Stops after aborting the running statement or request; finished(false, …).
    void cancel();

signals:
    void stepStarted(int index, const QString &stepId);
    void stepFinished(int index, const milink::StepRecord &record);
    // Progress of a wait or a long-running request, for the live log.
    void stepProgress(int index, const QString &message);
    void finished(bool success, const QString &message);

private:
    void runFrom(bool onlyOne);
    void runCurrentStep();
    void checkDone(std::function<void(bool done)> next);
    void checkArm(int checkIndex, std::function<void(bool done)> next);
    void runAction();
    void readOutput(const QJsonObject &armResult);
    void beginWait();
    void poll();
    void completeStep(StepRecord::Status status, const QString &message);
    void failStep(const QString &message, const QString &code = {}, const QString &serverText = {});
    void advance();
    void finish(bool success, const QString &message);
    void retireStepContext();

    void runSql(const QString &text, std::function<void(const SqlResult &)> done);
    SqlSession *sessionFor(const PlanStep &step) const;
    std::optional<QString> substituted(const QString &text);
    std::optional<QJsonObject> substitutedJson(const QJsonObject &object);
    const PlanStep &step() const { return m_plan.steps.at(m_index); }

    Plan m_plan;
    Services m_services;
    RunJournal *m_journal;
    QHash<QString, QString> m_values;
    int m_pollIntervalMs = -1;

    bool m_running = false;
    bool m_onlyOne = false;
    bool m_cancelled = false;
    int m_index = 0;
    StepRecord m_record;
    QDateTime m_waitDeadline;
    QPointer<QObject> m_stepContext; // owns this step's connections and timers
    quint64 m_generation = 0; // bumped when a step ends: older callbacks are ignored
};

} // namespace milink
