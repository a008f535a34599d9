// milink-sim: a SQL Server, a managed instance and Azure Resource Manager in one
// process, for milink's integration tests and demos. See docs/simulator.md.

#include "DemoFiles.h"
#include "SignalWatcher.h"
#include "TdsListeners.h"
#include "arm/ArmServer.h"
#include "arm/AzureSeedCommands.h"
#include "auth/AuthorityServer.h"
#include "control/ControlServer.h"
#include "control/LinkControlCommands.h"
#include "control/SimFaults.h"
#include "world/SimWorld.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace milink::sim;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "milink-sim: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("milink-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MILINK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates SQL Server, Azure SQL Managed Instance (TDS) and Azure Resource Manager "
        "(HTTP) for milink. Prints one JSON line with its endpoints when ready; stops on "
        "SIGTERM or SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Load the scenario from FILE (default: the built-in demo)."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeScaleOption(
        QStringLiteral("time-scale"),
        QStringLiteral("Run simulated time N times faster than real time (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Loopback address to listen on (default 127.0.0.1)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption printDemoOption(
        QStringLiteral("print-demo-scenario"),
        QStringLiteral("Print the built-in demo scenario as JSON and exit."));
    const QCommandLineOption demoFilesOption(
        QStringLiteral("write-demo-files"),
        QStringLiteral("Once listening, write clouds.json (the custom cloud profile) and "
                       "demo.milink (a project for the scenario's first servers) into DIR."),
        QStringLiteral("DIR"));
    parser.addOptions(
        {scenarioOption, timeScaleOption, listenOption, printDemoOption, demoFilesOption});
    parser.process(app);

    if (parser.isSet(printDemoOption)) {
        QTextStream(stdout) << QJsonDocument(SimWorld::demoScenario()).toJson();
        return 0;
    }

    const QHostAddress listenAddress(parser.value(listenOption));
    if (listenAddress.isNull() || !listenAddress.isLoopback())
        return fail(QStringLiteral("--listen %1 is not a loopback address; the simulator only "
                                   "listens on loopback (127.0.0.0/8 or ::1).")
                        .arg(parser.value(listenOption)));
    bool scaleOk = false;
    const double timeScale = parser.value(timeScaleOption).toDouble(&scaleOk);
    if (!scaleOk || timeScale <= 0 || timeScale > 100000)
        return fail(QStringLiteral("--time-scale must be a number between 0 and 100000."));

    QJsonObject scenario = SimWorld::demoScenario();
    if (parser.isSet(scenarioOption)) {
        QFile file(parser.value(scenarioOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the scenario %1: %2")
                            .arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject())
            return fail(QStringLiteral("the scenario %1 is not a JSON object: %2")
                            .arg(file.fileName(), error.errorString()));
        scenario = document.object();
    }

    SimWorld world;
    world.clock().setScale(timeScale);
    const QString loadError = world.loadScenario(scenario);
    if (!loadError.isEmpty())
        return fail(QStringLiteral("the scenario has problems:\n") + loadError);

    // Every server adds its endpoints to the ready line.
    QJsonObject ready {
        {QStringLiteral("event"), QStringLiteral("ready")},
        {QStringLiteral("pid"), static_cast<qint64>(QCoreApplication::applicationPid())},
        {QStringLiteral("timeScale"), timeScale}};

    // ---- servers start here: each area listens on listenAddress (port 0 = ephemeral
    // unless the scenario fixes one) and adds its endpoints to `ready`. ----

    // The control interface exists first so every area can register its commands
    // (control.addCommand(…)); it starts listening with the HTTP servers below.
    ControlServer control(world);
    SimFaults faults;
    faults.registerControlCommands(control);
    LinkControlCommands::registerCommands(control, world);

    // TDS: one listener per SQL Server and per managed instance engine.
    TdsListeners tdsListeners(world);
    const QString tdsError = tdsListeners.start(listenAddress);
    if (!tdsError.isEmpty())
        return fail(tdsError);
    tdsListeners.registerControlCommands(control);

    // Azure: the sign-in authority, Resource Manager and the control interface, each
    // on its own port. The "cloud" object is a custom cloud profile for milink.
    SimTokenIssuer tokenIssuer(world.clock());
    AuthorityServer authority(world, tokenIssuer);
    authority.setFaults(&faults);
    ArmServer arm(world, tokenIssuer, faults);
    authority.registerControlCommands(control);
    arm.registerControlCommands(control);
    AzureSeedCommands::registerCommands(control, world);
    if (!authority.start(listenAddress) || !arm.start(listenAddress)
        || !control.start(listenAddress))
        return fail(QStringLiteral("cannot listen for HTTP on %1.").arg(listenAddress.toString()));
    ready.insert(QStringLiteral("arm"), arm.baseUrl());
    ready.insert(QStringLiteral("authority"), authority.baseUrl());
    ready.insert(QStringLiteral("control"), control.baseUrl());
    ready.insert(
        QStringLiteral("cloud"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("milink-sim")},
                     {QStringLiteral("armEndpoint"), QString(arm.baseUrl() + QLatin1Char('/'))},
                     {QStringLiteral("authority"), authority.baseUrl()},
                     {QStringLiteral("tokenResource"),
                      QStringLiteral("https://management.core.windows.net/")},
                     {QStringLiteral("sqlDnsSuffix"), world.sqlDnsSuffix}});

    QJsonArray sqlServers;
    for (const SimInstance *server : world.sqlServers())
        sqlServers.append(QJsonObject {{QStringLiteral("serverName"), server->serverName},
                                       {QStringLiteral("host"), listenAddress.toString()},
                                       {QStringLiteral("port"), server->tdsPort}});
    QJsonArray managedInstances;
    for (const SimManagedInstance *mi : world.managedInstances())
        managedInstances.append(QJsonObject {{QStringLiteral("name"), mi->name},
                                             {QStringLiteral("fqdn"), mi->fqdn},
                                             {QStringLiteral("resourceId"), mi->resourceId()},
                                             {QStringLiteral("host"), listenAddress.toString()},
                                             {QStringLiteral("port"), mi->engine()->tdsPort}});
    ready.insert(QStringLiteral("sqlServers"), sqlServers);
    ready.insert(QStringLiteral("managedInstances"), managedInstances);

    if (parser.isSet(demoFilesOption)) {
        // A token that outlives a demo session (a simulated day).
        QString problem;
        control.invoke(QStringLiteral("auth.configure"),
                       {{QStringLiteral("accessTokenLifetimeSeconds"), 86400}}, &problem);
        const QString token = control.invoke(QStringLiteral("auth.issueToken"), {}, &problem)
                                  .value(QStringLiteral("accessToken"))
                                  .toString();
        if (problem.isEmpty())
            problem = DemoFiles::write(parser.value(demoFilesOption), world, listenAddress,
                                       ready.value(QStringLiteral("cloud")).toObject(), token);
        if (!problem.isEmpty())
            return fail(problem);
    }

    world.links().start();

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::exit(0); });

    // One line, flushed, so a parent process can read it as soon as we listen.
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
