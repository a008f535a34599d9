#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace milink {

// The writable properties of a new link (DistributedAvailabilityGroup PUT body).
struct LinkCreateParameters
{
    QString linkName; // resource name = DAG name
    QString partnerAvailabilityGroupName; // AG on SQL Server
    QString instanceAvailabilityGroupName; // AG on the managed instance
    QString partnerEndpoint; // TCP://host:5022
    QString instanceLinkRole = QStringLiteral("Secondary"); // Primary when MI is initial primary
    QString failoverMode = QStringLiteral("None"); // None (one-way) or Manual (two-way)
    QString seedingMode = QStringLiteral("Automatic");
    QString replicationMode; // empty: leave to Azure (Async)
    QStringList databases;

    QJsonObject toJson() const;
};

} // namespace milink
