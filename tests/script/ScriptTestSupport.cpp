#include "ScriptTestSupport.h"

#include "link/ProjectFile.h"
#include "plan/PlanBuilder.h"
#include "script/ScriptWriter.h"

#include <catch2/catch.hpp>

namespace ScriptTestSupport {

milink::LinkDefinition example(const QString &fileName)
{
    const auto loaded = milink::ProjectFile::load(
        QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/") + fileName);
    REQUIRE(loaded.link);
    return *loaded.link;
}

QList<milink::ScriptFile> render(const milink::LinkDefinition &link, milink::Operation operation,
                                 const milink::PlanOptions &options, const QString &projectName)
{
    const auto built = milink::PlanBuilder::build(link, operation, options);
    for (const milink::ValidationIssue &issue : built.issues)
        UNSCOPED_INFO(issue.toString().toStdString());
    REQUIRE(built.plan);
    return milink::ScriptWriter::render(*built.plan, link, projectName);
}

} // namespace ScriptTestSupport
