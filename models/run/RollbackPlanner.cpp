#include "RollbackPlanner.h"

namespace milink {

Plan RollbackPlanner::build(const Plan &plan, const QList<StepRecord> &records)
{
    Plan rollback;
    rollback.operation = plan.operation;
    rollback.title = tr("Roll back: %1").arg(plan.title);
    rollback.summary = tr("Removes the objects this run created, newest first. Objects that "
                          "existed before the run, or that the run found already in place, "
                          "stay.");
    for (qsizetype i = plan.steps.size() - 1; i >= 0; --i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.undo)
            continue;
        bool created = false;
        for (const StepRecord &record : records)
            created = created || (record.stepId == step.id && record.created);
        if (!created)
            continue;
        const StepUndo &undo = *step.undo;
        PlanStep out;
        out.id = QLatin1String(kStepPrefix) + step.id;
        out.target = undo.arm ? PlanStep::Target::Arm : step.target;
        out.scope = step.scope;
        out.databaseName = step.databaseName;
        out.linkName = step.linkName;
        out.title = undo.title;
        out.description = tr("Removes what the step “%1” created in this run.").arg(step.title);
        out.tsql = undo.tsql;
        out.arm = undo.arm;
        out.doneQuery = undo.goneQuery;
        out.armDoneWhenAny = undo.armGoneWhenAny;
        out.destructive = true;
        rollback.steps.append(out);
    }
    return rollback;
}

QString RollbackPlanner::journalPathFor(const QString &runJournalPath)
{
    static const QString suffix = QStringLiteral(".journal.json");
    if (runJournalPath.endsWith(suffix))
        return runJournalPath.left(runJournalPath.size() - suffix.size())
            + QStringLiteral(".rollback") + suffix;
    return runJournalPath + QStringLiteral(".rollback");
}

} // namespace milink
