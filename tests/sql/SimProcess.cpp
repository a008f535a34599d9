#include "SimProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

SimProcess::~SimProcess()
{
    kill();
    if (!m_scenarioPath.isEmpty())
        QFile::remove(m_scenarioPath);
}

QJsonObject SimProcess::demoScenario()
{
    QProcess sim;
    sim.start(QStringLiteral(MILINK_SIM_EXECUTABLE), {QStringLiteral("--print-demo-scenario")});
    if (!sim.waitForFinished(20000))
        return {};
    return QJsonDocument::fromJson(sim.readAllStandardOutput()).object();
}

bool SimProcess::start(const QJsonObject &scenario)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/milink-sql-scenario-XXXXXX.json"));
    file.setAutoRemove(false);
    if (!file.open()) {
        m_error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(scenario).toJson());
    file.close();
    m_scenarioPath = file.fileName();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(MILINK_SIM_EXECUTABLE),
                    {QStringLiteral("--scenario"), m_scenarioPath});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const bool ready = QTest::qWaitFor(
        [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
        20000);
    if (!ready || !m_process.canReadLine()) {
        m_error = QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    m_ready = QJsonDocument::fromJson(m_process.readLine()).object();
    return m_ready.value(QStringLiteral("event")).toString() == QLatin1String("ready");
}

void SimProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 SimProcess::sqlServerPort(int index) const
{
    return quint16(m_ready.value(QStringLiteral("sqlServers"))
                       .toArray()
                       .at(index)
                       .toObject()
                       .value(QStringLiteral("port"))
                       .toInt());
}

quint16 SimProcess::managedInstancePort(int index) const
{
    return quint16(m_ready.value(QStringLiteral("managedInstances"))
                       .toArray()
                       .at(index)
                       .toObject()
                       .value(QStringLiteral("port"))
                       .toInt());
}
