#pragma once

#include "link/LinkDefinition.h"

#include <QObject>
#include <QString>

namespace milink {

class LinkSession;

// What each choice of the Link options page means for the SQL Server version and
// the managed instance's update policy known so far. `allowed` is false when
// the facts rule the choice out; the text then says why and what to change.
struct LinkOptionImplications
{
    struct Option
    {
        bool allowed = true;
        QString text;
    };
    // "SQL Server 2019 (15.0.4312.2); managed instance update policy not known yet."
    QString facts;
    Option sqlServerFirst;
    Option managedInstanceFirst;
    Option oneWay;
    Option twoWay;
    Option async;
    Option sync;
};

// Link options: the link name, the direction, one-way or two-way failover and
// the replication mode. Writes every choice to the LinkSession at once (nothing
// typed is lost) and re-evaluates the implications whenever the session learns
// something (a version read on the SQL Server page, a policy from Azure).
// No widgets; tests drive it directly.
class LinkOptionsController : public QObject
{
    Q_OBJECT

public:
    explicit LinkOptionsController(LinkSession *session, QObject *parent = nullptr);

    QString linkName() const;
    // Stores the name (even an invalid one, so nothing typed is lost) and returns
    // its problem, empty when Azure accepts it. Empty means "DAG_<database>".
    QString setLinkName(const QString &name);
    QString linkNameProblem() const;

    void setDirection(LinkDirection direction);
    void setFailoverMode(FailoverMode mode);
    void setReplicationMode(ReplicationMode mode);

    LinkOptionImplications implications() const;
    // What keeps the page from advancing: an invalid name, or a choice the known
    // facts rule out. Empty when Next may go on.
    QString problem() const;

signals:
    // The implications or the problem may have changed.
    void changed();

private:
    SqlServerVersion knownVersion() const;
    UpdatePolicy knownPolicy() const;

    LinkSession *m_session;
};

} // namespace milink
