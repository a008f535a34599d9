// Token providers that need no authority: the Azure CLI (against a stub `az`) and
// an access token from an environment variable.

#include "azure/AzureCliTokenProvider.h"
#include "azure/Clock.h"
#include "azure/EnvironmentTokenProvider.h"

#include "TempDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <catch2/catch.hpp>

#include <optional>

using namespace milink;

namespace {

TokenResult await(TokenProvider &provider, const QString &tenant = {}, bool force = false)
{
    QObject context;
    std::optional<TokenResult> result;
    provider.requestToken(tenant, force, &context, [&result](const TokenResult &r) { result = r; });
    REQUIRE(QTest::qWaitFor([&result]() { return result.has_value(); }, 20000));
    return *result;
}

// A stand-in for the Azure CLI: records its arguments and answers as `mode` says.
QString writeStubAz(const TempDir &dir, const QByteArray &mode)
{
    QFile modeFile(dir.filePath(QStringLiteral("mode")));
    REQUIRE(modeFile.open(QIODevice::WriteOnly));
    modeFile.write(mode);
    modeFile.close();
    const QString path = dir.filePath(QStringLiteral("az"));
    QFile script(path);
    REQUIRE(script.open(QIODevice::WriteOnly));
    script.write(
        "#!/bin/sh\n"
        "here=$(dirname \"$0\")\n"
        "echo \"$@\" >> \"$here/calls\"\n"
        "case $(cat \"$here/mode\") in\n"
        "ok) printf '{\"accessToken\": \"cli-token-%s\", \"expires_on\": 4102444800, "
        "\"tenant\": \"t-home\", \"tokenType\": \"Bearer\"}\\n' $(wc -l < \"$here/calls\") ;;\n"
        "legacy) printf '{\"accessToken\": \"old\", \"expiresOn\": \"2099-01-01 "
        "10:00:00.000000\"}\\n' ;;\n"
        "login) echo \"ERROR: Please run 'az login' to setup account.\" >&2; exit 1 ;;\n"
        "broken) echo 'ERROR: something else' >&2; exit 2 ;;\n"
        "esac\n");
    script.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

int callCount(const TempDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("calls")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

QString lastCall(const TempDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("calls")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return QString::fromUtf8(lines.last());
}

} // namespace

TEST_CASE("The Azure CLI token is used and cached per tenant")
{
    TempDir dir;
    AzureCliTokenProvider provider(QStringLiteral("https://management.core.windows.net/"));
    provider.setProgram(writeStubAz(dir, "ok"));
    const TokenResult first = await(provider);
    INFO(first.message.toStdString());
    REQUIRE(first.ok());
    CHECK(first.token.token == QStringLiteral("cli-token-1"));
    CHECK(first.token.tenantId == QStringLiteral("t-home"));
    CHECK(first.token.expiresOn == QDateTime::fromSecsSinceEpoch(4102444800, Qt::UTC));
    CHECK(lastCall(dir)
          == QStringLiteral("account get-access-token --resource "
                            "https://management.core.windows.net/ --output json"));
    // Cached: no second run.
    CHECK(await(provider).token.token == QStringLiteral("cli-token-1"));
    CHECK(callCount(dir) == 1);
    // A 401 makes ArmClient force a refresh: the CLI runs again.
    CHECK(await(provider, {}, true).token.token == QStringLiteral("cli-token-2"));
    // Another tenant is asked for explicitly.
    CHECK(await(provider, QStringLiteral("t-other")).ok());
    CHECK(lastCall(dir).endsWith(QStringLiteral("--tenant t-other")));
}

TEST_CASE("An expired cached CLI token is fetched again")
{
    TempDir dir;
    ManualClock clock(QDateTime(QDate(2099, 12, 31), QTime(23, 0), Qt::UTC));
    AzureCliTokenProvider provider(QStringLiteral("https://management.core.windows.net/"), &clock);
    provider.setProgram(writeStubAz(dir, "ok"));
    REQUIRE(await(provider).ok());
    clock.set(QDateTime::fromSecsSinceEpoch(4102444800 - 60, Qt::UTC)); // within the margin
    CHECK(await(provider).token.token == QStringLiteral("cli-token-2"));
}

TEST_CASE("Older CLIs that only print expiresOn in local time are understood")
{
    TempDir dir;
    AzureCliTokenProvider provider(QStringLiteral("https://management.core.windows.net/"));
    provider.setProgram(writeStubAz(dir, "legacy"));
    const TokenResult r = await(provider);
    REQUIRE(r.ok());
    CHECK(r.token.expiresOn.isValid());
    CHECK(r.token.expiresOn.date().year() == 2099);
}

TEST_CASE("Azure CLI problems come back as clear messages")
{
    TempDir dir;
    AzureCliTokenProvider provider(QStringLiteral("https://management.core.windows.net/"));
    SECTION("not signed in")
    {
        provider.setProgram(writeStubAz(dir, "login"));
        const TokenResult r = await(provider);
        CHECK(r.failure == TokenResult::Failure::NotSignedIn);
        CHECK(r.message.contains(QStringLiteral("az login")));
    }
    SECTION("another failure keeps the CLI's text")
    {
        provider.setProgram(writeStubAz(dir, "broken"));
        const TokenResult r = await(provider);
        CHECK(r.failure == TokenResult::Failure::Rejected);
        CHECK(r.message.contains(QStringLiteral("exit code 2")));
        CHECK(r.message.contains(QStringLiteral("something else")));
    }
    SECTION("not installed")
    {
        provider.setProgram(dir.filePath(QStringLiteral("no-such-az")));
        const TokenResult r = await(provider);
        CHECK(r.failure == TokenResult::Failure::ToolMissing);
        CHECK(r.message.contains(QStringLiteral("Install the Azure CLI")));
    }
}

TEST_CASE("A token from the environment is used as given and never refreshed")
{
    const QByteArray variable = "MILINK_TEST_ARM_TOKEN";
    EnvironmentTokenProvider provider(QString::fromLatin1(variable));
    qunsetenv(variable.constData());
    CHECK(await(provider).failure == TokenResult::Failure::NotSignedIn);

    qputenv(variable.constData(), "opaque-token");
    const TokenResult r = await(provider);
    REQUIRE(r.ok());
    CHECK(r.token.token == QStringLiteral("opaque-token"));
    const TokenResult forced = await(provider, {}, true);
    CHECK(forced.failure == TokenResult::Failure::Unsupported);
    CHECK(forced.message.contains(QString::fromLatin1(variable)));

    // A JWT whose exp claim has passed is refused up front.
    const QByteArray payload
        = QJsonDocument(QJsonObject {{QStringLiteral("exp"), 1000}})
              .toJson(QJsonDocument::Compact)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    qputenv(variable.constData(), "eyJhbGciOiJub25lIn0." + payload + ".sig");
    CHECK(EnvironmentTokenProvider::jwtExpiry(qEnvironmentVariable(variable.constData()))
              .toSecsSinceEpoch()
          == 1000);
    const TokenResult expired = await(provider);
    CHECK(expired.failure == TokenResult::Failure::NotSignedIn);
    CHECK(expired.message.contains(QStringLiteral("expired")));
    qunsetenv(variable.constData());
}
