#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QDate>

namespace milink::cli {

// `milink apply PROJECT.milink --operation OP [options]`: executes an
// operation's plan headless with PlanRunner — the same plan, checks and journal
// as the wizard. Prints one line per step; a failed step adds the explanation,
// the server's raw text and its error number. The journal
// (`<project>.<operation>.journal.json`) lives next to the project, so a run
// that failed, was cancelled (SIGINT) or was killed resumes where it stopped
// when the same command runs again. Secrets come from environment variables or
// a prompt without echo, never from arguments (docs/apply.md).
//
// Exit 0 when every step is done (with --step: when the next step is done), 1
// when the project or plan is refused, a connection fails, or a step fails or
// is cancelled, 2 for usage errors (arguments, missing password variables).
// Runs its own event loop: it is the main loop of the headless process.
class ApplyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // Tests pin the date that expiry checks compare with.
    void setToday(const QDate &today) { m_today = today; }

    // The environment variables apply reads.
    static QString sqlPasswordVariable() { return QStringLiteral("MILINK_SQL_PASSWORD"); }
    static QString managedInstancePasswordVariable()
    {
        return QStringLiteral("MILINK_MI_PASSWORD");
    }
    // MILINK_SECRET_<Name> for the plan's secret parameter <Name> (e.g. MasterKeyPassword).
    static QString secretVariable(const QString &parameterName);

private:
    QDate m_today;
};

} // namespace milink::cli
