#include "TempDir.h"

#include "cli/CommandLine.h"
#include "cli/ScriptCommand.h"

#include <QDir>
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

Run script(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    ScriptCommand command;
    command.setToday(QDate(2026, 11, 22));
    QStringList full = arguments;
    full.prepend(QStringLiteral("milink script"));
    result.exitCode = command.run(full, out, err);
    out.flush();
    err.flush();
    return result;
}

QString example()
{
    return QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/sales.milink");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("milink script is registered and lists its operations", "[cli][script]")
{
    CommandLine commandLine;
    CHECK(commandLine.helpText().contains(QStringLiteral("script")));
    const Run help = script({QStringLiteral("--help")});
    CHECK(help.exitCode == ExitSuccess);
    for (const char *op : {"create-link", "set-replication-mode", "failover", "delete-link",
                           "rotate-certificate", "repair-split-brain"})
        CHECK(help.out.contains(QString::fromLatin1(op)));
    for (const char *option : {"--out", "--force", "--accept-data-loss", "--remove-link",
                               "--backup-directory", "--new-certificate-name", "--keep-primary"})
        CHECK(help.out.contains(QString::fromLatin1(option)));
}

TEST_CASE("milink script writes the scripts and is deterministic", "[cli][script]")
{
    TempDir temp;
    const QString first = temp.filePath(QStringLiteral("a"));
    const QString second = temp.filePath(QStringLiteral("b"));
    const Run run = script({example(), QStringLiteral("--operation"), QStringLiteral("create-link"),
                            QStringLiteral("--out"), first});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == ExitSuccess);
    CHECK(run.out.contains(QStringLiteral("README.md")));
    CHECK(script({example(), QStringLiteral("--operation"), QStringLiteral("create-link"),
                  QStringLiteral("--out"), second})
              .exitCode
          == ExitSuccess);
    const QStringList files = QDir(first).entryList(QDir::Files, QDir::Name);
    CHECK(files.contains(QStringLiteral("01-sql-server.sql")));
    CHECK(files.contains(QStringLiteral("02-azure.ps1")));
    CHECK(files.contains(QStringLiteral("02-azure.sh")));
    CHECK(files == QDir(second).entryList(QDir::Files, QDir::Name));
    for (const QString &file : files)
        CHECK(readAll(first + QLatin1Char('/') + file)
              == readAll(second + QLatin1Char('/') + file));

    // A non-empty directory needs --force.
    const Run again = script({example(), QStringLiteral("--operation"),
                              QStringLiteral("delete-link"), QStringLiteral("--out"), first});
    CHECK(again.exitCode == ExitFailure);
    CHECK(again.err.contains(QStringLiteral("--force")));
    CHECK(script({example(), QStringLiteral("--operation"), QStringLiteral("delete-link"),
                  QStringLiteral("--out"), first, QStringLiteral("--force")})
              .exitCode
          == ExitSuccess);
}

TEST_CASE("milink script refuses an invalid project and names every field", "[cli][script]")
{
    TempDir temp;
    QByteArray json = readAll(example());
    json.replace("\"16.0.4125.3\"", "\"15.0.4312.2\"");
    json.replace("\"listenerAddress\": \"10.0.0.4\"", "\"listenerAddress\": \"\"");
    json.replace("\"linkName\": \"DAG_Sales\"", "\"linkName\": \"DAG Sales\"");
    const QString project = temp.filePath(QStringLiteral("bad.milink"));
    QFile file(project);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const QString out = temp.filePath(QStringLiteral("out"));
    const Run run = script({project, QStringLiteral("--operation"), QStringLiteral("create-link"),
                            QStringLiteral("--out"), out});
    CHECK(run.exitCode == ExitFailure);
    CHECK(run.err.contains(QStringLiteral("endpoint.listenerAddress")));
    CHECK(run.err.contains(QStringLiteral("databases[0].linkName")));
    CHECK(run.err.contains(QStringLiteral("nothing written")));
    CHECK_FALSE(QFileInfo::exists(out));

    // A valid project with an impossible combination: the support matrix's reason.
    json = readAll(example());
    json.replace("\"16.0.4125.3\"", "\"15.0.4312.2\"");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const Run refused = script({project, QStringLiteral("--operation"),
                                QStringLiteral("create-link"), QStringLiteral("--out"), out});
    CHECK(refused.exitCode == ExitFailure);
    CHECK(refused.err.contains(QStringLiteral("error: sqlServer.version:")));
    CHECK(refused.err.contains(QStringLiteral("one way")) == false);
    CHECK(refused.err.contains(QStringLiteral("replicate to the managed instance only")));
    CHECK_FALSE(QFileInfo::exists(out));

    const Run forced = script({example(), QStringLiteral("--operation"), QStringLiteral("failover"),
                               QStringLiteral("--type"), QStringLiteral("forced"),
                               QStringLiteral("--out"), out});
    CHECK(forced.exitCode == ExitFailure);
    CHECK(forced.err.contains(QStringLiteral("--accept-data-loss")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("milink script usage errors", "[cli][script]")
{
    CHECK(script({example(), QStringLiteral("--out"), QStringLiteral("x")}).exitCode == ExitUsage);
    const Run unknown = script({example(), QStringLiteral("--operation"), QStringLiteral("explode"),
                                QStringLiteral("--out"), QStringLiteral("x")});
    CHECK(unknown.exitCode == ExitUsage);
    CHECK(unknown.err.contains(QStringLiteral("create-link")));
    CHECK(script({example(), QStringLiteral("--operation"), QStringLiteral("failover"),
                  QStringLiteral("--to"), QStringLiteral("moon"), QStringLiteral("--out"),
                  QStringLiteral("x")})
              .exitCode
          == ExitUsage);
    CHECK(script({QStringLiteral("--operation"), QStringLiteral("create-link"),
                  QStringLiteral("--out"), QStringLiteral("x")})
              .exitCode
          == ExitUsage);
}

TEST_CASE("milink script never writes a secret from the environment", "[cli][script][secrets]")
{
    const QByteArray canary = "Canary-env-5c1d-SECRET";
    qputenv("MasterKeyPassword", canary);
    qputenv("MILINK_MASTER_KEY_PASSWORD", canary);
    TempDir temp;
    const QString out = temp.filePath(QStringLiteral("s"));
    const Run run = script({example(), QStringLiteral("--operation"), QStringLiteral("create-link"),
                            QStringLiteral("--out"), out});
    qunsetenv("MasterKeyPassword");
    qunsetenv("MILINK_MASTER_KEY_PASSWORD");
    REQUIRE(run.exitCode == ExitSuccess);
    CHECK_FALSE(run.out.toUtf8().contains(canary));
    for (const QString &name : QDir(out).entryList(QDir::Files))
        CHECK_FALSE(readAll(out + QLatin1Char('/') + name).contains(canary));
}
