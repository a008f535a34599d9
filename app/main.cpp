// milink: the link wizard, or a headless subcommand (see `milink --help`).

#include "LinkWindows.h"
#include "azure/AzureCliTokenProvider.h"
#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
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
#include <QWidget>
#include <QWizard>

#include <cstdio>
#include <memory>

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

// The operating wizards sign in as `milink apply` does: a token from the
// environment, else the Azure CLI's sign-in for the link's cloud.
void signInLikeApply(milink::LinkSession &session)
{
    if (session.tokenProvider())
        return;
    if (qEnvironmentVariableIsSet("MILINK_AZURE_ACCESS_TOKEN"))
        session.setTokenProvider(std::make_unique<milink::EnvironmentTokenProvider>(
            QStringLiteral("MILINK_AZURE_ACCESS_TOKEN")));
    else if (const auto cloud = session.cloud())
        session.setTokenProvider(
            std::make_unique<milink::AzureCliTokenProvider>(cloud->tokenResource));
}

// Saves a PNG of `window` once the first layout pass has run, then exits.
void screenshotAndExit(QWidget *window, const QString &file)
{
    QTimer::singleShot(0, window, [window, file] {
        const bool saved = window->grab().save(file, "PNG");
        if (!saved)
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "milink: cannot write the screenshot to %1.")
                                       .arg(file)
                                << '\n';
        QCoreApplication::exit(saved ? milink::cli::ExitSuccess : milink::cli::ExitFailure);
    });
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
    const QCommandLineOption operateOption(
        QStringLiteral("operate"),
        QCoreApplication::translate("main",
                                    "Operate the link of --project: failover, delete, "
                                    "replication-mode or rotate-certificate."),
        QStringLiteral("WIZARD"));
    parser.addOptions({screenshotOption, cloudProfileOption, projectOption});
    parser.addOption(operateOption);
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
    milink::LinkWindows windows(&session, &dialogs);
    QWidget *window = nullptr;
    if (parser.isSet(operateOption)) {
        // `--project FILE --operate failover|delete|replication-mode|rotate-certificate`:
        // a wizard that operates an existing link instead of the create-link wizard.
        if (!parser.isSet(projectOption)) {
            err << QCoreApplication::translate("main",
                                               "milink: --operate needs the link's project: add "
                                               "--project FILE.")
                << '\n';
            return milink::cli::ExitUsage;
        }
        const auto which = milink::LinkWindows::operateFromString(parser.value(operateOption));
        if (!which) {
            err << QCoreApplication::translate(
                       "main",
                       "milink: --operate takes failover, delete, replication-mode or "
                       "rotate-certificate, not \"%1\".")
                       .arg(parser.value(operateOption))
                << '\n';
            return milink::cli::ExitUsage;
        }
        signInLikeApply(session);
        window = windows.openOperateWizard(*which);
    } else {
        window = windows.openCreateWizard();
    }
    if (parser.isSet(screenshotOption))
        screenshotAndExit(window, parser.value(screenshotOption));
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
