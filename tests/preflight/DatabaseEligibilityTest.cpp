#include "preflight/DatabaseEligibility.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace milink;
using Status = CheckResult::Status;

namespace {

ServerFacts::Database goodDatabase(const QString &name = QStringLiteral("Sales"))
{
    ServerFacts::Database db;
    db.name = name;
    db.databaseId = 5;
    db.state = QStringLiteral("ONLINE");
    db.recoveryModel = QStringLiteral("FULL");
    db.lastFullBackup = QDateTime(QDate(2026, 11, 21), QTime(2, 0), Qt::UTC);
    db.logFileCount = 1;
    db.filestream = false;
    db.memoryOptimized = false;
    return db;
}

Status statusOf(const DatabaseEligibility::Verdict &verdict, const QString &id)
{
    const CheckResult *found = findCheck(verdict.checks, id);
    return found ? found->status : Status::Passed;
}

} // namespace

TEST_CASE("A FULL online database with a backup is eligible with nothing to report", "[preflight]")
{
    const auto verdict = DatabaseEligibility::evaluate(goodDatabase(), {});
    CHECK(verdict.eligible());
    CHECK(verdict.checks.isEmpty());
    CHECK_FALSE(verdict.needsFullBackup);
}

TEST_CASE("Each rule makes a database ineligible with a reason and a fix", "[preflight]")
{
    DatabaseEligibility::Context context;
    struct Case
    {
        const char *name;
        std::function<void(ServerFacts::Database &)> alter;
        QString id;
    };
    const QList<Case> cases = {
        {"simple recovery",
         [](ServerFacts::Database &db) { db.recoveryModel = QStringLiteral("SIMPLE"); },
         DatabaseEligibility::kRecoveryModel},
        {"bulk-logged recovery",
         [](ServerFacts::Database &db) { db.recoveryModel = QStringLiteral("BULK_LOGGED"); },
         DatabaseEligibility::kRecoveryModel},
        {"no full backup", [](ServerFacts::Database &db) { db.lastFullBackup = {}; },
         DatabaseEligibility::kFullBackup},
        {"two log files", [](ServerFacts::Database &db) { db.logFileCount = 2; },
         DatabaseEligibility::kLogFiles},
        {"FILESTREAM", [](ServerFacts::Database &db) { db.filestream = true; },
         DatabaseEligibility::kFilestream},
        {"in an AG", [](ServerFacts::Database &db) { db.inAvailabilityGroup = true; },
         DatabaseEligibility::kAvailabilityGroup},
        {"offline", [](ServerFacts::Database &db) { db.state = QStringLiteral("OFFLINE"); },
         DatabaseEligibility::kState},
        {"restoring", [](ServerFacts::Database &db) { db.state = QStringLiteral("RESTORING"); },
         DatabaseEligibility::kState},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        ServerFacts::Database db = goodDatabase(QStringLiteral("Odd]Name'✓"));
        c.alter(db);
        const auto verdict = DatabaseEligibility::evaluate(db, context);
        CHECK_FALSE(verdict.eligible());
        const CheckResult *found = findCheck(verdict.checks, c.id);
        REQUIRE(found != nullptr);
        CHECK(found->status == Status::Failed);
        CHECK_FALSE(found->reason.isEmpty());
        CHECK_FALSE(found->remedy.isEmpty());
        CHECK(found->subject == db.name);
        CHECK(verdict.summary().contains(found->reason));
    }
}

TEST_CASE("Remedies quote database names as T-SQL identifiers", "[preflight]")
{
    ServerFacts::Database db = goodDatabase(QStringLiteral("Odd]Name"));
    db.recoveryModel = QStringLiteral("SIMPLE");
    const auto verdict = DatabaseEligibility::evaluate(db, {});
    CHECK(findCheck(verdict.checks, DatabaseEligibility::kRecoveryModel)
              ->remedy.contains(QStringLiteral("[Odd]]Name]")));
}

TEST_CASE("Taking a full backup first turns a missing backup into a warning", "[preflight]")
{
    ServerFacts::Database db = goodDatabase();
    db.lastFullBackup = {};
    DatabaseEligibility::Context context;
    auto verdict = DatabaseEligibility::evaluate(db, context);
    CHECK_FALSE(verdict.eligible());
    CHECK(verdict.needsFullBackup);
    context.takeFullBackup = true;
    verdict = DatabaseEligibility::evaluate(db, context);
    CHECK(verdict.eligible());
    CHECK(statusOf(verdict, DatabaseEligibility::kFullBackup) == Status::Warning);
    // A backup does not fix the SIMPLE recovery model.
    db.recoveryModel = QStringLiteral("SIMPLE");
    verdict = DatabaseEligibility::evaluate(db, context);
    CHECK_FALSE(verdict.eligible());
    CHECK(statusOf(verdict, DatabaseEligibility::kFullBackup) == Status::Failed);
}

TEST_CASE("Memory-optimized data depends on the managed instance tier", "[preflight]")
{
    ServerFacts::Database db = goodDatabase();
    db.memoryOptimized = true;
    DatabaseEligibility::Context context;
    CHECK(
        statusOf(DatabaseEligibility::evaluate(db, context), DatabaseEligibility::kMemoryOptimized)
        == Status::Warning);
    context.managedInstanceTier = QStringLiteral("GeneralPurpose");
    CHECK(
        statusOf(DatabaseEligibility::evaluate(db, context), DatabaseEligibility::kMemoryOptimized)
        == Status::Failed);
    context.managedInstanceTier = QStringLiteral("BusinessCritical");
    const auto verdict = DatabaseEligibility::evaluate(db, context);
    CHECK(verdict.eligible());
    CHECK(verdict.checks.isEmpty());
}

TEST_CASE("TDE is a warning in both directions and unread filegroups are not verified",
          "[preflight]")
{
    ServerFacts::Database db = goodDatabase();
    db.encrypted = true;
    db.filestream.reset();
    auto verdict = DatabaseEligibility::evaluate(db, {});
    CHECK(verdict.eligible());
    CHECK(statusOf(verdict, DatabaseEligibility::kEncryption) == Status::Warning);
    CHECK(findCheck(verdict.checks, DatabaseEligibility::kEncryption)
              ->remedy.contains(QStringLiteral("certificate")));
    CHECK(statusOf(verdict, DatabaseEligibility::kFilestream) == Status::NotVerified);

    DatabaseEligibility::Context fromInstance;
    fromInstance.direction = LinkDirection::ManagedInstanceToSqlServer;
    verdict = DatabaseEligibility::evaluate(db, fromInstance);
    CHECK(statusOf(verdict, DatabaseEligibility::kEncryption) == Status::Warning);
    CHECK(findCheck(verdict.checks, DatabaseEligibility::kEncryption)
              ->reason.contains(QStringLiteral("customer-managed")));
}

TEST_CASE("From the managed instance recovery model and backups do not apply", "[preflight]")
{
    ServerFacts::Database db = goodDatabase();
    db.recoveryModel = QStringLiteral("SIMPLE");
    db.lastFullBackup = {};
    db.logFileCount = 2;
    DatabaseEligibility::Context context;
    context.direction = LinkDirection::ManagedInstanceToSqlServer;
    const auto verdict = DatabaseEligibility::evaluate(db, context);
    CHECK(verdict.eligible());
    CHECK_FALSE(verdict.needsFullBackup);
    db.state = QStringLiteral("OFFLINE");
    CHECK_FALSE(DatabaseEligibility::evaluate(db, context).eligible());
}

TEST_CASE("System databases are never listed", "[preflight]")
{
    ServerFacts facts;
    for (const char *name : {"master", "model", "msdb", "tempdb"}) {
        ServerFacts::Database db = goodDatabase(QString::fromLatin1(name));
        db.databaseId = 1;
        facts.databases << db;
    }
    facts.databases << goodDatabase(QStringLiteral("Sales"))
                    << goodDatabase(QStringLiteral("MSDB")); // case-insensitive
    const auto verdicts = DatabaseEligibility::evaluate(facts, {});
    REQUIRE(verdicts.size() == 1);
    CHECK(verdicts.first().database == QStringLiteral("Sales"));
}

TEST_CASE("A typed-in database is not verified and says so offline", "[preflight]")
{
    DatabaseEligibility::Context context;
    context.offline = true;
    const auto verdict = DatabaseEligibility::typedIn(QStringLiteral("Sales"), context);
    CHECK(verdict.eligible());
    REQUIRE(verdict.checks.size() == 1);
    CHECK(verdict.checks.first().status == Status::NotVerified);
    CHECK(verdict.checks.first().reason.contains(QStringLiteral("offline")));
}

TEST_CASE("A database already in its own link's availability group is a resumed setup",
          "[preflight]")
{
    ServerFacts::Database db = goodDatabase(QStringLiteral("Sales"));
    db.inAvailabilityGroup = true;
    DatabaseEligibility::Context context;
    CHECK_FALSE(DatabaseEligibility::evaluate(db, context).eligible());

    context.resumingDatabases << QStringLiteral("Sales");
    const auto verdict = DatabaseEligibility::evaluate(db, context);
    CHECK(verdict.eligible());
    CHECK(statusOf(verdict, DatabaseEligibility::kAvailabilityGroup) == Status::Warning);

    // Another database in some group is still refused.
    ServerFacts::Database other = goodDatabase(QStringLiteral("Inventory"));
    other.inAvailabilityGroup = true;
    CHECK_FALSE(DatabaseEligibility::evaluate(other, context).eligible());
}
