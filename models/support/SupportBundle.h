#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace milink {

// Writes everything support needs to understand a link problem into one archive,
// with every secret redacted (SecretRedactor): versions (milink, Qt, OS, ODBC
// drivers), the project file, the plans and journals next to it, and the last
// ARM responses and DMV snapshots of a LinkMonitor. The archive is an
// uncompressed POSIX tar (TarWriter): no new dependency, and `tar -tf` lists it
// everywhere. Members live under `milink-support/` (docs/status.md).
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)

public:
    struct Input
    {
        QString projectPath; // the .milink file; empty for none
        QJsonObject monitor; // LinkMonitor::diagnostics(); empty when no refresh ran
        QStringList knownSecrets; // passwords and tokens the process holds
        QDateTime created = QDateTime::currentDateTimeUtc();
    };
    struct Result
    {
        QString error; // empty on success
        QStringList members; // archive member names, in order
    };

    // Writes the archive to `outputPath` atomically (nothing is left on failure).
    static Result write(const QString &outputPath, const Input &input);

    // The files next to a project that go into the bundle: `<project>.*` journals
    // and plans, and the `<project>.*` script folders' files.
    static QStringList companionFiles(const QString &projectPath);

    // The variables whose values are always redacted when set (passwords, tokens,
    // MILINK_SECRET_*).
    static QStringList secretsFromEnvironment();
};

} // namespace milink
