#pragma once

#include "failover/FailoverChoice.h"
#include "failover/FirstBackupCheck.h"
#include "failover/LinkRoles.h"
#include "plan/Operation.h"
#include "plan/PlanOptions.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace milink {

class Clock;
class LinkSession;
class LsnGate;
class LsnMonitor;
class SplitBrainDetector;

// The state of one failover wizard, shared by its pages: the replicas' roles
// (split brain → repair instead of failover), the offered failovers and the one
// chosen, the typed data-loss acknowledgement, the LSN gate and the
// post-failover choices; it turns them into the plan's operation and options.
// No widgets; every read is asynchronous.
class FailoverController : public QObject
{
    Q_OBJECT

public:
    // The exact phrase a forced failover needs typed.
    static QString acknowledgementPhrase();

    FailoverController(LinkSession *session, Clock *clock = nullptr, QObject *parent = nullptr);
    ~FailoverController() override;

    LinkSession *session() const { return m_session; }

    // ---- replicas -------------------------------------------------------------------
    void readRoles();
    bool isReadingRoles() const { return m_readingRoles; }
    const std::optional<LinkRoles> &roles() const { return m_roles; }
    bool splitBrain() const { return m_roles && m_roles->splitBrain(); }
    // Offline or unreadable roles: the user says which side is primary now.
    void setAssumedPrimary(LinkSide side);
    LinkSide currentPrimary() const;

    // ---- split-brain repair ------------------------------------------------------------
    void setRepair(LinkSide keep, const QString &backupLocation);
    LinkSide repairKeeps() const { return m_repairKeep; }
    QString repairBackupLocation() const { return m_repairBackup; }

    // ---- failover type ------------------------------------------------------------------
    QList<FailoverChoice> choices() const;
    void choose(FailoverType type, LinkSide to);
    std::optional<FailoverChoice> chosen() const;

    // ---- forced: typed acknowledgement ------------------------------------------------
    void setAcknowledgement(const QString &typed);
    bool acknowledged() const;

    // ---- planned: synchronous commit and the LSN gate ---------------------------------
    LsnGate *gate() const { return m_gate; }
    void setPollIntervalMs(int milliseconds);
    void startGate();
    void stopGate();

    // ---- after the failover -------------------------------------------------------------
    void setRemoveLink(bool remove);
    bool removeLink() const;
    void setDropAvailabilityGroup(bool drop) { m_dropAg = drop; }
    bool dropAvailabilityGroup() const { return m_dropAg; }
    void checkFirstBackup();
    const std::optional<FirstBackupCheck::Result> &firstBackup() const { return m_firstBackup; }

    // ---- the plan -----------------------------------------------------------------------
    Operation operation() const;
    PlanOptions planOptions() const;

signals:
    void rolesChanged();
    void choiceChanged();
    void acknowledgementChanged(bool acknowledged);
    void firstBackupChanged();

private:
    LinkSession *m_session;
    Clock *m_clock;
    SplitBrainDetector *m_detector = nullptr;
    bool m_readingRoles = false;
    std::optional<LinkRoles> m_roles;
    std::optional<LinkSide> m_assumedPrimary;
    LinkSide m_repairKeep = LinkSide::ManagedInstance;
    QString m_repairBackup;
    std::optional<std::pair<FailoverType, LinkSide>> m_choice;
    QString m_typed;
    LsnGate *m_gate;
    LsnMonitor *m_monitor = nullptr;
    int m_pollIntervalMs = 2000;
    bool m_removeLink = false;
    bool m_dropAg = false;
    FirstBackupCheck *m_backupCheck = nullptr;
    std::optional<FirstBackupCheck::Result> m_firstBackup;
};

} // namespace milink
