#include "sql/SqlBatchSplitter.h"

#include <catch2/catch.hpp>

using milink::SqlBatch;
using milink::SqlBatchSplitter;

namespace {
QList<SqlBatch> split(const char *script, QString *error = nullptr)
{
    return SqlBatchSplitter::split(QString::fromUtf8(script), error);
}
} // namespace

TEST_CASE("GO lines separate batches and remember where each starts", "[sql][go]")
{
    const auto batches = split("SELECT 1\nGO\nSELECT 2;\nSELECT 3\ngo\n");
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(0).text == QStringLiteral("SELECT 1"));
    CHECK(batches.at(0).firstLine == 1);
    CHECK(batches.at(1).text == QStringLiteral("SELECT 2;\nSELECT 3"));
    CHECK(batches.at(1).firstLine == 3);
}

TEST_CASE("GO accepts blanks, a count and a trailing comment, like sqlcmd", "[sql][go]")
{
    const auto batches = split("SELECT 1\n  Go  \nINSERT t VALUES (1)\r\nGO 3 -- three rows\r\n");
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(0).repeat == 1);
    CHECK(batches.at(1).text == QStringLiteral("INSERT t VALUES (1)"));
    CHECK(batches.at(1).repeat == 3);
}

TEST_CASE("A malformed GO line is an error, not silently SQL", "[sql][go]")
{
    QString error;
    CHECK(split("SELECT 1\nGO x\n", &error).isEmpty());
    CHECK(error.contains(QStringLiteral("Line 2")));
    CHECK(split("SELECT 1\nGO 0\n", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    split("SELECT 1\nGO\n", &error);
    CHECK(error.isEmpty());
}

TEST_CASE("GO is not a separator inside strings, identifiers and block comments", "[sql][go]")
{
    CHECK(split("SELECT 'a\nGO\nb'").size() == 1);
    CHECK(split("SELECT 'it''s\nGO\n'").size() == 1);
    CHECK(split("SELECT 1 AS [x\nGO\ny]").size() == 1);
    CHECK(split("SELECT 1 AS [a]]\nGO\n]").size() == 1);
    CHECK(split("SELECT 1 AS \"q\nGO\n\"").size() == 1);
    CHECK(split("/* a\nGO\n*/ SELECT 1").size() == 1);
    // Block comments nest in T-SQL.
    CHECK(split("/* /* inner */\nGO\n*/ SELECT 1").size() == 1);
    // GO must be alone on its line.
    CHECK(split("SELECT 1 GO\nSELECT 2").size() == 1);
    CHECK(split("SELECT 'GO'\nGO\nSELECT 2").size() == 2);
}

TEST_CASE("Quotes in line comments do not open strings", "[sql][go]")
{
    const auto batches = split("-- it's a comment\nSELECT 1\nGO\nSELECT 2");
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(1).text == QStringLiteral("SELECT 2"));
}

TEST_CASE("Batches of only blanks and comments are dropped", "[sql][go]")
{
    const auto batches = split("GO\n\n-- nothing\nGO\n/* also nothing */\nGO\nSELECT 1\nGO\n");
    REQUIRE(batches.size() == 1);
    CHECK(batches.at(0).text == QStringLiteral("SELECT 1"));
    CHECK(batches.at(0).firstLine == 7);
}
