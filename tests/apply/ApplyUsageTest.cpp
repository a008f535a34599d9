// milink apply refuses before it connects: bad arguments, a bad project, missing
// passwords, an unknown cloud. Nothing here reaches a server.

#include "TempDir.h"

#include "cli/ApplyCommand.h"
#include "cli/CommandLine.h"

#include <QFile>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace milink::cli;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run apply(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandLine commandLine;
    QStringList full = arguments;
    full.prepend(QStringLiteral("apply"));
    full.prepend(QStringLiteral("milink"));
    result.exitCode = commandLine.run(full, out, err);
    out.flush();
    err.flush();
    return result;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const QByteArray kProject = R"({"format":"milink-project","schemaVersion":1,
    "sqlServer":{"host":"127.0.0.1","port":1,"loginName":"dba","version":"16.0.4125.3"},
    "managedInstance":{"cloud":"private-cloud",
                       "subscriptionId":"6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d",
                       "resourceGroup":"rg-sql","name":"sqlmi-prod",
                       "fqdn":"sqlmi-prod.0123456789ab.database.windows.net"},
    "endpoint":{"listenerAddress":"10.0.0.4"},
    "databases":[{"name":"Sales"}]})";

// Sets an environment variable for one test and restores it afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("milink apply is listed and explains itself", "[cli][apply]")
{
    CommandLine commandLine;
    CHECK(commandLine.helpText().contains(QStringLiteral("apply")));
    const Run help = apply({QStringLiteral("--help")});
    CHECK(help.exitCode == ExitSuccess);
    for (const char *text : {"--operation", "--step", "--restart", "--poll-seconds",
                             "--cloud-profile", "--managed-instance-address", "--odbc-driver",
                             "MILINK_SQL_PASSWORD", "MILINK_SECRET_", "create-link", "--mode"})
        CHECK(help.out.contains(QString::fromLatin1(text)));
}

TEST_CASE("milink apply usage errors exit 2 and name the option", "[cli][apply]")
{
    TempDir dir;
    const QString project = dir.filePath(QStringLiteral("sales.milink"));
    writeFile(project, kProject);

    const Run noProject = apply({QStringLiteral("--operation"), QStringLiteral("create-link")});
    CHECK(noProject.exitCode == ExitUsage);
    CHECK(noProject.err.contains(QStringLiteral("exactly one project file")));

    const Run noOperation = apply({project});
    CHECK(noOperation.exitCode == ExitUsage);
    CHECK(noOperation.err.contains(QStringLiteral("--operation")));

    const Run unknown = apply({project, QStringLiteral("--operation"), QStringLiteral("explode")});
    CHECK(unknown.exitCode == ExitUsage);
    CHECK(unknown.err.contains(QStringLiteral("Unknown operation \"explode\"")));
    CHECK(unknown.err.contains(QStringLiteral("create-link")));

    const Run badMode
        = apply({project, QStringLiteral("--operation"), QStringLiteral("set-replication-mode"),
                 QStringLiteral("--mode"), QStringLiteral("fast")});
    CHECK(badMode.exitCode == ExitUsage);
    CHECK(badMode.err.contains(QStringLiteral("--mode must be async or sync")));

    const Run badPoll
        = apply({project, QStringLiteral("--operation"), QStringLiteral("create-link"),
                 QStringLiteral("--poll-seconds"), QStringLiteral("soon")});
    CHECK(badPoll.exitCode == ExitUsage);
    CHECK(badPoll.err.contains(QStringLiteral("--poll-seconds")));

    const Run badAddress
        = apply({project, QStringLiteral("--operation"), QStringLiteral("create-link"),
                 QStringLiteral("--managed-instance-address"), QStringLiteral("host:port")});
    CHECK(badAddress.exitCode == ExitUsage);
    CHECK(badAddress.err.contains(QStringLiteral("--managed-instance-address")));

    const Run unknownOption = apply({project, QStringLiteral("--password"), QStringLiteral("x")});
    CHECK(unknownOption.exitCode == ExitUsage);
}

TEST_CASE("milink apply refuses a missing or invalid project without connecting", "[cli][apply]")
{
    TempDir dir;
    const Run missing = apply({dir.filePath(QStringLiteral("nothing.milink")),
                               QStringLiteral("--operation"), QStringLiteral("create-link")});
    CHECK(missing.exitCode == ExitFailure);
    CHECK(missing.err.contains(QStringLiteral("nothing was changed")));

    const QString project = dir.filePath(QStringLiteral("bad.milink"));
    writeFile(project,
              QByteArray(kProject).replace("\"listenerAddress\":\"10.0.0.4\"",
                                           "\"listenerAddress\":\"\""));
    const Run invalid
        = apply({project, QStringLiteral("--operation"), QStringLiteral("create-link")});
    CHECK(invalid.exitCode == ExitFailure);
    CHECK(invalid.err.contains(QStringLiteral("endpoint.listenerAddress")));
    CHECK(invalid.err.contains(QStringLiteral("nothing was changed")));

    const QString valid = dir.filePath(QStringLiteral("sales.milink"));
    writeFile(valid, kProject);
    const Run forced = apply({valid, QStringLiteral("--operation"), QStringLiteral("failover"),
                              QStringLiteral("--type"), QStringLiteral("forced")});
    CHECK(forced.exitCode == ExitFailure);
    CHECK(forced.err.contains(QStringLiteral("--accept-data-loss")));
    // Nothing ran, so no journal was written.
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("sales.failover.journal.json"))));
}

TEST_CASE("milink apply refuses without passwords or a known cloud", "[cli][apply]")
{
    TempDir dir;
    const QString project = dir.filePath(QStringLiteral("sales.milink"));
    writeFile(project, kProject);
    const QStringList createLink
        = {project, QStringLiteral("--operation"), QStringLiteral("create-link")};

    {
        ScopedEnvironment password("MILINK_SQL_PASSWORD", QByteArray());
        const Run run = apply(createLink);
        CHECK(run.exitCode == ExitUsage);
        CHECK(run.err.contains(QStringLiteral("MILINK_SQL_PASSWORD")));
        CHECK(run.err.contains(QStringLiteral("dba")));
        // The custom cloud is reported in the same pass.
        CHECK(run.err.contains(QStringLiteral("--cloud-profile")));
    }
    {
        ScopedEnvironment password("MILINK_SQL_PASSWORD", "not-used");
        const Run run = apply(createLink);
        CHECK(run.exitCode == ExitUsage);
        CHECK(run.err.contains(QStringLiteral("\"private-cloud\"")));
        CHECK_FALSE(run.err.contains(QStringLiteral("MILINK_SQL_PASSWORD")));
        CHECK_FALSE(run.out.contains(QStringLiteral("not-used")));
        CHECK_FALSE(run.err.contains(QStringLiteral("not-used")));

        const QString clouds = dir.filePath(QStringLiteral("clouds.json"));
        writeFile(clouds, R"({"clouds":[{"name":"other","armEndpoint":"https://arm.example/",
            "authority":"https://login.example","tokenResource":"https://arm.example/",
            "sqlDnsSuffix":"database.example"}]})");
        const Run wrongFile
            = apply(createLink + QStringList {QStringLiteral("--cloud-profile"), clouds});
        CHECK(wrongFile.exitCode == ExitUsage);
        CHECK(wrongFile.err.contains(QStringLiteral("does not describe")));
    }
}

TEST_CASE("milink apply reports a server it cannot reach and changes nothing", "[cli][apply]")
{
    TempDir dir;
    const QString project = dir.filePath(QStringLiteral("sales.milink"));
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    writeFile(project, QByteArray(kProject).replace("private-cloud", "AzureCloud"));
    ScopedEnvironment password("MILINK_SQL_PASSWORD", "Unreachable-Passw0rd");
    ScopedEnvironment token("MILINK_AZURE_ACCESS_TOKEN", "not-a-real-token");
    const Run run = apply({project, QStringLiteral("--operation"), QStringLiteral("create-link"),
                           QStringLiteral("--odbc-driver"), QStringLiteral("FreeTDS")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == ExitFailure);
    CHECK(run.err.contains(QStringLiteral("Cannot connect to SQL Server 127.0.0.1:1")));
    CHECK(run.err.contains(QStringLiteral("Nothing was changed.")));
    CHECK_FALSE(run.err.contains(QStringLiteral("Unreachable-Passw0rd")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Unreachable-Passw0rd")));
    CHECK_FALSE(run.err.contains(QStringLiteral("not-a-real-token")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("sales.create-link.journal.json"))));
}

TEST_CASE("milink apply needs a login and password for T-SQL on the managed instance",
          "[cli][apply]")
{
    TempDir dir;
    const QString project = dir.filePath(QStringLiteral("sales.milink"));
    writeFile(project, QByteArray(kProject).replace("private-cloud", "AzureCloud"));
    ScopedEnvironment password("MILINK_SQL_PASSWORD", "Sql-Passw0rd");
    ScopedEnvironment miPassword("MILINK_MI_PASSWORD", QByteArray());
    // A planned failover compares LSNs on both sides: it runs T-SQL on the managed instance.
    const Run run = apply({project, QStringLiteral("--operation"), QStringLiteral("failover")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == ExitUsage);
    CHECK(run.err.contains(QStringLiteral("--managed-instance-login")));
    CHECK(run.err.contains(QStringLiteral("MILINK_MI_PASSWORD")));
}
