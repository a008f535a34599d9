#pragma once

#include "SimHttpServer.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <functional>

namespace milink::sim {

class SimWorld;

// The simulator's control interface: POST /control/<command> with a JSON object,
// answered with a JSON object (200) or {"error": "..."} (400/404). Every area
// registers its own commands (`addCommand("workload.start", …)`); GET
// /control/commands lists them, GET /control/snapshot returns the world.
// Documented in docs/simulator.md.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    // Returns the result object; sets *error (a sentence) to reject the call.
    using Command = std::function<QJsonObject(const QJsonObject &arguments, QString *error)>;

    explicit ControlServer(SimWorld &world, QObject *parent = nullptr);

    // `summary` is shown by GET /control/commands. Names are case-sensitive and unique.
    void addCommand(const QString &name, const QString &summary, Command command);
    bool hasCommand(const QString &name) const { return m_commands.contains(name); }
    // Runs a command in process, as POST /control/<name> would (e.g. for --write-demo-files).
    QJsonObject invoke(const QString &name, const QJsonObject &arguments, QString *error);

    quint16 start(const QHostAddress &address, quint16 port = 0);
    QString baseUrl() const { return m_http.baseUrl() + QStringLiteral("/control"); }

private:
    SimHttpResponse handle(const SimHttpRequest &request);

    struct Entry
    {
        QString summary;
        Command command;
    };

    SimWorld &m_world;
    SimHttpServer m_http;
    QMap<QString, Entry> m_commands;
};

} // namespace milink::sim
