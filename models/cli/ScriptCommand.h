#pragma once

#include "Command.h"

#include "plan/PlanOptions.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QCommandLineParser;

namespace milink::cli {

// `milink script PROJECT.milink --operation OP [options] --out DIR`: validates
// the project (LinkValidator, the support matrix, the operation's options),
// prints every problem with its path, and only when there is no error writes
// the numbered scripts and README.md. Exit 0 on success, 1 when the project or
// the operation is refused or the files cannot be written, 2 for usage errors.
class ScriptCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScriptCommand)

public:
    QString name() const override { return QStringLiteral("script"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // Tests pin the date that expiry checks compare with.
    void setToday(const QDate &today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace milink::cli
