#pragma once

#include "LinkSources.h"
#include "LsnSample.h"

#include "link/LinkDefinition.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace milink {

class LsnGate;
struct SqlResult;

// Polls the hardened LSNs of a link's databases and feeds an LsnGate. Each poll
// is one read-only batch on SQL Server, one on the managed instance (when
// connected) and one Azure GET of the instance's links (when signed in) —
// whatever the number of databases. The next poll starts an interval after the
// previous one finished, so reads never pile up on a slow server.
class LsnMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPollIntervalMs = 2000;

    LsnMonitor(LinkSources sources, QList<DatabaseLink> databases, LsnGate *gate,
               QObject *parent = nullptr);

    void setPollIntervalMs(int milliseconds) { m_intervalMs = qMax(50, milliseconds); }
    int pollIntervalMs() const { return m_intervalMs; }

    void start();
    void stop();
    bool isActive() const { return m_active; }
    int pollCount() const { return m_polls; }

    // The batch run on each side, and the merge of the answers (pure, tested).
    QString lsnQuery() const;
    static LsnSample merge(const QList<DatabaseLink> &databases,
                           const std::optional<SqlResult> &sqlServer,
                           const std::optional<SqlResult> &managedInstance,
                           const std::optional<QJsonArray> &armLinks, const QString &armError);

signals:
    void sampled(const milink::LsnSample &sample);

private:
    void poll();

    LinkSources m_sources;
    QList<DatabaseLink> m_databases;
    LsnGate *m_gate;
    QTimer m_timer;
    int m_intervalMs = kDefaultPollIntervalMs;
    bool m_active = false;
    bool m_polling = false;
    int m_polls = 0;
    QObject *m_pollContext = nullptr; // answers of a stopped poll are dropped with it
};

} // namespace milink
