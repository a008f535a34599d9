#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace milink {

// One Azure Resource Manager call of a plan step (a description; the runner turns
// it into an azure/ArmRequest). `path` is relative to the
// managed instance's resource id ("/distributedAvailabilityGroups/DAG_Sales"),
// with every name percent-encoded, so the runner only prepends the instance id
// and appends `?api-version=`. `body` string values may contain `$(Name)`
// references to plan values (see Plan::substitute). `action` tells the script
// writer which Az.Sql cmdlet / Azure CLI command expresses the same request.
struct ArmCall
{
    enum class Action {
        PutServerTrustCertificate,
        GetEndpointCertificate,
        PutLink,
        PatchLink,
        DeleteLink,
        FailoverLink,
        SetRole, // no cmdlet or CLI command: REST in scripts
        DeleteServerTrustCertificate,
    };

    static constexpr const char *kApiVersion = "2025-01-01";

    Action action = Action::PutLink;
    QByteArray method; // GET, PUT, PATCH, POST, DELETE
    QString path;
    QJsonObject body; // empty for GET and DELETE
    bool longRunning = false; // poll the Location header until it completes
    QString apiVersion = QString::fromLatin1(kApiVersion);
    // The unencoded resource name the request is about (link or certificate).
    QString resourceName;
};

} // namespace milink
