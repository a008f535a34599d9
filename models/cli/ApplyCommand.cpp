#include "ApplyCommand.h"

#include "OperationOptions.h"

#include "azure/ArmClient.h"
#include "azure/AzureCliTokenProvider.h"
#include "azure/CloudProfile.h"
#include "azure/EnvironmentTokenProvider.h"
#include "link/LinkValidator.h"
#include "link/ProjectFile.h"
#include "plan/PlanBuilder.h"
#include "run/PlanRunner.h"
#include "run/RunJournal.h"
#include "sql/SqlError.h"
#include "sql/SqlSession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace milink::cli {

namespace {

// Set by the SIGINT handler; a timer on the event loop turns it into cancel().
// Only an atomic flag is safe to touch from a signal handler.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

// Installs the SIGINT handler for the life of a run and restores the previous one.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted = 0;
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = nullptr;
};

QString environment(const QString &name)
{
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

// Reads one line from the terminal with echo off, so a secret never appears on
// screen or in a terminal log.
QString readSecretFromTerminal(const QString &prompt, QTextStream &err)
{
    err << prompt;
    err.flush();
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    err << '\n';
    err.flush();
    return line;
}

struct PlanNeeds
{
    bool sqlServer = false;
    bool managedInstance = false;
    bool arm = false;
};

PlanNeeds needsOf(const Plan &plan)
{
    PlanNeeds needs;
    for (const PlanStep &step : plan.steps) {
        switch (step.target) {
        case PlanStep::Target::SqlServer: needs.sqlServer = true; break;
        case PlanStep::Target::ManagedInstance: needs.managedInstance = true; break;
        case PlanStep::Target::Arm:
            needs.arm = true;
            // Azure steps read produced values and wait on SQL Server (PlanRunner::sessionFor).
            if (step.output || step.wait || !step.doneQuery.isEmpty())
                needs.sqlServer = true;
            break;
        }
        if (!step.armDoneWhenAny.isEmpty())
            needs.arm = true;
    }
    return needs;
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

// Opens a session and waits for the answer on a local event loop: apply is
// headless and has nothing else to do meanwhile.
SqlError openSession(SqlSession &session, const SqlConnectionOptions &options,
                     const QString &driver)
{
    SqlError result;
    QEventLoop loop;
    QObject::connect(&session, &SqlSession::opened, &loop, [&](const SqlError &error) {
        result = error;
        loop.quit();
    });
    session.open(options, driver);
    loop.exec();
    return result;
}

// The explanation, the raw text and the error number of a failure, each line
// indented under the step it belongs to. A code of 0 (a driver error without a
// server number) says nothing and is left out.
void printFailure(QTextStream &stream, const QString &message, const QString &serverText,
                  const QString &code)
{
    const QString indent = QStringLiteral("  ");
    const QString nextLine = QStringLiteral("\n") + indent + indent;
    stream << indent << QString(message).replace(QLatin1Char('\n'), nextLine) << '\n';
    if (!serverText.isEmpty())
        stream << indent
               << ApplyCommand::tr("Server: %1")
                      .arg(QString(serverText).replace(QLatin1Char('\n'), nextLine))
               << '\n';
    if (!code.isEmpty() && code != QLatin1String("0"))
        stream << indent << ApplyCommand::tr("Error number: %1").arg(code) << '\n';
}

} // namespace

QString ApplyCommand::summary() const
{
    return tr("Execute an operation's steps headless, journaling them so that a run resumes.");
}

QString ApplyCommand::secretVariable(const QString &parameterName)
{
    return QStringLiteral("MILINK_SECRET_") + parameterName;
}

int ApplyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') + OperationOptions::operationList() + QLatin1Char('\n')
        + tr("Passwords and secrets are read from the environment, never from arguments: %1 "
             "(SQL Server login), %2 (managed instance login, for plans with T-SQL there), "
             "MILINK_SECRET_<Name> (e.g. MILINK_SECRET_MasterKeyPassword; asked for without "
             "echo when missing and standard input is a terminal), %3 (Azure access token; "
             "otherwise the Azure CLI's sign-in is used).\n"
             "The journal <project>.<operation>.journal.json is written next to the project; "
             "running the same command again resumes from it.\n"
             "Exit codes: 0 every step done, 1 refused or a step failed or was cancelled, 2 "
             "usage error.")
              .arg(sqlPasswordVariable(), managedInstancePasswordVariable(),
                   EnvironmentTokenProvider::defaultVariable()));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The .milink project file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption cloudProfile(
        QStringLiteral("cloud-profile"),
        tr("Custom cloud file (docs/clouds.md) for a project whose cloud is not built in."),
        tr("file"));
    const QCommandLineOption miAddress(
        QStringLiteral("managed-instance-address"),
        tr("Where to reach the managed instance's T-SQL endpoint (default: its FQDN, port 1433)."),
        tr("host:port"));
    const QCommandLineOption miLogin(
        QStringLiteral("managed-instance-login"),
        tr("SQL login on the managed instance, for plans with T-SQL there."), tr("name"));
    const QCommandLineOption miEncryption(
        QStringLiteral("managed-instance-encryption"),
        tr("TLS for the managed instance connection: mandatory (default), optional or strict."),
        tr("mode"));
    const QCommandLineOption odbcDriver(
        QStringLiteral("odbc-driver"),
        tr("ODBC driver name (default: the project's, else the best installed one)."), tr("name"));
    const QCommandLineOption step(
        QStringLiteral("step"), tr("Run only the next step, then stop (exit 0 when it is done)."));
    const QCommandLineOption restart(
        QStringLiteral("restart"),
        tr("Move the existing journal aside and start from the first step; every step still "
           "checks first whether it is already done."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Also log connections, steps and Azure requests to standard error (milink.* "
           "logging; never passwords or tokens)."));
    const QCommandLineOption pollSeconds(
        QStringLiteral("poll-seconds"),
        tr("Seconds between checks while a step waits (default: the plan's)."), tr("seconds"));
    parser.addOptions({help, cloudProfile, miAddress, miLogin, miEncryption, odbcDriver, step,
                       restart, pollSeconds, verbose});
    const OperationOptions operationOptions(parser);

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }

    QStringList usage;
    if (parser.positionalArguments().size() != 1)
        usage << tr("Give exactly one project file, for example \"milink apply sales.milink "
                    "--operation create-link\".");
    const OperationOptions::Result read = operationOptions.read(parser);
    usage += read.problems;
    int pollIntervalMs = -1;
    if (parser.isSet(pollSeconds)) {
        bool ok = false;
        const double seconds = parser.value(pollSeconds).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            usage << tr("--poll-seconds must be a number of seconds between 0 and 3600, not "
                        "\"%1\".")
                         .arg(parser.value(pollSeconds));
        else
            pollIntervalMs = qRound(seconds * 1000);
    }
    QString miHost;
    int miPort = 1433;
    if (parser.isSet(miAddress) && !parseAddress(parser.value(miAddress), &miHost, &miPort))
        usage << tr("--managed-instance-address must be HOST:PORT, not \"%1\".")
                     .arg(parser.value(miAddress));
    SqlEncryption miTls = SqlEncryption::Mandatory;
    if (parser.isSet(miEncryption)) {
        const std::optional<SqlEncryption> value
            = sqlEncryptionFromString(parser.value(miEncryption));
        if (value)
            miTls = *value;
        else
            usage << tr("--managed-instance-encryption must be mandatory, optional or strict, "
                        "not \"%1\".")
                         .arg(parser.value(miEncryption));
    }
    if (!usage.isEmpty()) {
        for (const QString &line : std::as_const(usage))
            err << QStringLiteral("milink apply: ") << line << '\n';
        return ExitUsage;
    }

    // The project and the plan, validated exactly like `milink script`.
    const QString path = parser.positionalArguments().constFirst();
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    ValidationIssues issues = loaded.issues;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    std::optional<Plan> plan;
    if (loaded.link) {
        issues += LinkValidator::validate(*loaded.link, today);
        issues += OperationOptions::validate(read.options, today);
        if (!hasErrors(issues)) {
            PlanBuilder::Result built
                = PlanBuilder::build(*loaded.link, *read.operation, read.options);
            issues += built.issues;
            plan = built.plan;
        }
    }
    for (const ValidationIssue &issue : std::as_const(issues))
        err << issue.toString() << '\n';
    if (hasErrors(issues) || !plan) {
        err << tr("%1: nothing was changed. Fix the errors above and run milink apply again.")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
        return ExitFailure;
    }
    const LinkDefinition &link = *loaded.link;
    const PlanNeeds needs = needsOf(*plan);

    // Credentials, checked before anything connects.
    QStringList missing;
    const QString sqlPassword = environment(sqlPasswordVariable());
    if (needs.sqlServer && link.sqlServer.authentication == SqlAuthentication::SqlLogin
        && sqlPassword.isEmpty())
        missing << tr("Set %1 to the password of the SQL Server login %2.")
                       .arg(sqlPasswordVariable(), link.sqlServer.loginName);
    const QString miPassword = environment(managedInstancePasswordVariable());
    if (needs.managedInstance) {
        if (!parser.isSet(miLogin) || parser.value(miLogin).isEmpty())
            missing << tr("This plan runs T-SQL on the managed instance: add "
                          "--managed-instance-login with a SQL login there.");
        if (miPassword.isEmpty())
            missing << tr("Set %1 to the password of the managed instance login.")
                           .arg(managedInstancePasswordVariable());
        if (!parser.isSet(miAddress)) {
            miHost = link.managedInstance.fqdn;
            if (miHost.isEmpty())
                missing << tr("The project has no managed instance FQDN: add "
                              "--managed-instance-address HOST:PORT.");
        }
    }
    std::optional<CloudProfile> cloud;
    if (needs.arm) {
        const QString cloudName = link.managedInstance.cloud;
        cloud = CloudProfile::findBuiltIn(cloudName);
        if (!cloud && parser.isSet(cloudProfile)) {
            QString problem;
            const std::optional<QList<CloudProfile>> profiles
                = CloudProfile::loadFile(parser.value(cloudProfile), &problem);
            if (!profiles) {
                missing << tr("--cloud-profile: %1").arg(problem);
            } else {
                for (const CloudProfile &profile : *profiles) {
                    if (profile.name.compare(cloudName, Qt::CaseInsensitive) == 0)
                        cloud = profile;
                }
                if (!cloud)
                    missing << tr("The cloud file %1 does not describe the project's cloud "
                                  "\"%2\".")
                                   .arg(QDir::toNativeSeparators(parser.value(cloudProfile)),
                                        cloudName);
            }
        } else if (!cloud) {
            missing << tr("The project uses the cloud \"%1\", which is not built in: add "
                          "--cloud-profile with the file that describes it.")
                           .arg(cloudName);
        }
    }
    if (!missing.isEmpty()) {
        for (const QString &line : std::as_const(missing))
            err << QStringLiteral("milink apply: ") << line << '\n';
        return ExitUsage;
    }

    // The journal next to the project: resume from it, or move it aside.
    const QString journalPath = RunJournal::pathFor(path, toString(plan->operation));
    if (parser.isSet(restart) && QFile::exists(journalPath)) {
        const QString aside = journalPath + QLatin1Char('.')
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"))
            + QStringLiteral(".old");
        if (!QFile::rename(journalPath, aside)) {
            err << tr("Cannot move the journal %1 aside. Check the folder's permissions.")
                       .arg(QDir::toNativeSeparators(journalPath))
                << '\n';
            return ExitFailure;
        }
        out << tr("Moved the previous journal to %1.").arg(QDir::toNativeSeparators(aside)) << '\n';
    }
    RunJournal journal;
    const QString journalProblem = journal.open(journalPath, *plan);
    if (!journalProblem.isEmpty()) {
        err << journalProblem << '\n'
            << tr("Run with --restart to move the journal aside and start over.") << '\n';
        return ExitFailure;
    }
    int finishedBefore = 0;
    int resumeAt = -1;
    for (int i = 0; i < plan->steps.size(); ++i) {
        const StepRecord *record = journal.record(plan->steps.at(i).id);
        if (record && record->isComplete()) {
            ++finishedBefore;
        } else if (resumeAt < 0) {
            resumeAt = i;
        }
    }

    // Secrets of the steps still to run: environment, else a prompt on a terminal.
    QHash<QString, QString> secrets;
    for (const PlanParameter &parameter : std::as_const(plan->parameters)) {
        if (parameter.kind != PlanParameter::Kind::Secret)
            continue;
        bool needed = false;
        for (int i = qMax(resumeAt, 0); i < plan->steps.size() && resumeAt >= 0; ++i) {
            const PlanStep &s = plan->steps.at(i);
            const StepRecord *record = journal.record(s.id);
            if ((!record || !record->isComplete()) && !s.alreadyDone
                && (s.consumes.contains(parameter.name)
                    || s.tsql.contains(QStringLiteral("$(") + parameter.name + QLatin1Char(')'))))
                needed = true;
        }
        if (!needed)
            continue;
        QString value = environment(secretVariable(parameter.name));
        if (value.isEmpty())
            value = environment(secretVariable(parameter.name.toUpper()));
        if (value.isEmpty() && stdinIsTerminal())
            value = readSecretFromTerminal(
                tr("%1 (%2): ").arg(parameter.name, parameter.description), err);
        if (value.isEmpty())
            err << tr("milink apply: %1 is not set. A step that needs it will stop the run; "
                      "set %2 (or run in a terminal to be asked).")
                       .arg(parameter.name, secretVariable(parameter.name))
                << '\n';
        else
            secrets.insert(parameter.name, value);
    }

    // The step lines are the output; the areas' request-by-request logging would
    // drown them unless asked for (QT_LOGGING_RULES still wins when set).
    if (!parser.isSet(verbose) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("milink.*.info=false\n"
                                                        "milink.*.debug=false"));

    // Connections.
    QNetworkAccessManager network;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<ArmClient> arm;
    if (needs.arm) {
        // An explicit token wins (automation); otherwise reuse the Azure CLI sign-in.
        if (!environment(EnvironmentTokenProvider::defaultVariable()).isEmpty())
            tokens = std::make_unique<EnvironmentTokenProvider>();
        else
            tokens = std::make_unique<AzureCliTokenProvider>(cloud->tokenResource);
        arm = std::make_unique<ArmClient>(&network, tokens.get(), *cloud);
        out << tr("Azure: %1 through %2.").arg(cloud->name, tokens->displayName()) << '\n';
    }
    const QString driver
        = parser.isSet(odbcDriver) ? parser.value(odbcDriver) : link.sqlServer.odbcDriver;
    SqlSession sqlServer;
    if (needs.sqlServer) {
        SqlConnectionOptions options;
        options.server = link.sqlServer;
        options.password = sqlPassword;
        options.driver = driver;
        const SqlError error = openSession(sqlServer, options, driver);
        if (error.isError()) {
            err << tr("Cannot connect to SQL Server %1:")
                       .arg(link.sqlServer.host + QLatin1Char(':')
                            + QString::number(link.sqlServer.port))
                << '\n';
            printFailure(err, error.message, error.serverText, error.nativeCode);
            err << tr("Nothing was changed.") << '\n';
            return ExitFailure;
        }
    }
    SqlSession managedInstance;
    if (needs.managedInstance) {
        SqlConnectionOptions options;
        options.server.host = miHost;
        options.server.port = miPort;
        options.server.serverName = link.managedInstance.name;
        options.server.loginName = parser.value(miLogin);
        options.server.encryption = miTls;
        options.password = miPassword;
        options.driver = driver;
        const SqlError error = openSession(managedInstance, options, driver);
        if (error.isError()) {
            err << tr("Cannot connect to the managed instance %1:")
                       .arg(miHost + QLatin1Char(':') + QString::number(miPort))
                << '\n';
            printFailure(err, error.message, error.serverText, error.nativeCode);
            err << tr("Nothing was changed.") << '\n';
            return ExitFailure;
        }
    }

    PlanRunner::Services services;
    services.sqlServer = needs.sqlServer ? &sqlServer : nullptr;
    services.managedInstance = needs.managedInstance ? &managedInstance : nullptr;
    services.arm = arm.get();
    services.instanceResourceId = PlanBuilder::instanceResourceId(link);
    PlanRunner runner(*plan, services, &journal);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        runner.setValue(it.key(), it.value());
    if (pollIntervalMs >= 0)
        runner.setPollIntervalMs(pollIntervalMs);

    const int total = plan->steps.size();
    out << tr("%1: %2, %3 steps. Journal: %4")
               .arg(QDir::toNativeSeparators(path), plan->title)
               .arg(total)
               .arg(QDir::toNativeSeparators(journalPath))
        << '\n';
    if (finishedBefore > 0 && resumeAt >= 0)
        out << tr("Resuming from the journal: %1 of %2 steps were finished by an earlier run; "
                  "continuing at step %3 (%4).")
                   .arg(finishedBefore)
                   .arg(total)
                   .arg(resumeAt + 1)
                   .arg(plan->steps.at(resumeAt).title)
            << '\n';
    out.flush();

    QObject::connect(
        &runner, &PlanRunner::stepFinished, &runner, [&](int index, const StepRecord &record) {
            const QString title = plan->steps.at(index).title;
            const QString number = QStringLiteral("%1/%2").arg(index + 1).arg(total);
            switch (record.status) {
            case StepRecord::Status::Done:
                out << tr("Step %1 done: %2").arg(number, title) << '\n';
                break;
            case StepRecord::Status::Skipped:
                out << tr("Step %1 skipped (already done): %2").arg(number, title) << '\n';
                break;
            case StepRecord::Status::Cancelled:
                out << tr("Step %1 cancelled: %2").arg(number, title) << '\n';
                break;
            default:
                out << tr("Step %1 failed: %2").arg(number, title) << '\n';
                printFailure(out, record.message, record.serverText, record.errorCode);
                break;
            }
            // Line by line, so a supervisor (or a person) sees progress live.
            out.flush();
        });

    bool success = false;
    QString message;
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(&runner, &PlanRunner::finished, &loop, [&](bool ok, const QString &text) {
        success = ok;
        message = text;
        loop.quit();
    });
    InterruptGuard interruptGuard;
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &runner, [&] {
        if (g_interrupted && runner.isRunning() && !cancelled) {
            cancelled = true;
            runner.cancel();
        }
    });
    interruptPoll.start();
    if (parser.isSet(step))
        runner.runNextStep();
    else
        runner.start();
    loop.exec();
    interruptPoll.stop();

    if (success) {
        if (parser.isSet(step) && runner.currentIndex() < total)
            out << message << ' '
                << tr("Run the same command again for the next step (without --step for all "
                      "of them).")
                << '\n';
        else
            out << message << '\n';
        return ExitSuccess;
    }
    err << message << '\n';
    if (sqlServer.state() == SqlSession::State::Lost
        || managedInstance.state() == SqlSession::State::Lost)
        err << tr("The connection to the server was lost.") << ' ';
    err << tr("Run the same command again to resume from the journal: finished steps are not "
              "repeated, and the stopped step checks first whether it is already done.")
        << '\n';
    return ExitFailure;
}

} // namespace milink::cli
