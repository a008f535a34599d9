#include "LsnGate.h"

#include "azure/Clock.h"

#include <QLocale>

namespace milink {

namespace {

QString trimmed(const QString &lsn)
{
    // numeric(25,0) arrives as text; leading zeros and blanks carry no meaning.
    QString text = lsn.trimmed();
    while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        text.remove(0, 1);
    return text;
}

} // namespace

LsnGate::LsnGate(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system())
{
    m_reason = tr("The LSNs have not been read yet.");
}

void LsnGate::setWindowSeconds(int seconds)
{
    seconds = qMax(1, seconds);
    if (seconds == m_windowSeconds)
        return;
    m_windowSeconds = seconds;
    evaluate();
}

void LsnGate::reset()
{
    m_stable.clear();
    evaluate();
}

QString LsnGate::difference(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const qulonglong x = trimmed(a).toULongLong(&okA);
    const qulonglong y = trimmed(b).toULongLong(&okB);
    if (!okA || !okB)
        return {};
    return QLocale().toString(x > y ? x - y : y - x);
}

void LsnGate::feed(const LsnSample &sample)
{
    m_last = sample;
    m_haveSample = true;
    const QDateTime now = m_clock->now();
    QHash<QString, QPair<QString, QDateTime>> stable;
    if (sample.error.isEmpty()) {
        for (const LsnSample::Database &db : sample.databases) {
            const QString sql = trimmed(db.sqlServerLsn);
            const QString mi = trimmed(db.managedInstanceLsn);
            const QString arm = trimmed(db.armLsn);
            if (sql.isEmpty() || mi.isEmpty() || sql != mi || (!arm.isEmpty() && arm != sql))
                continue;
            const auto previous = m_stable.constFind(db.name);
            if (previous != m_stable.constEnd() && previous->first == sql)
                stable.insert(db.name, *previous);
            else
                stable.insert(db.name, qMakePair(sql, now));
        }
    }
    m_stable = stable;
    evaluate();
}

void LsnGate::evaluate()
{
    const State oldState = m_state;
    const QString oldReason = m_reason;
    const qint64 oldStable = m_stableSeconds;
    m_stableSeconds = 0;

    if (!m_haveSample) {
        m_state = State::Waiting;
        m_reason = tr("The LSNs have not been read yet.");
    } else if (!m_last.error.isEmpty()) {
        m_state = State::Failed;
        m_reason = tr("The LSNs could not be read: %1").arg(m_last.error);
    } else if (m_last.databases.isEmpty()) {
        m_state = State::Waiting;
        m_reason = tr("No database of the link reports a hardened LSN yet.");
    } else {
        const QDateTime now = m_clock->now();
        const bool several = m_last.databases.size() > 1;
        State worst = State::Open;
        QString why;
        qint64 slowest = -1;
        for (const LsnSample::Database &db : m_last.databases) {
            const QString prefix = several ? db.name + QStringLiteral(": ") : QString();
            const QString sql = trimmed(db.sqlServerLsn);
            const QString mi = trimmed(db.managedInstanceLsn);
            const QString arm = trimmed(db.armLsn);
            State state = State::Open;
            QString text;
            if (sql.isEmpty() || mi.isEmpty()) {
                state = State::Waiting;
                text = sql.isEmpty()
                    ? tr("SQL Server's hardened LSN of %1 is not available.").arg(db.name)
                    : tr("The managed instance's hardened LSN of %1 is not available: connect "
                         "to the managed instance or sign in to Azure.")
                          .arg(db.name);
            } else if (sql != mi) {
                state = State::Differ;
                const QString by = difference(sql, mi);
                text = by.isEmpty()
                    ? tr("LSNs differ: SQL Server has hardened %1, the managed instance %2.")
                          .arg(sql, mi)
                    : tr("LSNs differ by %1: SQL Server has hardened %2, the managed instance "
                         "%3.")
                          .arg(by, sql, mi);
            } else if (!arm.isEmpty() && arm != sql) {
                state = State::Differ;
                text = tr("Azure reports %1 as the last hardened LSN, both servers %2: wait until "
                          "Azure agrees.")
                           .arg(arm, sql);
            } else {
                const QDateTime since = m_stable.value(db.name).second;
                const qint64 seconds = since.isValid() ? qMax<qint64>(0, since.secsTo(now)) : 0;
                if (slowest < 0 || seconds < slowest)
                    slowest = seconds;
                if (seconds < m_windowSeconds) {
                    state = State::Stabilizing;
                    text = tr("LSNs equal (%1), stable for %2 of %3 s.")
                               .arg(sql)
                               .arg(seconds)
                               .arg(m_windowSeconds);
                }
            }
            // The first database that holds the gate closed explains why; a
            // missing value or a difference outranks a wait.
            auto rank = [](State s) {
                switch (s) {
                case State::Failed: return 4;
                case State::Differ: return 3;
                case State::Waiting: return 2;
                case State::Stabilizing: return 1;
                case State::Open: return 0;
                }
                return 0;
            };
            if (rank(state) > rank(worst)) {
                worst = state;
                why = prefix + text;
            }
        }
        m_state = worst;
        m_stableSeconds
            = (worst == State::Open || worst == State::Stabilizing) ? qMax<qint64>(0, slowest) : 0;
        m_reason = worst == State::Open
            ? tr("LSNs equal and unchanged for %1 s on both sides: a planned failover loses "
                 "nothing.")
                  .arg(m_stableSeconds)
            : why;
    }
    if (m_state != oldState || m_reason != oldReason || m_stableSeconds != oldStable)
        emit changed();
}

} // namespace milink
