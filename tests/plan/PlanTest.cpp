#include "plan/Plan.h"

#include <catch2/catch.hpp>

using namespace milink;

TEST_CASE("Plan values are substituted as literal content", "[plan]")
{
    const QHash<QString, QString> values {
        {QStringLiteral("MasterKeyPassword"), QStringLiteral("a'b$(c)")},
        {QStringLiteral("Lsn_1"), QStringLiteral("42")}};
    const auto sql = Plan::substitute(
        QStringLiteral("PASSWORD = N'$(MasterKeyPassword)' AND lsn = N'$(Lsn_1)'"), values);
    REQUIRE(sql.text);
    // The quote is doubled, and a "$(" inside a value is not expanded again.
    CHECK(*sql.text == QStringLiteral("PASSWORD = N'a''b$(c)' AND lsn = N'42'"));

    const auto json = Plan::substitute(QStringLiteral("$(MasterKeyPassword)"), values, true);
    REQUIRE(json.text);
    CHECK(*json.text == QStringLiteral("a'b$(c)"));

    const auto missing = Plan::substitute(QStringLiteral("x $(Unknown) y"), values);
    CHECK_FALSE(missing.text);
    CHECK(missing.missing == QStringLiteral("Unknown"));

    CHECK(Plan::references(QStringLiteral("$(A) $(B_2) $(A) $(not valid) $x"))
          == QStringList {QStringLiteral("A"), QStringLiteral("B_2")});
}
