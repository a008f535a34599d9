#pragma once

#include <QString>

namespace milink::sim {

// A SQL login of a simulated instance. Scenario files carry the simulator's own
// test passwords; no real secret ever goes here.
struct SimLogin
{
    QString name;
    QString password;
    bool sysadmin = false;
    bool disabled = false;
};

} // namespace milink::sim
