// RollbackPlanner and the journal's record of created objects, without servers.

#include "TempDir.h"

#include "link/ProjectFile.h"
#include "plan/PlanBuilder.h"
#include "run/RollbackPlanner.h"
#include "run/RunJournal.h"

#include <catch2/catch.hpp>

using namespace milink;

namespace {

Plan salesPlan()
{
    const auto loaded
        = ProjectFile::load(QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/sales.milink"));
    REQUIRE(loaded.link);
    const PlanBuilder::Result built = PlanBuilder::build(*loaded.link, Operation::CreateLink);
    REQUIRE(built.plan);
    return *built.plan;
}

StepRecord record(const QString &id, StepRecord::Status status, bool created)
{
    StepRecord r;
    r.stepId = id;
    r.status = status;
    r.created = created;
    return r;
}

} // namespace

TEST_CASE("Create-link steps that create an object say how to undo it", "[run][rollback]")
{
    const Plan plan = salesPlan();
    QStringList withUndo;
    for (const PlanStep &step : plan.steps) {
        if (step.undo)
            withUndo << step.id;
    }
    CHECK(withUndo
          == QStringList {QStringLiteral("create-master-key"), QStringLiteral("create-certificate"),
                          QStringLiteral("upload-server-trust-certificate"),
                          QStringLiteral("create-managed-instance-certificate"),
                          QStringLiteral("trust-root-microsoftpki"),
                          QStringLiteral("trust-root-digicertpki"),
                          QStringLiteral("configure-endpoint"),
                          QStringLiteral("create-availability-group:DAG_Sales"),
                          QStringLiteral("create-distributed-availability-group:DAG_Sales"),
                          QStringLiteral("create-availability-group:DAG_Inventory"),
                          QStringLiteral("create-distributed-availability-group:DAG_Inventory"),
                          QStringLiteral("create-link:DAG_Sales"),
                          QStringLiteral("create-link:DAG_Inventory")});
    // The endpoint may have existed (then it is only altered): the runner asks first.
    CHECK_FALSE(
        plan.step(QStringLiteral("configure-endpoint"))->undo->existedBeforeQuery.isEmpty());
    const StepUndo &link = *plan.step(QStringLiteral("create-link:DAG_Sales"))->undo;
    REQUIRE(link.arm);
    CHECK(link.arm->method == "DELETE");
    CHECK(link.arm->path == QStringLiteral("/distributedAvailabilityGroups/DAG_Sales"));
    REQUIRE(link.armGoneWhenAny.size() == 1);
    CHECK(link.armGoneWhenAny.first().predicate == ArmCheck::Predicate::Absent);
}

TEST_CASE("RollbackPlanner undoes only what the run created, newest first", "[run][rollback]")
{
    const Plan plan = salesPlan();
    const QList<StepRecord> records {
        record(QStringLiteral("check-sql-server"), StepRecord::Status::Done, false),
        // The master key existed: the step was skipped, and its key is never dropped.
        record(QStringLiteral("create-master-key"), StepRecord::Status::Skipped, false),
        record(QStringLiteral("create-certificate"), StepRecord::Status::Done, true),
        // A retry found the certificate upload in place; the first attempt created it.
        record(QStringLiteral("upload-server-trust-certificate"), StepRecord::Status::Skipped,
               true),
        // The endpoint existed and was altered.
        record(QStringLiteral("configure-endpoint"), StepRecord::Status::Done, false),
        record(QStringLiteral("create-availability-group:DAG_Sales"), StepRecord::Status::Done,
               true),
        // Failed after its action: the link exists in Azure.
        record(QStringLiteral("create-link:DAG_Sales"), StepRecord::Status::Failed, true),
    };
    const Plan rollback = RollbackPlanner::build(plan, records);
    QStringList ids;
    for (const PlanStep &step : rollback.steps) {
        ids << step.id;
        CHECK(step.destructive);
    }
    CHECK(ids
          == QStringList {QStringLiteral("undo:create-link:DAG_Sales"),
                          QStringLiteral("undo:create-availability-group:DAG_Sales"),
                          QStringLiteral("undo:upload-server-trust-certificate"),
                          QStringLiteral("undo:create-certificate")});
    const PlanStep &link = rollback.steps.at(0);
    CHECK(link.target == PlanStep::Target::Arm);
    CHECK(link.scope == PlanStep::Scope::Database);
    CHECK(link.databaseName == QStringLiteral("Sales"));
    CHECK(link.armDoneWhenAny.first().predicate == ArmCheck::Predicate::Absent);
    const PlanStep &group = rollback.steps.at(1);
    CHECK(group.target == PlanStep::Target::SqlServer);
    CHECK(group.tsql == QStringLiteral("DROP AVAILABILITY GROUP [AG_Sales];"));
    CHECK(group.doneQuery.contains(QStringLiteral("NOT EXISTS")));
    const PlanStep &certificate = rollback.steps.at(3);
    CHECK(certificate.tsql.startsWith(QStringLiteral("DROP CERTIFICATE ")));
    CHECK(rollback.operation == plan.operation);
    CHECK(rollback.title.contains(plan.title));

    CHECK(RollbackPlanner::build(plan, {}).steps.isEmpty());
}

TEST_CASE("The journal keeps a step's created flag across reruns", "[run][rollback]")
{
    const Plan plan = salesPlan();
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.create-link.journal.json"));
    {
        RunJournal journal;
        REQUIRE(journal.open(path, plan).isEmpty());
        REQUIRE(journal
                    .update(record(QStringLiteral("create-certificate"), StepRecord::Status::Done,
                                   true))
                    .isEmpty());
        // A retry found it done: the record says skipped, but the run created it.
        REQUIRE(journal
                    .update(record(QStringLiteral("create-certificate"),
                                   StepRecord::Status::Skipped, false))
                    .isEmpty());
        CHECK(journal.record(QStringLiteral("create-certificate"))->status
              == StepRecord::Status::Skipped);
        CHECK(journal.record(QStringLiteral("create-certificate"))->created);
    }
    RunJournal reopened;
    REQUIRE(reopened.open(path, plan).isEmpty());
    REQUIRE(reopened.record(QStringLiteral("create-certificate")));
    CHECK(reopened.record(QStringLiteral("create-certificate"))->created);

    CHECK(RollbackPlanner::journalPathFor(path)
          == dir.filePath(QStringLiteral("sales.create-link.rollback.journal.json")));
}
