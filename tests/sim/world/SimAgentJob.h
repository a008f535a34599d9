#pragma once

#include <QList>
#include <QString>

namespace milink::sim {

// One step of a SQL Agent job (msdb.dbo.sysjobsteps).
struct SimAgentJobStep
{
    QString stepName;
    QString subsystem = QStringLiteral("TSQL");
    QString command;
};

// A SQL Agent job as msdb.dbo.sysjobs shows it. The simulator never runs jobs:
// they exist so that tools can find, for example, log backups that would
// truncate the log during seeding.
struct SimAgentJob
{
    QString name;
    bool enabled = true;
    QList<SimAgentJobStep> steps;
};

} // namespace milink::sim
