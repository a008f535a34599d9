#pragma once

#include "plan/Plan.h"
#include "run/StepRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <QString>
#include <QStringList>
#include <functional>

#include <memory>

namespace milink {

class LinkSession;
class PlanRunner;
class RunJournal;

// What the Executing and Results pages show for one step.
struct RunStepState
{
    int index = 0;
    QString id;
    QString title;
    QString target; // "SQL Server", "Managed instance", "Azure", tr()
    QString databaseName;
    bool destructive = false;
    StepRecord::Status status = StepRecord::Status::Pending;
    QString message; // the explanation
    QString errorCode; // SQL Server error number or Azure error code
    QString serverText; // the raw text of the server or Azure
    bool created = false; // this run created what the step makes
};

// Executes one plan for the Executing and Results pages of every wizard: owns the
// PlanRunner and the RunJournal (next to the project, LinkSession::journalPath),
// runs all steps or one at a time, cancels, retries from a step (that step and
// every later one run again; the journal is kept), and rolls back what the run
// created with a plan of its own and a journal of its own. Exposes per-step
// status, progress, elapsed time and a live log through signals; no widgets,
// never waits. Secrets given to prepare() go to the runner only: never to the
// log, the journal or a file.
class RunController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // prepared, nothing started in this session
        Running,
        Paused, // step-through: the step ran, the next one waits for the user
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)
    enum class Mode { RunAll, StepThrough };
    Q_ENUM(Mode)

    explicit RunController(LinkSession *session, QObject *parent = nullptr);
    ~RunController() override;

    // Loads `plan` with its journal (default: the session's journal for the
    // plan's operation); steps an earlier run finished show as such and will not
    // run again. `values`: secrets and other values the plan's steps need.
    // Returns an empty string, or why the journal cannot be used.
    QString prepare(const Plan &plan, const QHash<QString, QString> &values,
                    const QString &journalPath = {});

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Databases whose steps run at once (PlanRunner's lanes), default 8.
    void setMaxConcurrentDatabases(int lanes);
    int maxConcurrentDatabases() const { return m_maxLanes; }
    // Overrides the plans' poll interval of waits (tests, time-scaled demos).
    void setPollIntervalMs(int milliseconds) { m_pollIntervalMs = milliseconds; }

    State state() const { return m_state; }
    bool isPrepared() const { return m_runner != nullptr; }
    // True once rollback() started: plan() and steps() are the rollback's.
    bool isRollback() const { return m_rollingBack; }
    const Plan &plan() const { return m_activePlan; }
    QList<RunStepState> steps() const { return m_steps; }
    int finishedCount() const;
    int totalCount() const { return int(m_steps.size()); }
    // The first failed step of the last run, or -1.
    int failedIndex() const;
    qint64 elapsedMs() const;
    QStringList logLines() const { return m_log; }
    QString lastMessage() const { return m_message; }
    QString journalPath() const { return m_journalPath; }

    bool canStart() const;
    bool canRunNextStep() const;
    bool canCancel() const { return m_state == State::Running; }
    bool canRetry() const;
    // Something this run created (per the journal) can be removed.
    bool canRollback() const;

public slots:
    // Run all: every remaining step. Step through: the next step only.
    void start();
    void runNextStep();
    // Every remaining step, also in step-through mode ("run the rest").
    void runAll();
    void cancel();
    // Runs step `index` and everything after it again (failed step first).
    void retryFrom(int index);
    // Builds the rollback plan from the journal and runs it; plan() and steps()
    // switch to it. Does nothing when canRollback() is false.
    void rollback();

signals:
    void stateChanged(milink::RunController::State state);
    // plan() and steps() were replaced (prepare, rollback).
    void stepsReset();
    void stepChanged(int index);
    void progressChanged(int finished, int total);
    void logLine(const QString &line);
    void finished(bool success, const QString &message);

private:
    void attach(const Plan &plan, RunJournal *journal, const QHash<QString, QString> &values);
    void setState(State state);
    void appendLog(const QString &line);
    void onStepStarted(int index);
    void onStepFinished(int index, const StepRecord &record);
    void onFinished(bool success, const QString &message);
    void begin(bool onlyOne, int retryIndex = -1);
    void reconnectThen(const std::function<void()> &next);

    LinkSession *m_session;
    Mode m_mode = Mode::RunAll;
    int m_maxLanes;
    int m_pollIntervalMs = -1;
    State m_state = State::Idle;
    bool m_rollingBack = false;
    bool m_cancelRequested = false;

    Plan m_plan; // the operation's plan
    QHash<QString, QString> m_values;
    QString m_journalPath;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<RunJournal> m_rollbackJournal;
    std::unique_ptr<PlanRunner> m_runner; // the active one (the rollback's while rolling back)

    Plan m_activePlan;
    QList<RunStepState> m_steps;
    QStringList m_log;
    QString m_message;
    QElapsedTimer m_clock;
    qint64 m_elapsedBefore = 0; // time of earlier starts (step-through, retries)
};

} // namespace milink
