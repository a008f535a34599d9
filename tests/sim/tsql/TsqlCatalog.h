#pragma once

#include "TsqlTable.h"

#include <optional>

namespace milink::sim {

class SimWorld;
class SimInstance;
struct SimDatabase;

// The catalog views and DMVs of one simulated instance, materialised on demand as tables from
// the world's state (certificates, endpoints, databases, AGs, backups…), with the documented
// column names and types. Nothing here changes the world.
class TsqlCatalog
{
public:
    TsqlCatalog(SimWorld &world, SimInstance &instance);

    // `schema` and `name` as written (case-insensitive); `database` is the database the name
    // resolves in (the three-part prefix or the current database). nullopt = no such object.
    std::optional<TsqlTable> table(const QString &database, const QString &schema,
                                   const QString &name) const;

    // Every database of the instance, system databases (master, tempdb, model, msdb) first.
    QList<SimDatabase> databases() const;
    std::optional<SimDatabase> database(const QString &name) const;
    std::optional<SimDatabase> database(int databaseId) const;
    static bool isSystemDatabase(const QString &name);

private:
    TsqlTable databasesView() const;
    TsqlTable masterFiles() const;
    TsqlTable filegroups(const QString &database) const;
    TsqlTable databaseRecoveryStatus() const;
    TsqlTable symmetricKeys(const QString &database) const;
    TsqlTable certificates(const QString &database) const;
    TsqlTable endpoints(int shape) const;
    TsqlTable availabilityGroups() const;
    TsqlTable availabilityReplicas() const;
    TsqlTable availabilityDatabasesCluster() const;
    TsqlTable replicaStates() const;
    TsqlTable databaseReplicaStates() const;
    TsqlTable physicalSeedingStats() const;
    TsqlTable automaticSeeding() const;
    TsqlTable hostInfo() const;
    TsqlTable serverServices() const;
    TsqlTable logSpaceUsage(const QString &database) const;
    TsqlTable fabricConfigParameters() const;
    TsqlTable backupset() const;
    TsqlTable backupmediafamily() const;
    TsqlTable sysjobs() const;
    TsqlTable sysjobsteps() const;
    TsqlTable serverPrincipals() const;
    TsqlTable serverRoleMembers() const;
    TsqlTable databaseEncryptionKeys() const;

    SimWorld &m_world;
    SimInstance &m_instance;
};

} // namespace milink::sim
