#include "PlanTestLinks.h"

#include "link/ProjectFile.h"

#include <catch2/catch.hpp>

namespace PlanTestLinks {

milink::LinkDefinition sales()
{
    const auto loaded = milink::ProjectFile::load(
        QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/sales.milink"));
    REQUIRE(loaded.link);
    return *loaded.link;
}

milink::LinkDefinition withVersion(const QString &version, milink::UpdatePolicy policy,
                                   milink::FailoverMode mode)
{
    milink::LinkDefinition link = sales();
    link.sqlServer.version = milink::SqlServerVersion::parse(version);
    link.managedInstance.updatePolicy = policy;
    link.failoverMode = mode;
    return link;
}

} // namespace PlanTestLinks
