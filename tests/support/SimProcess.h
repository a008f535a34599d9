#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

namespace milink {
struct CloudProfile;
struct LinkDefinition;
} // namespace milink

// Runs milink-sim for one integration test: starts it as a child process, waits for
// its JSON ready line (failing the test if it does not come or the process dies),
// exposes the endpoints, talks to its control interface, and stops it with SIGTERM
// when destroyed. A simulator that exits before it is asked to fails the test.
class SimProcess
{
public:
    struct Options
    {
        QString scenarioFile; // empty: `scenario`, or the built-in demo scenario
        QJsonObject scenario; // written to a temporary file when not empty
        double timeScale = 1.0;
        QStringList extraArguments;
        int readyTimeoutMs = 30000;
    };

    SimProcess();
    explicit SimProcess(const Options &options);
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // The built-in demo scenario as JSON (milink-sim --print-demo-scenario), to alter
    // and pass as Options::scenario.
    static QJsonObject demoScenario();

    const QJsonObject &ready() const { return m_ready; }
    // The TDS ports of the ready line, in scenario order.
    quint16 sqlServerPort(int index = 0) const;
    quint16 managedInstancePort(int index = 0) const;
    QUrl armUrl() const;
    QUrl authorityUrl() const;
    QUrl controlUrl() const;
    // The custom cloud profile of the ready line ("cloud").
    milink::CloudProfile cloud() const;
    // The same profile with another ARM endpoint (e.g. a Prism proxy in front).
    milink::CloudProfile cloudVia(const QUrl &armEndpoint) const;
    // A link of the demo scenario's SQL Server and managed instance for the database Sales,
    // pointing at this simulator (no TLS: the simulator speaks TDS in clear).
    milink::LinkDefinition demoLink() const;

    // POST /control/<command>; REQUIREs success and returns the result object.
    QJsonObject control(const QString &command, const QJsonObject &arguments = {});
    // The same, returning the error text instead of failing (for negative tests).
    QString controlError(const QString &command, const QJsonObject &arguments = {});
    // An access token for the scenario's default user (auth.issueToken).
    QString issueToken(const QString &tenantId = {});

    // Stops the simulator now (SIGTERM); returns its exit code.
    int stop();
    // Kills it at once (SIGKILL), like a server that disappears.
    void kill();
    QString standardError() const { return m_stderr; }
    qint64 pid() const;

    static QString executable();

private:
    QJsonObject post(const QString &command, const QJsonObject &arguments, int *status);
    void start(const Options &options);

    QTemporaryFile m_scenarioFile;
    QProcess m_process;
    QJsonObject m_ready;
    QString m_stderr;
    bool m_stopping = false;
    bool m_exitedEarly = false;
};
