#include "ScriptTestSupport.h"

#include "TempDir.h"

#include "plan/PlanBuilder.h"
#include "script/ScriptWriter.h"

#include <QProcess>
#include <QRegularExpression>

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <functional>

using namespace milink;

namespace {

struct GoldenCase
{
    const char *name;
    std::function<LinkDefinition()> link;
    Operation operation;
    std::function<PlanOptions()> options;
};

LinkDefinition sales(const char *version, UpdatePolicy policy, FailoverMode mode,
                     const char *cloud = "AzureCloud", const char *fqdn = nullptr)
{
    LinkDefinition link = ScriptTestSupport::example(QStringLiteral("sales.milink"));
    link.sqlServer.version = SqlServerVersion::parse(QString::fromLatin1(version));
    link.managedInstance.updatePolicy = policy;
    link.failoverMode = mode;
    link.managedInstance.cloud = QString::fromLatin1(cloud);
    if (fqdn)
        link.managedInstance.fqdn = QString::fromLatin1(fqdn);
    return link;
}

PlanOptions none()
{
    return {};
}

QList<GoldenCase> cases()
{
    const auto twoWay = FailoverMode::TwoWay;
    const auto oneWay = FailoverMode::OneWay;
    return {
        {"create-link-2016sp3-azure-connect",
         [=] { return sales("13.0.7000.253", UpdatePolicy::AlwaysUpToDate, oneWay); },
         Operation::CreateLink, none},
        {"create-link-2019cu20-usgov",
         [=] {
             return sales("15.0.4312.2", UpdatePolicy::AlwaysUpToDate, oneWay, "AzureUSGovernment",
                          "sqlmi-prod.0123456789ab.database.usgovcloudapi.net");
         },
         Operation::CreateLink, none},
        {"create-link-2022rtm-china-full-backup",
         [=] {
             return sales("16.0.1000.6", UpdatePolicy::SqlServer2022, twoWay, "AzureChinaCloud",
                          "sqlmi-prod.0123456789ab.database.chinacloudapi.cn");
         },
         Operation::CreateLink,
         [] {
             PlanOptions o;
             o.takeFullBackup = true;
             o.backupDirectory = QStringLiteral("D:\\Backups");
             return o;
         }},
        {"create-link-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::CreateLink, none},
        {"create-link-mi-primary-2022cu10",
         [=] {
             LinkDefinition link = sales("16.0.4095.4", UpdatePolicy::SqlServer2022, twoWay);
             link.direction = LinkDirection::ManagedInstanceToSqlServer;
             return link;
         },
         Operation::CreateLink, none},
        {"create-link-mi-primary-2025",
         [] { return ScriptTestSupport::example(QStringLiteral("mi-first.milink")); },
         Operation::CreateLink, none},
        {"set-replication-mode-sync-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::SetReplicationMode,
         [] {
             PlanOptions o;
             o.replicationMode = ReplicationMode::Sync;
             return o;
         }},
        {"failover-planned-to-mi-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::Failover, none},
        {"failover-planned-to-mi-2019cu20",
         [=] { return sales("15.0.4312.2", UpdatePolicy::AlwaysUpToDate, oneWay); },
         Operation::Failover, none},
        {"failover-planned-to-mi-remove-link-2022rtm",
         [=] { return sales("16.0.1000.6", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::Failover,
         [] {
             PlanOptions o;
             o.removeLink = true;
             o.dropAvailabilityGroup = true;
             return o;
         }},
        {"failover-planned-to-sql-server-2025",
         [=] { return sales("17.0.1000.7", UpdatePolicy::SqlServer2025, twoWay); },
         Operation::Failover,
         [] {
             PlanOptions o;
             o.failoverTo = LinkSide::SqlServer;
             return o;
         }},
        {"failover-forced-to-mi-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::Failover,
         [] {
             PlanOptions o;
             o.failoverType = FailoverType::Forced;
             o.acceptDataLoss = true;
             return o;
         }},
        {"failover-forced-to-sql-server-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::Failover,
         [] {
             PlanOptions o;
             o.failoverTo = LinkSide::SqlServer;
             o.failoverType = FailoverType::Forced;
             o.acceptDataLoss = true;
             return o;
         }},
        {"delete-link-cleanup-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::DeleteLink,
         [] {
             PlanOptions o;
             o.removeCertificates = true;
             o.dropAvailabilityGroup = true;
             return o;
         }},
        {"rotate-certificate-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::RotateCertificate, none},
        {"repair-split-brain-keep-mi-2022cu13",
         [=] { return sales("16.0.4125.3", UpdatePolicy::SqlServer2022, twoWay); },
         Operation::RepairSplitBrain,
         [] {
             PlanOptions o;
             o.backupDirectory = QStringLiteral("/var/opt/mssql/backup");
             return o;
         }},
        {"repair-split-brain-keep-sql-server-2025",
         [=] { return sales("17.0.1000.7", UpdatePolicy::SqlServer2025, twoWay); },
         Operation::RepairSplitBrain,
         [] {
             PlanOptions o;
             o.keepPrimary = LinkSide::SqlServer;
             o.backupUrl = QStringLiteral("https://backups.blob.core.windows.net/split-brain");
             return o;
         }},
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

TEST_CASE("Scripts match the golden files byte for byte", "[script][golden]")
{
    const bool update = qEnvironmentVariableIntValue("MILINK_UPDATE_GOLDEN") == 1;
    const QString root = QStringLiteral(MILINK_SOURCE_DIR "/tests/script/golden/");
    for (const GoldenCase &c : cases()) {
        const QString name = QString::fromLatin1(c.name);
        INFO(c.name);
        const QList<ScriptFile> files = ScriptTestSupport::render(
            c.link(), c.operation, c.options(), QStringLiteral("sales.milink"));
        // Same input, same bytes.
        CHECK(files
              == ScriptTestSupport::render(c.link(), c.operation, c.options(),
                                           QStringLiteral("sales.milink")));
        QDir dir(root + name);
        if (update) {
            dir.removeRecursively();
            REQUIRE(ScriptWriter::write(files, dir.path(), false).isEmpty());
            continue;
        }
        QStringList expected = dir.entryList(QDir::Files, QDir::Name);
        QStringList actual;
        for (const ScriptFile &file : files)
            actual << file.name;
        actual.sort();
        INFO("Run the tests with MILINK_UPDATE_GOLDEN=1 to rewrite the golden files after an "
             "intended change, and review the diff.");
        CHECK(actual == expected);
        for (const ScriptFile &file : files) {
            INFO(file.name.toStdString());
            CHECK(file.content == readFile(dir.filePath(file.name)));
        }
    }
}

TEST_CASE("Written files carry the exact bytes and Bash files are executable", "[script]")
{
    const QList<ScriptFile> files = ScriptTestSupport::render(
        ScriptTestSupport::example(QStringLiteral("sales.milink")), Operation::CreateLink);
    TempDir temp;
    const QString out = temp.filePath(QStringLiteral("scripts"));
    REQUIRE(ScriptWriter::write(files, out, false).isEmpty());
    for (const ScriptFile &file : files) {
        const QString path = out + QLatin1Char('/') + file.name;
        CHECK(readFile(path) == file.content);
        CHECK(QFileInfo(path).isExecutable() == file.executable);
    }
    // A non-empty directory is refused unless overwriting was asked for.
    const QString refused = ScriptWriter::write(files, out, false);
    CHECK(refused.contains(QStringLiteral("--force")));
    CHECK(ScriptWriter::write(files, out, true).isEmpty());
    // A file in the way is refused.
    CHECK_FALSE(ScriptWriter::write(files, out + QStringLiteral("/README.md"), true).isEmpty());
}

TEST_CASE("The README gives the run order and the values that flow between files", "[script]")
{
    const QList<ScriptFile> files
        = ScriptTestSupport::render(ScriptTestSupport::example(QStringLiteral("sales.milink")),
                                    Operation::CreateLink, {}, QStringLiteral("sales.milink"));
    const QString readme = QString::fromUtf8(files.constLast().content);
    REQUIRE(files.constLast().name == QStringLiteral("README.md"));
    int last = -1;
    for (const ScriptFile &file : files) {
        if (file.name == QLatin1String("README.md") || file.name.endsWith(QLatin1String(".sh")))
            continue;
        const int at = static_cast<int>(readme.indexOf(file.name.section(QLatin1Char('.'), 0, 0)));
        INFO(file.name.toStdString());
        CHECK(at > last);
        last = at;
    }
    CHECK(readme.contains(QStringLiteral("`SqlCertificatePublicKey`")));
    CHECK(readme.contains(QStringLiteral("`MiEndpointCertificate`")));
    CHECK(readme.contains(QStringLiteral("sqlcmd -v MiEndpointCertificate=")));
    CHECK(readme.contains(QStringLiteral("SQL_CERTIFICATE_PUBLIC_KEY")));
    CHECK(readme.contains(QStringLiteral("2025-01-01")));
    CHECK(readme.contains(QStringLiteral("Az.Sql 6.0.0")));
    CHECK(readme.contains(QStringLiteral("Azure CLI 2.67.0")));
    CHECK(readme.contains(QStringLiteral("Secret `MasterKeyPassword`")));
}

TEST_CASE("Scripts use current Az.Sql and Azure CLI names only", "[script]")
{
    QByteArray all;
    for (const Operation operation :
         {Operation::CreateLink, Operation::SetReplicationMode, Operation::Failover,
          Operation::DeleteLink, Operation::RotateCertificate}) {
        PlanOptions options;
        options.replicationMode = ReplicationMode::Sync;
        options.removeCertificates = true;
        for (const ScriptFile &file : ScriptTestSupport::render(
                 ScriptTestSupport::example(QStringLiteral("sales.milink")), operation, options))
            all += file.content;
    }
    for (const char *removed :
         {"-PrimaryAvailabilityGroupName", "-SecondaryAvailabilityGroupName", "-SourceEndpoint",
          "-TargetDatabase", "--primary-availability-group-name",
          "--secondary-availability-group-name", "--source-endpoint", "--target-database",
          "WITH COPY_ONLY", ", COPY_ONLY", "2023-05-01-preview"}) {
        INFO(removed);
        CHECK_FALSE(all.contains(removed));
    }
    for (const char *current :
         {"PartnerAvailabilityGroupName", "InstanceAvailabilityGroupName", "PartnerEndpoint",
          "Database ", "--partner-availability-group-name", "--instance-availability-group-name",
          "--partner-endpoint", "--databases"}) {
        INFO(current);
        CHECK(all.contains(current));
    }
}

TEST_CASE("Every exported file is consistent: Bash parses, values flow forward, sqlcmd "
          "variables are declared",
          "[script][golden]")
{
    static const QRegularExpression variable(QStringLiteral(R"(\$\(([A-Za-z0-9_]+)\))"));
    for (const GoldenCase &c : cases()) {
        INFO(c.name);
        const auto built = PlanBuilder::build(c.link(), c.operation, c.options());
        REQUIRE(built.plan);
        const Plan &plan = *built.plan;
        // A produced value is consumed only after the step that produces it.
        for (int i = 0; i < plan.steps.size(); ++i) {
            for (const QString &name : plan.steps.at(i).consumes) {
                const PlanParameter *parameter = plan.parameter(name);
                INFO(name.toStdString());
                REQUIRE(parameter);
                if (parameter->kind != PlanParameter::Kind::Produced)
                    continue;
                const PlanStep *producer = plan.step(parameter->producedBy);
                REQUIRE(producer);
                CHECK(producer->produces.contains(name));
                int at = -1;
                for (int j = 0; j < plan.steps.size(); ++j) {
                    if (plan.steps.at(j).id == producer->id)
                        at = j;
                }
                CHECK(at < i);
            }
        }
        TempDir dir;
        const QList<ScriptFile> files = ScriptWriter::render(plan, c.link(), QStringLiteral("x"));
        REQUIRE(ScriptWriter::write(files, dir.path(), true).isEmpty());
        for (const ScriptFile &file : files) {
            INFO(file.name.toStdString());
            const QString text = QString::fromUtf8(file.content);
            if (file.name.endsWith(QLatin1String(".sh"))) {
                QProcess bash;
                bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), dir.filePath(file.name)});
                REQUIRE(bash.waitForFinished(10000));
                CHECK(bash.exitCode() == 0);
            }
            if (!file.name.endsWith(QLatin1String(".sql")))
                continue;
            CHECK(text.contains(QStringLiteral("\n:on error exit\n")));
            auto it = variable.globalMatch(text);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                INFO(name.toStdString());
                const PlanParameter *parameter = plan.parameter(name);
                REQUIRE(parameter);
                if (parameter->kind == PlanParameter::Kind::Setting)
                    CHECK(text.contains(QStringLiteral("\n:setvar %1 \"").arg(name)));
                else
                    CHECK(text.contains(QStringLiteral("sqlcmd -v %1=").arg(name)));
            }
        }
    }
}
