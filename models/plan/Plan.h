#pragma once

#include "Operation.h"
#include "PlanParameter.h"
#include "PlanStep.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

// The ordered steps of one operation plus the parameters they share. A value
// type: the runner executes it, the script writer exports it, the wizard shows it.
struct Plan
{
    Operation operation = Operation::CreateLink;
    QString title; // "Create the link (SQL Server initial primary)"
    QString summary; // a paragraph on what the plan does
    QList<PlanStep> steps;
    QList<PlanParameter> parameters;
    QStringList advice; // what to do after the last step

    const PlanStep *step(const QString &id) const;
    const PlanParameter *parameter(const QString &name) const;

    // Replaces every `$(Name)` in `text` by the value's T-SQL / JSON string
    // content: in T-SQL the references sit inside N'…' literals, so `'` is
    // doubled; `forJson` leaves quotes alone (the body is serialised by
    // QJsonDocument). Returns std::nullopt and the missing name when a
    // referenced value is not given.
    struct Substitution
    {
        std::optional<QString> text;
        QString missing;
    };
    static Substitution substitute(const QString &text, const QHash<QString, QString> &values,
                                   bool forJson = false);
    // The `$(Name)` references in `text`, in order of first use.
    static QStringList references(const QString &text);
};

} // namespace milink
