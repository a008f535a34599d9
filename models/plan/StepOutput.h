#pragma once

#include <QString>

namespace milink {

// A value a step produces for later steps. For T-SQL steps `query` is run after
// the action (or after the step was found done) and the first column of its
// first row is the value. For Azure steps the value is the JSON string at
// `jsonPointer` of the response.
struct StepOutput
{
    QString name; // the plan value, e.g. "SqlCertificatePublicKey"
    QString query;
    QString jsonPointer;
};

} // namespace milink
