// The support bundle: a canary secret placed in every kind of input must appear
// nowhere in the archive's bytes, and the system tar must read the archive and
// list the expected members.

#include "TempDir.h"

#include "link/LinkDefinition.h"
#include "link/ProjectFile.h"
#include "support/SecretRedactor.h"
#include "support/SupportBundle.h"
#include "support/TarWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

const QString kCanary = QStringLiteral("Canary7Secret");

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Tar
{
    int exitCode = -1;
    QString out;
};

Tar tar(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("tar"), arguments);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput())
                + QString::fromUtf8(process.readAllStandardError())};
}

QByteArray withCanary(const char *text)
{
    return QString::fromUtf8(text).arg(kCanary).toUtf8();
}

// Every place a secret can hide in what the bundle collects.
QString makeProject(const TempDir &dir)
{
    LinkDefinition link;
    link.sqlServer.host = QStringLiteral("sql01.contoso.example");
    link.sqlServer.loginName = QStringLiteral("sa");
    link.managedInstance.subscriptionId = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    link.managedInstance.resourceGroup = QStringLiteral("rg-sql");
    link.managedInstance.name = QStringLiteral("sqlmi-demo");
    link.addDatabase(QStringLiteral("Sales"));
    const QString project = dir.filePath(QStringLiteral("sales.milink"));
    REQUIRE(ProjectFile::save(link, project).isEmpty());
    // A project someone edited by hand: a password member and a connection string.
    QJsonObject json = QJsonDocument::fromJson(readFile(project)).object();
    json.insert(QStringLiteral("password"), kCanary);
    json.insert(QStringLiteral("notes"),
                QStringLiteral("Driver={ODBC Driver 18 for SQL Server};Server=x;UID=sa;PWD=%1;")
                    .arg(kCanary));
    writeFile(project, QJsonDocument(json).toJson());

    writeFile(
        dir.filePath(QStringLiteral("sales.milink.create-link.journal.json")),
        withCanary(
            R"({"steps":[{"id":"create-master-key","tsql":"CREATE MASTER KEY ENCRYPTION BY PASSWORD = N'%1';",)"
            R"("request":{"headers":{"Authorization":"Bearer %1"}},)"
            R"("backupUrl":"https://acct.blob.core.windows.net/backups/Sales.bak?sv=2022-11-02&sig=%1",)"
            R"("refreshToken":"%1","message":"token refresh_token=%1 failed"}]})"));
    writeFile(
        dir.filePath(QStringLiteral("sales.milink.failover.journal.json.20261122T101010.old")),
        withCanary("not json: Authorization: Bearer %1\npassword=%1\n"));
    writeFile(dir.filePath(QStringLiteral("sales-scripts/01-sql-server.sql")),
              withCanary("CREATE MASTER KEY ENCRYPTION BY PASSWORD = N'%1''s';\nGO\n"
                         "CREATE CREDENTIAL [https://acct.blob.core.windows.net/c] WITH IDENTITY = "
                         "'SHARED ACCESS SIGNATURE', SECRET = '%1';\n"));
    writeFile(dir.filePath(QStringLiteral("sales-scripts/02-azure.sh")),
              withCanary("curl -H \"Authorization: Bearer %1\" https://management.azure.com/\n"
                         "TOKEN=eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.%1\n"));
    // Unrelated files next to the project stay out.
    writeFile(dir.filePath(QStringLiteral("other.milink")), QByteArray("{}"));
    return project;
}

QJsonObject monitorDiagnostics()
{
    return QJsonObject {
        {QStringLiteral("rows"),
         QJsonArray {QJsonObject {
             {QStringLiteral("link"), QStringLiteral("DAG_Sales")},
             {QStringLiteral("error"),
              QJsonObject {
                  {QStringLiteral("text"),
                   QStringLiteral("login failed; connection string PWD=%1;").arg(kCanary)}}}}}},
        {QStringLiteral("arm"),
         QJsonObject {
             {QStringLiteral("links"),
              QJsonArray {QJsonObject {
                  {QStringLiteral("accessToken"), kCanary},
                  {QStringLiteral("properties"),
                   QJsonObject {{QStringLiteral("note"),
                                 QString(QStringLiteral("the password is ") + kCanary)}}}}}}}},
        {QStringLiteral("sqlServerDmvs"),
         QJsonObject {
             {QStringLiteral("resultSets"),
              QJsonArray {QJsonObject {
                  {QStringLiteral("columns"), QJsonArray {QStringLiteral("text")}},
                  {QStringLiteral("rows"),
                   QJsonArray {QJsonArray {QStringLiteral("access_token: %1").arg(kCanary)}}}}}}}},
    };
}

} // namespace

TEST_CASE("A canary secret in every input appears nowhere in the support bundle",
          "[support-bundle]")
{
    TempDir dir;
    const QString project = makeProject(dir);
    SupportBundle::Input input;
    input.projectPath = project;
    input.monitor = monitorDiagnostics();
    input.knownSecrets << kCanary; // the free-text "the password is …" needs the known value
    const QString archive = dir.filePath(QStringLiteral("bundle.tar"));
    const SupportBundle::Result result = SupportBundle::write(archive, input);
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());

    const QByteArray bytes = readFile(archive);
    CHECK(bytes.size() % 512 == 0);
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    CHECK_FALSE(bytes.toLower().contains(kCanary.toLower().toUtf8()));
    CHECK(bytes.contains("<redacted>"));

    const Tar listing = tar({QStringLiteral("-tf"), archive});
    INFO(listing.out.toStdString());
    REQUIRE(listing.exitCode == 0);
    const QStringList members = listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected = {
        QStringLiteral("milink-support/README.txt"),
        QStringLiteral("milink-support/versions.txt"),
        QStringLiteral("milink-support/project/sales.milink"),
        QStringLiteral("milink-support/project/sales-scripts/01-sql-server.sql"),
        QStringLiteral("milink-support/project/sales-scripts/02-azure.sh"),
        QStringLiteral("milink-support/project/sales.milink.create-link.journal.json"),
        QStringLiteral(
            "milink-support/project/sales.milink.failover.journal.json.20261122T101010.old"),
        QStringLiteral("milink-support/status.json"),
    };
    CHECK(members == expected);
    CHECK(result.members == expected);

    // The members are intact and still useful: JSON stays JSON, T-SQL keeps its shape.
    const Tar project2 = tar(
        {QStringLiteral("-xOf"), archive, QStringLiteral("milink-support/project/sales.milink")});
    REQUIRE(project2.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(project2.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("milink-project"));
    CHECK(json.value(QStringLiteral("password")).toString() == QStringLiteral("<redacted>"));
    CHECK(
        json.value(QStringLiteral("notes")).toString().contains(QStringLiteral("PWD=<redacted>;")));
    const Tar script
        = tar({QStringLiteral("-xOf"), archive,
               QStringLiteral("milink-support/project/sales-scripts/01-sql-server.sql")});
    CHECK(script.out.contains(QStringLiteral("ENCRYPTION BY PASSWORD = N'<redacted>';")));
    const Tar versions
        = tar({QStringLiteral("-xOf"), archive, QStringLiteral("milink-support/versions.txt")});
    CHECK(versions.out.startsWith(QStringLiteral("milink ")));
    CHECK(versions.out.contains(QStringLiteral("Qt 6.")));
    CHECK(versions.out.contains(QStringLiteral("ODBC drivers")));
}

TEST_CASE("The redactor removes each kind of secret and keeps the rest", "[support-bundle]")
{
    SecretRedactor r;
    const auto redacted = [&](const QString &text) {
        return r.redactText(text.arg(kCanary));
    };
    CHECK(redacted(QStringLiteral("Server=x;PWD=%1;UID=sa"))
          == QStringLiteral("Server=x;PWD=<redacted>;UID=sa"));
    CHECK(redacted(QStringLiteral("Password={%1;x};")) == QStringLiteral("Password=<redacted>;"));
    CHECK(redacted(QStringLiteral("CREATE LOGIN x WITH PASSWORD = N'%1'''"))
          == QStringLiteral("CREATE LOGIN x WITH PASSWORD = N'<redacted>'"));
    CHECK(redacted(QStringLiteral("Authorization: Bearer %1"))
          == QStringLiteral("Authorization: <redacted>"));
    CHECK(redacted(QStringLiteral("x?sv=1&sig=%1&se=2"))
          == QStringLiteral("x?sv=1&sig=<redacted>&se=2"));
    CHECK(redacted(QStringLiteral("grant_type=refresh_token&refresh_token=%1"))
          == QStringLiteral("grant_type=refresh_token&refresh_token=<redacted>"));
    CHECK_FALSE(
        redacted(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.%1")).contains(kCanary));
    // Ordinary link text is left alone.
    CHECK(r.redactText(QStringLiteral("DAG_Sales LinkSynchronizing 41973 certificate expiry"))
          == QStringLiteral("DAG_Sales LinkSynchronizing 41973 certificate expiry"));
    const QJsonObject json = r.redactJson(
        QJsonObject {{QStringLiteral("clientSecret"), kCanary},
                     {QStringLiteral("name"), QStringLiteral("DAG_Sales")},
                     {QStringLiteral("nested"),
                      QJsonArray {QJsonObject {{QStringLiteral("sasToken"), kCanary}}}}});
    CHECK(json.value(QStringLiteral("clientSecret")).toString() == QStringLiteral("<redacted>"));
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("DAG_Sales"));
    CHECK_FALSE(QJsonDocument(json).toJson().contains(kCanary.toUtf8()));
    r.addKnownSecret(kCanary);
    CHECK(r.redactText(QStringLiteral("said %1 aloud").arg(kCanary))
          == QStringLiteral("said <redacted> aloud"));
}

TEST_CASE("The tar writer's archives are read back by the system tar", "[support-bundle]")
{
    TempDir dir;
    TarWriter writer;
    const QString longName = QStringLiteral("milink-support/project/")
        + QString(90, QLatin1Char('d')) + QStringLiteral("/") + QString(80, QLatin1Char('f'))
        + QStringLiteral(".json");
    QByteArray big(70000, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    REQUIRE(writer.addFile(QStringLiteral("a.txt"), QByteArray("hello\n")));
    REQUIRE(writer.addFile(QStringLiteral("empty"), QByteArray()));
    REQUIRE(writer.addFile(longName, big));
    REQUIRE(writer.addFile(QStringLiteral("ü/ß.txt"), QByteArray("utf8")));
    CHECK_FALSE(writer.addFile(QStringLiteral("/etc/passwd"), QByteArray()));
    CHECK_FALSE(writer.addFile(QStringLiteral("../x"), QByteArray()));
    CHECK_FALSE(writer.addFile(QString(300, QLatin1Char('x')), QByteArray()));
    const QString archive = dir.filePath(QStringLiteral("t.tar"));
    writeFile(archive, writer.finish());

    const Tar listing = tar({QStringLiteral("-tf"), archive});
    INFO(listing.out.toStdString());
    REQUIRE(listing.exitCode == 0);
    CHECK(listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
          == QStringList({QStringLiteral("a.txt"), QStringLiteral("empty"), longName,
                          QStringLiteral("ü/ß.txt")}));
    const QString out = dir.filePath(QStringLiteral("x"));
    QDir().mkpath(out);
    REQUIRE(tar({QStringLiteral("-xf"), archive, QStringLiteral("-C"), out}).exitCode == 0);
    CHECK(readFile(out + QStringLiteral("/a.txt")) == QByteArray("hello\n"));
    CHECK(readFile(out + QLatin1Char('/') + longName) == big);
    CHECK(readFile(out + QStringLiteral("/empty")).isEmpty());
}

TEST_CASE("milink support-bundle writes the archive offline and refuses bad usage",
          "[support-bundle]")
{
    TempDir dir;
    const QString project = makeProject(dir);
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A secret the process was given is redacted wherever it shows up.
        environment.insert(QStringLiteral("MILINK_SQL_PASSWORD"), kCanary);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MILINK_EXECUTABLE), arguments);
        REQUIRE(process.waitForFinished(60000));
        return Tar {process.exitCode(),
                    QString::fromUtf8(process.readAllStandardOutput())
                        + QString::fromUtf8(process.readAllStandardError())};
    };
    Tar r = run({QStringLiteral("support-bundle"), project});
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(QStringLiteral("--out")));

    const QString archive = dir.filePath(QStringLiteral("out/bundle.tar"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    r = run({QStringLiteral("support-bundle"), project, QStringLiteral("--out"), archive,
             QStringLiteral("--offline")});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("milink-support/project/sales.milink")));
    CHECK_FALSE(readFile(archive).contains(kCanary.toUtf8()));
    const Tar listing = tar({QStringLiteral("-tf"), archive});
    CHECK(listing.exitCode == 0);
    CHECK(listing.out.contains(QStringLiteral("milink-support/versions.txt")));
    CHECK_FALSE(listing.out.contains(QStringLiteral("status.json")));

    r = run({QStringLiteral("support-bundle"), project, QStringLiteral("--out"),
             dir.filePath(QStringLiteral("missing-folder/b.tar")), QStringLiteral("--offline")});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("Choose another folder")));
}
