// The Endpoint and certificates page's controller over ServerFacts: reusing the
// one mirroring endpoint fixes its name and port and says what is altered, the
// address is validated (IPv6 bracketed in the URL), certificates are reused or
// created with an expiry that warns under 30 days and refuses past dates.

#include "create/EndpointController.h"
#include "secrets/MemorySecretStore.h"
#include "session/LinkSession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

struct Fixture
{
    Fixture()
    {
        LinkDefinition link;
        link.sqlServer.serverName = QStringLiteral("SQL01");
        link.sqlServer.port = 1433;
        link.addDatabase(QStringLiteral("Sales"));
        session.setLink(link);
    }
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    LinkSession session {{&network, &secrets}};
};

ServerFacts factsWithEndpoint()
{
    ServerFacts facts;
    ServerFacts::Endpoint endpoint;
    endpoint.name = QStringLiteral("Hadr_endpoint");
    endpoint.port = 5023;
    endpoint.state = QStringLiteral("STARTED");
    endpoint.authentication = QStringLiteral("WINDOWS NEGOTIATE");
    endpoint.encryptionEnabled = true;
    endpoint.algorithm = QStringLiteral("RC4");
    facts.mirroringEndpoint = endpoint;
    ServerFacts::Certificate good;
    good.name = QStringLiteral("LinkCert");
    good.encryptedByMasterKey = true;
    good.expiryDate = QDateTime::currentDateTimeUtc().addDays(200);
    ServerFacts::Certificate noKey;
    noKey.name = QStringLiteral("NoMasterKey");
    noKey.encryptedByMasterKey = false;
    ServerFacts::Certificate system;
    system.name = QStringLiteral("##MS_AgentSigningCertificate##");
    system.encryptedByMasterKey = true;
    facts.certificates << good << noKey << system;
    return facts;
}

} // namespace

TEST_CASE("Endpoint creates a new endpoint when SQL Server has none", "[endpoint-page]")
{
    Fixture f;
    EndpointController controller(&f.session);
    CHECK_FALSE(controller.reusesEndpoint());
    controller.setEndpointName(QStringLiteral("link_endpoint"));
    controller.setPort(5022);
    auto review = controller.review();
    CHECK_FALSE(review.errors.isEmpty()); // no address yet
    CHECK(review.url.isEmpty());

    controller.setAddress(QStringLiteral("10.0.0.4"));
    review = controller.review();
    INFO(review.errors.join(QLatin1Char(' ')).toStdString());
    CHECK(review.errors.isEmpty());
    CHECK(review.url == QStringLiteral("TCP://10.0.0.4:5022"));
    CHECK(f.session.link().endpoint.name == QStringLiteral("link_endpoint"));

    controller.setAddress(QStringLiteral("[fd00::4]"));
    CHECK(f.session.link().endpoint.listenerAddress == QStringLiteral("fd00::4"));
    CHECK(controller.review().url == QStringLiteral("TCP://[fd00::4]:5022"));

    controller.setAddress(QStringLiteral("sql01.contoso.example"));
    CHECK(controller.review().errors.isEmpty());
    CHECK(controller.review().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("DNS")));

    controller.setAddress(QStringLiteral("bad host!"));
    CHECK_FALSE(controller.review().errors.isEmpty());
    controller.setAddress(QStringLiteral("127.0.0.1"));
    CHECK_FALSE(controller.review().errors.isEmpty());
    controller.setAddress(QStringLiteral("10.0.0.4"));
    controller.setPort(1433);
    CHECK(controller.review().errors.join(QLatin1Char(' ')).contains(QStringLiteral("1433")));
}

TEST_CASE("Endpoint reuse fixes the name and port and explains the alterations", "[endpoint-page]")
{
    Fixture f;
    f.session.setSqlServerFacts(factsWithEndpoint());
    EndpointController controller(&f.session);
    REQUIRE(controller.existingEndpoint().has_value());
    CHECK(controller.reusesEndpoint());
    controller.setReuseEndpoint(true);
    CHECK(f.session.link().endpoint.name == QStringLiteral("Hadr_endpoint"));
    CHECK(f.session.link().endpoint.port == 5023);
    // Fixed while reusing.
    controller.setPort(6000);
    controller.setEndpointName(QStringLiteral("other"));
    CHECK(f.session.link().endpoint.port == 5023);
    CHECK(f.session.link().endpoint.name == QStringLiteral("Hadr_endpoint"));

    controller.setAddress(QStringLiteral("10.0.0.4"));
    const auto review = controller.review();
    CHECK(review.url == QStringLiteral("TCP://10.0.0.4:5023"));
    const QString altered = review.alterations.join(QLatin1Char(' '));
    CHECK(altered.contains(QStringLiteral("WINDOWS NEGOTIATE CERTIFICATE")));
    CHECK(altered.contains(QStringLiteral("AES")));

    // Not reusing the only endpoint an instance may have is refused.
    controller.setReuseEndpoint(false);
    CHECK(controller.review().errors.join(QLatin1Char(' ')).contains(QStringLiteral("7862")));
}

TEST_CASE("Endpoint certificates: reuse one encrypted by the master key or create one",
          "[endpoint-page]")
{
    Fixture f;
    f.session.setSqlServerFacts(factsWithEndpoint());
    EndpointController controller(&f.session);
    controller.setAddress(QStringLiteral("10.0.0.4"));
    const QList<ServerFacts::Certificate> reusable = controller.reusableCertificates();
    REQUIRE(reusable.size() == 1);
    CHECK(reusable.first().name == QStringLiteral("LinkCert"));

    controller.reuseCertificate(QStringLiteral("LinkCert"));
    CHECK(controller.reusesCertificate());
    CHECK(f.session.link().effectiveCertificateName() == QStringLiteral("LinkCert"));
    CHECK(controller.review().errors.isEmpty());

    const QDate today(2026, 11, 22);
    controller.createCertificate(QString(), EndpointController::defaultExpiry(today));
    CHECK_FALSE(controller.reusesCertificate());
    CHECK(f.session.link().effectiveCertificateName() == QStringLiteral("Cert_SQL01_endpoint"));
    CHECK(f.session.link().certificate.expiryDate == QDate(2027, 11, 22));
    CHECK(controller.review(today).errors.isEmpty());
    CHECK(controller.review(today).warnings.isEmpty());

    controller.createCertificate(QString(), today.addDays(10));
    CHECK(controller.review(today).errors.isEmpty());
    CHECK(controller.review(today).warnings.join(QLatin1Char(' ')).contains(QStringLiteral("10")));
    controller.createCertificate(QString(), today.addDays(-1));
    CHECK_FALSE(controller.review(today).errors.isEmpty());

    controller.createCertificate(QStringLiteral("NoMasterKey"), today.addYears(1));
    CHECK(controller.review(today)
              .errors.join(QLatin1Char(' '))
              .contains(QStringLiteral("master key")));
}

TEST_CASE("Endpoint Next is refused with the reason and passes once fixed", "[endpoint-page]")
{
    Fixture f;
    EndpointController controller(&f.session);
    QSignalSpy checked(&controller, &EndpointController::checkFinished);
    controller.check();
    REQUIRE(checked.size() == 1);
    auto outcome = checked.takeFirst().at(0).value<EndpointController::CheckOutcome>();
    CHECK_FALSE(outcome.passed);
    CHECK(outcome.error.contains(QStringLiteral("address")));
    controller.setAddress(QStringLiteral("10.0.0.4"));
    controller.check();
    outcome = checked.takeFirst().at(0).value<EndpointController::CheckOutcome>();
    CHECK(outcome.passed);
}
