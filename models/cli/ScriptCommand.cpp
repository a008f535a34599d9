#include "ScriptCommand.h"

#include "OperationOptions.h"

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

QString ScriptCommand::summary() const
{
    return tr("Write the steps of an operation as reviewable T-SQL, PowerShell and Bash "
              "scripts.");
}

int ScriptCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') + OperationOptions::operationList() + QLatin1Char('\n')
        + tr("Nothing is written when the project or the operation has an error; every problem "
             "is printed with its path. Secrets (the master key password) are never written: "
             "the scripts take them as parameters."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The .milink project file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    tr("Directory for the scripts (created; must be empty)."),
                                    tr("dir"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Write into a non-empty directory, replacing files."));
    parser.addOptions({help, outDir, force});
    const OperationOptions operationOptions(parser);

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
    const OperationOptions::Result read = operationOptions.read(parser);
    usage += read.problems;
    const std::optional<Operation> op = read.operation;
    if (!parser.isSet(outDir) || parser.value(outDir).isEmpty())
        usage << tr("Add --out with the directory for the scripts.");

    const PlanOptions &options = read.options;
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
        issues += OperationOptions::validate(options, today);
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
