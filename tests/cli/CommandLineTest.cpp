#include "TempDir.h"

#include "cli/CommandLine.h"
#include "cli/ValidateCommand.h"

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

Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandLine commandLine;
    QStringList full = arguments;
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

const QByteArray kValidProject = R"({"format":"milink-project","schemaVersion":1,
    "sqlServer":{"host":"sql01.contoso.local","loginName":"dba"},
    "managedInstance":{"subscriptionId":"6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d",
                       "resourceGroup":"rg-sql","name":"sqlmi-prod"},
    "endpoint":{"listenerAddress":"10.0.0.4"},
    "databases":[{"name":"Sales"}]})";

} // namespace

TEST_CASE("The wizard opens unless a command, --help or --version is given", "[cli]")
{
    CommandLine commandLine;
    const QString program = QStringLiteral("milink");
    CHECK_FALSE(commandLine.isHeadless({program}));
    CHECK_FALSE(
        commandLine.isHeadless({program, QStringLiteral("--screenshot"), QStringLiteral("x.png")}));
    CHECK(commandLine.isHeadless({program, QStringLiteral("--help")}));
    CHECK(commandLine.isHeadless({program, QStringLiteral("--version")}));
    CHECK(
        commandLine.isHeadless({program, QStringLiteral("validate"), QStringLiteral("a.milink")}));
    CHECK(commandLine.isHeadless({program, QStringLiteral("no-such-command")}));
}

TEST_CASE("--help lists the commands and --version the version", "[cli]")
{
    const Run help = run({QStringLiteral("--help")});
    CHECK(help.exitCode == ExitSuccess);
    CHECK(help.out.contains(QStringLiteral("validate")));
    CHECK(help.out.contains(QStringLiteral("--screenshot")));
    const Run version = run({QStringLiteral("--version")});
    CHECK(version.exitCode == ExitSuccess);
    CHECK(
        version.out.startsWith(QStringLiteral("milink ") + QStringLiteral(MILINK_VERSION_STRING)));
}

TEST_CASE("Unknown commands are usage errors", "[cli]")
{
    const Run result = run({QStringLiteral("frobnicate")});
    CHECK(result.exitCode == ExitUsage);
    CHECK(result.err.contains(QStringLiteral("frobnicate")));
    CHECK(result.err.contains(QStringLiteral("--help")));
}

TEST_CASE("validate accepts a valid project", "[cli][validate]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("ok.milink"));
    writeFile(path, kValidProject);
    const Run result = run({QStringLiteral("validate"), path});
    INFO(result.out.toStdString());
    CHECK(result.exitCode == ExitSuccess);
    CHECK(result.out.contains(QStringLiteral("valid")));
}

TEST_CASE("validate prints every problem and fails", "[cli][validate]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.milink"));
    QByteArray bad = kValidProject;
    bad.replace("\"sqlmi-prod\"", "\"SqlMI_Prod\"");
    bad.replace("\"10.0.0.4\"", "\"127.0.0.1\"");
    bad.replace("\"Sales\"", "\"master\"");
    writeFile(path, bad);
    const Run result = run({QStringLiteral("validate"), path});
    CHECK(result.exitCode == ExitFailure);
    CHECK(result.out.contains(QStringLiteral("managedInstance.name")));
    CHECK(result.out.contains(QStringLiteral("endpoint.listenerAddress")));
    CHECK(result.out.contains(QStringLiteral("databases[0].name")));
    CHECK(result.out.contains(QStringLiteral("3 error(s)")));
}

TEST_CASE("validate reports unreadable and malformed files", "[cli][validate]")
{
    TempDir dir;
    const Run missing
        = run({QStringLiteral("validate"), dir.filePath(QStringLiteral("none.milink"))});
    CHECK(missing.exitCode == ExitFailure);
    CHECK(missing.out.contains(QStringLiteral("none.milink")));

    const QString path = dir.filePath(QStringLiteral("broken.milink"));
    writeFile(path, "{ not json");
    const Run broken = run({QStringLiteral("validate"), path});
    CHECK(broken.exitCode == ExitFailure);
    CHECK(broken.out.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("validate needs exactly one file", "[cli][validate]")
{
    CHECK(run({QStringLiteral("validate")}).exitCode == ExitUsage);
    CHECK(run({QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")}).exitCode
          == ExitUsage);
    CHECK(run({QStringLiteral("validate"), QStringLiteral("--bogus")}).exitCode == ExitUsage);
    const Run help = run({QStringLiteral("validate"), QStringLiteral("--help")});
    CHECK(help.exitCode == ExitSuccess);
    CHECK(help.out.contains(QStringLiteral("project")));
}
