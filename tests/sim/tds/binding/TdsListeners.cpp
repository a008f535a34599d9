#include "TdsListeners.h"

#include "TsqlTdsBackend.h"
#include "control/ControlServer.h"
#include "world/SimWorld.h"

#include <QJsonArray>

namespace milink::sim {

TdsListeners::TdsListeners(SimWorld &world, QObject *parent) : QObject(parent), m_world(world)
{
}

TdsServer *TdsListeners::createServer(SimInstance *instance)
{
    QPointer<SimInstance> guard(instance);
    SimWorld *world = &m_world;
    auto identity = [guard] {
        TdsServerIdentity id;
        if (guard) {
            id.serverName = guard->serverName;
            if (!guard->productVersion.isEmpty())
                id.productVersion = guard->productVersion;
            if (!guard->collation.isEmpty())
                id.collation = guard->collation;
        }
        return id;
    };
    auto authenticate = [guard, world](const TdsLogin7 &login,
                                       TdsMessage *failure) -> std::unique_ptr<TdsBackend> {
        // SQL Server tells the client only "Login failed" with state 1; the real
        // reason (state 5 unknown login, 8 wrong password, 7 disabled) goes to its log.
        failure->number = 18456;
        failure->state = 1;
        failure->severity = 14;
        failure->text = QStringLiteral("Login failed for user '%1'.").arg(login.userName);
        if (!guard || login.integratedSecurity)
            return nullptr;
        const SimLogin *account = guard->login(login.userName);
        if (!account || account->disabled || account->password != login.password)
            return nullptr;
        auto backend = std::make_unique<TsqlTdsBackend>(*world, *guard, account->name);
        if (!login.database.isEmpty()
            && login.database.compare(backend->currentDatabase(), Qt::CaseInsensitive) != 0) {
            QString quoted = login.database;
            quoted.replace(QLatin1Char(']'), QLatin1String("]]"));
            const TdsBatchReply reply
                = backend->execute(QStringLiteral("USE [%1]").arg(quoted), {});
            for (const TdsBatchItem &item : reply.items) {
                const auto *message = std::get_if<TdsMessage>(&item);
                if (message && message->isError()) {
                    failure->number = 4060;
                    failure->state = 1;
                    failure->severity = 11;
                    failure->text = QStringLiteral("Cannot open database \"%1\" requested by "
                                                   "the login. The login failed.")
                                        .arg(login.database);
                    return nullptr;
                }
            }
        }
        return backend;
    };
    auto *server = new TdsServer(identity, authenticate, this);
    m_servers.insert(instance, server);
    return server;
}

QString TdsListeners::start(const QHostAddress &address)
{
    QList<SimInstance *> instances = m_world.sqlServers();
    for (const SimManagedInstance *mi : m_world.managedInstances())
        instances.append(mi->engine());
    for (SimInstance *instance : instances) {
        TdsServer *server = createServer(instance);
        if (!server->listen(address, quint16(instance->tdsPort)))
            return QStringLiteral("cannot listen for %1 on %2:%3: %4")
                .arg(instance->serverName, address.toString())
                .arg(instance->tdsPort)
                .arg(server->errorString());
        instance->tdsPort = server->port();
    }
    return {};
}

void TdsListeners::registerControlCommands(ControlServer &control)
{
    control.addCommand(
        QStringLiteral("tds.connections"),
        QStringLiteral("Open TDS connections per instance: {} → {instances: [{server, port, "
                       "connections}]}."),
        [this](const QJsonObject &, QString *) {
            QJsonArray out;
            for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it)
                out.append(
                    QJsonObject {{QStringLiteral("server"), it.key()->serverName},
                                 {QStringLiteral("port"), it.value()->port()},
                                 {QStringLiteral("connections"), it.value()->connectionCount()}});
            return QJsonObject {{QStringLiteral("instances"), out}};
        });
    control.addCommand(
        QStringLiteral("tds.dropConnections"),
        QStringLiteral("Abort every client connection of one instance, as a network failure "
                       "would: {server: @@SERVERNAME or managed instance name} → {dropped}."),
        [this](const QJsonObject &arguments, QString *error) {
            const QString name = arguments.value(QStringLiteral("server")).toString();
            for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
                const SimManagedInstance *mi = m_world.managedInstanceOf(it.key());
                if (it.key()->serverName.compare(name, Qt::CaseInsensitive) == 0
                    || (mi && mi->name.compare(name, Qt::CaseInsensitive) == 0)) {
                    const int dropped = it.value()->connectionCount();
                    it.value()->dropConnections();
                    return QJsonObject {{QStringLiteral("dropped"), dropped}};
                }
            }
            *error = QStringLiteral("No simulated instance is named '%1'.").arg(name);
            return QJsonObject();
        });
}

void TdsListeners::dropConnections(const SimInstance *instance)
{
    if (TdsServer *server = m_servers.value(instance))
        server->dropConnections();
}

} // namespace milink::sim
