#include "SimTenancy.h"

namespace milink::sim {

const SimResourceGroup *SimSubscription::resourceGroup(const QString &name) const
{
    for (const SimResourceGroup &group : resourceGroups) {
        if (group.name.compare(name, Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

} // namespace milink::sim
