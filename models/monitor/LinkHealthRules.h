#pragma once

#include "LinkStatusRow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace milink {

// Decides a row's verdict and the sentences that explain it. The thresholds are
// values, so the window and `milink status` can offer them as settings later.
class LinkHealthRules
{
    Q_DECLARE_TR_FUNCTIONS(LinkHealthRules)

public:
    struct Thresholds
    {
        double lagWarningSeconds = 60;
        double lagCriticalSeconds = 600;
        double logWarningPercent = 70;
        double logCriticalPercent = 90;
        int certificateWarningDays = 30;
    };

    // Sets row.health and row.reasons (keeps row.problems: a source that did not
    // answer makes the row a warning at least). `answered` lists the sources that
    // answered this refresh ("arm", "sqlServer", "managedInstance"): a link missing
    // from a source counts only when that source was read. Empty: every source.
    static void evaluate(LinkStatusRow &row, const QDateTime &now, const Thresholds &thresholds,
                         const QStringList &answered = {});
    static void evaluate(LinkStatusRow &row, const QDateTime &now)
    {
        evaluate(row, now, Thresholds());
    }
};

} // namespace milink
