#include "CreateWizardSimFixture.h"

#include "azure/AccessToken.h"
#include "sql/OdbcConnectionString.h"
#include "sql/ServerProbe.h"
#include "sql/SqlSession.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <optional>

using namespace milink;

void FixedTokenProvider::requestToken(const QString &, bool, QObject *context, Callback callback)
{
    TokenResult result;
    result.token.token = m_token;
    result.token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
    // Asynchronous like every real provider.
    QTimer::singleShot(0, context, [callback, result] { callback(result); });
}

CreateWizardSimFixture::CreateWizardSimFixture(const SimProcess::Options &options) : sim(options)
{
    session.addCustomClouds({sim.cloud()});
    session.setLink(sim.demoLink());
}

ArmRetryPolicy CreateWizardSimFixture::fastPolicy()
{
    ArmRetryPolicy policy;
    policy.delayScale = 0.001;
    policy.transferTimeoutMs = 20000;
    return policy;
}

void CreateWizardSimFixture::useSimToken()
{
    session.setTokenProvider(std::make_unique<FixedTokenProvider>(sim.issueToken()));
}

void CreateWizardSimFixture::connectSqlServer()
{
    SqlConnectionOptions options;
    options.server = session.link().sqlServer;
    options.password = QStringLiteral("Sim-Passw0rd");
    SqlSession *sql = session.sqlServer();
    QSignalSpy opened(sql, &SqlSession::opened);
    sql->open(options, QStringLiteral("FreeTDS"));
    REQUIRE(opened.wait(20000));
    const SqlError error = opened.takeFirst().at(0).value<SqlError>();
    INFO(error.message.toStdString());
    REQUIRE_FALSE(error.isError());

    ServerProbe probe(sql);
    std::optional<ServerFacts> facts;
    QObject::connect(&probe, &ServerProbe::finished,
                     [&facts](const ServerFacts &found, const SqlError &) { facts = found; });
    probe.start();
    REQUIRE(QTest::qWaitFor([&facts] { return facts.has_value(); }, 20000));
    session.setSqlServerFacts(facts);
}

void CreateWizardSimFixture::playBrowser(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}
