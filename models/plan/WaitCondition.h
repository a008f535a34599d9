#pragma once

#include <QString>

namespace milink {

// Poll until `query` (T-SQL on the step's target) returns at least one row.
// When `timeoutSeconds` pass first, the step fails with `timeoutMessage`, and
// `diagnosticQuery` (optional) shows what the server reports meanwhile.
struct WaitCondition
{
    QString query;
    int timeoutSeconds = 300;
    int pollSeconds = 5;
    QString diagnosticQuery;
    QString timeoutMessage;
};

} // namespace milink
