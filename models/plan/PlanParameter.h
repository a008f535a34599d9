#pragma once

#include <QString>

namespace milink {

// A value a plan's T-SQL or request bodies refer to as `$(Name)`. Names are
// sqlcmd scripting-variable names ([A-Za-z][A-Za-z0-9_]*), so the same text runs
// in sqlcmd and in milink's runner.
struct PlanParameter
{
    enum class Kind {
        Secret, // typed or read from the keychain at run time; never written anywhere
        Setting, // known when the plan is made (`value`), editable in the script
        Produced, // produced by step `producedBy`, consumed by later steps
    };

    QString name;
    Kind kind = Kind::Setting;
    QString value; // Setting only
    QString producedBy; // Produced only: the step id
    QString description; // one sentence, tr()
};

} // namespace milink
