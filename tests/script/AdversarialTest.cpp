#include "ScriptTestSupport.h"

#include "TempDir.h"

#include "link/LinkValidator.h"
#include "plan/PlanBuilder.h"
#include "script/BashQuote.h"
#include "script/PowerShellQuote.h"
#include "script/ScriptWriter.h"
#include "tsql/TsqlQuote.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

const QString kBacktick = QStringLiteral("`");

// Names with every character that breaks naive quoting: ] ' " $ backtick, spaces,
// non-ASCII, and the 128-character limit.
LinkDefinition adversarialLink()
{
    LinkDefinition link = ScriptTestSupport::example(QStringLiteral("sales.milink"));
    link.managedInstance.resourceGroup = QStringLiteral("rg-(ü).x_1");
    link.managedInstance.name = QStringLiteral("sqlmi-adv");
    link.managedInstance.fqdn = QStringLiteral("sqlmi-adv.0123456789ab.database.windows.net");
    link.certificate.name = QStringLiteral("Cert ']\"$") + kBacktick + QStringLiteral(" ü");
    link.endpoint.name = QStringLiteral("mirror ]' \"end\"");
    link.databases.clear();
    DatabaseLink first;
    first.databaseName = QStringLiteral("Sales ]'\"$") + kBacktick + QStringLiteral(" ü € x");
    first.linkName = QStringLiteral("DAG_ü$#1");
    first.availabilityGroupName = QStringLiteral("AG ]'\"$") + kBacktick + QStringLiteral(" (ü)");
    first.instanceAvailabilityGroupName = QStringLiteral("MI AG \"x\" 'y' ] $HOME");
    link.databases << first;
    DatabaseLink second;
    second.databaseName = QStringLiteral("D]'\"$") + kBacktick + QStringLiteral(" ");
    second.databaseName += QString(128 - second.databaseName.size(), QChar(0x00FC));
    second.linkName = QStringLiteral("DAG_") + QString(124, QLatin1Char('L'));
    second.availabilityGroupName = QStringLiteral("A'") + QString(126, QLatin1Char('\''));
    second.instanceAvailabilityGroupName = QStringLiteral("M]") + QString(126, QLatin1Char(']'));
    link.databases << second;
    return link;
}

struct Call
{
    QStringList arguments;

    QString value(const QString &option) const
    {
        const int at = static_cast<int>(arguments.indexOf(option));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    }
    bool is(const QString &command) const
    {
        return arguments.join(QLatin1Char(' ')).startsWith(command);
    }
};

// Records every invocation as NUL-separated arguments (names cannot contain NUL),
// answers --query from answer files, and fails `show` with AZ_STUB_SHOW_STATUS.
const char *kStub = R"STUB(#!/usr/bin/env bash
dir="$AZ_STUB_DIR"
{ printf 'CALL\0'; for a in "$@"; do printf '%s\0' "$a"; done; } >> "$dir/calls"
query=""; show=0; prev=""
for a in "$@"; do
    if [ "$prev" = "--query" ]; then query="$a"; fi
    case "$a" in show | list) show=1 ;; esac
    prev="$a"
done
if [ "$1" = cloud ] && [ "$2" = show ]; then echo AzureCloud; exit 0; fi
if [ -n "$query" ]; then
    key="$(printf '%s' "$query" | tr -c 'A-Za-z0-9' '_')"
    file="$dir/answers-$key"
    if [ -s "$file" ]; then
        head -n 1 "$file"
        if [ "$(wc -l < "$file")" -gt 1 ]; then tail -n +2 "$file" > "$file.next"; mv "$file.next" "$file"; fi
    fi
    exit 0
fi
if [ "$show" = 1 ]; then exit "${AZ_STUB_SHOW_STATUS:-1}"; fi
exit 0
)STUB";

QList<Call> readCalls(const QString &path)
{
    QFile file(path);
    QList<Call> calls;
    if (!file.open(QIODevice::ReadOnly))
        return calls;
    const QList<QByteArray> parts = file.readAll().split('\0');
    for (const QByteArray &part : parts) {
        if (part == "CALL")
            calls.append(Call {});
        else if (!calls.isEmpty())
            calls.last().arguments << QString::fromUtf8(part);
    }
    // split() leaves one empty element after the final NUL.
    if (!calls.isEmpty() && !calls.last().arguments.isEmpty()
        && calls.last().arguments.constLast().isEmpty())
        calls.last().arguments.removeLast();
    return calls;
}

// The Azure CLI's reading of a single-quoted shorthand string.
QString decodeShorthand(const QString &text)
{
    REQUIRE(text.startsWith(QLatin1Char('\'')));
    QString out;
    int i = 1;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('\'')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('/')) {
                out += QLatin1Char('\'');
                i += 2;
                continue;
            }
            REQUIRE(i == text.size() - 1);
            return out;
        }
        out += text.at(i++);
    }
    FAIL("unterminated shorthand string");
    return out;
}

class StubRun
{
public:
    StubRun()
    {
        REQUIRE(QDir().mkpath(m_dir.filePath(QStringLiteral("bin"))));
        QFile stub(m_dir.filePath(QStringLiteral("bin/az")));
        REQUIRE(stub.open(QIODevice::WriteOnly));
        stub.write(kStub);
        stub.close();
        REQUIRE(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // Runs `script` with the stub first on PATH and every required variable set.
    void run(const QString &script, int showStatus)
    {
        QFile answers(m_dir.filePath(QStringLiteral("answers-instanceLinkRole")));
        REQUIRE(answers.open(QIODevice::WriteOnly | QIODevice::Truncate));
        answers.write("Resolving\nSecondary\n");
        answers.close();
        QFile blob(m_dir.filePath(QStringLiteral("answers-publicBlob")));
        REQUIRE(blob.open(QIODevice::WriteOnly | QIODevice::Truncate));
        blob.write("3082ABCD\n");
        blob.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   m_dir.filePath(QStringLiteral("bin")) + QLatin1Char(':')
                       + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("AZ_STUB_DIR"), m_dir.path());
        env.insert(QStringLiteral("AZ_STUB_SHOW_STATUS"), QString::number(showStatus));
        QFile file(script);
        REQUIRE(file.open(QIODevice::ReadOnly));
        static const QRegularExpression required(QStringLiteral(R"(^: "\$\{([A-Z0-9_]+):\?)"),
                                                 QRegularExpression::MultilineOption);
        auto it = required.globalMatch(QString::fromUtf8(file.readAll()));
        while (it.hasNext())
            env.insert(it.next().captured(1), QStringLiteral("0x3082AB'\"$ "));
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"), {script});
        REQUIRE(bash.waitForFinished(60000));
        INFO(QString::fromUtf8(bash.readAllStandardError()).toStdString());
        CHECK(bash.exitCode() == 0);
    }

    QList<Call> calls() const { return readCalls(m_dir.filePath(QStringLiteral("calls"))); }

private:
    TempDir m_dir;
};

struct Exported
{
    TempDir dir;
    QList<ScriptFile> files;
};

void exportTo(Exported &exported, const LinkDefinition &link, Operation operation,
              const PlanOptions &options)
{
    exported.files = ScriptTestSupport::render(link, operation, options);
    REQUIRE(ScriptWriter::write(exported.files, exported.dir.path(), true).isEmpty());
}

QString allText(const QList<ScriptFile> &files, const QString &suffix)
{
    QString text;
    for (const ScriptFile &file : files) {
        if (file.name.endsWith(suffix))
            text += QString::fromUtf8(file.content);
    }
    return text;
}

} // namespace

TEST_CASE("Adversarial names are valid link names", "[script][adversarial]")
{
    const ValidationIssues issues = LinkValidator::validate(adversarialLink(), QDate(2026, 11, 22));
    for (const ValidationIssue &issue : issues)
        UNSCOPED_INFO(issue.toString().toStdString());
    CHECK_FALSE(hasErrors(issues));
    CHECK(adversarialLink().databases.at(1).databaseName.size() == 128);
}

TEST_CASE("Adversarial names reach Azure CLI exactly as given", "[script][adversarial]")
{
    const LinkDefinition link = adversarialLink();
    PlanOptions options;
    options.replicationMode = ReplicationMode::Sync;
    options.removeCertificates = true;
    options.failoverType = FailoverType::Forced;
    options.acceptDataLoss = true;
    options.keepPrimary = LinkSide::SqlServer;
    options.backupUrl = QStringLiteral("https://backups.blob.core.windows.net/split");
    options.takeFullBackup = true;
    options.backupDirectory = QStringLiteral("/var/opt/mssql/backup dir");
    options.newCertificateName = QStringLiteral("New ']\"$") + kBacktick + QStringLiteral(" ü");

    StubRun stub;
    int scripts = 0;
    for (const Operation operation :
         {Operation::CreateLink, Operation::SetReplicationMode, Operation::Failover,
          Operation::DeleteLink, Operation::RotateCertificate, Operation::RepairSplitBrain}) {
        Exported exported;
        exportTo(exported, link, operation, options);
        for (const ScriptFile &file : exported.files) {
            if (!file.name.endsWith(QLatin1String(".sh")))
                continue;
            const QString path = exported.dir.filePath(file.name);
            QProcess syntax;
            syntax.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
            REQUIRE(syntax.waitForFinished(10000));
            INFO(file.name.toStdString() + " "
                 + QString::fromUtf8(syntax.readAllStandardError()).toStdString());
            CHECK(syntax.exitCode() == 0);
            stub.run(path, 1); // nothing exists: create steps run
            stub.run(path, 0); // everything exists: delete steps run
            ++scripts;
        }
    }
    CHECK(scripts >= 8);

    const QList<Call> calls = stub.calls();
    REQUIRE(!calls.isEmpty());
    const QString certificate = link.certificate.name;
    const QString key = QStringLiteral("0x3082AB'\"$ ");
    bool trustCreated = false, newTrustCreated = false, trustDeleted = false, updated = false,
         failedOver = false, deleted = false, setRole = false;
    int linksCreated = 0;
    for (const Call &call : calls) {
        if (call.is(QStringLiteral("sql mi"))) {
            CHECK(call.value(QStringLiteral("--resource-group"))
                  == link.managedInstance.resourceGroup);
            CHECK(call.value(QStringLiteral("--instance-name")) == QStringLiteral("sqlmi-adv"));
        }
        if (call.is(QStringLiteral("sql mi partner-cert create"))) {
            CHECK(call.value(QStringLiteral("--public-blob")) == key);
            if (call.value(QStringLiteral("--name")) == certificate)
                trustCreated = true;
            else if (call.value(QStringLiteral("--name")) == options.newCertificateName)
                newTrustCreated = true;
            else
                FAIL("unexpected certificate name "
                     << call.value(QStringLiteral("--name")).toStdString());
        }
        if (call.is(QStringLiteral("sql mi partner-cert delete"))) {
            CHECK(call.value(QStringLiteral("--name")) == certificate);
            trustDeleted = true;
        }
        if (call.is(QStringLiteral("sql mi link create"))) {
            const QString name = call.value(QStringLiteral("--name"));
            const DatabaseLink &db = name == link.databases.at(0).linkName ? link.databases.at(0)
                                                                           : link.databases.at(1);
            CHECK(name == db.linkName);
            CHECK(call.value(QStringLiteral("--partner-availability-group-name"))
                  == db.availabilityGroupName);
            CHECK(call.value(QStringLiteral("--instance-availability-group-name"))
                  == db.instanceAvailabilityGroupName);
            const QString databases = call.value(QStringLiteral("--databases"));
            const QString prefix = QStringLiteral("[{database-name:");
            REQUIRE(databases.startsWith(prefix));
            REQUIRE(databases.endsWith(QStringLiteral("}]")));
            CHECK(
                decodeShorthand(databases.mid(prefix.size(), databases.size() - prefix.size() - 2))
                == db.databaseName);
            CHECK(call.value(QStringLiteral("--partner-endpoint"))
                  == QStringLiteral("TCP://10.0.0.4:5022"));
            ++linksCreated;
        }
        if (call.is(QStringLiteral("sql mi link update"))) {
            CHECK((call.value(QStringLiteral("--name")) == link.databases.at(0).linkName
                   || call.value(QStringLiteral("--name")) == link.databases.at(1).linkName));
            CHECK(call.value(QStringLiteral("--replication-mode")) == QStringLiteral("Sync"));
            updated = true;
        }
        if (call.is(QStringLiteral("sql mi link failover"))) {
            CHECK(call.value(QStringLiteral("--failover-type"))
                  == QStringLiteral("ForcedAllowDataLoss"));
            failedOver = failedOver
                || call.value(QStringLiteral("--name")) == link.databases.at(0).linkName;
        }
        if (call.is(QStringLiteral("sql mi link delete")))
            deleted
                = deleted || call.value(QStringLiteral("--name")) == link.databases.at(0).linkName;
        if (call.is(QStringLiteral("rest"))) {
            const QString expectedUrl = PlanBuilder::instanceResourceId(link)
                + QStringLiteral("/distributedAvailabilityGroups/DAG_%C3%BC%24%231/"
                                 "setRole?api-version=2025-01-01");
            const QString url = call.value(QStringLiteral("--url"));
            if (url == expectedUrl) {
                setRole = true;
                const QJsonObject body
                    = QJsonDocument::fromJson(call.value(QStringLiteral("--body")).toUtf8())
                          .object();
                CHECK(body.value(QStringLiteral("instanceRole")).toString()
                      == QStringLiteral("Secondary"));
                CHECK(body.value(QStringLiteral("roleChangeType")).toString()
                      == QStringLiteral("Forced"));
            } else {
                CHECK(url.startsWith(PlanBuilder::instanceResourceId(link)));
            }
        }
    }
    CHECK(PlanBuilder::instanceResourceId(link).contains(
        QStringLiteral("/resourceGroups/rg-%28%C3%BC%29.x_1/")));
    CHECK(trustCreated);
    CHECK(newTrustCreated);
    CHECK(trustDeleted);
    CHECK(linksCreated >= 2);
    CHECK(updated);
    CHECK(failedOver);
    CHECK(deleted);
    CHECK(setRole);
}

TEST_CASE("Adversarial names are quoted in T-SQL and PowerShell", "[script][adversarial]")
{
    const LinkDefinition link = adversarialLink();
    Exported create;
    exportTo(create, link, Operation::CreateLink, {});
    const QString sql = allText(create.files, QStringLiteral(".sql"));
    const QString ps1 = allText(create.files, QStringLiteral(".ps1"));
    for (const DatabaseLink &db : link.databases) {
        INFO(db.databaseName.toStdString());
        CHECK(sql.contains(QStringLiteral("ALTER DATABASE %1 SET RECOVERY FULL;")
                               .arg(*TsqlQuote::identifier(db.databaseName))));
        CHECK(sql.contains(QStringLiteral("WHERE name = %1 AND recovery_model_desc")
                               .arg(TsqlQuote::literal(db.databaseName))));
        CHECK(sql.contains(QStringLiteral("CREATE AVAILABILITY GROUP %1 WITH (DISTRIBUTED)")
                               .arg(*TsqlQuote::identifier(db.linkName))));
        CHECK(sql.contains(QStringLiteral("%1 WITH (LISTENER_URL = N'tcp://")
                               .arg(TsqlQuote::literal(db.instanceAvailabilityGroupName))));
        // Inside the dynamic SQL the identifier is quoted twice: once as a name, once as text.
        CHECK(sql.contains(TsqlQuote::literal(QStringLiteral("CREATE AVAILABILITY GROUP ")
                                              + *TsqlQuote::identifier(db.availabilityGroupName))
                               .chopped(1)));
        CHECK(ps1.contains(QStringLiteral("Name                          = ")
                           + PowerShellQuote::literal(db.linkName)));
        CHECK(ps1.contains(QStringLiteral("PartnerAvailabilityGroupName  = ")
                           + PowerShellQuote::literal(db.availabilityGroupName)));
        CHECK(ps1.contains(QStringLiteral("InstanceAvailabilityGroupName = ")
                           + PowerShellQuote::literal(db.instanceAvailabilityGroupName)));
        CHECK(ps1.contains(QStringLiteral("Database                      = @(")
                           + PowerShellQuote::literal(db.databaseName) + QLatin1Char(')')));
    }
    CHECK(sql.contains(
        QStringLiteral("CREATE ENDPOINT %1").arg(*TsqlQuote::identifier(link.endpoint.name))));
    CHECK(ps1.contains(QStringLiteral("-Name ") + PowerShellQuote::literal(link.certificate.name)));
    CHECK(ps1.contains(QStringLiteral("ResourceGroupName = 'rg-(ü).x_1'")));
    // No line of a T-SQL file can be taken for a sqlcmd command or batch separator.
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char(':')))
            CHECK((line.startsWith(QLatin1String(":on error exit"))
                   || line.startsWith(QLatin1String(":setvar "))));
        if (line.trimmed().compare(QLatin1String("GO"), Qt::CaseInsensitive) == 0)
            CHECK(line == QLatin1String("GO"));
    }
    // sqlcmd would expand any $( … ) it finds; only the declared variables appear.
    static const QRegularExpression variable(QStringLiteral(R"(\$\(([^)]*)\))"));
    auto it = variable.globalMatch(sql);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        INFO(name.toStdString());
        CHECK((name == QLatin1String("MasterKeyPassword")
               || name == QLatin1String("MiEndpointCertificate")));
    }
}

TEST_CASE("A canary secret given as a parameter appears in no output file", "[script][secrets]")
{
    const QString canary = QStringLiteral("Canary-7f3b9e41-SECRET");
    const LinkDefinition link = ScriptTestSupport::example(QStringLiteral("sales.milink"));
    auto built = PlanBuilder::build(link, Operation::CreateLink);
    REQUIRE(built.plan);
    // Even a plan that carries the secret (as a runner fills it in) never writes it.
    for (PlanParameter &parameter : built.plan->parameters) {
        if (parameter.kind == PlanParameter::Kind::Secret)
            parameter.value = canary;
    }
    REQUIRE(built.plan->parameter(QStringLiteral("MasterKeyPassword")));
    const QList<ScriptFile> files
        = ScriptWriter::render(*built.plan, link, QStringLiteral("sales.milink"));
    TempDir dir;
    REQUIRE(ScriptWriter::write(files, dir.path(), true).isEmpty());
    const QStringList names = QDir(dir.path()).entryList(QDir::Files);
    CHECK(names.size() == files.size());
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(name.toStdString());
        CHECK_FALSE(file.readAll().contains(canary.toUtf8()));
    }
    // The secret is referenced, not stored.
    CHECK(
        allText(files, QStringLiteral(".sql")).contains(QStringLiteral("N'$(MasterKeyPassword)'")));
}
