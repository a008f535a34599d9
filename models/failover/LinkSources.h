#pragma once

#include "azure/ManagedInstanceRef.h"

namespace milink {

class ArmClient;
class SqlSession;

// Where the failover models read a link's state: the connection to SQL Server
// (required), the managed instance's T-SQL endpoint and Azure (each optional;
// null when milink is not connected or signed in). Not owned.
struct LinkSources
{
    SqlSession *sqlServer = nullptr;
    SqlSession *managedInstance = nullptr;
    ArmClient *arm = nullptr;
    ManagedInstanceRef instance;
};

} // namespace milink
