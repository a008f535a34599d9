#pragma once

namespace milink::sim {

class ControlServer;
class SimWorld;

// Control commands that steer links: the application workload that moves LSNs,
// network partitions between a SQL Server and a managed instance, an immediate
// state-machine tick, and the state machine's simulated rates.
class LinkControlCommands
{
public:
    static void registerCommands(ControlServer &control, SimWorld &world);
};

} // namespace milink::sim
