#pragma once

#include "link/LinkDefinition.h"
#include "plan/Operation.h"
#include "plan/PlanOptions.h"
#include "script/ScriptFile.h"

#include <QList>
#include <QString>

namespace ScriptTestSupport {

// Loads a project from resources/examples/ through ProjectFile.
milink::LinkDefinition example(const QString &fileName);

// Builds the plan (REQUIREs success) and renders it as `projectName`.
QList<milink::ScriptFile> render(const milink::LinkDefinition &link, milink::Operation operation,
                                 const milink::PlanOptions &options = {},
                                 const QString &projectName = QStringLiteral("project.milink"));

} // namespace ScriptTestSupport
