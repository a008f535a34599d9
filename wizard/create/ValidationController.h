#pragma once

#include "preflight/CheckResult.h"
#include "preflight/PreflightRunner.h"

#include <QObject>
#include <QPointer>

namespace milink {

class LinkSession;

// The Validation page's logic, without widgets: runs the whole read-only
// preflight (PreflightRunner's queries on SQL Server, then Preflight over the
// session's definition and facts) and decides whether Next may go on: never
// with a failed check, with warnings or unverified checks only after the user
// acknowledged them.
class ValidationController : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        CheckResults checks;
        int failed = 0;
        int warnings = 0;
        int notVerified = 0;
        int passed = 0;
    };
    struct CheckOutcome
    {
        bool passed = false;
        QString error;
    };

    explicit ValidationController(LinkSession *session, QObject *parent = nullptr);

    // Starts the preflight again (cancels nothing on the servers: it only reads).
    void run();
    bool isRunning() const { return m_runner != nullptr; }
    bool hasRun() const { return m_hasRun; }
    const Result &result() const { return m_result; }

    // Warnings and unverified checks need the user's acknowledgement.
    bool needsAcknowledgement() const;
    void setAcknowledged(bool acknowledged);
    bool isAcknowledged() const { return m_acknowledged; }
    bool canProceed() const;

    // Next: passes when canProceed(); answers checkFinished.
    void check();

    static Result summarize(const CheckResults &checks);
    // The create-link steps this project's journal records as finished (a resumed setup).
    QStringList finishedCreateLinkSteps() const;

signals:
    void runningChanged(bool running);
    void finished(const milink::ValidationController::Result &result);
    void checkFinished(const milink::ValidationController::CheckOutcome &outcome);

private:
    void evaluate();

    LinkSession *m_session;
    QPointer<PreflightRunner> m_runner;
    Result m_result;
    bool m_hasRun = false;
    bool m_acknowledged = false;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::ValidationController::Result)
Q_DECLARE_METATYPE(milink::ValidationController::CheckOutcome)
