#pragma once

#include "LsnSample.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>

namespace milink {

class Clock;

// The gate before a planned failover: open only when, for every database, the
// hardened LSNs of SQL Server and the managed instance (and Azure's
// lastHardenedLsn when available) are equal and have not changed for a window
// (default 30 s) — with the workload stopped and synchronous commit, nothing can
// be lost then. Fed with samples (LsnMonitor polls them); the time comes from an
// injected clock so tests need not wait. Pure: no I/O.
class LsnGate : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Waiting, // nothing read yet, or a value is missing
        Differ, // the LSNs are not equal
        Stabilizing, // equal, not yet for the whole window
        Open,
        Failed, // the last read failed
    };
    Q_ENUM(State)

    static constexpr int kDefaultWindowSeconds = 30;

    explicit LsnGate(Clock *clock, QObject *parent = nullptr);

    int windowSeconds() const { return m_windowSeconds; }
    // Re-evaluates the last sample against the new window.
    void setWindowSeconds(int seconds);

    void feed(const LsnSample &sample);
    // Forgets the stability seen so far (e.g. the user restarted the workload).
    void reset();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // A sentence: "LSNs differ by 1 024: …", "Equal for 12 of 30 s.", …
    QString reason() const { return m_reason; }
    // Seconds the LSNs have been equal and unchanged (the slowest database).
    qint64 stableSeconds() const { return m_stableSeconds; }
    const LsnSample &lastSample() const { return m_last; }

    // "123 456 789": the difference of two LSNs when both are numbers, else empty.
    static QString difference(const QString &a, const QString &b);

signals:
    void changed();

private:
    void evaluate();

    Clock *m_clock;
    int m_windowSeconds = kDefaultWindowSeconds;
    LsnSample m_last;
    bool m_haveSample = false;
    // Per database: the equal value seen and since when.
    QHash<QString, QPair<QString, QDateTime>> m_stable;
    State m_state = State::Waiting;
    QString m_reason;
    qint64 m_stableSeconds = 0;
};

} // namespace milink
