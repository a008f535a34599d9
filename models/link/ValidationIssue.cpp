#include "ValidationIssue.h"

#include <algorithm>

namespace milink {

QString ValidationIssue::toString() const
{
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    if (path.isEmpty())
        return kind + QStringLiteral(": ") + message;
    return kind + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
}

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &issue) { return issue.isError(); });
}

} // namespace milink
