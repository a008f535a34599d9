// Every T-SQL text milink's plans produce must compile in milink-sim's engine; otherwise the
// integration tests would exercise the simulator's gaps instead of milink.
#include <catch2/catch.hpp>

#include "TsqlError.h"
#include "TsqlParser.h"
#include "link/ProjectFile.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"

using namespace milink;

namespace {

// Stand-ins for the values a run produces or the user gives; shaped like the real ones.
QHash<QString, QString> sampleValues()
{
    return {{QStringLiteral("BackupDirectory"), QStringLiteral("C:\\Backup")},
            {QStringLiteral("BackupUrl"), QStringLiteral("https://acct.blob.core.windows.net/c")},
            {QStringLiteral("MasterKeyPassword"), QStringLiteral("Sim-MasterKey-Passw0rd!")},
            {QStringLiteral("MiEndpointCertificate"), QStringLiteral("0x308201")},
            {QStringLiteral("SqlCertificatePublicKey"), QStringLiteral("0x308201")}};
}

void requireCompiles(const QString &where, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    // Values produced while a plan runs (LSNs read from one side, …) are numbers.
    QHash<QString, QString> values = sampleValues();
    for (const QString &name : Plan::references(text)) {
        if (!values.contains(name))
            values.insert(name, QStringLiteral("1"));
    }
    const Plan::Substitution substituted = Plan::substitute(text, values);
    INFO(where.toStdString());
    INFO("missing value: " << substituted.missing.toStdString());
    REQUIRE(substituted.text);
    try {
        (void)milink::sim::TsqlParser::parseBatch(*substituted.text);
    } catch (const milink::sim::TsqlError &error) {
        FAIL_CHECK("Msg " << error.message.number << " line " << error.message.line << ": "
                          << error.message.text.toStdString() << "\n"
                          << substituted.text->toStdString());
    }
}

} // namespace

TEST_CASE("Every plan's T-SQL compiles in milink-sim's engine", "[tsql][plans]")
{
    const auto loaded
        = ProjectFile::load(QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/sales.milink"));
    REQUIRE(loaded.link);
    for (Operation operation :
         {Operation::CreateLink, Operation::SetReplicationMode, Operation::Failover,
          Operation::DeleteLink, Operation::RotateCertificate, Operation::RepairSplitBrain}) {
        const PlanBuilder::Result result = PlanBuilder::build(*loaded.link, operation);
        if (!result.plan)
            continue; // an operation this link definition does not allow
        for (const PlanStep &step : result.plan->steps) {
            if (step.target == PlanStep::Target::Arm)
                continue;
            requireCompiles(step.id + QStringLiteral(" (action)"), step.tsql);
            requireCompiles(step.id + QStringLiteral(" (done query)"), step.doneQuery);
            if (step.wait) {
                requireCompiles(step.id + QStringLiteral(" (wait)"), step.wait->query);
                requireCompiles(step.id + QStringLiteral(" (diagnostic)"),
                                step.wait->diagnosticQuery);
            }
            if (step.output)
                requireCompiles(step.id + QStringLiteral(" (output)"), step.output->query);
        }
    }
}
