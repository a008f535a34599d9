#pragma once

#include "SimInstance.h"
#include "SimLinkResource.h"

#include <QJsonObject>
#include <QObject>

namespace milink::sim {

// A managed instance as an Azure resource (Microsoft.Sql/managedInstances),
// with the link-related child resources. Its database engine is a SimInstance
// of kind ManagedInstance, owned by this object.
class SimManagedInstance : public QObject
{
    Q_OBJECT

public:
    explicit SimManagedInstance(QObject *parent = nullptr);

    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location = QStringLiteral("westeurope");
    QString dnsZone; // the zone label of the FQDN
    QString fqdn; // <name>.<dnsZone>.<sql DNS suffix>
    QString databaseFormat = QStringLiteral("AlwaysUpToDate"); // update policy
    QString state = QStringLiteral("Ready");
    QString provisioningState = QStringLiteral("Succeeded");
    QString skuName = QStringLiteral("GP_Gen5");
    QString skuTier = QStringLiteral("GeneralPurpose");
    QString skuFamily = QStringLiteral("Gen5");
    int vCores = 8;
    int storageSizeInGB = 256;
    QString collation = QStringLiteral("SQL_Latin1_General_CP1_CI_AS");
    QString licenseType = QStringLiteral("LicenseIncluded");
    QString hybridSecondaryUsage = QStringLiteral("Active");
    QString subnetId;

    QList<SimServerTrustCertificate> serverTrustCertificates;
    QList<SimLinkResource> links;

    SimInstance *engine() const { return m_engine; }

    // /subscriptions/…/resourceGroups/…/providers/Microsoft.Sql/managedInstances/<name>
    QString resourceId() const;

    SimServerTrustCertificate *serverTrustCertificate(const QString &certificateName);
    SimLinkResource *link(const QString &linkName);

    QJsonObject snapshot() const;

    void notifyChanged() { emit changed(); }

signals:
    void changed();

private:
    SimInstance *m_engine;
};

} // namespace milink::sim
