// Sign-in against milink-sim's authority: browser (authorization code + PKCE on a
// loopback redirect, the test playing the browser), device code, refresh before
// expiry and after a 401, per-tenant tokens, and refresh tokens kept only in the
// secret store.

#include "azure/ArmClient.h"
#include "azure/ArmJob.h"
#include "azure/AzureSqlApi.h"
#include "azure/AzureSubscription.h"
#include "azure/BrowserSignIn.h"
#include "azure/Clock.h"
#include "azure/DeviceCodeSignIn.h"
#include "azure/EntraTokenProvider.h"
#include "secrets/MemorySecretStore.h"

#include "AzureTestSupport.h"
#include "SimProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <optional>

using namespace milink;

namespace {

const QString kClientId = QStringLiteral("milink-test-client");

// Plays the user's browser: opens the authorize URL and follows the redirect to
// the loopback listener.
int playBrowser(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    REQUIRE(QTest::qWaitFor([reply]() { return reply->isFinished(); }, 20000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

OAuthTokenResponse browserSignIn(SimProcess &sim, QNetworkAccessManager &network)
{
    BrowserSignIn flow(sim.cloud(), kClientId, {}, &network);
    QObject::connect(&flow, &BrowserSignIn::openBrowser, &flow,
                     [&network](const QUrl &url) { playBrowser(network, url); });
    QSignalSpy finished(&flow, &BrowserSignIn::finished);
    flow.start();
    REQUIRE(finished.wait(20000));
    INFO(flow.errorMessage().toStdString());
    REQUIRE(flow.succeeded());
    return flow.response();
}

TokenResult await(TokenProvider &provider, const QString &tenant = {}, bool force = false)
{
    QObject context;
    std::optional<TokenResult> result;
    provider.requestToken(tenant, force, &context, [&result](const TokenResult &r) { result = r; });
    REQUIRE(QTest::qWaitFor([&result]() { return result.has_value(); }, 20000));
    return *result;
}

int redemptions(SimProcess &sim)
{
    return sim.control(QStringLiteral("auth.stats"))
        .value(QStringLiteral("refreshTokenRedemptions"))
        .toInt();
}

} // namespace

TEST_CASE("PKCE challenges follow RFC 7636 (S256)")
{
    // The example of RFC 7636 appendix B.
    CHECK(
        BrowserSignIn::codeChallenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        == QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QString verifier = BrowserSignIn::makeCodeVerifier();
    CHECK(verifier.size() == 43);
    CHECK(verifier != BrowserSignIn::makeCodeVerifier());
}

TEST_CASE("Browser sign-in with PKCE gives tokens ARM accepts")
{
    SimProcess sim;
    QNetworkAccessManager network;
    BrowserSignIn flow(sim.cloud(), kClientId, {}, &network);
    QUrl authorizeUrl;
    QObject::connect(&flow, &BrowserSignIn::openBrowser, &flow,
                     [&authorizeUrl](const QUrl &url) { authorizeUrl = url; });
    QSignalSpy finished(&flow, &BrowserSignIn::finished);
    flow.start();
    REQUIRE(QTest::qWaitFor([&authorizeUrl]() { return authorizeUrl.isValid(); }, 5000));
    const QUrlQuery query(authorizeUrl);
    CHECK(query.queryItemValue(QStringLiteral("code_challenge_method")) == QStringLiteral("S256"));
    CHECK(query.queryItemValue(QStringLiteral("code_challenge")).size() == 43);
    CHECK(flow.redirectUri().host() == QStringLiteral("127.0.0.1"));

    // A redirect that does not carry our state is ignored; the flow keeps waiting.
    QUrl forged = flow.redirectUri();
    forged.setQuery(QStringLiteral("code=stolen&state=wrong"));
    CHECK(playBrowser(network, forged) == 400);
    CHECK(finished.isEmpty());

    CHECK(playBrowser(network, authorizeUrl) == 200);
    REQUIRE(QTest::qWaitFor([&finished]() { return !finished.isEmpty(); }, 20000));
    INFO(flow.errorMessage().toStdString());
    REQUIRE(flow.succeeded());
    CHECK(flow.response().accessToken.token.startsWith(QStringLiteral("simat.")));
    CHECK_FALSE(flow.response().refreshToken.isEmpty());

    MemorySecretStore secrets;
    EntraTokenProvider tokens(sim.cloud(), kClientId, &secrets, &network);
    tokens.acceptSignIn({}, flow.response());
    ArmClient client(&network, &tokens, sim.cloud());
    client.setRetryPolicy(fastPolicy());
    ArmJob *job = AzureSqlApi(&client).listSubscriptions();
    waitFor(job);
    INFO(describe(job).toStdString());
    CHECK(job->succeeded());
    // The refresh token went to the secret store, nowhere else.
    REQUIRE(QTest::qWaitFor([&secrets]() { return secrets.size() == 1; }, 5000));
    CHECK(secrets.value(tokens.secretKey(tokens.homeTenant())) == flow.response().refreshToken);
}

TEST_CASE("A declined browser sign-in is reported")
{
    SimProcess sim;
    sim.control(QStringLiteral("auth.configure"),
                {{QStringLiteral("denyNextAuthorization"), true}});
    QNetworkAccessManager network;
    BrowserSignIn flow(sim.cloud(), kClientId, {}, &network);
    QObject::connect(&flow, &BrowserSignIn::openBrowser, &flow,
                     [&network](const QUrl &url) { playBrowser(network, url); });
    QSignalSpy finished(&flow, &BrowserSignIn::finished);
    flow.start();
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(flow.succeeded());
    CHECK(flow.errorMessage().contains(QStringLiteral("access_denied")));
}

TEST_CASE("Device code sign-in completes when the user approves the code")
{
    SimProcess sim;
    sim.control(QStringLiteral("auth.configure"), {{QStringLiteral("deviceCodeInterval"), 1}});
    QNetworkAccessManager network;
    DeviceCodeSignIn flow(sim.cloud(), kClientId, {}, &network);
    flow.setIntervalScale(0.05);
    QString userCode;
    QUrl verification;
    QObject::connect(&flow, &DeviceCodeSignIn::userCodeReady, &flow,
                     [&](const QString &code, const QUrl &uri, const QString &message) {
                         userCode = code;
                         verification = uri;
                         CHECK(message.contains(code));
                     });
    QSignalSpy finished(&flow, &DeviceCodeSignIn::finished);
    flow.start();
    REQUIRE(QTest::qWaitFor([&userCode]() { return !userCode.isEmpty(); }, 10000));
    // Let it poll while the user has not acted yet.
    REQUIRE(QTest::qWaitFor([&flow]() { return flow.pollCount() >= 2; }, 10000));
    CHECK(finished.isEmpty());
    QUrl approve = verification;
    approve.setQuery(QStringLiteral("user_code=") + userCode);
    CHECK(playBrowser(network, approve) == 200);
    REQUIRE(finished.wait(10000));
    INFO(flow.errorMessage().toStdString());
    REQUIRE(flow.succeeded());
    CHECK_FALSE(flow.response().accessToken.token.isEmpty());
    CHECK_FALSE(flow.response().refreshToken.isEmpty());
}

TEST_CASE("Device code sign-in reports a declined or expired code")
{
    SimProcess sim;
    sim.control(QStringLiteral("auth.configure"), {{QStringLiteral("deviceCodeInterval"), 1}});
    QNetworkAccessManager network;
    DeviceCodeSignIn flow(sim.cloud(), kClientId, {}, &network);
    flow.setIntervalScale(0.05);
    QString userCode;
    QObject::connect(
        &flow, &DeviceCodeSignIn::userCodeReady, &flow,
        [&userCode](const QString &code, const QUrl &, const QString &) { userCode = code; });
    QSignalSpy finished(&flow, &DeviceCodeSignIn::finished);
    flow.start();
    REQUIRE(QTest::qWaitFor([&userCode]() { return !userCode.isEmpty(); }, 10000));
    SECTION("declined")
    {
        sim.control(QStringLiteral("auth.approveDevice"),
                    {{QStringLiteral("userCode"), userCode}, {QStringLiteral("deny"), true}});
        REQUIRE(finished.wait(10000));
        CHECK_FALSE(flow.succeeded());
        CHECK(flow.errorMessage().contains(QStringLiteral("declined")));
    }
    SECTION("expired on the authority's clock")
    {
        sim.control(QStringLiteral("clock.advance"), {{QStringLiteral("seconds"), 3600}});
        REQUIRE(finished.wait(10000));
        CHECK_FALSE(flow.succeeded());
        CHECK(flow.errorMessage().contains(QStringLiteral("expired")));
    }
}

TEST_CASE("Tokens are renewed shortly before they expire")
{
    SimProcess sim;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    ManualClock clock;
    const OAuthTokenResponse signIn = browserSignIn(sim, network);
    EntraTokenProvider tokens(sim.cloud(), kClientId, &secrets, &network, &clock);
    OAuthTokenResponse response = signIn;
    response.accessToken.expiresOn = clock.now().addSecs(3600);
    tokens.acceptSignIn({}, response);

    CHECK(await(tokens).token.token == signIn.accessToken.token); // cached
    CHECK(redemptions(sim) == 0);
    clock.advanceSeconds(3600 - 200); // inside the 5-minute margin
    const TokenResult renewed = await(tokens);
    INFO(renewed.message.toStdString());
    REQUIRE(renewed.ok());
    CHECK(renewed.token.token != signIn.accessToken.token);
    CHECK(redemptions(sim) == 1);
}

TEST_CASE("After a 401 the token is refreshed with the refresh token and the call repeated")
{
    SimProcess sim;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    EntraTokenProvider tokens(sim.cloud(), kClientId, &secrets, &network);
    tokens.acceptSignIn({}, browserSignIn(sim, network));
    ArmClient client(&network, &tokens, sim.cloud());
    client.setRetryPolicy(fastPolicy());
    sim.control(QStringLiteral("auth.expireTokens")); // revoked early, as ARM can
    ArmJob *job = AzureSqlApi(&client).listSubscriptions();
    waitFor(job);
    INFO(describe(job).toStdString());
    REQUIRE(job->succeeded());
    CHECK(job->tokenRefreshCount() == 1);
    CHECK(redemptions(sim) == 1);

    // When the refresh token is revoked too, the user is asked to sign in again.
    sim.control(QStringLiteral("auth.expireTokens"));
    sim.control(QStringLiteral("auth.revokeRefreshTokens"));
    ArmJob *again = AzureSqlApi(&client).listSubscriptions();
    waitFor(again);
    REQUIRE(again->error());
    CHECK(again->error()->kind == ArmError::Kind::Authentication);
    CHECK(again->error()->message.contains(QStringLiteral("sign in again")));
}

TEST_CASE("A stored refresh token signs the user in silently next time")
{
    SimProcess sim;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    {
        EntraTokenProvider first(sim.cloud(), kClientId, &secrets, &network);
        first.acceptSignIn({}, browserSignIn(sim, network));
        REQUIRE(QTest::qWaitFor([&secrets]() { return secrets.size() == 1; }, 5000));
    }
    // "Next start": a new provider with nothing in memory.
    EntraTokenProvider second(sim.cloud(), kClientId, &secrets, &network);
    const TokenResult r = await(second);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    CHECK(redemptions(sim) == 1);

    // Nobody signed in: a clear message, no request to the authority.
    MemorySecretStore empty;
    EntraTokenProvider fresh(sim.cloud(), kClientId, &empty, &network);
    const TokenResult none = await(fresh);
    CHECK(none.failure == TokenResult::Failure::NotSignedIn);
    CHECK(none.message.contains(QStringLiteral("not signed in")));
}

TEST_CASE("Without a keychain the user is told and nothing is persisted")
{
    SimProcess sim;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    secrets.setUnavailable(true);
    EntraTokenProvider tokens(sim.cloud(), kClientId, &secrets, &network);
    QSignalSpy problem(&tokens, &EntraTokenProvider::secretStoreProblem);
    tokens.acceptSignIn({}, browserSignIn(sim, network));
    REQUIRE(problem.wait(5000));
    CHECK(problem.at(0).at(0).toString().contains(QStringLiteral("sign in again")));
    CHECK(secrets.size() == 0);
    // This session keeps working.
    CHECK(await(tokens).ok());
}

TEST_CASE("Each tenant gets its own token")
{
    SimProcess sim;
    const QString other = QStringLiteral("d1e2f3a4-0000-4000-8000-000000000002");
    sim.control(QStringLiteral("azure.addTenant"),
                {{QStringLiteral("tenantId"), other},
                 {QStringLiteral("displayName"), QStringLiteral("Fabrikam")}});
    sim.control(
        QStringLiteral("azure.addSubscription"),
        {{QStringLiteral("subscriptionId"), QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000b")},
         {QStringLiteral("tenantId"), other},
         {QStringLiteral("displayName"), QStringLiteral("Fabrikam Dev")},
         {QStringLiteral("resourceGroups"), QJsonArray {QStringLiteral("rg-fab")}}});
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    EntraTokenProvider tokens(sim.cloud(), kClientId, &secrets, &network);
    tokens.acceptSignIn({}, browserSignIn(sim, network));
    ArmClient client(&network, &tokens, sim.cloud());
    client.setRetryPolicy(fastPolicy());
    AzureSqlApi api(&client);

    ArmJob *home = api.listSubscriptions();
    ArmJob *fabrikam = api.listSubscriptions(other);
    waitFor(home);
    waitFor(fabrikam);
    INFO(describe(fabrikam).toStdString());
    REQUIRE(home->succeeded());
    REQUIRE(fabrikam->succeeded());
    REQUIRE(fabrikam->items().size() == 1);
    CHECK(AzureSubscription::fromJson(fabrikam->items().at(0).toObject()).tenantId == other);
    for (const QJsonValue &v : home->items())
        CHECK(AzureSubscription::fromJson(v.toObject()).tenantId != other);
    CHECK(await(tokens, other).token.tenantId == other);
    CHECK(await(tokens, other).token.token != await(tokens).token.token);
}

TEST_CASE("An unreachable sign-in service is reported, not waited for")
{
    SimProcess sim;
    sim.control(QStringLiteral("faults.add"),
                {{QStringLiteral("target"), QStringLiteral("authority")},
                 {QStringLiteral("path"), QStringLiteral("devicecode")},
                 {QStringLiteral("drop"), true},
                 {QStringLiteral("count"), -1}});
    QNetworkAccessManager network;
    DeviceCodeSignIn flow(sim.cloud(), kClientId, {}, &network);
    QSignalSpy finished(&flow, &DeviceCodeSignIn::finished);
    flow.start();
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(flow.succeeded());
    CHECK(flow.errorMessage().contains(QStringLiteral("Could not reach the sign-in service")));
}
