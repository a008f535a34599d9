#include "Plan.h"

#include <QRegularExpression>

namespace milink {

namespace {

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\(([A-Za-z][A-Za-z0-9_]*)\\)"));
    return pattern;
}

} // namespace

QString toString(PlanStep::Target target)
{
    switch (target) {
    case PlanStep::Target::SqlServer: return QStringLiteral("sqlServer");
    case PlanStep::Target::ManagedInstance: return QStringLiteral("managedInstance");
    case PlanStep::Target::Arm: return QStringLiteral("azure");
    }
    return {};
}

const PlanStep *Plan::step(const QString &id) const
{
    for (const PlanStep &candidate : steps) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const PlanParameter *Plan::parameter(const QString &name) const
{
    for (const PlanParameter &candidate : parameters) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Plan::Substitution Plan::substitute(const QString &text, const QHash<QString, QString> &values,
                                    bool forJson)
{
    Substitution result;
    QString out;
    int last = 0;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const auto found = values.constFind(name);
        if (found == values.constEnd()) {
            result.missing = name;
            return result;
        }
        out += QStringView(text).mid(last, match.capturedStart() - last);
        QString value = found.value();
        if (!forJson)
            value.replace(QLatin1Char('\''), QStringLiteral("''"));
        out += value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    result.text = out;
    return result;
}

QStringList Plan::references(const QString &text)
{
    QStringList names;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

} // namespace milink
