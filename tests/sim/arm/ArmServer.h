#pragma once

#include "auth/SimTokenIssuer.h"
#include "control/SimHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace milink::sim {

class ControlServer;
class SimFaults;
class SimInstance;
class SimManagedInstance;
class SimWorld;
struct SimSubscription;

// Azure Resource Manager as milink uses it: tenants and subscriptions
// (2022-12-01), managed instances, server trust certificates, endpoint
// certificates and distributed availability groups (Microsoft.Sql 2025-01-01),
// stateful on the shared SimWorld. Paths are matched case-insensitively, bearer
// tokens are checked, lists are paged with nextLink, writes are long-running
// operations answered 202 with both Azure-AsyncOperation and Location (and
// Retry-After), and the link rules answer with the documented error codes.
// Details in docs/simulator.md.
class ArmServer : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int pageSize = 20; // items per list page
        int operationPolls = 2; // status polls an operation reports InProgress
        // An operation nobody polls (its client died) still ends, as in Azure: after
        // this many simulated seconds a conflicting request finds it finished.
        int abandonedOperationSeconds = 60;
        int retryAfterSeconds = 1; // Retry-After on 202 and operation polls
        // Off (default): a new link resource is accepted and the link state machine
        // reports connection problems afterwards (mostRecentLinkError, LinkInitError).
        // On: the create operation itself fails with the documented codes when the
        // SQL Server side is not ready (endpoint, trust both ways, AG, database).
        bool linkChecks = false;
        // Off: long-running operations answer with Location only, as the specs
        // declare, so clients' fallback path can be tested.
        bool asyncOperationHeader = true;
    };

    ArmServer(SimWorld &world, SimTokenIssuer &tokens, SimFaults &faults,
              QObject *parent = nullptr);

    quint16 start(const QHostAddress &address, quint16 port = 0);
    QString baseUrl() const { return m_http.baseUrl(); }
    Settings &settings() { return m_settings; }

    // arm.configure, arm.requests, arm.clearRequests, azure.* seeding commands.
    void registerControlCommands(ControlServer &control);

private:
    struct Failure
    {
        int status = 400;
        QString code;
        QString message;
    };
    struct Operation
    {
        QString id;
        QString kind; // distributedAvailabilityGroups, serverTrustCertificates
        QString location;
        QByteArray method;
        QString resourceKey; // for conflict checks
        int pollsLeft = 0;
        QDateTime startTime;
        QDateTime endTime;
        QString status = QStringLiteral("InProgress");
        std::function<std::optional<Failure>()> apply;
        std::function<QJsonObject()> result; // the body for the final Location answer
        std::optional<Failure> failure;
    };
    struct Call
    {
        const SimHttpRequest &request;
        QStringList segments;
        SimTokenIssuer::Grant grant;
    };

    SimHttpResponse handle(const SimHttpRequest &request);
    SimHttpResponse route(Call &call);
    SimHttpResponse routeSubscription(Call &call, const SimSubscription &subscription);
    SimHttpResponse routeInstance(Call &call, SimManagedInstance &mi, int at);
    SimHttpResponse routeTrustCertificates(Call &call, SimManagedInstance &mi, int at);
    SimHttpResponse routeEndpointCertificates(Call &call, SimManagedInstance &mi, int at);
    SimHttpResponse routeLinks(Call &call, SimManagedInstance &mi, int at);
    SimHttpResponse createLink(Call &call, SimManagedInstance &mi, const QString &name);
    SimHttpResponse updateLink(Call &call, SimManagedInstance &mi, const QString &name);
    SimHttpResponse failoverLink(Call &call, SimManagedInstance &mi, const QString &name);
    SimHttpResponse setLinkRole(Call &call, SimManagedInstance &mi, const QString &name);
    SimHttpResponse acceptedDone(const SimHttpRequest &request, SimManagedInstance &mi,
                                 const QString &key, const QString &name);
    SimHttpResponse pollOperation(Call &call, const QString &type, const QString &id);

    SimHttpResponse page(const SimHttpRequest &request, const QJsonArray &items) const;
    SimHttpResponse accepted(const SimHttpRequest &request, Operation operation,
                             const SimManagedInstance &mi);
    bool operationRunning(const QString &resourceKey);
    void advance(Operation &operation);
    std::optional<Failure> checkPartner(const SimManagedInstance &mi, const QString &endpoint,
                                        const QString &partnerAg, const QString &database) const;
    SimInstance *partnerFor(const QString &endpoint) const;
    void log(const SimHttpRequest &request, int status);

    SimWorld &m_world;
    SimTokenIssuer &m_tokens;
    SimFaults &m_faults;
    SimHttpServer m_http;
    Settings m_settings;
    QHash<QString, Operation> m_operations;
    QJsonArray m_requestLog;
};

} // namespace milink::sim
