// milink: the link wizard, or a headless subcommand (see `milink --help`).

#include "LinkWizard.h"
#include "azure/CloudProfile.h"
#include "cli/CommandLine.h"
#include "common/DialogFacade.h"
#include "secrets/KeychainSecretStore.h"
#include "session/LinkSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("milink"));
    QCoreApplication::setApplicationName(QStringLiteral("milink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MILINK_VERSION_STRING));
}

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("milink"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int runHeadless(int argc, char *argv[], milink::cli::CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}

int runWizard(int argc, char *argv[], milink::cli::CommandLine &commandLine)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app);

    QCommandLineParser parser;
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the wizard window and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption cloudProfileOption(
        QStringLiteral("cloud-profile"),
        QCoreApplication::translate("main",
                                    "Also offer the clouds described in FILE (docs/clouds.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "Open the wizard with the .milink project FILE."),
        QStringLiteral("FILE"));
    parser.addOptions({screenshotOption, cloudProfileOption, projectOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n' << commandLine.helpText();
        return milink::cli::ExitUsage;
    }

    QNetworkAccessManager network;
    milink::KeychainSecretStore secrets;
    milink::LinkSession session({&network, &secrets});
    QTextStream err(stderr);
    if (parser.isSet(cloudProfileOption)) {
        QString problem;
        const auto profiles
            = milink::CloudProfile::loadFile(parser.value(cloudProfileOption), &problem);
        if (!profiles) {
            err << QStringLiteral("milink: ") << problem << '\n';
            return milink::cli::ExitUsage;
        }
        session.addCustomClouds(*profiles);
    }
    if (parser.isSet(projectOption)) {
        const milink::ValidationIssues issues = session.load(parser.value(projectOption));
        for (const milink::ValidationIssue &issue : issues)
            err << issue.toString() << '\n';
        if (milink::hasErrors(issues))
            return milink::cli::ExitFailure;
    }

    milink::WidgetDialogs dialogs;
    milink::LinkWizard wizard(&session, &dialogs);
    wizard.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Grab once the first layout pass has run, from the event loop.
        QTimer::singleShot(0, &wizard, [&wizard, file] {
            const bool saved = wizard.grab().save(file, "PNG");
            if (!saved)
                QTextStream(stderr) << QCoreApplication::translate(
                                           "main", "milink: cannot write the screenshot to %1.")
                                           .arg(file)
                                    << '\n';
            QCoreApplication::exit(saved ? milink::cli::ExitSuccess : milink::cli::ExitFailure);
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    milink::cli::CommandLine commandLine;
    if (commandLine.isHeadless(arguments))
        return runHeadless(argc, argv, commandLine);
    return runWizard(argc, argv, commandLine);
}
