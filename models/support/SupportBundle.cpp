#include "SupportBundle.h"

#include "SecretRedactor.h"
#include "TarWriter.h"

#include "sql/OdbcDriverDetector.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QSysInfo>

namespace milink {

namespace {

constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024; // a journal is kilobytes; logs are cut
const QString kRoot = QStringLiteral("milink-support/");

QString versions()
{
    QString text;
    text += QStringLiteral("milink %1\n").arg(QStringLiteral(MILINK_VERSION_STRING));
    text += QStringLiteral("Qt %1 (built with %2)\n")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    text += QStringLiteral("OS %1 (%2 %3, %4)\n")
                .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                     QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    const QStringList installed = OdbcDriverDetector::installedDrivers();
    const QStringList sqlDrivers = OdbcDriverDetector::sqlServerDrivers(installed);
    text += QStringLiteral("ODBC drivers installed: %1\n")
                .arg(installed.isEmpty() ? QStringLiteral("none")
                                         : installed.join(QStringLiteral(", ")));
    text += QStringLiteral("ODBC drivers for SQL Server: %1\n")
                .arg(sqlDrivers.isEmpty() ? QStringLiteral("none")
                                          : sqlDrivers.join(QStringLiteral(", ")));
    return text;
}

QString readme(const QDateTime &created)
{
    return SupportBundle::tr(
               "milink support bundle, created %1.\n"
               "\n"
               "versions.txt         milink, Qt, operating system and ODBC drivers\n"
               "project/             the .milink project file, its journals, plans and scripts\n"
               "status.json          the last refresh of the link monitor: merged rows, Azure's\n"
               "                     link resources and every DMV result set of both sides\n"
               "\n"
               "Secrets were removed before writing (passwords, tokens, Authorization headers,\n"
               "PWD= in connection strings, SAS signatures, PASSWORD = N'...' in T-SQL); they\n"
               "show as <redacted>.\n")
        .arg(created.toString(Qt::ISODate));
}

} // namespace

QStringList SupportBundle::secretsFromEnvironment()
{
    QStringList secrets;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name == QLatin1String("MILINK_SQL_PASSWORD")
            || name == QLatin1String("MILINK_MI_PASSWORD")
            || name == QLatin1String("MILINK_AZURE_ACCESS_TOKEN")
            || name.startsWith(QLatin1String("MILINK_SECRET_")))
            secrets << environment.value(name);
    }
    return secrets;
}

QStringList SupportBundle::companionFiles(const QString &projectPath)
{
    QStringList files;
    const QFileInfo project(projectPath);
    if (!project.exists())
        return files;
    const QDir dir = project.absoluteDir();
    const QString prefix = project.fileName() + QLatin1Char('.');
    const QString stem = project.completeBaseName();
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        // Journals are <project>.<operation>.journal.json; script folders start with
        // the project's name too.
        const bool ours = name.startsWith(prefix)
            || (entry.isDir() && name.startsWith(stem, Qt::CaseInsensitive));
        // Earlier bundles saved next to the project are not bundled again.
        if (!ours || name.endsWith(QLatin1String(".tar")))
            continue;
        if (entry.isFile()) {
            files << entry.absoluteFilePath();
            continue;
        }
        QDirIterator it(entry.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

SupportBundle::Result SupportBundle::write(const QString &outputPath, const Input &input)
{
    Result result;
    SecretRedactor redactor;
    for (const QString &secret : input.knownSecrets)
        redactor.addKnownSecret(secret);
    for (const QString &secret : secretsFromEnvironment())
        redactor.addKnownSecret(secret);

    TarWriter tar;
    const auto add = [&](const QString &name, const QByteArray &data) {
        if (tar.addFile(kRoot + name, data, input.created))
            result.members << kRoot + name;
    };
    add(QStringLiteral("README.txt"), readme(input.created).toUtf8());
    add(QStringLiteral("versions.txt"), redactor.redactText(versions()).toUtf8());

    if (!input.projectPath.isEmpty()) {
        const QFileInfo project(input.projectPath);
        QFile file(input.projectPath);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error
                = tr("Cannot read the project %1: %2")
                      .arg(QDir::toNativeSeparators(input.projectPath), file.errorString());
            return result;
        }
        add(QStringLiteral("project/") + project.fileName(), redactor.redactFile(file.readAll()));
        const QDir base = project.absoluteDir();
        for (const QString &path : companionFiles(input.projectPath)) {
            QFile companion(path);
            if (!companion.open(QIODevice::ReadOnly))
                continue;
            QByteArray data = companion.read(kMaxFileBytes);
            if (!companion.atEnd())
                data += "\n[cut: the file is larger than 8 MB]\n";
            // Archive names are portable: '/' separators, no drive or parent parts.
            const QString relative = QDir::fromNativeSeparators(base.relativeFilePath(path));
            add(QStringLiteral("project/") + redactor.redactText(relative),
                redactor.redactFile(data));
        }
    }
    if (!input.monitor.isEmpty())
        add(QStringLiteral("status.json"),
            QJsonDocument(redactor.redactJson(input.monitor)).toJson(QJsonDocument::Indented));

    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2. Choose another folder.")
                           .arg(QDir::toNativeSeparators(outputPath), out.errorString());
        return result;
    }
    out.write(tar.finish());
    if (!out.commit()) {
        result.error = tr("Cannot write %1: %2. Choose another folder.")
                           .arg(QDir::toNativeSeparators(outputPath), out.errorString());
        result.members.clear();
    }
    return result;
}

} // namespace milink
