#include "FailoverController.h"

#include "failover/FailoverOptions.h"
#include "failover/LinkSources.h"
#include "failover/LsnGate.h"
#include "failover/LsnMonitor.h"
#include "failover/SplitBrainDetector.h"
#include "session/LinkSession.h"
#include "sql/SqlSession.h"

namespace milink {

namespace {

LinkSources sourcesOf(LinkSession *session)
{
    LinkSources sources;
    sources.sqlServer = session->sqlServer();
    SqlSession *mi = session->managedInstanceSql();
    sources.managedInstance = mi->state() == SqlSession::State::Connected ? mi : nullptr;
    sources.arm = session->arm();
    const LinkDefinition &link = session->link();
    sources.instance.subscriptionId = link.managedInstance.subscriptionId;
    sources.instance.resourceGroup = link.managedInstance.resourceGroup;
    sources.instance.name = link.managedInstance.name;
    return sources;
}

} // namespace

QString FailoverController::acknowledgementPhrase()
{
    return tr("I accept data loss");
}

FailoverController::FailoverController(LinkSession *session, Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock), m_gate(new LsnGate(clock, this))
{
}

FailoverController::~FailoverController() = default;

void FailoverController::readRoles()
{
    if (m_readingRoles)
        return;
    if (m_session->isOffline() || m_session->link().databases.isEmpty()) {
        m_roles.reset();
        emit rolesChanged();
        return;
    }
    delete m_detector;
    m_detector
        = new SplitBrainDetector(sourcesOf(m_session), m_session->link().databases.first(), this);
    m_readingRoles = true;
    connect(m_detector, &SplitBrainDetector::finished, this, [this](const LinkRoles &roles) {
        m_readingRoles = false;
        m_roles = roles;
        emit rolesChanged();
        emit choiceChanged();
    });
    m_detector->check();
}

void FailoverController::setAssumedPrimary(LinkSide side)
{
    m_assumedPrimary = side;
    emit choiceChanged();
}

LinkSide FailoverController::currentPrimary() const
{
    if (m_roles && m_roles->primary())
        return *m_roles->primary();
    if (m_assumedPrimary)
        return *m_assumedPrimary;
    return m_session->link().direction == LinkDirection::SqlServerToManagedInstance
        ? LinkSide::SqlServer
        : LinkSide::ManagedInstance;
}

void FailoverController::setRepair(LinkSide keep, const QString &backupLocation)
{
    m_repairKeep = keep;
    m_repairBackup = backupLocation;
}

QList<FailoverChoice> FailoverController::choices() const
{
    return FailoverOptions::evaluate(m_session->link(), currentPrimary());
}

void FailoverController::choose(FailoverType type, LinkSide to)
{
    m_choice = std::make_pair(type, to);
    emit choiceChanged();
}

std::optional<FailoverChoice> FailoverController::chosen() const
{
    if (!m_choice)
        return std::nullopt;
    const QList<FailoverChoice> all = choices();
    const FailoverChoice *choice = FailoverOptions::find(all, m_choice->first, m_choice->second);
    if (!choice || !choice->offered)
        return std::nullopt;
    return *choice;
}

void FailoverController::setAcknowledgement(const QString &typed)
{
    const bool before = acknowledged();
    m_typed = typed;
    if (acknowledged() != before)
        emit acknowledgementChanged(acknowledged());
}

bool FailoverController::acknowledged() const
{
    // Exactly the phrase: a confirmation that can be mistyped into passing is none.
    return m_typed == acknowledgementPhrase();
}

void FailoverController::setPollIntervalMs(int milliseconds)
{
    m_pollIntervalMs = milliseconds;
    if (m_monitor)
        m_monitor->setPollIntervalMs(milliseconds);
}

void FailoverController::startGate()
{
    if (m_monitor && m_monitor->isActive())
        return;
    if (m_session->isOffline())
        return;
    delete m_monitor;
    m_gate->reset();
    m_monitor = new LsnMonitor(sourcesOf(m_session), m_session->link().databases, m_gate, this);
    m_monitor->setPollIntervalMs(m_pollIntervalMs);
    m_monitor->start();
}

void FailoverController::stopGate()
{
    if (m_monitor)
        m_monitor->stop();
}

void FailoverController::setRemoveLink(bool remove)
{
    m_removeLink = remove;
    emit choiceChanged();
}

bool FailoverController::removeLink() const
{
    const std::optional<FailoverChoice> choice = chosen();
    if (choice && (choice->removesLink || !choice->canKeepLink))
        return true;
    return m_removeLink;
}

void FailoverController::checkFirstBackup()
{
    SqlSession *mi = m_session->managedInstanceSql();
    if (m_session->isOffline() || mi->state() != SqlSession::State::Connected) {
        FirstBackupCheck::Result unknown;
        unknown.error = m_session->isOffline()
            ? tr("not verified (offline)")
            : tr("milink is not connected to the managed instance's T-SQL endpoint");
        m_firstBackup = unknown;
        emit firstBackupChanged();
        return;
    }
    if (!m_backupCheck) {
        m_backupCheck = new FirstBackupCheck(mi, m_session->link().databases, this);
        connect(m_backupCheck, &FirstBackupCheck::finished, this,
                [this](const FirstBackupCheck::Result &result) {
                    m_firstBackup = result;
                    emit firstBackupChanged();
                });
    }
    m_backupCheck->check();
}

Operation FailoverController::operation() const
{
    return splitBrain() ? Operation::RepairSplitBrain : Operation::Failover;
}

PlanOptions FailoverController::planOptions() const
{
    if (splitBrain())
        return SplitBrainDetector::repairOptions(m_repairKeep, m_repairBackup);
    const std::optional<FailoverChoice> choice = chosen();
    if (!choice)
        return {};
    return FailoverOptions::planOptions(*choice, removeLink(), m_dropAg, acknowledged());
}

} // namespace milink
