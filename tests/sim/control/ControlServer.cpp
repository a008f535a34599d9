#include "ControlServer.h"

#include "world/SimWorld.h"

#include <QJsonArray>

namespace milink::sim {

namespace {
SimHttpResponse controlError(int status, const QString &message)
{
    return SimHttpResponse::json(status, QJsonObject {{QStringLiteral("error"), message}});
}
} // namespace

ControlServer::ControlServer(SimWorld &world, QObject *parent)
    : QObject(parent), m_world(world), m_http(QStringLiteral("control"))
{
    m_http.setHandler([this](const SimHttpRequest &r) { return handle(r); });
    addCommand(QStringLiteral("snapshot"), QStringLiteral("The whole simulated state as JSON."),
               [this](const QJsonObject &, QString *) { return m_world.snapshot(); });
    addCommand(QStringLiteral("clock.advance"),
               QStringLiteral("Move simulated time forward: {\"seconds\": N}."),
               [this](const QJsonObject &args, QString *error) {
                   const double seconds = args.value(QStringLiteral("seconds")).toDouble(-1);
                   if (seconds < 0) {
                       *error = QStringLiteral("\"seconds\" must be a number >= 0.");
                       return QJsonObject();
                   }
                   m_world.clock().advance(qint64(seconds * 1000));
                   emit m_world.changed();
                   return QJsonObject {
                       {QStringLiteral("now"), m_world.clock().now().toString(Qt::ISODateWithMs)}};
               });
}

void ControlServer::addCommand(const QString &name, const QString &summary, Command command)
{
    Q_ASSERT_X(!m_commands.contains(name), "ControlServer::addCommand", "duplicate command");
    m_commands.insert(name, {summary, std::move(command)});
}

quint16 ControlServer::start(const QHostAddress &address, quint16 port)
{
    return m_http.start(address, port);
}

SimHttpResponse ControlServer::handle(const SimHttpRequest &request)
{
    const QString prefix = QStringLiteral("/control/");
    if (!request.path.startsWith(prefix))
        return controlError(404, QStringLiteral("The control interface lives under /control/."));
    const QString name = request.path.mid(prefix.size());
    if (name == QLatin1String("commands") && request.method == "GET") {
        QJsonArray list;
        for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it)
            list.append(QJsonObject {{QStringLiteral("name"), it.key()},
                                     {QStringLiteral("summary"), it.value().summary}});
        return SimHttpResponse::json(200, QJsonObject {{QStringLiteral("commands"), list}});
    }
    const auto it = m_commands.constFind(name);
    if (it == m_commands.cend())
        return controlError(404,
                            QStringLiteral("Unknown control command \"%1\"; GET "
                                           "/control/commands lists them.")
                                .arg(name));
    if (request.method != "POST" && !(request.method == "GET" && name == QLatin1String("snapshot")))
        return controlError(405, QStringLiteral("Use POST with a JSON object."));
    bool ok = true;
    const QJsonObject arguments
        = request.body.trimmed().isEmpty() ? QJsonObject() : request.jsonBody(&ok);
    if (!ok)
        return controlError(400, QStringLiteral("The body must be a JSON object."));
    QString error;
    const QJsonObject result = it.value().command(arguments, &error);
    if (!error.isEmpty())
        return controlError(400, error);
    return SimHttpResponse::json(200, result);
}

QJsonObject ControlServer::invoke(const QString &name, const QJsonObject &arguments, QString *error)
{
    const auto it = m_commands.constFind(name);
    if (it == m_commands.cend()) {
        *error = QStringLiteral("No control command %1.").arg(name);
        return {};
    }
    return it->command(arguments, error);
}

} // namespace milink::sim
