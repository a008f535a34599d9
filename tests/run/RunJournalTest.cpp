#include "TempDir.h"

#include "plan/Plan.h"
#include "run/RunJournal.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

Plan twoStepPlan()
{
    Plan plan;
    plan.operation = Operation::CreateLink;
    plan.title = QStringLiteral("Create the link");
    PlanStep first;
    first.id = QStringLiteral("create-master-key");
    PlanStep second;
    second.id = QStringLiteral("create-certificate");
    plan.steps << first << second;
    return plan;
}

} // namespace

TEST_CASE("The journal path sits next to the project", "[run][journal]")
{
    CHECK(RunJournal::pathFor(QStringLiteral("/p/sales.milink"), QStringLiteral("create-link"))
          == QStringLiteral("/p/sales.create-link.journal.json"));
}

TEST_CASE("The journal survives a restart with records and outputs", "[run][journal]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("j.json"));
    {
        RunJournal journal;
        REQUIRE(journal.open(path, twoStepPlan()).isEmpty());
        StepRecord record;
        record.stepId = QStringLiteral("create-master-key");
        record.status = StepRecord::Status::Done;
        record.outputs.insert(QStringLiteral("SqlCertificatePublicKey"), QStringLiteral("0x3082"));
        REQUIRE(journal.update(record).isEmpty());
    }
    RunJournal reopened;
    REQUIRE(reopened.open(path, twoStepPlan()).isEmpty());
    const StepRecord *record = reopened.record(QStringLiteral("create-master-key"));
    REQUIRE(record != nullptr);
    CHECK(record->isComplete());
    CHECK(record->outputs.value(QStringLiteral("SqlCertificatePublicKey"))
          == QStringLiteral("0x3082"));
    CHECK(reopened.record(QStringLiteral("create-certificate")) == nullptr);
}

TEST_CASE("A damaged journal or one of another operation is refused", "[run][journal]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("j.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ broken");
    file.close();
    RunJournal journal;
    CHECK(journal.open(path, twoStepPlan()).contains(QStringLiteral("damaged")));

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        R"({"format":"milink-journal","schemaVersion":1,"operation":"delete-link","steps":[]})");
    file.close();
    CHECK(journal.open(path, twoStepPlan()).contains(QStringLiteral("delete-link")));

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        R"({"format":"milink-journal","schemaVersion":7,"operation":"create-link","steps":[]})");
    file.close();
    CHECK(journal.open(path, twoStepPlan()).contains(QStringLiteral("newer")));
}

TEST_CASE("Records of steps the plan no longer has are dropped", "[run][journal]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("j.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"milink-journal","schemaVersion":1,"operation":"create-link",
                   "steps":[{"id":"gone","status":"done"},{"id":"create-certificate","status":"failed"}]})");
    file.close();
    RunJournal journal;
    REQUIRE(journal.open(path, twoStepPlan()).isEmpty());
    CHECK(journal.records().size() == 1);
    CHECK(journal.record(QStringLiteral("create-certificate"))->status
          == StepRecord::Status::Failed);
}
