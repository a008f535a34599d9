#pragma once

#include "ArmCall.h"
#include "ArmCheck.h"
#include "StepOutput.h"
#include "StepUndo.h"
#include "WaitCondition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

// One step of a plan, complete enough to execute without re-deriving anything:
//  1. if the done check says "done", skip the action;
//  2. otherwise run the action (T-SQL batch on `target`, or the Azure request);
//  3. run `output` (if any) and journal the produced value;
//  4. if `wait` is set, poll it until it holds or times out.
// T-SQL text is built only with TsqlQuote and runs in `master`; `$(Name)` marks
// a plan parameter (Plan::substitute) in every T-SQL field (tsql, doneQuery,
// wait and output queries) and in ARM bodies. Both runner and script writer rely
// on this contract.
struct PlanStep
{
    enum class Target { SqlServer, ManagedInstance, Arm };
    enum class Scope { Instance, Database };

    QString id; // stable: "create-master-key", "create-dag:DAG_Sales"
    Target target = Target::SqlServer;
    Scope scope = Scope::Instance;
    QString databaseName; // Database scope only
    QString linkName; // Database scope only

    QString title; // short, tr()
    QString description; // what it does and why, tr()
    QStringList notes; // what to check afterwards, cautions, tr()

    // Action: T-SQL for SqlServer/ManagedInstance targets, `arm` for Arm.
    // Both may be empty for a step that only waits or only reads a value.
    QString tsql;
    std::optional<ArmCall> arm;

    // "Already done?": a T-SQL query whose non-empty result means done, or Azure
    // checks of which any one holding means done. None set: always run (the
    // action itself is idempotent).
    QString doneQuery;
    QList<ArmCheck> armDoneWhenAny;

    std::optional<WaitCondition> wait;
    std::optional<StepOutput> output;

    QStringList consumes; // plan parameter names used in tsql / arm.body
    QStringList produces; // plan parameter names this step's output sets

    bool destructive = false; // drops or breaks something; confirm before running
    bool alreadyDone = false; // discovery showed the action is not needed

    // How to remove what the action created (create-link steps that create an
    // object); RollbackPlanner turns it into a step when the journal shows the
    // run created it.
    std::optional<StepUndo> undo;
};

QString toString(PlanStep::Target target);

} // namespace milink
