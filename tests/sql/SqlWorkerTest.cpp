#include "sql/SqlWorker.h"
#include "sql/OdbcDriverDetector.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using milink::OdbcDriverDetector;
using milink::SqlWorker;

TEST_CASE("Colons in comments cannot turn into placeholders", "[sql]")
{
    CHECK(SqlWorker::protectComments(QStringLiteral("-- step:one\nSELECT 1"))
          == QStringLiteral("-- step: one\nSELECT 1"));
    CHECK(SqlWorker::protectComments(QStringLiteral("SELECT 1 /* a:b /* c:d */ e:f */"))
          == QStringLiteral("SELECT 1 /* a: b /* c: d */ e: f */"));
    // Code, strings and bracketed names are left alone.
    const QString code = QStringLiteral(
        "SELECT N'TCP://h:5022', [x:y] FROM t WHERE a = 'it''s:x' -- ok\nGRANT CONNECT ON "
        "ENDPOINT::[e] TO [l]");
    CHECK(SqlWorker::protectComments(code) == code);
}

TEST_CASE("Installed SQL Server ODBC drivers are listed, best first, asynchronously", "[sql]")
{
    const QStringList all = OdbcDriverDetector::installedDrivers();
    const QStringList sqlServer = OdbcDriverDetector::sqlServerDrivers(all);
    // The FreeTDS driver is part of the build and CI dependencies.
    REQUIRE(sqlServer.contains(QStringLiteral("FreeTDS")));
    CHECK(OdbcDriverDetector::sqlServerDrivers({QStringLiteral("FreeTDS"),
                                                QStringLiteral("ODBC Driver 18 for SQL Server"),
                                                QStringLiteral("PostgreSQL Unicode")})
          == QStringList {QStringLiteral("ODBC Driver 18 for SQL Server"),
                          QStringLiteral("FreeTDS")});

    OdbcDriverDetector detector;
    QSignalSpy finished(&detector, &OdbcDriverDetector::finished);
    detector.start();
    CHECK(finished.isEmpty()); // never synchronous: the UI thread does not wait on it
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toStringList() == sqlServer);
}
