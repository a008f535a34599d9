#include "SimProcess.h"

#include "azure/CloudProfile.h"
#include "link/LinkDefinition.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <catch2/catch.hpp>

#include <csignal>

SimProcess::SimProcess() : SimProcess(Options())
{
}

SimProcess::SimProcess(const Options &options)
{
    start(options);
}

QString SimProcess::executable()
{
    return QStringLiteral(MILINK_SIM_PATH);
}

void SimProcess::start(const Options &options)
{
    QStringList arguments;
    if (!options.scenarioFile.isEmpty()) {
        arguments << QStringLiteral("--scenario") << options.scenarioFile;
    } else if (!options.scenario.isEmpty()) {
        m_scenarioFile.setFileTemplate(QDir::tempPath()
                                       + QStringLiteral("/milink-sim-scenario-XXXXXX.json"));
        REQUIRE(m_scenarioFile.open());
        m_scenarioFile.write(QJsonDocument(options.scenario).toJson());
        REQUIRE(m_scenarioFile.flush());
        arguments << QStringLiteral("--scenario") << m_scenarioFile.fileName();
    }
    arguments << QStringLiteral("--time-scale") << QString::number(options.timeScale);
    arguments << options.extraArguments;
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this]() {
        m_stderr += QString::fromLocal8Bit(m_process.readAllStandardError());
    });
    QObject::connect(&m_process, &QProcess::finished, &m_process,
                     [this](int code, QProcess::ExitStatus) {
                         if (!m_stopping) {
                             m_exitedEarly = true;
                             qCritical("milink-sim exited unexpectedly with code %d: %s", code,
                                       qPrintable(m_stderr));
                         }
                     });
    REQUIRE(QFileInfo::exists(executable()));
    m_process.start(executable(), arguments);
    INFO("milink-sim stderr: " << m_stderr.toStdString());
    REQUIRE(m_process.waitForStarted(10000));
    QByteArray line;
    const bool gotLine = QTest::qWaitFor(
        [this, &line]() {
            if (m_process.canReadLine()) {
                line = m_process.readLine();
                return true;
            }
            return m_exitedEarly;
        },
        options.readyTimeoutMs);
    INFO("milink-sim stderr: " << m_stderr.toStdString());
    REQUIRE(gotLine);
    REQUIRE_FALSE(m_exitedEarly);
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    INFO("ready line: " << line.toStdString());
    REQUIRE(doc.isObject());
    m_ready = doc.object();
    REQUIRE(m_ready.value(QStringLiteral("event")).toString() == QStringLiteral("ready"));
}

SimProcess::~SimProcess()
{
    const bool early = m_exitedEarly;
    stop();
    if (early)
        FAIL_CHECK("milink-sim exited before the test stopped it: " << m_stderr.toStdString());
}

int SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_stopping = true;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        FAIL_CHECK("milink-sim did not stop within 10 s of SIGTERM");
    }
    return m_process.exitCode();
}

void SimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QJsonObject SimProcess::demoScenario()
{
    QProcess sim;
    sim.start(executable(), {QStringLiteral("--print-demo-scenario")});
    REQUIRE(sim.waitForFinished(20000));
    const QJsonObject scenario = QJsonDocument::fromJson(sim.readAllStandardOutput()).object();
    REQUIRE_FALSE(scenario.isEmpty());
    return scenario;
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

qint64 SimProcess::pid() const
{
    return m_process.processId();
}

QUrl SimProcess::armUrl() const
{
    return QUrl(m_ready.value(QStringLiteral("arm")).toString());
}

QUrl SimProcess::authorityUrl() const
{
    return QUrl(m_ready.value(QStringLiteral("authority")).toString());
}

QUrl SimProcess::controlUrl() const
{
    return QUrl(m_ready.value(QStringLiteral("control")).toString());
}

milink::CloudProfile SimProcess::cloud() const
{
    QString error;
    const auto profile
        = milink::CloudProfile::fromJson(m_ready.value(QStringLiteral("cloud")).toObject(), &error);
    INFO(error.toStdString());
    REQUIRE(profile.has_value());
    return *profile;
}

milink::CloudProfile SimProcess::cloudVia(const QUrl &armEndpoint) const
{
    milink::CloudProfile profile = cloud();
    profile.armEndpoint = armEndpoint;
    return profile;
}

QJsonObject SimProcess::post(const QString &command, const QJsonObject &arguments, int *status)
{
    REQUIRE_FALSE(m_exitedEarly);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(controlUrl().toString() + QLatin1Char('/') + command));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20000);
    QNetworkReply *reply
        = network.post(request, QJsonDocument(arguments).toJson(QJsonDocument::Compact));
    REQUIRE(QTest::qWaitFor([reply]() { return reply->isFinished(); }, 25000));
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

QJsonObject SimProcess::control(const QString &command, const QJsonObject &arguments)
{
    int status = 0;
    const QJsonObject result = post(command, arguments, &status);
    INFO("control " << command.toStdString() << ": "
                    << QJsonDocument(result).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(status == 200);
    return result;
}

QString SimProcess::controlError(const QString &command, const QJsonObject &arguments)
{
    int status = 0;
    const QJsonObject result = post(command, arguments, &status);
    return status == 200 ? QString() : result.value(QStringLiteral("error")).toString();
}

QString SimProcess::issueToken(const QString &tenantId)
{
    QJsonObject args;
    if (!tenantId.isEmpty())
        args.insert(QStringLiteral("tenantId"), tenantId);
    return control(QStringLiteral("auth.issueToken"), args)
        .value(QStringLiteral("accessToken"))
        .toString();
}

milink::LinkDefinition SimProcess::demoLink() const
{
    using namespace milink;
    const QJsonObject sql = m_ready.value(QStringLiteral("sqlServers")).toArray().at(0).toObject();
    const QJsonObject mi
        = m_ready.value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
    LinkDefinition link;
    link.sqlServer.host = sql.value(QStringLiteral("host")).toString();
    link.sqlServer.port = sql.value(QStringLiteral("port")).toInt();
    link.sqlServer.serverName = QStringLiteral("SQL01");
    link.sqlServer.loginName = QStringLiteral("sa");
    link.sqlServer.encryption = SqlEncryption::Optional;
    link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    link.managedInstance.cloud = QStringLiteral("milink-sim");
    link.managedInstance.subscriptionId = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    link.managedInstance.resourceGroup = QStringLiteral("rg-sql");
    link.managedInstance.name = mi.value(QStringLiteral("name")).toString();
    link.managedInstance.fqdn = mi.value(QStringLiteral("fqdn")).toString();
    link.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022;
    link.failoverMode = FailoverMode::TwoWay;
    link.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    link.certificate.expiryDate = QDate(2027, 11, 22);
    link.addDatabase(QStringLiteral("Sales"));
    return link;
}
