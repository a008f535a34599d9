#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

// The operations milink can plan, execute and export as scripts. The text forms
// are the `--operation` values of `milink script` and `milink apply`.
enum class Operation {
    CreateLink, // direction taken from the link definition
    SetReplicationMode,
    Failover,
    DeleteLink,
    RotateCertificate,
    RepairSplitBrain,
};

QString toString(Operation operation);
std::optional<Operation> operationFromString(const QString &text);
QStringList operationNames();

} // namespace milink
