#pragma once

#include "ScriptFile.h"

#include "link/LinkDefinition.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milink {

// Turns a plan into reviewable scripts: consecutive steps on the same target
// form one numbered file (T-SQL in sqlcmd mode; Azure steps as PowerShell with
// Az.Sql ≥ 6.0 and as Bash with Azure CLI ≥ 2.67), plus a README.md with the
// run order and the values that flow between files. Deterministic: the same
// plan and link give byte-identical files (no clock, no paths, no host data).
// Secrets are referenced as parameters only.
class ScriptWriter
{
    Q_DECLARE_TR_FUNCTIONS(ScriptWriter)

public:
    // `projectName` is the project file's name as the README should show it.
    static QList<ScriptFile> render(const Plan &plan, const LinkDefinition &link,
                                    const QString &projectName);

    // Writes the files into `directory`, creating it. Refuses a directory that
    // exists and is not empty unless `overwrite`. Returns an empty string on
    // success, otherwise a message naming the path and what to do.
    static QString write(const QList<ScriptFile> &files, const QString &directory, bool overwrite);

    // "SqlCertificatePublicKey" → "SQL_CERTIFICATE_PUBLIC_KEY"
    static QString environmentName(const QString &parameter);
};

} // namespace milink
