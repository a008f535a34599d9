#include "link/SqlServerVersion.h"

#include <catch2/catch.hpp>

using milink::SqlServerVersion;

TEST_CASE("SQL Server versions parse from ProductVersion", "[link][version]")
{
    const SqlServerVersion v = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    REQUIRE(v.isValid());
    CHECK(v.major() == 16);
    CHECK(v.build() == 4125);
    CHECK(v.revision() == 3);
    CHECK(v.productYear() == 2022);
    CHECK(v.displayName() == QStringLiteral("SQL Server 2022 (16.0.4125.3)"));
    CHECK(SqlServerVersion::parse(QStringLiteral(" 15.0.4312.2 ")).toString()
          == QStringLiteral("15.0.4312.2"));
    CHECK(SqlServerVersion::parse(QStringLiteral("17.0.1000")).toString()
          == QStringLiteral("17.0.1000.0"));
}

TEST_CASE("Malformed versions are invalid", "[link][version]")
{
    const char *bad[] = {"",         "16",      "16.0",       "16.0.x.3",  "16.0.4125.3.1",
                         "-1.0.0.0", "0.0.0.0", "16..4125.3", "+16.0.1.1", "v16.0.1.1"};
    for (const char *text : bad) {
        INFO(text);
        CHECK_FALSE(SqlServerVersion::parse(QString::fromLatin1(text)).isValid());
    }
}

TEST_CASE("Versions compare numerically, not as text", "[link][version]")
{
    const auto v = [](const char *t) {
        return SqlServerVersion::parse(QString::fromLatin1(t));
    };
    CHECK(v("16.0.4095.4") < v("16.0.4125.3"));
    CHECK(v("15.0.4312.2") < v("16.0.1000.6"));
    CHECK(v("13.0.7000.253") >= v("13.0.6300.2"));
    CHECK(v("16.0.999.0") < v("16.0.1000.6"));
    CHECK(v("16.0.4125.3") == v("16.0.4125.3"));
}
