#pragma once

#include "link/ValidationIssue.h"
#include "plan/Operation.h"
#include "plan/Plan.h"
#include "plan/PlanOptions.h"
#include "script/ScriptFile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace milink {

class LinkSession;

// One line of the Summary page's step list.
struct PlannedStep
{
    int index = 0;
    QString id;
    QString title;
    QString description;
    QString target; // "SQL Server", "Managed instance", "Azure", tr()
    QString databaseName; // database-scope steps only
    bool skippedBecauseDone = false; // discovery showed it is in place
    bool destructive = false;
};

// The plan behind the Summary page of every wizard (create-link, failover,
// delete, replication mode, certificate rotation): built from the session for
// one operation and its options, listed step by step, previewed as the exact
// files `milink script` writes, exported, and checked for secrets that still
// need a value before it can run. No widgets; the plan is rebuilt whenever the
// session learns something. Secrets stay in memory only and never reach the
// exported files (they are parameters there).
class PlanController : public QObject
{
    Q_OBJECT

public:
    PlanController(LinkSession *session, Operation operation, const PlanOptions &options = {},
                   QObject *parent = nullptr);

    LinkSession *session() const { return m_session; }
    Operation operation() const { return m_operation; }
    const PlanOptions &options() const { return m_options; }
    void setOptions(const PlanOptions &options);

    // Builds the plan again from the session (pure and quick: no I/O).
    void rebuild();

    bool hasPlan() const { return m_plan.has_value(); }
    // The plan to execute: steps discovery found in place are marked done.
    const std::optional<Plan> &plan() const { return m_plan; }
    QList<PlannedStep> steps() const;
    // Errors and warnings of the definition for this operation.
    const ValidationIssues &issues() const { return m_issues; }
    // The refusals (errors) as one text, empty when there is a plan.
    QString refusals() const;
    QString warnings() const;

    // The files `milink script` writes for the same project, operation and options.
    const QList<ScriptFile> &scriptFiles() const { return m_files; }
    // Writes exactly those files into `directory`; returns an empty string or
    // what went wrong and what to do (e.g. a folder that is not empty).
    QString exportScripts(const QString &directory, bool overwrite = false) const;

    // Secret parameters (e.g. MasterKeyPassword) that steps which will run need.
    QList<PlanParameter> neededSecrets() const;
    // Those of them without a value yet.
    QStringList missingSecrets() const;
    void setSecret(const QString &name, const QString &value);
    QHash<QString, QString> secretValues() const { return m_secrets; }

    // A plan exists, milink is online and every needed secret has a value.
    bool canExecute() const;
    // Why canExecute() is false, for the page's banner; empty when it is true.
    QString executeProblem() const;

signals:
    void planChanged();
    void secretsChanged();

private:
    QString projectName() const;

    LinkSession *m_session;
    Operation m_operation;
    PlanOptions m_options;
    std::optional<Plan> m_plan;
    ValidationIssues m_issues;
    QList<ScriptFile> m_files;
    QHash<QString, QString> m_secrets;
};

} // namespace milink
