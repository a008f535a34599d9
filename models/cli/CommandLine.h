#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace milink::cli {

// Decides between the wizard and a headless subcommand, and runs the latter.
// The decision is made from the raw arguments before any application object
// exists, so `--help`, `--version` and subcommands never need a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // True when the arguments ask for a subcommand, --help or --version.
    bool isHeadless(const QStringList &arguments) const;

    // Runs a headless request; returns the process exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString helpText() const;
    static QString versionText();

private:
    const Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace milink::cli
