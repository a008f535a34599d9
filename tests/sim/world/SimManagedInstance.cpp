#include "SimManagedInstance.h"

#include <QJsonArray>

namespace milink::sim {

SimManagedInstance::SimManagedInstance(QObject *parent)
    : QObject(parent), m_engine(new SimInstance(SimInstance::Kind::ManagedInstance, this))
{
    connect(m_engine, &SimInstance::changed, this, &SimManagedInstance::changed);
}

QString SimManagedInstance::resourceId() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Sql/"
                          "managedInstances/%3")
        .arg(subscriptionId, resourceGroup, name);
}

SimServerTrustCertificate *
SimManagedInstance::serverTrustCertificate(const QString &certificateName)
{
    for (SimServerTrustCertificate &c : serverTrustCertificates) {
        if (c.name.compare(certificateName, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

SimLinkResource *SimManagedInstance::link(const QString &linkName)
{
    for (SimLinkResource &l : links) {
        if (l.name.compare(linkName, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

QJsonObject SimManagedInstance::snapshot() const
{
    QJsonArray trust;
    for (const SimServerTrustCertificate &c : serverTrustCertificates)
        trust.append(QJsonObject {{QStringLiteral("name"), c.name},
                                  {QStringLiteral("derBytes"), static_cast<int>(c.der.size())}});
    QJsonArray linkList;
    for (const SimLinkResource &l : links) {
        QJsonArray dbs;
        for (const SimLinkDatabase &d : l.databases) {
            dbs.append(QJsonObject {
                {QStringLiteral("databaseName"), d.databaseName},
                {QStringLiteral("replicaState"), d.replicaState},
                {QStringLiteral("seedingProgress"), d.seedingProgress},
                {QStringLiteral("connectedState"), d.connectedState},
                {QStringLiteral("lastHardenedLsn"), QString::number(d.lastHardenedLsn)}});
        }
        linkList.append(QJsonObject {
            {QStringLiteral("name"), l.name},
            {QStringLiteral("replicationMode"), l.replicationMode},
            {QStringLiteral("partnerLinkRole"), l.partnerLinkRole},
            {QStringLiteral("instanceLinkRole"), l.instanceLinkRole},
            {QStringLiteral("partnerAvailabilityGroupName"), l.partnerAvailabilityGroupName},
            {QStringLiteral("instanceAvailabilityGroupName"), l.instanceAvailabilityGroupName},
            {QStringLiteral("partnerEndpoint"), l.partnerEndpoint},
            {QStringLiteral("failoverMode"), l.failoverMode},
            {QStringLiteral("databases"), dbs}});
    }
    return {
        {QStringLiteral("id"), resourceId()}, {QStringLiteral("name"), name},
        {QStringLiteral("fqdn"), fqdn},       {QStringLiteral("databaseFormat"), databaseFormat},
        {QStringLiteral("state"), state},     {QStringLiteral("serverTrustCertificates"), trust},
        {QStringLiteral("links"), linkList},  {QStringLiteral("engine"), m_engine->snapshot()}};
}

} // namespace milink::sim
