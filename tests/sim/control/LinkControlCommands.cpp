#include "LinkControlCommands.h"

#include "ControlServer.h"
#include "world/SimWorld.h"

namespace milink::sim {

namespace {

// An instance by @@SERVERNAME (SQL Server) or by name or FQDN (managed instance).
SimInstance *findInstance(SimWorld &world, const QString &name)
{
    if (SimInstance *server = world.sqlServer(name))
        return server;
    for (SimManagedInstance *mi : world.managedInstances()) {
        if (mi->name.compare(name, Qt::CaseInsensitive) == 0
            || mi->fqdn.compare(name, Qt::CaseInsensitive) == 0)
            return mi->engine();
    }
    return nullptr;
}

SimManagedInstance *findManagedInstance(SimWorld &world, const QString &name)
{
    for (SimManagedInstance *mi : world.managedInstances()) {
        if (mi->name.compare(name, Qt::CaseInsensitive) == 0
            || mi->fqdn.compare(name, Qt::CaseInsensitive) == 0)
            return mi;
    }
    return nullptr;
}

} // namespace

void LinkControlCommands::registerCommands(ControlServer &control, SimWorld &world)
{
    control.addCommand(
        QStringLiteral("link.workload"),
        QStringLiteral("Run or stop the application workload of a database: {\"instance\": "
                       "\"SQL01\", \"database\": \"Sales\", \"logMBps\": 4} (0 stops it)."),
        [&world](const QJsonObject &args, QString *error) {
            const QString instanceName = args.value(QStringLiteral("instance")).toString();
            const QString databaseName = args.value(QStringLiteral("database")).toString();
            const double rate = args.value(QStringLiteral("logMBps")).toDouble(-1);
            SimInstance *instance = findInstance(world, instanceName);
            if (!instance) {
                *error = QStringLiteral("No instance named \"%1\".").arg(instanceName);
                return QJsonObject();
            }
            SimDatabase *database = instance->database(databaseName);
            if (!database) {
                *error
                    = QStringLiteral("%1 has no database \"%2\".").arg(instanceName, databaseName);
                return QJsonObject();
            }
            if (rate < 0 || rate > 10000) {
                *error = QStringLiteral("\"logMBps\" must be a number from 0 to 10000.");
                return QJsonObject();
            }
            database->workloadBytesPerSecond = rate * 1024 * 1024;
            instance->notifyChanged();
            return QJsonObject {
                {QStringLiteral("endOfLogLsn"), QString::number(database->endOfLogLsn)}};
        });

    control.addCommand(
        QStringLiteral("link.partition"),
        QStringLiteral("Cut or restore the network between a SQL Server and a managed instance: "
                       "{\"sqlServer\": \"SQL01\", \"managedInstance\": \"sqlmi-demo\", "
                       "\"partitioned\": true}."),
        [&world](const QJsonObject &args, QString *error) {
            const QString sqlName = args.value(QStringLiteral("sqlServer")).toString();
            const QString miName = args.value(QStringLiteral("managedInstance")).toString();
            SimInstance *sql = world.sqlServer(sqlName);
            SimManagedInstance *mi = findManagedInstance(world, miName);
            if (!sql || !mi) {
                *error = QStringLiteral("Unknown SQL Server \"%1\" or managed instance \"%2\".")
                             .arg(sqlName, miName);
                return QJsonObject();
            }
            if (!args.value(QStringLiteral("partitioned")).isBool()) {
                *error = QStringLiteral("\"partitioned\" must be true or false.");
                return QJsonObject();
            }
            const bool partitioned = args.value(QStringLiteral("partitioned")).toBool();
            world.links().setPartitioned(sql->serverName, mi->fqdn, partitioned);
            world.links().tick();
            return QJsonObject {{QStringLiteral("partitioned"), partitioned}};
        });

    control.addCommand(QStringLiteral("link.tick"),
                       QStringLiteral("Run the link state machine now (after clock.advance)."),
                       [&world](const QJsonObject &, QString *) {
                           world.links().tick();
                           return QJsonObject {{QStringLiteral("now"),
                                                world.clock().now().toString(Qt::ISODateWithMs)}};
                       });

    control.addCommand(
        QStringLiteral("link.configure"),
        QStringLiteral("Set the simulated rates: {\"seedingMBps\": 64, \"connectDelaySeconds\": "
                       "15, \"initTimeoutSeconds\": 300, \"asyncDelaySeconds\": 2} (any subset)."),
        [&world](const QJsonObject &args, QString *error) {
            SimLinkStateMachine &links = world.links();
            auto number = [&](const char *key, double min, double max, auto apply) {
                const QString name = QLatin1String(key);
                if (!args.contains(name))
                    return true;
                const double value = args.value(name).toDouble(-1);
                if (value < min || value > max) {
                    *error = QStringLiteral("\"%1\" must be a number from %2 to %3.")
                                 .arg(name)
                                 .arg(min)
                                 .arg(max);
                    return false;
                }
                apply(value);
                return true;
            };
            const bool ok = number("seedingMBps", 0.001, 1e6,
                                   [&](double v) { links.seedingBytesPerSecond = v * 1024 * 1024; })
                && number("connectDelaySeconds", 0, 86400,
                          [&](double v) { links.connectDelayMs = qint64(v * 1000); })
                && number("initTimeoutSeconds", 1, 864000,
                          [&](double v) { links.initTimeoutMs = qint64(v * 1000); })
                && number("asyncDelaySeconds", 0, 3600,
                          [&](double v) { links.asyncDelaySeconds = v; });
            if (!ok)
                return QJsonObject();
            return QJsonObject {
                {QStringLiteral("seedingMBps"), links.seedingBytesPerSecond / (1024 * 1024)},
                {QStringLiteral("connectDelaySeconds"), links.connectDelayMs / 1000.0},
                {QStringLiteral("initTimeoutSeconds"), links.initTimeoutMs / 1000.0},
                {QStringLiteral("asyncDelaySeconds"), links.asyncDelaySeconds}};
        });
}

} // namespace milink::sim
