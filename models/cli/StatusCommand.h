#pragma once

#include "Command.h"

#include "monitor/LinkStatusRow.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace milink {
struct LinkDefinition;
}

namespace milink::cli {

// `milink status PROJECT.milink [--json]`: connects like `milink apply` (SQL
// Server with MILINK_SQL_PASSWORD, Azure with MILINK_AZURE_ACCESS_TOKEN or the
// Azure CLI, optionally the managed instance's T-SQL endpoint), refreshes every
// link between the project's SQL Server and managed instance once with
// LinkMonitor, and prints one row per linked database (or the same data as JSON,
// docs/status.md). Read-only.
//
// Exit codes (docs/status.md): 0 every row healthy, 1 nothing could be read or
// the project is refused, 2 usage, 3 at least one warning, 4 at least one
// critical row.
class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    enum StatusExit : int { ExitWarning = 3, ExitCritical = 4 };

    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The connection options status shares with support-bundle.
    class ConnectionOptions
    {
    public:
        explicit ConnectionOptions(QCommandLineParser &parser);
        QCommandLineOption cloudProfile;
        QCommandLineOption miAddress;
        QCommandLineOption miLogin;
        QCommandLineOption miEncryption;
        QCommandLineOption odbcDriver;
        QCommandLineOption timeout;
        QCommandLineOption verbose;
    };

    // One refresh of the project's links.
    struct Reading
    {
        bool usageError = false; // `problems` name the option or variable to fix
        bool readAnything = false; // at least one source answered
        QList<LinkStatusRow> rows;
        QStringList problems; // connection failures and the monitor's problems
        LinkHealth health = LinkHealth::Healthy;
        int roundTrips = 0;
        QJsonObject diagnostics; // LinkMonitor::diagnostics() (not redacted)
        QStringList sources; // what was asked: "arm", "sqlServer", "managedInstance"
    };
    // Connects, refreshes once and disconnects; runs a local event loop.
    static Reading read(const LinkDefinition &link, const QCommandLineParser &parser,
                        const ConnectionOptions &options, QTextStream &err);

    // The JSON document of `milink status --json`.
    static QJsonObject toJson(const QString &projectPath, const Reading &reading, int exitCode);
    static int exitCodeFor(const Reading &reading);
};

} // namespace milink::cli
