// Cloud profiles: the three public clouds and custom profiles from a JSON file.

#include "azure/CloudProfile.h"

#include "TempDir.h"

#include <QFile>

#include <catch2/catch.hpp>

using milink::CloudProfile;

namespace {
QString writeFile(const TempDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("clouds.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}
} // namespace

TEST_CASE("Built-in clouds carry the endpoints of the public and sovereign clouds")
{
    const auto clouds = CloudProfile::builtIns();
    REQUIRE(clouds.size() == 3);
    const auto pub = CloudProfile::findBuiltIn(QStringLiteral("azurecloud"));
    REQUIRE(pub);
    CHECK(pub->armEndpoint == QUrl(QStringLiteral("https://management.azure.com/")));
    CHECK(pub->armScope() == QStringLiteral("https://management.core.windows.net/.default"));
    CHECK(pub->sqlDnsSuffix == QStringLiteral("database.windows.net"));
    const auto gov = CloudProfile::findBuiltIn(QStringLiteral("AzureUSGovernment"));
    REQUIRE(gov);
    CHECK(gov->authority.host() == QStringLiteral("login.microsoftonline.us"));
    CHECK(gov->sqlDnsSuffix == QStringLiteral("database.usgovcloudapi.net"));
    const auto china = CloudProfile::findBuiltIn(QStringLiteral("AzureChinaCloud"));
    REQUIRE(china);
    CHECK(china->armEndpoint.host() == QStringLiteral("management.chinacloudapi.cn"));
    CHECK(china->tokenResource == QStringLiteral("https://management.core.chinacloudapi.cn/"));
    CHECK_FALSE(CloudProfile::findBuiltIn(QStringLiteral("AzureGermanCloud")));
    for (const CloudProfile &c : clouds)
        CHECK(c.validate().isEmpty());
    CHECK(pub->authorityUrl(QStringLiteral("organizations"), QStringLiteral("token"))
          == QUrl(
              QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token")));
    CHECK(pub->armUrl(QStringLiteral("/subscriptions"))
          == QUrl(QStringLiteral("https://management.azure.com/subscriptions")));
}

TEST_CASE("Custom cloud files are read and validated")
{
    TempDir dir;
    SECTION("a private cloud and a loopback simulator")
    {
        const QString path = writeFile(dir, R"({"clouds": [
            {"name": "Contoso", "armEndpoint": "https://arm.contoso.example/",
             "authority": "https://login.contoso.example", "tokenResource": "https://arm.contoso.example/",
             "sqlDnsSuffix": "sql.contoso.example"},
            {"name": "milink-sim", "armEndpoint": "http://127.0.0.1:4000/",
             "authority": "http://localhost:4001", "tokenResource": "https://management.core.windows.net/",
             "sqlDnsSuffix": "database.windows.net"}]})");
        QString error;
        const auto clouds = CloudProfile::loadFile(path, &error);
        INFO(error.toStdString());
        REQUIRE(clouds);
        REQUIRE(clouds->size() == 2);
        CHECK(clouds->at(0).name == QStringLiteral("Contoso"));
        CHECK_FALSE(clouds->at(0).builtIn);
        CHECK(clouds->at(1).armEndpoint.port() == 4000);
    }
    SECTION("plain http to a remote host is refused")
    {
        const QString path
            = writeFile(dir, R"({"clouds": [{"name": "x", "armEndpoint": "http://arm.example.com/",
            "authority": "https://login.example.com", "tokenResource": "r", "sqlDnsSuffix": "s.example"}]})");
        QString error;
        CHECK_FALSE(CloudProfile::loadFile(path, &error));
        CHECK(error.contains(QStringLiteral("clouds[0]")));
        CHECK(error.contains(QStringLiteral("https")));
    }
    SECTION("names of built-in clouds and duplicates are refused")
    {
        QString error;
        const QString builtin = writeFile(
            dir, R"({"clouds": [{"name": "AzureCloud", "armEndpoint": "https://a.example/",
            "authority": "https://l.example", "tokenResource": "r", "sqlDnsSuffix": "s.example"}]})");
        CHECK_FALSE(CloudProfile::loadFile(builtin, &error));
        CHECK(error.contains(QStringLiteral("built-in")));
        const QString twice = writeFile(dir, R"({"clouds": [
            {"name": "A", "armEndpoint": "https://a.example/", "authority": "https://l.example", "tokenResource": "r", "sqlDnsSuffix": "s.example"},
            {"name": "a", "armEndpoint": "https://a.example/", "authority": "https://l.example", "tokenResource": "r", "sqlDnsSuffix": "s.example"}]})");
        CHECK_FALSE(CloudProfile::loadFile(twice, &error));
        CHECK(error.contains(QStringLiteral("twice")));
    }
    SECTION("missing fields and broken files say what is wrong")
    {
        QString error;
        const QString noSuffix
            = writeFile(dir, R"({"clouds": [{"name": "x", "armEndpoint": "https://a.example/",
            "authority": "https://l.example", "tokenResource": "r", "sqlDnsSuffix": ".database.windows.net"}]})");
        CHECK_FALSE(CloudProfile::loadFile(noSuffix, &error));
        CHECK(error.contains(QStringLiteral("sqlDnsSuffix")));
        CHECK_FALSE(CloudProfile::loadFile(writeFile(dir, "not json"), &error));
        CHECK(error.contains(QStringLiteral("not valid JSON")));
        CHECK_FALSE(CloudProfile::loadFile(dir.filePath(QStringLiteral("missing.json")), &error));
        CHECK(error.contains(QStringLiteral("Cannot read")));
    }
}

TEST_CASE("Only https or loopback endpoints are acceptable")
{
    CHECK(
        CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("https://management.azure.com/"))));
    CHECK(CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
    CHECK(CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("http://[::1]:8080/"))));
    CHECK(CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("http://localhost/"))));
    CHECK_FALSE(CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("http://10.0.0.1/"))));
    CHECK_FALSE(
        CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("http://management.azure.com/"))));
    CHECK_FALSE(CloudProfile::isAcceptableEndpoint(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
}
