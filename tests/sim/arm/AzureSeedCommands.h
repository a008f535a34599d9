#pragma once

namespace milink::sim {

class ControlServer;
class SimWorld;

// Control commands that add to the Azure side of the world while the simulator
// runs: azure.addTenant, azure.addUser, azure.addSubscription,
// azure.addResourceGroup, azure.addManagedInstance, azure.updateManagedInstance.
// (A managed instance added this way has no TDS listener; scenario files are the
// way to get one.)
class AzureSeedCommands
{
public:
    static void registerCommands(ControlServer &control, SimWorld &world);
};

} // namespace milink::sim
