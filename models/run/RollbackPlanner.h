#pragma once

#include "StepRecord.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QList>

namespace milink {

// Builds the plan that removes what one run created, from the run's plan and its
// journal records: one step per record whose action created an object
// (StepRecord::created) and whose plan step says how to undo it (PlanStep::undo),
// newest first (reverse plan order, so a link goes before its availability
// groups and certificates before the master key). Each step is destructive and
// guarded by its own "is it still there?" check, so what someone removed meanwhile
// is skipped. Objects that existed before the run, or that a step found already
// in place, are never touched. Pure: no I/O.
class RollbackPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RollbackPlanner)

public:
    static Plan build(const Plan &plan, const QList<StepRecord> &records);
    // `sales.create-link.journal.json` → `sales.create-link.rollback.journal.json`:
    // the rollback keeps its own journal, so it resumes like any run.
    static QString journalPathFor(const QString &runJournalPath);
    static constexpr const char *kStepPrefix = "undo:";
};

} // namespace milink
