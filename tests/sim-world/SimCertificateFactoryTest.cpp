#include "world/SimCertificateFactory.h"

#include <QSslCertificate>
#include <QSslKey>

#include <catch2/catch.hpp>

using milink::sim::SimCertificateFactory;

TEST_CASE("Simulated certificates are real X.509 DER", "[sim][certificate]")
{
    SimCertificateFactory::Request request;
    request.subjectCommonName = QStringLiteral("Cert_SQL01_PROD_endpoint");
    request.notBefore = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    request.notAfter = QDateTime(QDate(2051, 1, 31), QTime(0, 0), Qt::UTC); // GeneralizedTime
    const QByteArray der = SimCertificateFactory::create(request);

    const QSslCertificate certificate(der, QSsl::Der);
    REQUIRE_FALSE(certificate.isNull());
    CHECK(certificate.subjectInfo(QSslCertificate::CommonName)
          == QStringList {QStringLiteral("Cert_SQL01_PROD_endpoint")});
    CHECK(certificate.issuerInfo(QSslCertificate::CommonName)
          == certificate.subjectInfo(QSslCertificate::CommonName));
    CHECK(certificate.effectiveDate() == request.notBefore);
    CHECK(certificate.expiryDate() == request.notAfter);
    CHECK(certificate.version() == QByteArray("3"));
    CHECK(certificate.publicKey().length() == 2048);
    CHECK(certificate.toDer() == der);
}

TEST_CASE("Issuer and determinism", "[sim][certificate]")
{
    SimCertificateFactory::Request request;
    request.subjectCommonName = QStringLiteral("mi1.0123456789ab.database.windows.net");
    request.issuerCommonName = QStringLiteral("Microsoft Azure RSA TLS Issuing CA 04");
    request.issuerOrganization = QStringLiteral("Microsoft Corporation");
    request.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    request.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray first = SimCertificateFactory::create(request);
    CHECK(SimCertificateFactory::create(request) == first);
    request.seed = 7;
    CHECK(SimCertificateFactory::create(request) != first);

    const QSslCertificate certificate(first, QSsl::Der);
    REQUIRE_FALSE(certificate.isNull());
    CHECK(certificate.issuerInfo(QSslCertificate::Organization)
          == QStringList {QStringLiteral("Microsoft Corporation")});
    CHECK(certificate.subjectInfo(QSslCertificate::CommonName)
          == QStringList {request.subjectCommonName});
}
