#include "ScriptCommand.h"

#include "link/LinkValidator.h"
#include "link/ProjectFile.h"
#include "plan/Operation.h"
#include "plan/PlanBuilder.h"
#include "script/ScriptWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace milink::cli {

namespace {

std::optional<LinkSide> sideFromString(const QString &text)
{
    if (text == QLatin1String("managed-instance"))
        return LinkSide::ManagedInstance;
    if (text == QLatin1String("sql-server"))
        return LinkSide::SqlServer;
    return std::nullopt;
}

} // namespace

QString ScriptCommand::summary() const
{
    return tr("Write the steps of an operation as reviewable T-SQL, PowerShell and Bash "
              "scripts.");
}

int ScriptCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("Operations: %1.\n"
             "Nothing is written when the project or the operation has an error; every problem "
             "is printed with its path. Secrets (the master key password) are never written: "
             "the scripts take them as parameters.")
              .arg(operationNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The .milink project file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption operation(
        QStringLiteral("operation"),
        tr("The operation: %1.").arg(operationNames().join(QStringLiteral(", "))), tr("op"));
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    tr("Directory for the scripts (created; must be empty)."),
                                    tr("dir"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Write into a non-empty directory, replacing files."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Only this database (repeatable; default: all)."),
                                      tr("name"));
    const QCommandLineOption fullBackup(
        QStringLiteral("full-backup"),
        tr("create-link: take a full backup (never COPY_ONLY) of databases that have none."));
    const QCommandLineOption backupDirectory(
        QStringLiteral("backup-directory"),
        tr("Directory on the SQL Server host for --full-backup, and for the log backup of "
           "repair-split-brain."),
        tr("dir"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("set-replication-mode: async or sync."), tr("mode"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("failover: managed-instance (default) or sql-server."),
                                tr("side"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("failover: planned (default) or forced."), tr("type"));
    const QCommandLineOption removeLink(QStringLiteral("remove-link"),
                                        tr("failover: break the link after failing over."));
    const QCommandLineOption acceptDataLoss(
        QStringLiteral("accept-data-loss"),
        tr("failover --type forced: confirm that unreplicated transactions may be lost."));
    const QCommandLineOption dropAg(
        QStringLiteral("drop-availability-group"),
        tr("failover with link removal, delete-link: also drop the availability group on SQL "
           "Server."));
    const QCommandLineOption removeCertificates(
        QStringLiteral("remove-certificates"),
        tr("delete-link: also remove certificates, the trust certificate and the endpoint when "
           "no other link uses them."));
    const QCommandLineOption newCertificate(
        QStringLiteral("new-certificate-name"),
        tr("rotate-certificate: name of the new certificate (default: <current>_2)."), tr("name"));
    const QCommandLineOption newExpiry(
        QStringLiteral("new-certificate-expiry"),
        tr("rotate-certificate: expiry date YYYY-MM-DD (default: one year after it runs)."),
        tr("date"));
    const QCommandLineOption keepPrimary(
        QStringLiteral("keep-primary"),
        tr("repair-split-brain: the side whose changes are kept, managed-instance (default) or "
           "sql-server."),
        tr("side"));
    const QCommandLineOption backupUrl(
        QStringLiteral("backup-url"),
        tr("repair-split-brain --keep-primary sql-server: storage container URL for the "
           "managed instance's copy-only backup."),
        tr("url"));
    parser.addOptions({help, operation, outDir, force, database, fullBackup, backupDirectory, mode,
                       to, type, removeLink, acceptDataLoss, dropAg, removeCertificates,
                       newCertificate, newExpiry, keepPrimary, backupUrl});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    QStringList usage;
    if (parser.positionalArguments().size() != 1)
        usage << tr("Give exactly one project file, for example \"milink script sales.milink "
                    "--operation create-link --out scripts\".");
    const std::optional<Operation> op = operationFromString(parser.value(operation));
    if (!parser.isSet(operation))
        usage << tr("Add --operation with one of: %1.")
                     .arg(operationNames().join(QStringLiteral(", ")));
    else if (!op)
        usage << tr("Unknown operation \"%1\". Use one of: %2.")
                     .arg(parser.value(operation), operationNames().join(QStringLiteral(", ")));
    if (!parser.isSet(outDir) || parser.value(outDir).isEmpty())
        usage << tr("Add --out with the directory for the scripts.");

    PlanOptions options;
    options.databases = parser.values(database);
    options.takeFullBackup = parser.isSet(fullBackup);
    options.backupDirectory = parser.value(backupDirectory);
    if (parser.isSet(mode)) {
        options.replicationMode = replicationModeFromString(parser.value(mode));
        if (!options.replicationMode)
            usage << tr("--mode must be async or sync, not \"%1\".").arg(parser.value(mode));
    }
    if (parser.isSet(to)) {
        const std::optional<LinkSide> side = sideFromString(parser.value(to));
        if (side)
            options.failoverTo = *side;
        else
            usage << tr("--to must be managed-instance or sql-server, not \"%1\".")
                         .arg(parser.value(to));
    }
    if (parser.isSet(type)) {
        if (parser.value(type) == QLatin1String("planned"))
            options.failoverType = FailoverType::Planned;
        else if (parser.value(type) == QLatin1String("forced"))
            options.failoverType = FailoverType::Forced;
        else
            usage << tr("--type must be planned or forced, not \"%1\".").arg(parser.value(type));
    }
    options.removeLink = parser.isSet(removeLink);
    options.acceptDataLoss = parser.isSet(acceptDataLoss);
    options.dropAvailabilityGroup = parser.isSet(dropAg);
    options.removeCertificates = parser.isSet(removeCertificates);
    options.newCertificateName = parser.value(newCertificate);
    if (parser.isSet(newExpiry)) {
        options.newCertificateExpiry = QDate::fromString(parser.value(newExpiry), Qt::ISODate);
        if (!options.newCertificateExpiry.isValid())
            usage << tr("--new-certificate-expiry must be a date like 2027-11-22, not \"%1\".")
                         .arg(parser.value(newExpiry));
    }
    if (parser.isSet(keepPrimary)) {
        const std::optional<LinkSide> side = sideFromString(parser.value(keepPrimary));
        if (side)
            options.keepPrimary = *side;
        else
            usage << tr("--keep-primary must be managed-instance or sql-server, not \"%1\".")
                         .arg(parser.value(keepPrimary));
    }
    options.backupUrl = parser.value(backupUrl);
    if (!usage.isEmpty()) {
        for (const QString &line : std::as_const(usage))
            err << QStringLiteral("milink script: ") << line << '\n';
        return ExitUsage;
    }

    const QString path = parser.positionalArguments().constFirst();
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    ValidationIssues issues = loaded.issues;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    std::optional<Plan> plan;
    if (loaded.link) {
        issues += LinkValidator::validate(*loaded.link, today);
        if (options.newCertificateExpiry.isValid()) {
            const QString problem
                = LinkValidator::expiryDateProblem(options.newCertificateExpiry, today);
            if (!problem.isEmpty())
                issues.append({ValidationIssue::Severity::Error,
                               QStringLiteral("--new-certificate-expiry"), problem});
        }
        if (!hasErrors(issues)) {
            PlanBuilder::Result built = PlanBuilder::build(*loaded.link, *op, options);
            issues += built.issues;
            plan = built.plan;
        }
    }
    for (const ValidationIssue &issue : std::as_const(issues))
        err << issue.toString() << '\n';
    if (hasErrors(issues) || !plan) {
        err << tr("%1: nothing written. Fix the errors above and run milink script again.")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
        return ExitFailure;
    }

    const QList<ScriptFile> files
        = ScriptWriter::render(*plan, *loaded.link, QFileInfo(path).fileName());
    const QString problem = ScriptWriter::write(files, parser.value(outDir), parser.isSet(force));
    if (!problem.isEmpty()) {
        err << problem << '\n';
        return ExitFailure;
    }
    out << tr("%1: wrote %2 files for %3 to %4. Start with README.md.")
               .arg(QDir::toNativeSeparators(path))
               .arg(files.size())
               .arg(toString(*op), QDir::toNativeSeparators(parser.value(outDir)))
        << '\n';
    return ExitSuccess;
}

} // namespace milink::cli
