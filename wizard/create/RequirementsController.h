#pragma once

#include "preflight/CheckResult.h"
#include "sql/SqlError.h"

#include <QObject>
#include <QPointer>

namespace milink {

class LinkSession;
class SqlServerProbeJob;

// The outcome of Re-run on the Requirements page.
struct RequirementsRerunResult
{
    bool ok = false;
    QString error;
    QString serverText;
    QString errorNumber;
};

// SQL Server's instance-level requirements: evaluates SqlServerRequirements over
// the session's facts (again whenever they or the link options change), and
// re-probes the server on Re-run. Next is blocked while a check has Failed.
// No widgets.
class RequirementsController : public QObject
{
    Q_OBJECT

public:
    explicit RequirementsController(LinkSession *session, QObject *parent = nullptr);

    const CheckResults &results() const { return m_results; }
    // Evaluates from what the session knows now; resultsChanged() follows.
    void evaluate();
    // Reads SQL Server again (reconnecting when needed); rerunFinished() follows.
    void rerun();
    bool isRunning() const;
    // Empty when Next may go on; otherwise which checks to fix.
    QString blockingMessage() const;

signals:
    void resultsChanged();
    void runningChanged(bool running);
    void rerunFinished(const milink::RequirementsRerunResult &result);

private:
    LinkSession *m_session;
    CheckResults m_results;
    QPointer<SqlServerProbeJob> m_probe;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::RequirementsRerunResult)
