#include "TempDir.h"
#include "TestLinks.h"

#include "link/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

QByteArray validJson()
{
    return ProjectFile::toJson(TestLinks::valid());
}

// Applies `change` to the JSON of the valid test link and loads the result.
template<typename Change> ProjectFile::LoadResult loadChanged(Change change)
{
    QJsonObject root = QJsonDocument::fromJson(validJson()).object();
    change(root);
    return ProjectFile::fromJson(QJsonDocument(root).toJson());
}

QStringList errorPaths(const ValidationIssues &issues)
{
    QStringList paths;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            paths << issue.path;
    }
    return paths;
}

QJsonObject withMember(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

TEST_CASE("A project round-trips through JSON unchanged", "[link][project]")
{
    LinkDefinition link = TestLinks::valid();
    link.sqlServer.serverName = QStringLiteral("SQL01\\PROD");
    link.sqlServer.authentication = SqlAuthentication::Windows;
    link.sqlServer.encryption = SqlEncryption::Strict;
    link.sqlServer.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    link.direction = LinkDirection::ManagedInstanceToSqlServer;
    link.replicationMode = ReplicationMode::Sync;
    link.certificate.name = QStringLiteral("Cert_'odd]_name");
    link.databases[0].databaseName = QStringLiteral("Ünïcødé ]'\" db");

    const ProjectFile::LoadResult loaded = ProjectFile::fromJson(ProjectFile::toJson(link));
    for (const ValidationIssue &issue : loaded.issues)
        INFO(issue.toString().toStdString());
    REQUIRE(loaded.issues.isEmpty());
    REQUIRE(loaded.link.has_value());
    CHECK(*loaded.link == link);
    // Deterministic output: saving the loaded project gives the same bytes.
    CHECK(ProjectFile::toJson(*loaded.link) == ProjectFile::toJson(link));
}

TEST_CASE("Saving is atomic and loading reads the file back", "[link][project]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.milink"));
    REQUIRE(ProjectFile::save(TestLinks::valid(), path).isEmpty());
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    REQUIRE(loaded.link.has_value());
    CHECK(*loaded.link == TestLinks::valid());

    // A save into a folder that does not exist fails with a message and leaves
    // nothing behind.
    const QString bad = dir.filePath(QStringLiteral("missing/folder/x.milink"));
    const QString error = ProjectFile::save(TestLinks::valid(), bad);
    CHECK(error.contains(QStringLiteral("x.milink")));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("A failed save keeps the previous file intact", "[link][project]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.milink"));
    REQUIRE(ProjectFile::save(TestLinks::valid(), path).isEmpty());
    const QByteArray before = [&] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    // Make the folder read-only: QSaveFile cannot create its temporary file, so
    // the commit never happens and the old content stays.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    LinkDefinition changed = TestLinks::valid();
    changed.managedInstance.name = QStringLiteral("other-mi");
    const QString error = ProjectFile::save(changed, path);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (error.isEmpty()) {
        // Running as root ignores directory permissions; nothing to observe then.
        SUCCEED("directory permissions are not enforced for this user");
        return;
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("Malformed JSON reports line and column", "[link][project]")
{
    const ProjectFile::LoadResult loaded = ProjectFile::fromJson(
        QByteArrayLiteral("{\n  \"format\": \"milink-project\",\n  oops\n}"));
    REQUIRE(loaded.issues.size() == 1);
    CHECK_FALSE(loaded.link.has_value());
    CHECK(loaded.issues.first().message.contains(QStringLiteral("line 3")));
}

TEST_CASE("Files that are not milink projects are refused", "[link][project]")
{
    CHECK(ProjectFile::fromJson(QByteArrayLiteral("[1,2]")).issues.size() == 1);
    const auto wrongFormat = ProjectFile::fromJson(QByteArrayLiteral("{\"format\":\"other\"}"));
    REQUIRE(wrongFormat.issues.size() == 1);
    CHECK(wrongFormat.issues.first().path == QStringLiteral("format"));
    const auto noVersion
        = ProjectFile::fromJson(QByteArrayLiteral("{\"format\":\"milink-project\"}"));
    REQUIRE(noVersion.issues.size() == 1);
    CHECK(noVersion.issues.first().path == QStringLiteral("schemaVersion"));
}

TEST_CASE("Files from a newer schema are refused with a clear message", "[link][project]")
{
    const auto loaded
        = loadChanged([](QJsonObject &root) { root.insert(QStringLiteral("schemaVersion"), 99); });
    REQUIRE(loaded.issues.size() == 1);
    CHECK_FALSE(loaded.link.has_value());
    CHECK(loaded.issues.first().message.contains(QStringLiteral("newer milink")));
    CHECK(loaded.issues.first().message.contains(QStringLiteral("99")));
}

TEST_CASE("Every structural problem is reported with its path", "[link][project]")
{
    const auto loaded = loadChanged([](QJsonObject &root) {
        QJsonObject sql = root.value(QStringLiteral("sqlServer")).toObject();
        sql.insert(QStringLiteral("port"), QStringLiteral("1433")); // wrong type
        sql.insert(QStringLiteral("encryption"), QStringLiteral("yes")); // unknown value
        sql.insert(QStringLiteral("version"), QStringLiteral("sixteen")); // not a build
        sql.remove(QStringLiteral("host")); // missing
        root.insert(QStringLiteral("sqlServer"), sql);
        QJsonObject mi = root.value(QStringLiteral("managedInstance")).toObject();
        mi.insert(QStringLiteral("updatePolicy"), 2022);
        root.insert(QStringLiteral("managedInstance"), mi);
        QJsonArray dbs = root.value(QStringLiteral("databases")).toArray();
        dbs.append(QStringLiteral("justAString"));
        QJsonObject db1 = dbs.at(1).toObject();
        db1.insert(QStringLiteral("linkName"), true);
        dbs.replace(1, db1);
        root.insert(QStringLiteral("databases"), dbs);
        root.insert(QStringLiteral("endpoint"), QJsonObject {{QStringLiteral("port"), 70000}});
        root.insert(QStringLiteral("certificate"),
                    QJsonObject {{QStringLiteral("expiryDate"), QStringLiteral("31/12/2027")}});
        root.insert(QStringLiteral("link"),
                    QJsonObject {{QStringLiteral("direction"), QStringLiteral("sideways")},
                                 {QStringLiteral("failover"), 1.5}});
    });
    CHECK_FALSE(loaded.link.has_value());
    const QStringList paths = errorPaths(loaded.issues);
    const QStringList expected = {
        QStringLiteral("sqlServer.host"),
        QStringLiteral("sqlServer.port"),
        QStringLiteral("sqlServer.encryption"),
        QStringLiteral("sqlServer.version"),
        QStringLiteral("managedInstance.updatePolicy"),
        QStringLiteral("link.direction"),
        QStringLiteral("link.failover"),
        QStringLiteral("databases[1].linkName"),
        QStringLiteral("databases[2]"),
        QStringLiteral("endpoint.port"),
        QStringLiteral("certificate.expiryDate"),
    };
    for (const QString &path : expected) {
        INFO(path.toStdString());
        CHECK(paths.contains(path));
    }
    CHECK(paths.size() == expected.size());
    for (const ValidationIssue &issue : loaded.issues)
        CHECK_FALSE(issue.message.isEmpty());
}

TEST_CASE("Missing sections and lists are named", "[link][project]")
{
    const auto loaded = loadChanged([](QJsonObject &root) {
        root.remove(QStringLiteral("sqlServer"));
        root.insert(QStringLiteral("managedInstance"), QStringLiteral("mi"));
        root.remove(QStringLiteral("databases"));
    });
    const QStringList paths = errorPaths(loaded.issues);
    CHECK(paths.contains(QStringLiteral("sqlServer")));
    CHECK(paths.contains(QStringLiteral("managedInstance")));
    CHECK(paths.contains(QStringLiteral("databases")));
}

TEST_CASE("Secrets in a project file are errors; unknown members warn", "[link][project]")
{
    const auto loaded = loadChanged([](QJsonObject &root) {
        root.insert(QStringLiteral("sqlServer"),
                    withMember(root.value(QStringLiteral("sqlServer")).toObject(),
                               QStringLiteral("password"), QStringLiteral("hunter2")));
        root.insert(QStringLiteral("masterKey_Password"), QStringLiteral("x"));
        root.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    });
    CHECK_FALSE(loaded.link.has_value());
    const QStringList paths = errorPaths(loaded.issues);
    CHECK(paths.contains(QStringLiteral("sqlServer.password")));
    CHECK(paths.contains(QStringLiteral("masterKey_Password")));
    CHECK_FALSE(paths.contains(QStringLiteral("colour")));
    bool warned = false;
    for (const ValidationIssue &issue : loaded.issues)
        warned |= issue.path == QStringLiteral("colour") && !issue.isError();
    CHECK(warned);
}

TEST_CASE("A saved project never contains a password", "[link][project]")
{
    const QByteArray json = validJson();
    CHECK_FALSE(json.toLower().contains("password"));
}

TEST_CASE("Databases without names get default object names", "[link][project]")
{
    const QByteArray json = R"({"format":"milink-project","schemaVersion":1,
        "sqlServer":{"host":"sql01","loginName":"dba"},
        "managedInstance":{"subscriptionId":"6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d",
                           "resourceGroup":"rg","name":"mi1"},
        "databases":[{"name":"Sales"}]})";
    const auto loaded = ProjectFile::fromJson(json);
    REQUIRE(loaded.link.has_value());
    REQUIRE(loaded.link->databases.size() == 1);
    CHECK(loaded.link->databases.first().linkName == QStringLiteral("DAG_Sales"));
    CHECK(loaded.link->databases.first().instanceAvailabilityGroupName
          == QStringLiteral("AG_Sales_MI"));
    CHECK(loaded.link->endpoint.port == 5022);
}

TEST_CASE("Unreadable files give a message naming the file", "[link][project]")
{
    const auto loaded = ProjectFile::load(QStringLiteral("/nonexistent/dir/x.milink"));
    REQUIRE(loaded.issues.size() == 1);
    CHECK(loaded.issues.first().message.contains(QStringLiteral("x.milink")));
}
