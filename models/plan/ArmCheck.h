#pragma once

#include <QString>

namespace milink {

// A GET against a path relative to the managed instance id, and a predicate on
// the answer. Used for "already done?" checks and waits of Azure steps.
struct ArmCheck
{
    enum class Predicate {
        Exists, // 200
        Absent, // 404
        PropertyEquals, // 200 and the JSON value at `jsonPointer` equals `expected`
        ListNotEmpty, // 200 and `value` has at least one element
    };

    QString path;
    Predicate predicate = Predicate::Exists;
    QString jsonPointer; // "/properties/replicationMode"
    QString expected;
    // The unencoded resource name (for scripts); empty for list checks.
    QString resourceName;
};

} // namespace milink
