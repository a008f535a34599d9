#include "StatusCommand.h"

#include "ApplyCommand.h"

#include "azure/ArmClient.h"
#include "azure/AzureCliTokenProvider.h"
#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
#include "link/LinkDefinition.h"
#include "link/ProjectFile.h"
#include "monitor/LinkMonitor.h"
#include "plan/PlanBuilder.h"
#include "sql/SqlSession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

namespace milink::cli {

namespace {

QString environment(const QString &name)
{
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

// "host:port", "[::1]:port" or "host" (port 1433).
bool parseAddress(const QString &text, QString *host, int *port)
{
    QString rest = text.trimmed();
    *port = 1433;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (rest.isEmpty())
            return !host->isEmpty();
        if (!rest.startsWith(QLatin1Char(':')))
            return false;
        rest = rest.mid(1);
    } else {
        const int colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            *host = rest;
            return !host->isEmpty();
        }
        *host = rest.left(colon);
        rest = rest.mid(colon + 1);
    }
    bool ok = false;
    *port = rest.toInt(&ok);
    return ok && *port > 0 && *port < 65536 && !host->isEmpty();
}

SqlError openSession(SqlSession &session, const SqlConnectionOptions &options,
                     const QString &driver, int timeoutMs)
{
    SqlError result;
    result.kind = SqlError::Kind::Connection;
    result.message = StatusCommand::tr("No answer within %1 seconds.").arg(timeoutMs / 1000);
    QEventLoop loop;
    QObject::connect(&session, &SqlSession::opened, &loop, [&](const SqlError &error) {
        result = error;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    session.open(options, driver);
    loop.exec();
    return result;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString lagText(double seconds)
{
    return seconds < 0 ? QStringLiteral("-") : QStringLiteral("%1 s").arg(seconds, 0, 'f', 0);
}

QString seedingText(const LinkStatusRow &row)
{
    if (!row.seeding)
        return QStringLiteral("-");
    QString text = row.seedingPercent < 0
        ? StatusCommand::tr("yes")
        : QStringLiteral("%1%").arg(row.seedingPercent, 0, 'f', 0);
    if (row.seedingEta.isValid())
        text += StatusCommand::tr(" ETA %1").arg(
            row.seedingEta.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'")));
    return text;
}

QString lsnText(const LinkStatusRow &row)
{
    if (row.sqlServerHardenedLsn.isEmpty() && row.managedInstanceHardenedLsn.isEmpty())
        return QStringLiteral("-");
    if (row.hardenedLsnsEqual())
        return StatusCommand::tr("equal (%1)").arg(row.sqlServerHardenedLsn);
    return QStringLiteral("%1 / %2").arg(orDash(row.sqlServerHardenedLsn),
                                         orDash(row.managedInstanceHardenedLsn));
}

void printTable(QTextStream &out, const StatusCommand::Reading &reading)
{
    const QStringList header = {StatusCommand::tr("LINK"),
                                StatusCommand::tr("DATABASE"),
                                StatusCommand::tr("HEALTH"),
                                StatusCommand::tr("SQL SERVER"),
                                StatusCommand::tr("MANAGED INSTANCE"),
                                StatusCommand::tr("CONNECTED"),
                                StatusCommand::tr("SYNC"),
                                StatusCommand::tr("STATE"),
                                StatusCommand::tr("SEEDING"),
                                StatusCommand::tr("LAG"),
                                StatusCommand::tr("HARDENED LSN (SQL SERVER / MANAGED INSTANCE)")};
    QList<QStringList> lines {header};
    for (const LinkStatusRow &row : reading.rows)
        lines.append({orDash(row.linkName), orDash(row.databaseName), toString(row.health),
                      orDash(row.sqlServerRole), orDash(row.managedInstanceRole),
                      orDash(row.connectedState), orDash(row.synchronizationHealth),
                      orDash(row.replicaState), seedingText(row), lagText(row.lagSeconds),
                      lsnText(row)});
    QList<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths.at(i), int(line.at(i).size()));
    }
    for (const QStringList &line : std::as_const(lines)) {
        QString text;
        for (int i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i);
        out << text << '\n';
    }
    if (reading.rows.isEmpty())
        out << StatusCommand::tr("No link between this SQL Server and managed instance.") << '\n';
    // Details of every row that is not healthy: why, and the most recent error.
    for (const LinkStatusRow &row : reading.rows) {
        if (row.health == LinkHealth::Healthy && row.errorText.isEmpty())
            continue;
        out << '\n'
            << row.linkName << QLatin1Char('/') << row.databaseName << ": " << toString(row.health)
            << '\n';
        for (const QString &reason : row.reasons)
            out << "  " << reason << '\n';
        if (!row.errorText.isEmpty()) {
            out << "  "
                << (row.errorNumber != 0
                        ? StatusCommand::tr("Most recent error %1: %2")
                              .arg(row.errorNumber)
                              .arg(row.errorText)
                        : StatusCommand::tr("Most recent error: %1").arg(row.errorText))
                << '\n';
            if (!row.errorExplanation.isEmpty())
                out << "  " << row.errorExplanation << '\n';
        }
    }
    if (!reading.problems.isEmpty()) {
        out << '\n' << StatusCommand::tr("Not read:") << '\n';
        for (const QString &problem : reading.problems)
            out << "  " << QString(problem).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                << '\n';
    }
}

} // namespace

QString StatusCommand::summary() const
{
    return tr("Show the state of every link between the project's SQL Server and managed "
              "instance.");
}

StatusCommand::ConnectionOptions::ConnectionOptions(QCommandLineParser &parser)
    : cloudProfile(QStringLiteral("cloud-profile"),
                   tr("Custom cloud file (docs/clouds.md) for a project whose cloud is not "
                      "built in."),
                   tr("file")),
      miAddress(QStringLiteral("managed-instance-address"),
                tr("Where to reach the managed instance's T-SQL endpoint (default: its FQDN, "
                   "port 1433). Used with --managed-instance-login."),
                tr("host:port")),
      miLogin(QStringLiteral("managed-instance-login"),
              tr("SQL login on the managed instance, to read its DMVs too (password in %1).")
                  .arg(ApplyCommand::managedInstancePasswordVariable()),
              tr("name")),
      miEncryption(QStringLiteral("managed-instance-encryption"),
                   tr("TLS for the managed instance connection: mandatory (default), optional "
                      "or strict."),
                   tr("mode")),
      odbcDriver(QStringLiteral("odbc-driver"),
                 tr("ODBC driver name (default: the project's, else the best installed one)."),
                 tr("name")),
      timeout(QStringLiteral("timeout"),
              tr("Seconds to wait for the servers and Azure (default 120)."), tr("seconds")),
      verbose(QStringLiteral("verbose"),
              tr("Also log connections and Azure requests to standard error (never passwords "
                 "or tokens)."))
{
    parser.addOptions(
        {cloudProfile, miAddress, miLogin, miEncryption, odbcDriver, timeout, verbose});
}

StatusCommand::Reading StatusCommand::read(const LinkDefinition &link,
                                           const QCommandLineParser &parser,
                                           const ConnectionOptions &options, QTextStream &err)
{
    Reading reading;
    QStringList &usage = reading.problems;
    int timeoutMs = 120000;
    if (parser.isSet(options.timeout)) {
        bool ok = false;
        const double seconds = parser.value(options.timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            usage << tr("--timeout must be a number of seconds between 0 and 3600, not \"%1\".")
                         .arg(parser.value(options.timeout));
        else
            timeoutMs = qRound(seconds * 1000);
    }
    QString miHost = link.managedInstance.fqdn;
    int miPort = 1433;
    const bool withMi = parser.isSet(options.miLogin);
    if (parser.isSet(options.miAddress)
        && !parseAddress(parser.value(options.miAddress), &miHost, &miPort))
        usage << tr("--managed-instance-address must be HOST:PORT, not \"%1\".")
                     .arg(parser.value(options.miAddress));
    SqlEncryption miTls = SqlEncryption::Mandatory;
    if (parser.isSet(options.miEncryption)) {
        const std::optional<SqlEncryption> value
            = sqlEncryptionFromString(parser.value(options.miEncryption));
        if (value)
            miTls = *value;
        else
            usage << tr("--managed-instance-encryption must be mandatory, optional or strict, "
                        "not \"%1\".")
                         .arg(parser.value(options.miEncryption));
    }
    const QString sqlPassword = environment(ApplyCommand::sqlPasswordVariable());
    if (link.sqlServer.authentication == SqlAuthentication::SqlLogin && sqlPassword.isEmpty())
        usage << tr("Set %1 to the password of the SQL Server login %2.")
                     .arg(ApplyCommand::sqlPasswordVariable(), link.sqlServer.loginName);
    const QString miPassword = environment(ApplyCommand::managedInstancePasswordVariable());
    if (withMi) {
        if (parser.value(options.miLogin).isEmpty())
            usage << tr("--managed-instance-login needs a login name.");
        if (miPassword.isEmpty())
            usage << tr("Set %1 to the password of the managed instance login.")
                         .arg(ApplyCommand::managedInstancePasswordVariable());
        if (miHost.isEmpty())
            usage << tr("The project has no managed instance FQDN: add "
                        "--managed-instance-address HOST:PORT.");
    }
    std::optional<CloudProfile> cloud = CloudProfile::findBuiltIn(link.managedInstance.cloud);
    if (!cloud && parser.isSet(options.cloudProfile)) {
        QString problem;
        const std::optional<QList<CloudProfile>> profiles
            = CloudProfile::loadFile(parser.value(options.cloudProfile), &problem);
        if (!profiles) {
            usage << tr("--cloud-profile: %1").arg(problem);
        } else {
            for (const CloudProfile &profile : *profiles) {
                if (profile.name.compare(link.managedInstance.cloud, Qt::CaseInsensitive) == 0)
                    cloud = profile;
            }
            if (!cloud)
                usage << tr("The cloud file %1 does not describe the project's cloud \"%2\".")
                             .arg(QDir::toNativeSeparators(parser.value(options.cloudProfile)),
                                  link.managedInstance.cloud);
        }
    } else if (!cloud) {
        usage << tr("The project uses the cloud \"%1\", which is not built in: add "
                    "--cloud-profile with the file that describes it.")
                     .arg(link.managedInstance.cloud);
    }
    if (!usage.isEmpty()) {
        reading.usageError = true;
        return reading;
    }
    if (!parser.isSet(options.verbose) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("milink.*.info=false\n"
                                                        "milink.*.debug=false"));

    QNetworkAccessManager network;
    std::unique_ptr<TokenProvider> tokens;
    if (!environment(EnvironmentTokenProvider::defaultVariable()).isEmpty())
        tokens = std::make_unique<EnvironmentTokenProvider>();
    else
        tokens = std::make_unique<AzureCliTokenProvider>(cloud->tokenResource);
    ArmClient arm(&network, tokens.get(), *cloud);
    ArmRetryPolicy policy = arm.retryPolicy();
    policy.transferTimeoutMs = qMin(policy.transferTimeoutMs, timeoutMs);
    arm.setRetryPolicy(policy);

    const QString driver = parser.isSet(options.odbcDriver) ? parser.value(options.odbcDriver)
                                                            : link.sqlServer.odbcDriver;
    LinkMonitor monitor;
    ManagedInstanceRef instance;
    instance.subscriptionId = link.managedInstance.subscriptionId;
    instance.resourceGroup = link.managedInstance.resourceGroup;
    instance.name = link.managedInstance.name;
    monitor.setArm(&arm, instance);
    monitor.setManagedInstanceFqdn(link.managedInstance.fqdn);
    reading.sources << QStringLiteral("arm");

    SqlSession sqlServer;
    {
        SqlConnectionOptions sql;
        sql.server = link.sqlServer;
        sql.password = sqlPassword;
        sql.driver = driver;
        const SqlError error = openSession(sqlServer, sql, driver, timeoutMs);
        reading.sources << QStringLiteral("sqlServer");
        if (error.isError())
            reading.problems << tr("SQL Server %1: cannot connect: %2")
                                    .arg(link.sqlServer.host + QLatin1Char(':')
                                             + QString::number(link.sqlServer.port),
                                         error.message);
        else
            monitor.setSqlServer(&sqlServer);
    }
    SqlSession managedInstance;
    if (withMi) {
        SqlConnectionOptions mi;
        mi.server.host = miHost;
        mi.server.port = miPort;
        mi.server.serverName = link.managedInstance.name;
        mi.server.loginName = parser.value(options.miLogin);
        mi.server.encryption = miTls;
        mi.password = miPassword;
        mi.driver = driver;
        const SqlError error = openSession(managedInstance, mi, driver, timeoutMs);
        reading.sources << QStringLiteral("managedInstance");
        if (error.isError())
            reading.problems << tr("Managed instance %1: cannot connect: %2")
                                    .arg(miHost + QLatin1Char(':') + QString::number(miPort),
                                         error.message);
        else
            monitor.setManagedInstance(&managedInstance);
    }

    QEventLoop loop;
    bool finished = false;
    QObject::connect(&monitor, &LinkMonitor::refreshed, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // The monitor reports a source that does not answer in time; the loop's own
    // limit is only a backstop.
    monitor.setTimeoutMs(timeoutMs);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    monitor.refresh();
    loop.exec();
    if (!finished) {
        reading.problems
            << tr("No complete answer within %1 seconds; try --timeout.").arg(timeoutMs / 1000);
        arm.cancelAll();
        return reading;
    }
    reading.rows = monitor.rows();
    reading.problems += monitor.problems();
    reading.roundTrips = monitor.lastRoundTrips();
    reading.diagnostics = monitor.diagnostics();
    reading.readAnything = monitor.answeredSources() > 0;
    reading.health = monitor.overallHealth();
    if (!reading.problems.isEmpty())
        reading.health = qMax(reading.health, LinkHealth::Warning);
    Q_UNUSED(err)
    return reading;
}

int StatusCommand::exitCodeFor(const Reading &reading)
{
    if (reading.usageError)
        return ExitUsage;
    if (!reading.readAnything)
        return ExitFailure;
    switch (reading.health) {
    case LinkHealth::Healthy: return ExitSuccess;
    case LinkHealth::Warning: return ExitWarning;
    case LinkHealth::Critical: return ExitCritical;
    }
    return ExitFailure;
}

QJsonObject StatusCommand::toJson(const QString &projectPath, const Reading &reading, int exitCode)
{
    QJsonArray links;
    for (const LinkStatusRow &row : reading.rows)
        links.append(row.toJson());
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("milink-status")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("project"), projectPath},
        {QStringLiteral("refreshed"),
         reading.diagnostics.value(QStringLiteral("refreshed")).toString()},
        {QStringLiteral("health"),
         reading.readAnything ? toString(reading.health) : QStringLiteral("unknown")},
        {QStringLiteral("exitCode"), exitCode},
        {QStringLiteral("sources"), QJsonArray::fromStringList(reading.sources)},
        {QStringLiteral("roundTrips"), reading.roundTrips},
        {QStringLiteral("problems"), QJsonArray::fromStringList(reading.problems)},
        {QStringLiteral("links"), links},
    };
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("Reads Azure's links of the managed instance, SQL Server's DMVs and, with "
             "--managed-instance-login, the managed instance's DMVs; changes nothing.\n"
             "Passwords come from the environment: %1 (SQL Server login), %2 (managed "
             "instance login), %3 (Azure access token; otherwise the Azure CLI's sign-in).\n"
             "Exit codes: 0 every link healthy, 1 nothing could be read or the project is "
             "refused, 2 usage error, 3 at least one warning, 4 at least one critical link "
             "(docs/status.md).")
              .arg(ApplyCommand::sqlPasswordVariable(),
                   ApplyCommand::managedInstancePasswordVariable(),
                   EnvironmentTokenProvider::defaultVariable()));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The .milink project file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the status as JSON (docs/status.md) instead of a "
                                     "table."));
    parser.addOptions({help, json});
    const ConnectionOptions options(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QStringLiteral("milink status: ")
            << tr("Give exactly one project file, for example \"milink status sales.milink\".")
            << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    if (!loaded.link || hasErrors(loaded.issues)) {
        for (const ValidationIssue &issue : loaded.issues)
            err << issue.toString() << '\n';
        err << tr("%1: cannot read the project. Fix the errors above and run milink status "
                  "again.")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
        return ExitFailure;
    }
    const Reading reading = read(*loaded.link, parser, options, err);
    if (reading.usageError) {
        for (const QString &line : reading.problems)
            err << QStringLiteral("milink status: ") << line << '\n';
        return ExitUsage;
    }
    const int code = exitCodeFor(reading);
    if (parser.isSet(json)) {
        out << QString::fromUtf8(
            QJsonDocument(toJson(path, reading, code)).toJson(QJsonDocument::Indented));
    } else {
        printTable(out, reading);
        if (!reading.readAnything)
            err << tr("Nothing could be read: check the connection details and credentials "
                      "above.")
                << '\n';
    }
    return code;
}

} // namespace milink::cli
