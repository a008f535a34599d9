#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace milink::cli {

// Exit codes shared by every headless subcommand.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the operation ran and found problems or failed
    ExitUsage = 2, // the command line itself is wrong
};

// One headless subcommand (`milink validate …`, `milink script …`). Runs on the
// thread that owns the QCoreApplication and may use its event loop; writes
// results to `out` and messages that say what to do to `err`.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the program name, followed by the arguments after
    // the subcommand's name, so QCommandLineParser can be used directly.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace milink::cli
