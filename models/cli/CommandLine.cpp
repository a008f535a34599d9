#include "CommandLine.h"

#include "ApplyCommand.h"
#include "ScriptCommand.h"
#include "StatusCommand.h"
#include "SupportBundleCommand.h"
#include "ValidateCommand.h"

#include <QTextStream>

namespace milink::cli {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
        || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ScriptCommand>());
    m_commands.push_back(std::make_unique<ApplyCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<SupportBundleCommand>());
}

CommandLine::~CommandLine() = default;

const Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

bool CommandLine::isHeadless(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (isHelp(first) || isVersion(first))
        return true;
    // Anything not starting with '-' is a subcommand, known or not: an unknown
    // one must get a usage message on the terminal, not a window.
    return !first.startsWith(QLatin1Char('-'));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (isHelp(first)) {
        out << helpText();
        return ExitSuccess;
    }
    if (isVersion(first)) {
        out << versionText() << '\n';
        return ExitSuccess;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.value(0) + QLatin1Char(' ') + first);
            return command->run(rest, out, err);
        }
    }
    err << tr("milink: unknown command \"%1\". Run \"milink --help\" for the list of commands.")
               .arg(first)
        << '\n';
    return ExitUsage;
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: milink [--screenshot FILE]\n"
                      "       milink COMMAND [options]\n"
                      "\n"
                      "Sets up, operates and scripts the Azure SQL Managed Instance link.\n"
                      "Without a command, milink opens the link wizard.\n"
                      "\n"
                      "Wizard options:\n"
                      "  --screenshot FILE  Save a PNG of the wizard window to FILE and exit.\n"
                      "  -h, --help         Show this help.\n"
                      "  -v, --version      Show the version.\n"
                      "\n"
                      "Commands (each has its own --help):\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command->name().leftJustified(10), command->summary());
    text += tr("\nExit codes: 0 success, 1 the command found problems or failed, 2 usage error.\n");
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("milink ") + QStringLiteral(MILINK_VERSION_STRING);
}

} // namespace milink::cli
