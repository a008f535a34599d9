#include "sql/OdbcConnectionString.h"

#include <catch2/catch.hpp>

using namespace milink;

namespace {
SqlConnectionOptions options()
{
    SqlConnectionOptions o;
    o.server.host = QStringLiteral("sql01.contoso.com");
    o.server.port = 14330;
    o.server.loginName = QStringLiteral("milink");
    o.password = QStringLiteral("p;a{ss");
    return o;
}
const QString freeTds = QStringLiteral("FreeTDS");
const QString ms18 = QStringLiteral("ODBC Driver 18 for SQL Server");
const QString ms17 = QStringLiteral("ODBC Driver 17 for SQL Server");
} // namespace

TEST_CASE("FreeTDS strings use Encryption= and TDS_Version, never Encrypt=", "[sql][odbc]")
{
    const QString s = OdbcConnectionString::build(options(), freeTds);
    CHECK(s.startsWith(QStringLiteral("Driver=FreeTDS;Server=sql01.contoso.com;Port=14330;")));
    CHECK(s.contains(QStringLiteral(";TDS_Version=7.4;")));
    CHECK(s.contains(QStringLiteral(";Encryption=require")));
    CHECK_FALSE(s.contains(QStringLiteral("Encrypt=")));
    SqlConnectionOptions optional = options();
    optional.server.encryption = SqlEncryption::Optional;
    CHECK(OdbcConnectionString::build(optional, freeTds)
              .contains(QStringLiteral("Encryption=request")));
}

TEST_CASE("Microsoft drivers validate the certificate unless trust is chosen", "[sql][odbc]")
{
    SqlConnectionOptions o = options();
    const QString s = OdbcConnectionString::build(o, ms18);
    CHECK(s.contains(QStringLiteral("Server=tcp:sql01.contoso.com,14330;")));
    CHECK(s.contains(QStringLiteral(";Encrypt=yes;")));
    CHECK(s.contains(QStringLiteral(";TrustServerCertificate=no;")));
    o.server.trustServerCertificate = true;
    CHECK(OdbcConnectionString::build(o, ms18).contains(
        QStringLiteral("TrustServerCertificate=yes")));
}

TEST_CASE("Strict encryption needs Microsoft ODBC Driver 18", "[sql][odbc]")
{
    SqlConnectionOptions o = options();
    o.server.encryption = SqlEncryption::Strict;
    QString error;
    CHECK(OdbcConnectionString::build(o, ms18, &error).contains(QStringLiteral("Encrypt=strict")));
    CHECK(error.isEmpty());
    CHECK(OdbcConnectionString::build(o, ms17, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("Driver 18")));
    CHECK(OdbcConnectionString::build(o, freeTds, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("FreeTDS")));
}

TEST_CASE("Values with ; { } are braced and the password is redacted for logs", "[sql][odbc]")
{
    SqlConnectionOptions closingBrace = options();
    closingBrace.password = QStringLiteral("p;a}ss");
    const QString ms = OdbcConnectionString::build(closingBrace, ms18);
    CHECK(ms.contains(QStringLiteral(";PWD={p;a}}ss};")));
    SqlConnectionOptions braced = options();
    braced.password = QStringLiteral("p;a{ss");
    const QString s = OdbcConnectionString::build(braced, freeTds);
    CHECK(s.contains(QStringLiteral(";PWD={p;a{ss};")));
    // Never a braced value at the very end: FreeTDS 1.3 would keep its closing brace.
    CHECK(s.endsWith(QLatin1Char(';')));
    const QString redacted = OdbcConnectionString::redacted(s);
    CHECK_FALSE(redacted.contains(QStringLiteral("p;a")));
    CHECK(redacted.contains(QStringLiteral("PWD=***")));
    CHECK(redacted.contains(QStringLiteral("UID=milink")));
    CHECK(OdbcConnectionString::quote(QStringLiteral("plain")) == QStringLiteral("plain"));
    // FreeTDS does not undo }} inside braces: a } is fine only where no braces are needed.
    SqlConnectionOptions closing = options();
    closing.password = QStringLiteral("p}ass");
    CHECK(OdbcConnectionString::build(closing, freeTds).contains(QStringLiteral(";PWD=p}ass;")));
    QString error;
    CHECK(OdbcConnectionString::build(closingBrace, freeTds, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("Driver 18")));
    CHECK(OdbcConnectionString::quote(QStringLiteral(" x")) == QStringLiteral("{ x}"));
}

TEST_CASE("Driver choice prefers Microsoft 18, then 17, then FreeTDS", "[sql][odbc]")
{
    CHECK(OdbcConnectionString::preferredDriver({freeTds, ms17, ms18}) == ms18);
    CHECK(OdbcConnectionString::preferredDriver({freeTds, ms17}) == ms17);
    CHECK(OdbcConnectionString::preferredDriver({QStringLiteral("PostgreSQL"), freeTds})
          == freeTds);
    CHECK(OdbcConnectionString::preferredDriver({QStringLiteral("PostgreSQL")}).isEmpty());
    QString error;
    CHECK(OdbcConnectionString::build(options(), QString(), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("No ODBC driver")));
}

TEST_CASE("Missing host or login get clear messages", "[sql][odbc]")
{
    SqlConnectionOptions o = options();
    o.server.loginName.clear();
    QString error;
    CHECK(OdbcConnectionString::build(o, freeTds, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("login")));
    o = options();
    o.server.host = QStringLiteral("  ");
    CHECK(OdbcConnectionString::build(o, freeTds, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("host")));
}
