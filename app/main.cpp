// milink: the link wizard, or a headless subcommand (see `milink --help`).

#include "LinkWizard.h"
#include "azure/AzureCliTokenProvider.h"
#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
#include "cli/CommandLine.h"
#include "common/DialogFacade.h"
#include "operate/CertificateRotationWizard.h"
#include "operate/DeleteLinkWizard.h"
#include "operate/FailoverWizard.h"
#include "operate/ReplicationModeWizard.h"
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

// `milink --project FILE --operate failover|delete|replication-mode|rotate-certificate`:
// one of the wizards that operate an existing link, instead of the create-link wizard.
int runOperateWizard(milink::LinkSession &session, milink::DialogFacade &dialogs,
                     const QString &which, const QString &screenshot)
{
    std::unique_ptr<QWizard> wizard;
    if (which == QLatin1String("failover"))
        wizard = std::make_unique<milink::FailoverWizard>(&session, &dialogs);
    else if (which == QLatin1String("delete"))
        wizard = std::make_unique<milink::DeleteLinkWizard>(&session, &dialogs);
    else if (which == QLatin1String("replication-mode"))
        wizard = std::make_unique<milink::ReplicationModeWizard>(&session, &dialogs);
    else if (which == QLatin1String("rotate-certificate"))
        wizard = std::make_unique<milink::CertificateRotationWizard>(&session, &dialogs);
    if (!wizard) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "milink: --operate takes failover, delete, replication-mode or "
                                   "rotate-certificate, not \"%1\".")
                                   .arg(which)
                            << '\n';
        return milink::cli::ExitUsage;
    }
    // The operating wizards sign in as `milink apply` does: a token from the
    // environment, else the Azure CLI's sign-in for the link's cloud.
    if (!session.tokenProvider()) {
        if (qEnvironmentVariableIsSet("MILINK_AZURE_ACCESS_TOKEN"))
            session.setTokenProvider(std::make_unique<milink::EnvironmentTokenProvider>(
                QStringLiteral("MILINK_AZURE_ACCESS_TOKEN")));
        else if (const auto cloud = session.cloud())
            session.setTokenProvider(
                std::make_unique<milink::AzureCliTokenProvider>(cloud->tokenResource));
    }
    wizard->show();
    if (!screenshot.isEmpty()) {
        QWizard *shown = wizard.get();
        QTimer::singleShot(0, shown, [shown, screenshot] {
            const bool saved = shown->grab().save(screenshot, "PNG");
            QCoreApplication::exit(saved ? milink::cli::ExitSuccess : milink::cli::ExitFailure);
        });
    }
    return QApplication::exec();
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
    if (parser.isSet(operateOption)) {
        if (!parser.isSet(projectOption)) {
            err << QCoreApplication::translate("main",
                                               "milink: --operate needs the link's project: add "
                                               "--project FILE.")
                << '\n';
            return milink::cli::ExitUsage;
        }
        return runOperateWizard(session, dialogs, parser.value(operateOption),
                                parser.value(screenshotOption));
    }
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
