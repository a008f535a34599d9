#pragma once

#include <QList>
#include <QString>

namespace milink {

// One problem found in a link definition or a project file. `path` names the
// value in the project file's JSON ("databases[1].linkName"), so the same issue
// can be shown next to a wizard field or printed by `milink validate`.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "error: databases[1].linkName: The link name …"
    QString toString() const;

    friend bool operator==(const ValidationIssue &a, const ValidationIssue &b)
    {
        return a.severity == b.severity && a.path == b.path && a.message == b.message;
    }
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);

} // namespace milink
