#pragma once

#include "SimClock.h"
#include "SimInstance.h"
#include "SimLinkStateMachine.h"
#include "SimManagedInstance.h"
#include "SimTenancy.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace milink::sim {

// Everything the simulator knows: the Azure directory, every SQL Server and
// managed instance, and the clock. Both protocol halves (TDS and HTTP) and the
// link state machine share this one model; it lives on the main thread.
class SimWorld : public QObject
{
    Q_OBJECT

public:
    explicit SimWorld(QObject *parent = nullptr);

    SimClock &clock() { return m_clock; }
    // The link state machine; main() starts its timer, tests call tick() themselves.
    SimLinkStateMachine &links() { return *m_links; }

    QList<SimTenant> tenants;
    QList<SimSubscription> subscriptions;
    QList<SimUser> users;
    // The SQL DNS suffix of the cloud the simulator plays (FQDN = name.zone.suffix).
    QString sqlDnsSuffix = QStringLiteral("database.windows.net");

    const QList<SimInstance *> &sqlServers() const { return m_sqlServers; }
    const QList<SimManagedInstance *> &managedInstances() const { return m_managedInstances; }

    SimInstance *addSqlServer();
    SimManagedInstance *addManagedInstance();

    SimInstance *sqlServer(const QString &serverName) const;
    SimManagedInstance *managedInstance(const QString &subscriptionId, const QString &resourceGroup,
                                        const QString &name) const;
    SimManagedInstance *managedInstanceByFqdn(const QString &fqdn) const;
    // The Azure resource whose engine is `engine`, or nullptr for a SQL Server.
    SimManagedInstance *managedInstanceOf(const SimInstance *engine) const;
    const SimSubscription *subscription(const QString &subscriptionId) const;

    // Replaces the whole state with a scenario (format in docs/simulator.md).
    // Returns an empty string on success, otherwise every problem, one per line,
    // with its JSON path; on failure the world is left empty.
    QString loadScenario(const QJsonObject &scenario);
    // The scenario used when none is given: one tenant and subscription, a SQL
    // Server 2022 CU13 with two databases, and a managed instance with the SQL
    // Server 2022 update policy.
    static QJsonObject demoScenario();

    QJsonObject snapshot() const;

signals:
    void changed();

private:
    void clear();

    SimClock m_clock;
    SimLinkStateMachine *m_links;
    QList<SimInstance *> m_sqlServers;
    QList<SimManagedInstance *> m_managedInstances;
};

} // namespace milink::sim
