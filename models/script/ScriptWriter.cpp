#include "ScriptWriter.h"

#include "BashQuote.h"
#include "PowerShellQuote.h"

#include "plan/PlanBuilder.h"
#include "tsql/TsqlQuote.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace milink {

namespace {

using Target = PlanStep::Target;

struct Group
{
    Target target;
    QList<int> steps; // indexes into plan.steps
    QString baseName; // "01-sql-server"
};

QString lit(const QString &text)
{
    return TsqlQuote::literal(text, TsqlQuote::SqlcmdMode::Escape);
}

QString ps(const QString &text)
{
    return PowerShellQuote::literal(text);
}

QString sh(const QString &text)
{
    return BashQuote::literal(text);
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(pad);
    }
    return lines.join(QLatin1Char('\n'));
}

// Word-wraps `text` into comment lines that start with `prefix`.
QString commentBlock(const QString &text, const QString &prefix, int width = 100)
{
    QStringList out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && prefix.size() + line.size() + 1 + word.size() > width) {
            out << prefix + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out << prefix + line;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString targetName(Target target)
{
    switch (target) {
    case Target::SqlServer: return ScriptWriter::tr("SQL Server");
    case Target::ManagedInstance: return ScriptWriter::tr("the managed instance (T-SQL)");
    case Target::Arm: return ScriptWriter::tr("Azure Resource Manager");
    }
    return {};
}

QString delay(int seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString stepLabel(int number, const PlanStep &step)
{
    return ScriptWriter::tr("Step %1 [%2]: %3").arg(number).arg(step.id, step.title);
}

class Renderer
{
public:
    Renderer(const Plan &plan, const LinkDefinition &link, const QString &projectName)
        : m_plan(plan), m_link(link), m_projectName(projectName)
    {
        // The name lands in comments, and sqlcmd expands "$(" even there.
        m_projectName.replace(QStringLiteral("$("), QStringLiteral("$ ("));
        for (int i = 0; i < plan.steps.size(); ++i) {
            const Target target = plan.steps.at(i).target;
            if (m_groups.isEmpty() || m_groups.last().target != target)
                m_groups.append(Group {target, {}, {}});
            m_groups.last().steps << i;
        }
        for (int g = 0; g < m_groups.size(); ++g) {
            const QString kind = m_groups.at(g).target == Target::SqlServer
                ? QStringLiteral("sql-server")
                : m_groups.at(g).target == Target::ManagedInstance
                ? QStringLiteral("managed-instance")
                : QStringLiteral("azure");
            m_groups[g].baseName
                = QStringLiteral("%1-%2").arg(g + 1, 2, 10, QLatin1Char('0')).arg(kind);
        }
    }

    QList<ScriptFile> render()
    {
        QList<ScriptFile> files;
        for (int g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups.at(g);
            if (group.target == Target::Arm) {
                files << ScriptFile {group.baseName + QStringLiteral(".ps1"),
                                     powerShell(g).toUtf8(), false};
                files << ScriptFile {group.baseName + QStringLiteral(".sh"), bash(g).toUtf8(),
                                     true};
            } else {
                files << ScriptFile {group.baseName + QStringLiteral(".sql"), tsql(g).toUtf8(),
                                     false};
            }
        }
        files << ScriptFile {QStringLiteral("README.md"), readme().toUtf8(), false};
        return files;
    }

private:
    QStringList consumedInGroup(int g) const
    {
        QStringList names;
        for (int index : m_groups.at(g).steps) {
            for (const QString &name : m_plan.steps.at(index).consumes) {
                if (!names.contains(name))
                    names << name;
            }
        }
        return names;
    }
    int stepNumber(const QString &id) const
    {
        for (int i = 0; i < m_plan.steps.size(); ++i) {
            if (m_plan.steps.at(i).id == id)
                return i + 1;
        }
        return 0;
    }
    // The file (group) whose step produces `name`, or -1.
    int producerGroup(const QString &name) const
    {
        for (int g = 0; g < m_groups.size(); ++g) {
            for (int index : m_groups.at(g).steps) {
                if (m_plan.steps.at(index).produces.contains(name))
                    return g;
            }
        }
        return -1;
    }
    QString fileNames(int g) const
    {
        const Group &group = m_groups.at(g);
        if (group.target == Target::Arm)
            return QStringLiteral("%1.ps1 / %1.sh").arg(group.baseName);
        return group.baseName + QStringLiteral(".sql");
    }
    QString stepRange(int g) const
    {
        const QList<int> &steps = m_groups.at(g).steps;
        if (steps.size() == 1)
            return QString::number(steps.first() + 1);
        return QStringLiteral("%1–%2").arg(steps.first() + 1).arg(steps.last() + 1);
    }
    QString header(int g, const QString &prefix) const
    {
        QString text;
        text += commentBlock(ScriptWriter::tr("milink: %1 — file %2 of %3, steps %4, on %5.")
                                 .arg(m_plan.title)
                                 .arg(g + 1)
                                 .arg(m_groups.size())
                                 .arg(stepRange(g), targetName(m_groups.at(g).target)),
                             prefix);
        text += commentBlock(ScriptWriter::tr("Generated from %1. Read README.md first: it gives "
                                              "the run order and the values to pass between "
                                              "files. Every step checks whether its work is "
                                              "already done, so this file can be run again "
                                              "after a failure.")
                                 .arg(m_projectName),
                             prefix);
        return text;
    }

    QString tsql(int g) const;
    QString powerShell(int g) const;
    QString bash(int g) const;
    QString readme() const;

    QString psGet(const ArmCheck &check) const;
    QString psCondition(const ArmCheck &check) const;
    QString shCondition(const ArmCheck &check) const;
    QString psAction(const PlanStep &step) const;
    QString shAction(const PlanStep &step) const;

    const Plan &m_plan;
    const LinkDefinition &m_link;
    QString m_projectName;
    QList<Group> m_groups;
};

QString Renderer::tsql(int g) const
{
    const Group &group = m_groups.at(g);
    QString out = header(g, QStringLiteral("-- "));
    const bool onMi = group.target == Target::ManagedInstance;
    out += commentBlock(
        onMi ? ScriptWriter::tr("Run with sqlcmd (or SSMS in SQLCMD mode) connected to the "
                                "managed instance %1.")
                   .arg(m_link.managedInstance.fqdn.isEmpty() ? m_link.managedInstance.name
                                                              : m_link.managedInstance.fqdn)
             : ScriptWriter::tr("Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin "
                                "to SQL Server %1.")
                   .arg(m_link.sqlServer.effectiveServerName()),
        QStringLiteral("-- "));
    const QStringList consumed = consumedInGroup(g);
    QStringList setvars;
    for (const QString &name : consumed) {
        const PlanParameter *parameter = m_plan.parameter(name);
        if (!parameter)
            continue;
        switch (parameter->kind) {
        case PlanParameter::Kind::Secret:
            out += commentBlock(ScriptWriter::tr("Secret %1: %2 It is not stored in this file: "
                                                 "set the environment variable %1 before running "
                                                 "sqlcmd, or pass it on the command line:")
                                    .arg(name, parameter->description),
                                QStringLiteral("-- "));
            out += QStringLiteral("--     sqlcmd -v %1=\"…\"\n").arg(name);
            break;
        case PlanParameter::Kind::Produced: {
            const int from = producerGroup(name);
            out += commentBlock(ScriptWriter::tr("Value %1: %2 Printed by %3; pass it on the "
                                                 "command line:")
                                    .arg(name, parameter->description,
                                         from >= 0 ? fileNames(from) : QStringLiteral("?")),
                                QStringLiteral("-- "));
            out += QStringLiteral("--     sqlcmd -v %1=\"…\"\n").arg(name);
            break;
        }
        case PlanParameter::Kind::Setting:
            setvars << QStringLiteral(":setvar %1 \"%2\"").arg(name, parameter->value);
            break;
        }
    }
    out += QStringLiteral(":on error exit\n");
    for (const QString &line : std::as_const(setvars))
        out += line + QLatin1Char('\n');
    out += QStringLiteral("SET NOCOUNT ON;\nUSE [master];\nGO\n");

    for (int index : group.steps) {
        const PlanStep &step = m_plan.steps.at(index);
        const int number = index + 1;
        out += QStringLiteral("\n-- ") + QString(96, QLatin1Char('-')) + QLatin1Char('\n');
        out += commentBlock(stepLabel(number, step), QStringLiteral("-- "));
        out += commentBlock(step.description, QStringLiteral("--   "));
        if (step.destructive)
            out += commentBlock(ScriptWriter::tr("Caution: this step removes or changes the "
                                                 "link's roles; read it before you run it."),
                                QStringLiteral("--   "));
        for (const QString &note : step.notes)
            out += commentBlock(ScriptWriter::tr("Note: %1").arg(note), QStringLiteral("--   "));
        out += QStringLiteral("PRINT %1;\n").arg(lit(stepLabel(number, step)));
        if (!step.tsql.isEmpty()) {
            if (!step.doneQuery.isEmpty()) {
                out += QStringLiteral("IF NOT EXISTS (\n") + indent(step.doneQuery, 4)
                    + QStringLiteral("\n)\nBEGIN\n") + indent(step.tsql, 4)
                    + QStringLiteral("\nEND\nELSE\n    PRINT %1;\n")
                          .arg(lit(ScriptWriter::tr("  Already done; skipped.")));
            } else {
                out += step.tsql + QLatin1Char('\n');
            }
        }
        if (step.output)
            out += step.output->query + QStringLiteral(";\n");
        if (step.wait) {
            const WaitCondition &wait = *step.wait;
            out += QStringLiteral("DECLARE @milinkDeadline datetime2 = DATEADD(SECOND, %1, "
                                  "SYSUTCDATETIME());\n"
                                  "WHILE NOT EXISTS (\n")
                       .arg(wait.timeoutSeconds)
                + indent(wait.query, 4) + QStringLiteral("\n)\nBEGIN\n");
            out += QStringLiteral("    IF SYSUTCDATETIME() > @milinkDeadline\n    BEGIN\n");
            if (!wait.diagnosticQuery.isEmpty())
                out += indent(wait.diagnosticQuery, 8) + QStringLiteral(";\n");
            out += QStringLiteral("        ;THROW 50000, %1, 1;\n    END;\n")
                       .arg(lit(wait.timeoutMessage));
            out += QStringLiteral("    WAITFOR DELAY '%1';\nEND;\n").arg(delay(wait.pollSeconds));
        }
        out += QStringLiteral("GO\n");
    }
    out += QStringLiteral("\nPRINT %1;\nGO\n")
               .arg(lit(ScriptWriter::tr("%1 finished.")
                            .arg(m_groups.at(g).baseName + QStringLiteral(".sql"))));
    return out;
}

QString Renderer::psGet(const ArmCheck &check) const
{
    if (check.path.startsWith(QLatin1String("/serverTrustCertificates/")))
        return QStringLiteral("Get-AzSqlInstanceServerTrustCertificate @Instance -Name %1")
            .arg(ps(check.resourceName));
    if (check.predicate == ArmCheck::Predicate::ListNotEmpty)
        return QStringLiteral("Get-AzSqlInstanceLink @Instance");
    return QStringLiteral("Get-AzSqlInstanceLink @Instance -Name %1").arg(ps(check.resourceName));
}

QString psProperty(const QString &jsonPointer)
{
    // "/properties/instanceLinkRole" → InstanceLinkRole (the cmdlets' model names)
    QString name = jsonPointer.section(QLatin1Char('/'), -1);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Renderer::psCondition(const ArmCheck &check) const
{
    const QString get = QStringLiteral("(Get-OrNull { %1 })").arg(psGet(check));
    switch (check.predicate) {
    case ArmCheck::Predicate::Exists: return QStringLiteral("($null -ne %1)").arg(get);
    case ArmCheck::Predicate::Absent: return QStringLiteral("($null -eq %1)").arg(get);
    case ArmCheck::Predicate::PropertyEquals:
        return QStringLiteral("((%1 | ForEach-Object { $_.%2 }) -eq %3)")
            .arg(get, psProperty(check.jsonPointer), ps(check.expected));
    case ArmCheck::Predicate::ListNotEmpty: return QStringLiteral("(@(%1).Count -gt 0)").arg(get);
    }
    return {};
}

QString shShow(const ArmCheck &check)
{
    if (check.path.startsWith(QLatin1String("/serverTrustCertificates/")))
        return QStringLiteral("az sql mi partner-cert show \"${instance[@]}\" --name %1")
            .arg(sh(check.resourceName));
    return QStringLiteral("az sql mi link show \"${instance[@]}\" --name %1")
        .arg(sh(check.resourceName));
}

QString Renderer::shCondition(const ArmCheck &check) const
{
    switch (check.predicate) {
    case ArmCheck::Predicate::Exists:
        return shShow(check) + QStringLiteral(" --output none 2>/dev/null");
    case ArmCheck::Predicate::Absent:
        return QStringLiteral("! ") + shShow(check) + QStringLiteral(" --output none 2>/dev/null");
    case ArmCheck::Predicate::PropertyEquals:
        return QStringLiteral("[ \"$(%1 --query %2 --output tsv 2>/dev/null || true)\" = %3 ]")
            .arg(shShow(check), check.jsonPointer.section(QLatin1Char('/'), -1),
                 sh(check.expected));
    case ArmCheck::Predicate::ListNotEmpty:
        return QStringLiteral("[ -n \"$(az sql mi link list \"${instance[@]}\" --query '[].name' "
                              "--output tsv 2>/dev/null || true)\" ]");
    }
    return {};
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString Renderer::psAction(const PlanStep &step) const
{
    const ArmCall &arm = *step.arm;
    const QJsonObject properties = arm.body.value(QStringLiteral("properties")).toObject();
    auto prop = [&](const char *key) {
        return properties.value(QLatin1String(key)).toString();
    };
    switch (arm.action) {
    case ArmCall::Action::PutServerTrustCertificate:
        return QStringLiteral("$null = New-AzSqlInstanceServerTrustCertificate @Instance -Name %1 "
                              "-PublicKey $SqlCertificatePublicKey")
            .arg(ps(arm.resourceName));
    case ArmCall::Action::GetEndpointCertificate:
        return QStringLiteral(
            "$MiEndpointCertificate = (Get-AzSqlInstanceEndpointCertificate @Instance "
            "-EndpointType 'DATABASE_MIRRORING').PublicKey\n"
            "if (-not $MiEndpointCertificate.StartsWith('0x')) { $MiEndpointCertificate = '0x' + "
            "$MiEndpointCertificate }\n"
            "Write-Output \"MiEndpointCertificate=$MiEndpointCertificate\"");
    case ArmCall::Action::PutLink: {
        QStringList databases;
        const QJsonArray list = properties.value(QStringLiteral("databases")).toArray();
        for (const QJsonValue &db : list)
            databases << ps(db.toObject().value(QStringLiteral("databaseName")).toString());
        return QStringLiteral("$link = @{\n"
                              "    Name                          = %1\n"
                              "    PartnerAvailabilityGroupName  = %2\n"
                              "    InstanceAvailabilityGroupName = %3\n"
                              "    Database                      = @(%4)\n"
                              "    PartnerEndpoint               = %5\n"
                              "    InstanceLinkRole              = %6\n"
                              "    FailoverMode                  = %7\n"
                              "    SeedingMode                   = %8\n"
                              "}\n"
                              "$null = New-AzSqlInstanceLink @Instance @link")
            .arg(ps(arm.resourceName), ps(prop("partnerAvailabilityGroupName")),
                 ps(prop("instanceAvailabilityGroupName")), databases.join(QStringLiteral(", ")),
                 ps(prop("partnerEndpoint")), ps(prop("instanceLinkRole")),
                 ps(prop("failoverMode")), ps(prop("seedingMode")));
    }
    case ArmCall::Action::PatchLink:
        return QStringLiteral("$null = Update-AzSqlInstanceLink @Instance -Name %1 "
                              "-ReplicationMode %2")
            .arg(ps(arm.resourceName), ps(prop("replicationMode")));
    case ArmCall::Action::DeleteLink:
        return QStringLiteral("Remove-AzSqlInstanceLink @Instance -Name %1 -Force")
            .arg(ps(arm.resourceName));
    case ArmCall::Action::FailoverLink:
        return QStringLiteral("$null = Start-AzSqlInstanceLinkFailover @Instance -Name %1 "
                              "-FailoverType %2 -Force")
            .arg(ps(arm.resourceName),
                 ps(arm.body.value(QStringLiteral("failoverType")).toString()));
    case ArmCall::Action::SetRole: {
        const QString role = arm.body.value(QStringLiteral("instanceRole")).toString();
        return QStringLiteral(
                   "# No Az.Sql cmdlet sets the role: REST call, api-version %1.\n"
                   "$response = Invoke-AzRestMethod -Method POST -Path ($InstanceId + %2 + "
                   "$ApiVersion) -Payload %3\n"
                   "if ($response.StatusCode -ge 400) { throw ('setRole failed: ' + "
                   "$response.Content) }\n"
                   "$deadline = (Get-Date).AddMinutes(10)\n"
                   "while ((Get-AzSqlInstanceLink @Instance -Name %4).InstanceLinkRole -ne %5) {\n"
                   "    if ((Get-Date) -gt $deadline) { throw 'The role change did not finish "
                   "within 10 minutes; check the link in the Azure portal.' }\n"
                   "    Start-Sleep -Seconds 10\n"
                   "}")
            .arg(QString::fromLatin1(ArmCall::kApiVersion),
                 ps(arm.path + QStringLiteral("?api-version=")), ps(jsonText(arm.body)),
                 ps(arm.resourceName), ps(role));
    }
    case ArmCall::Action::DeleteServerTrustCertificate:
        return QStringLiteral("Remove-AzSqlInstanceServerTrustCertificate @Instance -Name %1 "
                              "-Confirm:$false")
            .arg(ps(arm.resourceName));
    }
    return {};
}

QString Renderer::shAction(const PlanStep &step) const
{
    const ArmCall &arm = *step.arm;
    const QJsonObject properties = arm.body.value(QStringLiteral("properties")).toObject();
    auto prop = [&](const char *key) {
        return properties.value(QLatin1String(key)).toString();
    };
    switch (arm.action) {
    case ArmCall::Action::PutServerTrustCertificate:
        return QStringLiteral("az sql mi partner-cert create \"${instance[@]}\" --name %1 "
                              "--public-blob \"$SQL_CERTIFICATE_PUBLIC_KEY\" --output none")
            .arg(sh(arm.resourceName));
    case ArmCall::Action::GetEndpointCertificate:
        return QStringLiteral(
            "mi_endpoint_certificate=\"$(az sql mi endpoint-cert show \"${instance[@]}\" "
            "--endpoint-type DATABASE_MIRRORING --query publicBlob --output tsv)\"\n"
            "case \"$mi_endpoint_certificate\" in\n"
            "    0x* | 0X*) ;;\n"
            "    *) mi_endpoint_certificate=\"0x$mi_endpoint_certificate\" ;;\n"
            "esac\n"
            "printf 'MiEndpointCertificate=%s\\n' \"$mi_endpoint_certificate\"");
    case ArmCall::Action::PutLink: {
        QStringList databases;
        const QJsonArray list = properties.value(QStringLiteral("databases")).toArray();
        for (const QJsonValue &db : list)
            databases << QStringLiteral("{database-name:%1}")
                             .arg(BashQuote::cliShorthandString(
                                 db.toObject().value(QStringLiteral("databaseName")).toString()));
        return QStringLiteral("az sql mi link create \"${instance[@]}\" --name %1 \\\n"
                              "    --partner-availability-group-name %2 \\\n"
                              "    --instance-availability-group-name %3 \\\n"
                              "    --partner-endpoint %4 \\\n"
                              "    --databases %5 \\\n"
                              "    --instance-link-role %6 --failover-mode %7 --seeding-mode %8 "
                              "--output none")
            .arg(sh(arm.resourceName), sh(prop("partnerAvailabilityGroupName")),
                 sh(prop("instanceAvailabilityGroupName")), sh(prop("partnerEndpoint")),
                 sh(QLatin1Char('[') + databases.join(QLatin1Char(',')) + QLatin1Char(']')),
                 prop("instanceLinkRole"), prop("failoverMode"), prop("seedingMode"));
    }
    case ArmCall::Action::PatchLink:
        return QStringLiteral("az sql mi link update \"${instance[@]}\" --name %1 "
                              "--replication-mode %2 --output none")
            .arg(sh(arm.resourceName), prop("replicationMode"));
    case ArmCall::Action::DeleteLink:
        return QStringLiteral("az sql mi link delete \"${instance[@]}\" --name %1 --yes")
            .arg(sh(arm.resourceName));
    case ArmCall::Action::FailoverLink:
        return QStringLiteral("az sql mi link failover \"${instance[@]}\" --name %1 "
                              "--failover-type %2 --yes --output none")
            .arg(sh(arm.resourceName), arm.body.value(QStringLiteral("failoverType")).toString());
    case ArmCall::Action::SetRole: {
        const QString role = arm.body.value(QStringLiteral("instanceRole")).toString();
        return QStringLiteral(
                   "# No Azure CLI command sets the role: REST call, api-version %1.\n"
                   "az rest --method post --url \"${instance_id}\"%2\"${api_version}\" --body %3 "
                   "--output none\n"
                   "for _ in $(seq 1 60); do\n"
                   "    role=\"$(az sql mi link show \"${instance[@]}\" --name %4 --query "
                   "instanceLinkRole --output tsv)\"\n"
                   "    [ \"$role\" = %5 ] && break\n"
                   "    sleep 10\n"
                   "done\n"
                   "if [ \"$role\" != %5 ]; then\n"
                   "    echo 'The role change did not finish within 10 minutes; check the link "
                   "in the Azure portal.' >&2\n"
                   "    exit 1\n"
                   "fi")
            .arg(QString::fromLatin1(ArmCall::kApiVersion),
                 sh(arm.path + QStringLiteral("?api-version=")), sh(jsonText(arm.body)),
                 sh(arm.resourceName), sh(role));
    }
    case ArmCall::Action::DeleteServerTrustCertificate:
        return QStringLiteral("az sql mi partner-cert delete \"${instance[@]}\" --name %1 --yes")
            .arg(sh(arm.resourceName));
    }
    return {};
}

bool isBuiltInCloud(const QString &cloud)
{
    return cloud == QLatin1String("AzureCloud") || cloud == QLatin1String("AzureUSGovernment")
        || cloud == QLatin1String("AzureChinaCloud");
}

QString Renderer::powerShell(int g) const
{
    const Group &group = m_groups.at(g);
    const ManagedInstanceTarget &mi = m_link.managedInstance;
    QString out = header(g, QStringLiteral("# "));
    out += commentBlock(ScriptWriter::tr("Needs PowerShell 7 (or Windows PowerShell 5.1) with "
                                         "Az.Sql 6.0.0 or later and Az.Accounts. Sign in "
                                         "first: Connect-AzAccount -Environment %1. REST "
                                         "calls use api-version %2.")
                            .arg(mi.cloud, QString::fromLatin1(ArmCall::kApiVersion)),
                        QStringLiteral("# "));
    out += QStringLiteral("#Requires -Modules @{ ModuleName = 'Az.Sql'; ModuleVersion = '6.0.0' "
                          "}\n[CmdletBinding()]\nparam(");
    const QStringList consumed = consumedInGroup(g);
    QStringList params;
    for (const QString &name : consumed) {
        const PlanParameter *parameter = m_plan.parameter(name);
        if (!parameter)
            continue;
        const int from = producerGroup(name);
        QString text
            = commentBlock(parameter->kind == PlanParameter::Kind::Produced
                               ? ScriptWriter::tr("%1 Printed by %2.")
                                     .arg(parameter->description,
                                          from >= 0 ? fileNames(from) : QStringLiteral("?"))
                               : parameter->description,
                           QStringLiteral("    # "));
        text += QStringLiteral("    [Parameter(Mandatory = $true)]\n    [%1] $%2")
                    .arg(parameter->kind == PlanParameter::Kind::Secret
                             ? QStringLiteral("SecureString")
                             : QStringLiteral("string"),
                         name);
        params << text;
    }
    if (!params.isEmpty())
        out += QLatin1Char('\n') + params.join(QStringLiteral(",\n")) + QLatin1Char('\n');
    out += QStringLiteral(")\n$ErrorActionPreference = 'Stop'\n\n");
    out += QStringLiteral("$ApiVersion = '%1'\n").arg(QString::fromLatin1(ArmCall::kApiVersion));
    out += QStringLiteral("$SubscriptionId = %1\n").arg(ps(mi.subscriptionId));
    out += QStringLiteral("$Instance = @{ ResourceGroupName = %1; InstanceName = %2 }\n")
               .arg(ps(mi.resourceGroup), ps(mi.name));
    out += QStringLiteral("$InstanceId = %1\n").arg(ps(PlanBuilder::instanceResourceId(m_link)));
    out += QStringLiteral("\n# Returns $null instead of failing when a resource does not exist.\n"
                          "function Get-OrNull([scriptblock] $Command) {\n"
                          "    try { & $Command } catch { $null }\n"
                          "}\n\n");
    if (isBuiltInCloud(mi.cloud))
        out += QStringLiteral("if ((Get-AzContext).Environment.Name -ne %1) {\n"
                              "    throw %2\n"
                              "}\n")
                   .arg(
                       ps(mi.cloud),
                       ps(ScriptWriter::tr("Sign in to %1 first: Connect-AzAccount -Environment %1")
                              .arg(mi.cloud)));
    out += QStringLiteral("$null = Set-AzContext -Subscription $SubscriptionId\n");

    for (int index : group.steps) {
        const PlanStep &step = m_plan.steps.at(index);
        const int number = index + 1;
        out += QStringLiteral("\n# ") + QString(96, QLatin1Char('-')) + QLatin1Char('\n');
        out += commentBlock(stepLabel(number, step), QStringLiteral("# "));
        out += commentBlock(step.description, QStringLiteral("#   "));
        if (step.destructive)
            out += commentBlock(ScriptWriter::tr("Caution: this step removes or changes the "
                                                 "link's roles; read it before you run it."),
                                QStringLiteral("#   "));
        for (const QString &note : step.notes)
            out += commentBlock(ScriptWriter::tr("Note: %1").arg(note), QStringLiteral("#   "));
        out += QStringLiteral("Write-Host %1\n").arg(ps(stepLabel(number, step)));
        const QString action = step.arm ? psAction(step) : QString();
        if (step.armDoneWhenAny.isEmpty()) {
            out += action + QLatin1Char('\n');
            continue;
        }
        QStringList conditions;
        for (const ArmCheck &check : step.armDoneWhenAny)
            conditions << psCondition(check);
        out += QStringLiteral("if (%1) {\n    Write-Host %2\n} else {\n%3\n}\n")
                   .arg(conditions.join(QStringLiteral(" -or ")),
                        ps(ScriptWriter::tr("  Already done; skipped.")), indent(action, 4));
    }
    out += QStringLiteral("\nWrite-Host %1\n")
               .arg(ps(
                   ScriptWriter::tr("%1 finished.").arg(group.baseName + QStringLiteral(".ps1"))));
    return out;
}

QString Renderer::bash(int g) const
{
    const Group &group = m_groups.at(g);
    const ManagedInstanceTarget &mi = m_link.managedInstance;
    QString out = QStringLiteral("#!/usr/bin/env bash\n");
    out += header(g, QStringLiteral("# "));
    out += commentBlock(ScriptWriter::tr("Needs Bash and Azure CLI 2.67.0 or later. Sign in "
                                         "first: az cloud set --name %1, then az login. REST "
                                         "calls use api-version %2.")
                            .arg(mi.cloud, QString::fromLatin1(ArmCall::kApiVersion)),
                        QStringLiteral("# "));
    out += QStringLiteral("set -euo pipefail\n\n");
    const QStringList consumed = consumedInGroup(g);
    for (const QString &name : consumed) {
        const PlanParameter *parameter = m_plan.parameter(name);
        if (!parameter)
            continue;
        const int from = producerGroup(name);
        const QString variable = ScriptWriter::environmentName(name);
        out += commentBlock(parameter->kind == PlanParameter::Kind::Produced
                                ? ScriptWriter::tr("%1 Printed by %2.")
                                      .arg(parameter->description,
                                           from >= 0 ? fileNames(from) : QStringLiteral("?"))
                                : parameter->description,
                            QStringLiteral("# "));
        out += QStringLiteral(": \"${%1:?%2}\"\n")
                   .arg(variable,
                        ScriptWriter::tr("Set the environment variable %1 (see README.md).")
                            .arg(variable));
    }
    out += QStringLiteral("api_version='%1'\n").arg(QString::fromLatin1(ArmCall::kApiVersion));
    out += QStringLiteral("subscription=%1\n").arg(sh(mi.subscriptionId));
    out += QStringLiteral("instance=(--resource-group %1 --instance-name %2)\n")
               .arg(sh(mi.resourceGroup), sh(mi.name));
    out += QStringLiteral("instance_id=%1\n\n").arg(sh(PlanBuilder::instanceResourceId(m_link)));
    if (isBuiltInCloud(mi.cloud))
        out += QStringLiteral("if [ \"$(az cloud show --query name --output tsv)\" != %1 ]; then\n"
                              "    echo %2 >&2\n"
                              "    exit 1\n"
                              "fi\n")
                   .arg(sh(mi.cloud),
                        sh(ScriptWriter::tr("Sign in to %1 first: az cloud set "
                                            "--name %1 && az login")
                               .arg(mi.cloud)));
    out += QStringLiteral("az account set --subscription \"$subscription\"\n");
    out += QStringLiteral(": \"$api_version\" \"$instance_id\" # used by REST calls\n");

    for (int index : group.steps) {
        const PlanStep &step = m_plan.steps.at(index);
        const int number = index + 1;
        out += QStringLiteral("\n# ") + QString(96, QLatin1Char('-')) + QLatin1Char('\n');
        out += commentBlock(stepLabel(number, step), QStringLiteral("# "));
        out += commentBlock(step.description, QStringLiteral("#   "));
        if (step.destructive)
            out += commentBlock(ScriptWriter::tr("Caution: this step removes or changes the "
                                                 "link's roles; read it before you run it."),
                                QStringLiteral("#   "));
        for (const QString &note : step.notes)
            out += commentBlock(ScriptWriter::tr("Note: %1").arg(note), QStringLiteral("#   "));
        out += QStringLiteral("echo %1\n").arg(sh(stepLabel(number, step)));
        const QString action = step.arm ? shAction(step) : QString();
        if (step.armDoneWhenAny.isEmpty()) {
            out += action + QLatin1Char('\n');
            continue;
        }
        QStringList conditions;
        for (const ArmCheck &check : step.armDoneWhenAny)
            conditions << shCondition(check);
        out += QStringLiteral("if %1; then\n    echo %2\nelse\n%3\nfi\n")
                   .arg(conditions.join(QStringLiteral(" || ")),
                        sh(ScriptWriter::tr("  Already done; skipped.")), indent(action, 4));
    }
    out += QStringLiteral("\necho %1\n")
               .arg(sh(
                   ScriptWriter::tr("%1 finished.").arg(group.baseName + QStringLiteral(".sh"))));
    return out;
}

QString Renderer::readme() const
{
    const ManagedInstanceTarget &mi = m_link.managedInstance;
    const SqlServerConnection &sql = m_link.sqlServer;
    QString out;
    out += QStringLiteral("# %1\n\n").arg(m_plan.title);
    out += ScriptWriter::tr("Generated by milink from `%1` (operation `%2`). %3\n\n")
               .arg(m_projectName, toString(m_plan.operation), m_plan.summary);

    bool hasSql = false;
    bool hasMi = false;
    bool hasArm = false;
    for (const Group &group : m_groups) {
        hasSql = hasSql || group.target == Target::SqlServer;
        hasMi = hasMi || group.target == Target::ManagedInstance;
        hasArm = hasArm || group.target == Target::Arm;
    }
    out += ScriptWriter::tr("## Prerequisites\n\n");
    if (hasSql)
        out += ScriptWriter::tr("- `sqlcmd` (or SSMS in SQLCMD mode) and a sysadmin login on SQL "
                                "Server `%1` (`%2`, port %3).\n")
                   .arg(sql.effectiveServerName(), sql.host)
                   .arg(sql.port);
    if (hasMi)
        out += ScriptWriter::tr("- `sqlcmd` access to the managed instance `%1` (from inside its "
                                "virtual network, or its public endpoint).\n")
                   .arg(mi.fqdn.isEmpty() ? mi.name : mi.fqdn);
    if (hasArm)
        out += ScriptWriter::tr(
                   "- For the Azure files, either PowerShell with Az.Sql 6.0.0 or later "
                   "(`Install-Module Az.Sql -MinimumVersion 6.0.0`; sign in with "
                   "`Connect-AzAccount -Environment %1`), or Bash with Azure CLI 2.67.0 or later "
                   "(`az cloud set --name %1` and `az login`). Both use the current parameter "
                   "names (`-PartnerAvailabilityGroupName`, `--partner-availability-group-name`, "
                   "…); REST calls, where no command exists, pin api-version %2.\n"
                   "- The Azure role *SQL Managed Instance Contributor* (or equivalent "
                   "permissions) on managed instance `%3` in resource group `%4`, subscription "
                   "`%5`.\n")
                   .arg(mi.cloud, QString::fromLatin1(ArmCall::kApiVersion), mi.name,
                        mi.resourceGroup, mi.subscriptionId);

    QStringList secrets;
    for (const PlanParameter &parameter : m_plan.parameters) {
        if (parameter.kind == PlanParameter::Kind::Secret)
            secrets << parameter.name;
    }
    for (const QString &name : std::as_const(secrets)) {
        const PlanParameter *parameter = m_plan.parameter(name);
        out += ScriptWriter::tr(
                   "- Secret `%1`: %2 It is in none of these files. Pass it with `sqlcmd -v "
                   "%1=\"…\"`, or set the environment variable `%1` for sqlcmd (sqlcmd reads "
                   "environment variables as scripting variables). A `'` in the value must be "
                   "doubled.\n")
                   .arg(name, parameter->description);
    }

    out += ScriptWriter::tr("\n## Run order\n\nRun the files one after the other; stop at the "
                            "first error, fix the cause and run the same file again.\n\n");
    out += ScriptWriter::tr("| # | file | runs on | steps |\n|---|---|---|---|\n");
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        const QString files = group.target == Target::Arm
            ? ScriptWriter::tr("`%1.ps1` or `%1.sh`").arg(group.baseName)
            : QStringLiteral("`%1.sql`").arg(group.baseName);
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(g + 1)
                   .arg(files, targetName(group.target), stepRange(g));
    }

    out += ScriptWriter::tr("\nCommand lines (replace the login and add `-v` values as "
                            "described below):\n\n```\n");
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        QStringList values;
        for (const QString &name : consumedInGroup(g)) {
            const PlanParameter *parameter = m_plan.parameter(name);
            if (parameter && parameter->kind == PlanParameter::Kind::Produced)
                values << name;
        }
        switch (group.target) {
        case Target::SqlServer:
        case Target::ManagedInstance: {
            const QString server = group.target == Target::SqlServer
                ? QStringLiteral("%1,%2").arg(sql.host).arg(sql.port)
                : (mi.fqdn.isEmpty() ? mi.name : mi.fqdn);
            QString line
                = QStringLiteral("sqlcmd -S %1 -U <login> -i %2.sql").arg(server, group.baseName);
            for (const QString &name : std::as_const(values))
                line += QStringLiteral(" -v %1=\"<%1>\"").arg(name);
            out += line + QLatin1Char('\n');
            break;
        }
        case Target::Arm: {
            QString line = QStringLiteral("pwsh ./%1.ps1").arg(group.baseName);
            for (const QString &name : std::as_const(values))
                line += QStringLiteral(" -%1 '<%1>'").arg(name);
            out += line + QLatin1Char('\n');
            QString bashLine;
            for (const QString &name : std::as_const(values))
                bashLine
                    += QStringLiteral("%1='<%2>' ").arg(ScriptWriter::environmentName(name), name);
            out += bashLine + QStringLiteral("bash ./%1.sh\n").arg(group.baseName);
            break;
        }
        }
    }
    out += QStringLiteral("```\n");

    QStringList produced;
    for (const PlanParameter &parameter : m_plan.parameters) {
        if (parameter.kind == PlanParameter::Kind::Produced)
            produced << parameter.name;
    }
    if (!produced.isEmpty()) {
        out += ScriptWriter::tr("\n## Values passed between files\n\nSome steps print a value "
                                "that a later file needs. Copy it from the output and pass it "
                                "as shown.\n\n");
        out += ScriptWriter::tr("| value | printed by | used by | how to pass it |\n"
                                "|---|---|---|---|\n");
        for (const QString &name : std::as_const(produced)) {
            const PlanParameter *parameter = m_plan.parameter(name);
            const int from = producerGroup(name);
            QStringList users;
            QStringList how;
            for (int g = 0; g < m_groups.size(); ++g) {
                if (!consumedInGroup(g).contains(name))
                    continue;
                users << fileNames(g);
                if (m_groups.at(g).target == Target::Arm)
                    how << ScriptWriter::tr("`-%1 <value>` (PowerShell) or the environment "
                                            "variable `%2` (Bash)")
                               .arg(name, ScriptWriter::environmentName(name));
                else
                    how << ScriptWriter::tr("`sqlcmd -v %1=\"<value>\"`").arg(name);
            }
            const PlanStep *step = m_plan.step(parameter->producedBy);
            const QString source = step && step->arm
                ? ScriptWriter::tr("the line `%1=…`").arg(name)
                : ScriptWriter::tr("the result column `%1`").arg(name);
            how.removeDuplicates();
            out += QStringLiteral("| `%1` | %2 (step %3, %4) | %5 | %6 |\n")
                       .arg(name, from >= 0 ? fileNames(from) : QStringLiteral("?"),
                            step ? QString::number(stepNumber(step->id)) : QString(), source,
                            users.join(QStringLiteral(", ")), how.join(QStringLiteral("; ")));
        }
    }

    QStringList settings;
    for (const PlanParameter &parameter : m_plan.parameters) {
        if (parameter.kind == PlanParameter::Kind::Setting)
            settings << ScriptWriter::tr("- `%1` = `%2`: %3 Set with `:setvar` at the top of "
                                         "each file that uses it.\n")
                            .arg(parameter.name, parameter.value, parameter.description);
    }
    if (!settings.isEmpty())
        out += ScriptWriter::tr("\n## Settings\n\n") + settings.join(QString());

    out += ScriptWriter::tr("\n## Steps and what success looks like\n");
    for (int g = 0; g < m_groups.size(); ++g) {
        out += QStringLiteral("\n### %1\n\n").arg(fileNames(g));
        for (int index : m_groups.at(g).steps) {
            const PlanStep &step = m_plan.steps.at(index);
            out += QStringLiteral("%1. **%2** (`%3`). %4")
                       .arg(index + 1)
                       .arg(step.title, step.id, step.description);
            if (step.wait)
                out += ScriptWriter::tr(" Waits up to %1 minutes.")
                           .arg(qMax(1, step.wait->timeoutSeconds / 60));
            for (const QString &note : step.notes)
                out += QLatin1Char(' ') + note;
            out += QLatin1Char('\n');
        }
        out += ScriptWriter::tr("\nSuccess: the file ends with \"%1 finished.\" and no error.\n")
                   .arg(m_groups.at(g).target == Target::Arm
                            ? m_groups.at(g).baseName + QStringLiteral(".ps1/.sh")
                            : m_groups.at(g).baseName + QStringLiteral(".sql"));
    }
    if (!m_plan.advice.isEmpty()) {
        out += ScriptWriter::tr("\n## Afterwards\n\n");
        for (const QString &advice : m_plan.advice)
            out += QStringLiteral("- %1\n").arg(advice);
    }
    out += ScriptWriter::tr("\n## Running again\n\nEvery step first checks whether its work is "
                            "already done and then skips it, so after a failure you fix the "
                            "cause and run the same file again; a partly applied setup "
                            "converges.\n");
    return out;
}

} // namespace

QString ScriptWriter::environmentName(const QString &parameter)
{
    QString out;
    for (int i = 0; i < parameter.size(); ++i) {
        const QChar ch = parameter.at(i);
        if (ch.isUpper() && i > 0
            && (parameter.at(i - 1).isLower() || parameter.at(i - 1).isDigit()))
            out += QLatin1Char('_');
        out += ch.toUpper();
    }
    return out;
}

QList<ScriptFile> ScriptWriter::render(const Plan &plan, const LinkDefinition &link,
                                       const QString &projectName)
{
    return Renderer(plan, link, projectName).render();
}

QString ScriptWriter::write(const QList<ScriptFile> &files, const QString &directory,
                            bool overwrite)
{
    QDir dir(directory);
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return tr("%1 exists and is not a directory. Choose another --out directory.")
            .arg(QDir::toNativeSeparators(directory));
    if (info.exists() && !overwrite
        && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return tr("%1 is not empty. Choose an empty or new directory, or add --force to "
                  "overwrite the files in it.")
            .arg(QDir::toNativeSeparators(directory));
    if (!dir.mkpath(QStringLiteral(".")))
        return tr("Cannot create the directory %1. Check the path and your permissions.")
            .arg(QDir::toNativeSeparators(directory));
    for (const ScriptFile &file : files) {
        const QString path = dir.filePath(file.name);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()
            || !out.commit())
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        QFile::Permissions permissions
            = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        if (file.executable)
            permissions |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(path, permissions);
    }
    return {};
}

} // namespace milink
