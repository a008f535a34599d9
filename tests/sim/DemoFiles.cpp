#include "DemoFiles.h"

#include "link/LinkDefinition.h"
#include "link/ProjectFile.h"
#include "world/SimInstance.h"
#include "world/SimManagedInstance.h"
#include "world/SimWorld.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace milink::sim {

QString DemoFiles::write(const QString &directory, const SimWorld &world,
                         const QHostAddress &listenAddress, const QJsonObject &cloud,
                         const QString &accessToken)
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create the folder %1.").arg(directory);
    const QDir dir(directory);

    QSaveFile clouds(dir.filePath(QStringLiteral("clouds.json")));
    if (!clouds.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(clouds.fileName(), clouds.errorString());
    clouds.write(
        QJsonDocument(QJsonObject {{QStringLiteral("clouds"), QJsonArray {cloud}}}).toJson());
    if (!clouds.commit())
        return QStringLiteral("cannot write %1: %2").arg(clouds.fileName(), clouds.errorString());

    LinkDefinition link;
    QString sqlPassword;
    if (!world.sqlServers().isEmpty()) {
        const SimInstance *server = world.sqlServers().constFirst();
        link.sqlServer.host = listenAddress.toString();
        link.sqlServer.port = server->tdsPort;
        for (const SimLogin &login : server->logins) {
            if (login.sysadmin && !login.disabled) {
                link.sqlServer.loginName = login.name;
                sqlPassword = login.password;
                break;
            }
        }
        // The simulator speaks TDS without TLS.
        link.sqlServer.encryption = SqlEncryption::Optional;
        link.endpoint.listenerAddress = server->hostName;
        link.sqlServer.serverName = server->serverName;
        link.sqlServer.version = SqlServerVersion::parse(server->productVersion);
        // The first user database is chosen; the Databases page offers the others.
        for (const SimDatabase &database : server->databases) {
            if (database.databaseId > 4) {
                link.addDatabase(database.name);
                break;
            }
        }
    }
    link.managedInstance.cloud = cloud.value(QStringLiteral("name")).toString();
    if (!world.managedInstances().isEmpty()) {
        const SimManagedInstance *mi = world.managedInstances().constFirst();
        link.managedInstance.subscriptionId = mi->subscriptionId;
        link.managedInstance.resourceGroup = mi->resourceGroup;
        link.managedInstance.name = mi->name;
        link.managedInstance.fqdn = mi->fqdn;
        link.managedInstance.updatePolicy
            = updatePolicyFromArm(mi->databaseFormat).value_or(UpdatePolicy::Unknown);
    }
    const QString problem = ProjectFile::save(link, dir.filePath(QStringLiteral("demo.milink")));
    if (!problem.isEmpty())
        return problem;

    QSaveFile environment(dir.filePath(QStringLiteral("demo.env")));
    if (!environment.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2")
            .arg(environment.fileName(), environment.errorString());
    environment.write(QStringLiteral("MILINK_AZURE_ACCESS_TOKEN=%1\nMILINK_SQL_PASSWORD=%2\n")
                          .arg(accessToken, sqlPassword)
                          .toUtf8());
    if (!environment.commit())
        return QStringLiteral("cannot write %1: %2")
            .arg(environment.fileName(), environment.errorString());
    return {};
}

} // namespace milink::sim
