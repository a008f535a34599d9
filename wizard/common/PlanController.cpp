#include "PlanController.h"

#include "cli/OperationOptions.h"
#include "link/LinkValidator.h"
#include "plan/PlanBuilder.h"
#include "script/ScriptWriter.h"
#include "session/LinkSession.h"

#include <QDate>
#include <QFileInfo>

namespace milink {

namespace {

QString targetText(PlanStep::Target target)
{
    switch (target) {
    case PlanStep::Target::SqlServer: return PlanController::tr("SQL Server");
    case PlanStep::Target::ManagedInstance: return PlanController::tr("Managed instance");
    case PlanStep::Target::Arm: return PlanController::tr("Azure");
    }
    return {};
}

QString joined(const ValidationIssues &issues, bool errors)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError() == errors)
            lines << issue.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PlanController::PlanController(LinkSession *session, Operation operation,
                               const PlanOptions &options, QObject *parent)
    : QObject(parent), m_session(session), m_operation(operation), m_options(options)
{
    // Whatever the session learns can change the plan (names, directions, steps
    // found in place); rebuilding is pure and cheap.
    connect(session, &LinkSession::linkChanged, this, &PlanController::rebuild);
    connect(session, &LinkSession::sqlServerFactsChanged, this, &PlanController::rebuild);
    connect(session, &LinkSession::azureFactsChanged, this, &PlanController::rebuild);
    connect(session, &LinkSession::offlineChanged, this, &PlanController::rebuild);
    connect(session, &LinkSession::projectPathChanged, this, &PlanController::rebuild);
    rebuild();
}

void PlanController::setOptions(const PlanOptions &options)
{
    m_options = options;
    rebuild();
}

void PlanController::rebuild()
{
    const LinkDefinition &link = m_session->link();
    const QDate today = QDate::currentDate();
    // The same checks as `milink script`, so the page refuses what the command refuses.
    m_issues = LinkValidator::validate(link, today);
    m_issues += cli::OperationOptions::validate(m_options, today);
    m_plan.reset();
    m_files.clear();
    if (!hasErrors(m_issues)) {
        PlanBuilder::Result built = m_session->buildPlan(m_operation, m_options);
        m_issues += built.issues;
        m_plan = built.plan;
        if (m_plan) {
            // Scripts come from the plan without discovery, exactly as `milink script`
            // builds it: they are meant to run anywhere, checks included.
            const PlanBuilder::Result portable = PlanBuilder::build(link, m_operation, m_options);
            if (portable.plan)
                m_files = ScriptWriter::render(*portable.plan, link, projectName());
        }
    }
    // Secrets of steps that no longer exist are forgotten.
    const QList<PlanParameter> needed = neededSecrets();
    for (auto it = m_secrets.begin(); it != m_secrets.end();) {
        bool keep = false;
        for (const PlanParameter &parameter : needed)
            keep = keep || parameter.name == it.key();
        it = keep ? std::next(it) : m_secrets.erase(it);
    }
    emit planChanged();
}

QList<PlannedStep> PlanController::steps() const
{
    QList<PlannedStep> out;
    if (!m_plan)
        return out;
    for (int i = 0; i < m_plan->steps.size(); ++i) {
        const PlanStep &step = m_plan->steps.at(i);
        PlannedStep line;
        line.index = i;
        line.id = step.id;
        line.title = step.title;
        line.description = step.description;
        line.target = targetText(step.target);
        line.databaseName = step.databaseName;
        line.skippedBecauseDone = step.alreadyDone;
        line.destructive = step.destructive;
        out << line;
    }
    return out;
}

QString PlanController::refusals() const
{
    return joined(m_issues, true);
}

QString PlanController::warnings() const
{
    return joined(m_issues, false);
}

QString PlanController::exportScripts(const QString &directory, bool overwrite) const
{
    if (m_files.isEmpty())
        return refusals().isEmpty() ? tr("There is no plan to export.")
                                    : tr("Nothing was written: %1").arg(refusals());
    return ScriptWriter::write(m_files, directory, overwrite);
}

QList<PlanParameter> PlanController::neededSecrets() const
{
    QList<PlanParameter> out;
    if (!m_plan)
        return out;
    for (const PlanParameter &parameter : m_plan->parameters) {
        if (parameter.kind != PlanParameter::Kind::Secret)
            continue;
        // A secret only steps found in place would use is not asked for; their
        // done check still runs first.
        bool used = false;
        for (const PlanStep &step : m_plan->steps)
            used = used || (!step.alreadyDone && step.consumes.contains(parameter.name));
        if (used)
            out << parameter;
    }
    return out;
}

QStringList PlanController::missingSecrets() const
{
    QStringList out;
    for (const PlanParameter &parameter : neededSecrets()) {
        if (m_secrets.value(parameter.name).isEmpty())
            out << parameter.name;
    }
    return out;
}

void PlanController::setSecret(const QString &name, const QString &value)
{
    if (m_secrets.value(name) == value)
        return;
    m_secrets.insert(name, value);
    emit secretsChanged();
}

bool PlanController::canExecute() const
{
    return executeProblem().isEmpty();
}

QString PlanController::executeProblem() const
{
    if (!m_plan)
        return refusals().isEmpty() ? tr("There is no plan.") : refusals();
    if (m_session->isOffline())
        return tr("Offline, milink only writes scripts. Use Script… and run them, or connect "
                  "to execute the plan from here.");
    const QStringList missing = missingSecrets();
    if (!missing.isEmpty())
        return tr("Enter %1 to execute the plan.").arg(missing.join(QStringLiteral(", ")));
    return {};
}

QString PlanController::projectName() const
{
    const QString path = m_session->projectPath();
    return path.isEmpty() ? tr("unsaved project") : QFileInfo(path).fileName();
}

} // namespace milink
