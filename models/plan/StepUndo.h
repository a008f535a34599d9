#pragma once

#include "ArmCall.h"
#include "ArmCheck.h"

#include <QList>
#include <QString>

#include <optional>

namespace milink {

// How to remove what a step created, for "roll back what this run created".
// Only the runner and RollbackPlanner read it: scripts never export it as part
// of the operation. The undo runs on the step's own target (T-SQL) or in Azure
// (`arm`), and only when the journal shows that this run's action created the
// object; `goneQuery` / `armGoneWhenAny` guard it at rollback time ("is it still
// there?"), so an object someone removed meanwhile is simply skipped.
struct StepUndo
{
    QString title; // "Drop the certificate X", tr()
    QString tsql; // on the step's target; empty for Azure undos
    std::optional<ArmCall> arm;
    QString goneQuery; // T-SQL: a row means nothing is left to undo
    QList<ArmCheck> armGoneWhenAny; // Azure: any holding means nothing is left to undo
    // T-SQL run right before the step's action: a row means the action changes an
    // object that existed before (an endpoint it alters), so the run did not
    // create it and a rollback leaves it alone.
    QString existedBeforeQuery;
};

} // namespace milink
