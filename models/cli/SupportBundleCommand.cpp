#include "SupportBundleCommand.h"

#include "ApplyCommand.h"
#include "StatusCommand.h"

#include "link/ProjectFile.h"
#include "support/SupportBundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace milink::cli {

QString SupportBundleCommand::summary() const
{
    return tr("Write a support bundle (versions, project, journals, link status) with secrets "
              "removed.");
}

int SupportBundleCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("The bundle is an uncompressed tar archive (read it with \"tar -tvf FILE\"). It "
             "holds milink's, Qt's, the system's and the ODBC drivers' versions, the project "
             "file with its journals and plans, and one refresh of the link status with "
             "Azure's answers and the DMV snapshots of both sides. Passwords, tokens, "
             "Authorization headers, PWD= in connection strings, SAS signatures and PASSWORD "
             "= N'…' in T-SQL are replaced by <redacted>, as is the value of every variable "
             "milink reads secrets from.\n"
             "Connections as for milink status (%1, %2, %3); --offline skips them.\n"
             "Exit codes: 0 written, 1 not written, 2 usage error.")
              .arg(ApplyCommand::sqlPasswordVariable(),
                   ApplyCommand::managedInstancePasswordVariable(),
                   QStringLiteral("MILINK_AZURE_ACCESS_TOKEN")));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The .milink project file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption output(QStringLiteral("out"), tr("The archive to write."), tr("file"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Do not connect: bundle the files only."));
    parser.addOptions({help, output, offline});
    const StatusCommand::ConnectionOptions connection(parser);
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
        usage << tr("Give exactly one project file, for example \"milink support-bundle "
                    "sales.milink --out sales-support.tar\".");
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        usage << tr("Add --out FILE: where to write the bundle.");
    if (!usage.isEmpty()) {
        for (const QString &line : std::as_const(usage))
            err << QStringLiteral("milink support-bundle: ") << line << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    SupportBundle::Input input;
    input.projectPath = path;
    if (!parser.isSet(offline)) {
        const ProjectFile::LoadResult loaded = ProjectFile::load(path);
        if (!loaded.link) {
            for (const ValidationIssue &issue : loaded.issues)
                err << issue.toString() << '\n';
            err << tr("The project cannot be read, so there is nothing to connect to; the "
                      "bundle holds the files only.")
                << '\n';
        } else {
            const StatusCommand::Reading reading
                = StatusCommand::read(*loaded.link, parser, connection, err);
            if (reading.usageError) {
                for (const QString &line : reading.problems)
                    err << QStringLiteral("milink support-bundle: ") << line << '\n';
                err << tr("Or add --offline to bundle the files without connecting.") << '\n';
                return ExitUsage;
            }
            input.monitor = reading.diagnostics;
            if (input.monitor.isEmpty())
                input.monitor.insert(QStringLiteral("problems"),
                                     QJsonArray::fromStringList(reading.problems));
            for (const QString &problem : reading.problems)
                err << tr("Not read: %1").arg(problem) << '\n';
        }
    }
    const SupportBundle::Result result = SupportBundle::write(parser.value(output), input);
    if (!result.error.isEmpty()) {
        err << result.error << '\n';
        return ExitFailure;
    }
    out << tr("Wrote %1 with %n file(s); secrets are replaced by <redacted>.", "",
              int(result.members.size()))
               .arg(QDir::toNativeSeparators(parser.value(output)))
        << '\n';
    for (const QString &member : result.members)
        out << "  " << member << '\n';
    return ExitSuccess;
}

} // namespace milink::cli
