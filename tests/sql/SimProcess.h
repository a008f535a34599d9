#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>

// Runs milink-sim for one test: writes the scenario to a temporary file, starts the
// process, waits for its ready line and exposes the TDS ports. Kills it on
// destruction (or earlier, to simulate a server that disappears).
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();

    // The built-in demo scenario as JSON (milink-sim --print-demo-scenario).
    static QJsonObject demoScenario();

    // Returns false (with error()) when the process did not become ready.
    bool start(const QJsonObject &scenario);
    void kill();

    quint16 sqlServerPort(int index = 0) const;
    quint16 managedInstancePort(int index = 0) const;
    const QJsonObject &ready() const { return m_ready; }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QJsonObject m_ready;
    QString m_error;
    QString m_scenarioPath;
};
