#include "SimAvailabilityGroup.h"

namespace milink::sim {

SimReplica *SimAvailabilityGroup::localReplica()
{
    for (SimReplica &r : replicas) {
        if (r.isLocal)
            return &r;
    }
    return nullptr;
}

const SimReplica *SimAvailabilityGroup::localReplica() const
{
    return const_cast<SimAvailabilityGroup *>(this)->localReplica();
}

SimReplica *SimAvailabilityGroup::replica(const QString &serverName)
{
    for (SimReplica &r : replicas) {
        if (r.serverName.compare(serverName, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace milink::sim
