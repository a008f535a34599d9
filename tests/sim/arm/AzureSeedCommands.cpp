#include "AzureSeedCommands.h"

#include "control/ControlServer.h"
#include "world/SimCertificateFactory.h"
#include "world/SimWorld.h"

#include <QJsonArray>

namespace milink::sim {

namespace {

QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    return o.value(QLatin1String(key)).toString(fallback);
}

SimSubscription *findSubscription(SimWorld &world, const QString &id)
{
    for (SimSubscription &s : world.subscriptions) {
        if (s.subscriptionId.compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void applyInstanceFields(SimManagedInstance &mi, const QJsonObject &a)
{
    mi.location = str(a, "location", mi.location);
    mi.databaseFormat = str(a, "databaseFormat", mi.databaseFormat);
    mi.state = str(a, "state", mi.state);
    mi.provisioningState = str(a, "provisioningState", mi.provisioningState);
    if (a.contains(QLatin1String("skuName"))) {
        mi.skuName = str(a, "skuName");
        mi.skuTier = mi.skuName.startsWith(QLatin1String("BC")) ? QStringLiteral("BusinessCritical")
                                                                : QStringLiteral("GeneralPurpose");
    }
    mi.vCores = a.value(QLatin1String("vCores")).toInt(mi.vCores);
    mi.collation = str(a, "collation", mi.collation);
    mi.hybridSecondaryUsage = str(a, "hybridSecondaryUsage", mi.hybridSecondaryUsage);
    if (a.contains(QLatin1String("productVersion")))
        mi.engine()->productVersion = str(a, "productVersion");
    mi.engine()->collation = mi.collation;
}

} // namespace

void AzureSeedCommands::registerCommands(ControlServer &control, SimWorld &world)
{
    SimWorld *w = &world;
    control.addCommand(
        QStringLiteral("azure.addTenant"),
        QStringLiteral("{tenantId, displayName?, defaultDomain?}"),
        [w](const QJsonObject &a, QString *error) {
            SimTenant t;
            t.tenantId = str(a, "tenantId");
            t.displayName = str(a, "displayName", t.tenantId);
            t.defaultDomain = str(a, "defaultDomain", t.tenantId + QStringLiteral(".example"));
            if (t.tenantId.isEmpty()) {
                *error = QStringLiteral("tenantId is required.");
                return QJsonObject();
            }
            for (const SimTenant &existing : w->tenants) {
                if (existing.tenantId.compare(t.tenantId, Qt::CaseInsensitive) == 0) {
                    *error = QStringLiteral("The tenant %1 exists already.").arg(t.tenantId);
                    return QJsonObject();
                }
            }
            w->tenants.append(t);
            emit w->changed();
            return QJsonObject();
        });
    control.addCommand(QStringLiteral("azure.addUser"),
                       QStringLiteral("{userName, tenantId, password?}"),
                       [w](const QJsonObject &a, QString *error) {
                           SimUser u;
                           u.userName = str(a, "userName");
                           u.tenantId = str(a, "tenantId");
                           u.password = str(a, "password", QStringLiteral("sim-password"));
                           if (u.userName.isEmpty() || u.tenantId.isEmpty()) {
                               *error = QStringLiteral("userName and tenantId are required.");
                               return QJsonObject();
                           }
                           w->users.append(u);
                           return QJsonObject();
                       });
    control.addCommand(
        QStringLiteral("azure.addSubscription"),
        QStringLiteral("{subscriptionId, tenantId, displayName?, state?, resourceGroups?: [name]}"),
        [w](const QJsonObject &a, QString *error) {
            SimSubscription s;
            s.subscriptionId = str(a, "subscriptionId");
            s.tenantId = str(a, "tenantId");
            s.displayName = str(a, "displayName", s.subscriptionId);
            s.state = str(a, "state", s.state);
            if (s.subscriptionId.isEmpty() || s.tenantId.isEmpty()) {
                *error = QStringLiteral("subscriptionId and tenantId are required.");
                return QJsonObject();
            }
            if (findSubscription(*w, s.subscriptionId)) {
                *error
                    = QStringLiteral("The subscription %1 exists already.").arg(s.subscriptionId);
                return QJsonObject();
            }
            const QJsonArray groups = a.value(QLatin1String("resourceGroups")).toArray();
            for (const QJsonValue &g : groups) {
                SimResourceGroup group;
                group.name = g.toString();
                s.resourceGroups.append(group);
            }
            w->subscriptions.append(s);
            emit w->changed();
            return QJsonObject();
        });
    control.addCommand(QStringLiteral("azure.addResourceGroup"),
                       QStringLiteral("{subscriptionId, name, location?}"),
                       [w](const QJsonObject &a, QString *error) {
                           SimSubscription *s = findSubscription(*w, str(a, "subscriptionId"));
                           if (!s) {
                               *error = QStringLiteral("No such subscription.");
                               return QJsonObject();
                           }
                           SimResourceGroup group;
                           group.name = str(a, "name");
                           group.location = str(a, "location", group.location);
                           if (group.name.isEmpty() || s->resourceGroup(group.name)) {
                               *error = QStringLiteral("The resource group name is empty or "
                                                       "exists already.");
                               return QJsonObject();
                           }
                           s->resourceGroups.append(group);
                           emit w->changed();
                           return QJsonObject();
                       });
    control.addCommand(
        QStringLiteral("azure.addManagedInstance"),
        QStringLiteral("{subscriptionId, resourceGroup, name, location?, dnsZone?, "
                       "databaseFormat?, state?, skuName?, vCores?, collation?, productVersion?}"),
        [w](const QJsonObject &a, QString *error) {
            const QString subscriptionId = str(a, "subscriptionId");
            const QString group = str(a, "resourceGroup");
            const QString name = str(a, "name");
            const SimSubscription *s = findSubscription(*w, subscriptionId);
            if (!s || !s->resourceGroup(group) || name.isEmpty()) {
                *error = QStringLiteral("subscriptionId and resourceGroup must exist and name must "
                                        "not be empty.");
                return QJsonObject();
            }
            if (w->managedInstance(subscriptionId, group, name)) {
                *error = QStringLiteral("The managed instance %1 exists already.").arg(name);
                return QJsonObject();
            }
            SimManagedInstance *mi = w->addManagedInstance();
            mi->subscriptionId = s->subscriptionId;
            mi->resourceGroup = s->resourceGroup(group)->name;
            mi->name = name;
            mi->dnsZone = str(a, "dnsZone", QStringLiteral("0123456789ab"));
            mi->fqdn
                = mi->name + QLatin1Char('.') + mi->dnsZone + QLatin1Char('.') + w->sqlDnsSuffix;
            mi->subnetId = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                          "Microsoft.Network/virtualNetworks/vnet-mi/subnets/mi")
                               .arg(mi->subscriptionId, mi->resourceGroup);
            applyInstanceFields(*mi, a);
            SimInstance *engine = mi->engine();
            engine->serverName = mi->name;
            engine->hostName = mi->fqdn;
            if (engine->productVersion.isEmpty())
                engine->productVersion = QStringLiteral("16.0.4185.3");
            const QDateTime now = w->clock().now();
            SimCertificateFactory::Request request;
            request.subjectCommonName = mi->fqdn;
            request.issuerCommonName = QStringLiteral("Microsoft Azure RSA TLS Issuing CA 04");
            request.issuerOrganization = QStringLiteral("Microsoft Corporation");
            request.notBefore = now.addDays(-30);
            request.notAfter = now.addDays(335);
            SimCertificate certificate;
            certificate.name = mi->fqdn;
            certificate.subject = QStringLiteral("CN=") + mi->fqdn;
            certificate.issuerName = QStringLiteral(
                "CN=Microsoft Azure RSA TLS Issuing CA 04, O=Microsoft Corporation");
            certificate.der = SimCertificateFactory::create(request);
            certificate.hasPrivateKey = true;
            certificate.startDate = request.notBefore;
            certificate.expiryDate = request.notAfter;
            engine->mirroringEndpointCertificate = certificate;
            emit w->changed();
            return QJsonObject {{QStringLiteral("id"), mi->resourceId()},
                                {QStringLiteral("fqdn"), mi->fqdn}};
        });
    control.addCommand(
        QStringLiteral("azure.updateManagedInstance"),
        QStringLiteral("{subscriptionId, resourceGroup, name, state?, databaseFormat?, …}"),
        [w](const QJsonObject &a, QString *error) {
            SimManagedInstance *mi = w->managedInstance(str(a, "subscriptionId"),
                                                        str(a, "resourceGroup"), str(a, "name"));
            if (!mi) {
                *error = QStringLiteral("No such managed instance.");
                return QJsonObject();
            }
            applyInstanceFields(*mi, a);
            mi->notifyChanged();
            return QJsonObject();
        });
}

} // namespace milink::sim
