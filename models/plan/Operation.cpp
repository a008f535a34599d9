#include "Operation.h"

#include <utility>

namespace milink {

namespace {

const std::pair<Operation, const char *> kOperations[] = {
    {Operation::CreateLink, "create-link"},
    {Operation::SetReplicationMode, "set-replication-mode"},
    {Operation::Failover, "failover"},
    {Operation::DeleteLink, "delete-link"},
    {Operation::RotateCertificate, "rotate-certificate"},
    {Operation::RepairSplitBrain, "repair-split-brain"},
};

} // namespace

QString toString(Operation operation)
{
    for (const auto &entry : kOperations) {
        if (entry.first == operation)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

std::optional<Operation> operationFromString(const QString &text)
{
    for (const auto &entry : kOperations) {
        if (text == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QStringList operationNames()
{
    QStringList names;
    for (const auto &entry : kOperations)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace milink
