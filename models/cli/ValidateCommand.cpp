#include "ValidateCommand.h"

#include "link/LinkValidator.h"
#include "link/ProjectFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace milink::cli {

QString ValidateCommand::summary() const
{
    return tr("Check a project file and the link it defines, without connecting.");
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("project"), tr("The .milink project file."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("milink validate: give exactly one project file, for example "
                  "\"milink validate sales.milink\".")
            << '\n';
        return ExitUsage;
    }

    const QString path = parser.positionalArguments().constFirst();
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    ValidationIssues issues = loaded.issues;
    if (loaded.link) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        issues += LinkValidator::validate(*loaded.link, today);
    }

    for (const ValidationIssue &issue : std::as_const(issues))
        out << issue.toString() << '\n';
    const bool failed = hasErrors(issues);
    const auto errors = std::count_if(issues.cbegin(), issues.cend(),
                                      [](const ValidationIssue &i) { return i.isError(); });
    const auto warnings = issues.size() - errors;
    if (failed) {
        out << tr("%1: %2 error(s), %3 warning(s). Fix the errors and run milink validate again.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(errors)
                   .arg(warnings)
            << '\n';
        return ExitFailure;
    }
    out << tr("%1: valid (%2 warning(s)).").arg(QDir::toNativeSeparators(path)).arg(warnings)
        << '\n';
    return ExitSuccess;
}

} // namespace milink::cli
