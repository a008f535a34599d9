#include "PrismProxy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <catch2/catch.hpp>

#include <csignal>

namespace {

const char *const kDocuments[] = {
    "sql/resource-manager/Microsoft.Sql/stable/2025-01-01/DistributedAvailabilityGroups.json",
    "sql/resource-manager/Microsoft.Sql/stable/2025-01-01/ServerTrustCertificates.json",
    "sql/resource-manager/Microsoft.Sql/stable/2025-01-01/EndpointCertificates.json",
    "sql/resource-manager/Microsoft.Sql/stable/2025-01-01/ManagedInstances.json",
    "resources/resource-manager/Microsoft.Resources/subscriptions/stable/2022-12-01/"
    "subscriptions.json",
};

// Makes file references absolute (the merged file lives elsewhere) and drops
// x-ms-examples (several example files named by the specs are not in the copy).
QJsonValue rewrite(const QJsonValue &value, const QDir &base)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(rewrite(item, base));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == QLatin1String("x-ms-examples"))
            continue;
        if (it.key() == QLatin1String("$ref") && it.value().isString()
            && !it.value().toString().startsWith(QLatin1Char('#'))) {
            const QString ref = it.value().toString();
            const QString file = ref.section(QLatin1Char('#'), 0, 0);
            const QString fragment = ref.section(QLatin1Char('#'), 1);
            QString absolute = QDir::cleanPath(base.absoluteFilePath(file));
            if (!fragment.isEmpty())
                absolute += QLatin1Char('#') + fragment;
            out.insert(it.key(), absolute);
            continue;
        }
        out.insert(it.key(), rewrite(it.value(), base));
    }
    return out;
}

} // namespace

QString PrismProxy::prismExecutable()
{
    return QStringLiteral(MILINK_SOURCE_DIR_FOR_SUPPORT "/tests/tools/node_modules/.bin/prism");
}

QString PrismProxy::specificationDirectory()
{
    return QDir::cleanPath(
        QStringLiteral(MILINK_SOURCE_DIR_FOR_SUPPORT "/../shared/reference/arm/specification"));
}

QString PrismProxy::writeMergedSpecification(const QString &target)
{
    QJsonObject merged {
        {QStringLiteral("swagger"), QStringLiteral("2.0")},
        {QStringLiteral("info"),
         QJsonObject {{QStringLiteral("title"), QStringLiteral("milink ARM surface (merged)")},
                      {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("host"), QStringLiteral("management.azure.com")},
        {QStringLiteral("schemes"), QJsonArray {QStringLiteral("https")}},
        {QStringLiteral("consumes"), QJsonArray {QStringLiteral("application/json")}},
        {QStringLiteral("produces"), QJsonArray {QStringLiteral("application/json")}},
    };
    const char *const sections[] = {"paths", "definitions", "parameters", "securityDefinitions"};
    QJsonObject parts[4];
    const QDir root(specificationDirectory());
    for (const char *document : kDocuments) {
        const QString path = root.filePath(QLatin1String(document));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        if (doc.isEmpty())
            return QStringLiteral("%1 is not a JSON object").arg(path);
        const QJsonObject fixed = rewrite(doc, QFileInfo(path).absoluteDir()).toObject();
        for (int i = 0; i < 4; ++i) {
            const QJsonObject section = fixed.value(QLatin1String(sections[i])).toObject();
            for (auto it = section.begin(); it != section.end(); ++it) {
                // Security schemes differ only in wording between files; keep the first.
                if (parts[i].contains(it.key()) && i == 3)
                    continue;
                if (parts[i].contains(it.key()) && parts[i].value(it.key()) != it.value())
                    return QStringLiteral("%1: %2 is defined differently in two files")
                        .arg(QLatin1String(sections[i]), it.key());
                parts[i].insert(it.key(), it.value());
            }
        }
    }
    for (int i = 0; i < 4; ++i)
        merged.insert(QLatin1String(sections[i]), parts[i]);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1: %2").arg(target, out.errorString());
    out.write(QJsonDocument(merged).toJson(QJsonDocument::Compact));
    return {};
}

PrismProxy::PrismProxy(const QUrl &upstream)
{
    if (!QFileInfo(prismExecutable()).isExecutable()) {
        m_skipReason = QStringLiteral("Prism is not installed (%1); run .ci/install-deps.")
                           .arg(prismExecutable());
        return;
    }
    m_specFile = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                     .filePath(QStringLiteral("milink-arm-merged-%1.json")
                                   .arg(QCoreApplication::applicationPid()));
    const QString error = writeMergedSpecification(m_specFile);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());

    // Prism needs a port number; take a free one from the system.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(prismExecutable(),
                    {QStringLiteral("proxy"), m_specFile, upstream.toString(), QStringLiteral("-h"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                     QStringLiteral("--errors")});
    REQUIRE(m_process.waitForStarted(10000));
    const bool listening = QTest::qWaitFor(
        [this]() {
            m_log += QString::fromUtf8(m_process.readAll());
            return m_log.contains(QLatin1String("Prism is listening"))
                || m_process.state() == QProcess::NotRunning;
        },
        120000);
    INFO("prism output: " << m_log.right(4000).toStdString());
    REQUIRE(listening);
    REQUIRE(m_process.state() == QProcess::Running);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    m_available = true;
}

PrismProxy::~PrismProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    if (!m_specFile.isEmpty())
        QFile::remove(m_specFile);
}

QString PrismProxy::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

QStringList PrismProxy::violations()
{
    // Give Prism a moment to flush what it logged for the last exchange.
    QTest::qWait(200);
    QStringList found;
    const QStringList lines = log().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("Violation:"))
            || line.contains(QLatin1String("Request terminated with error")))
            found << line.trimmed();
    }
    return found;
}
