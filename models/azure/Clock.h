#pragma once

#include <QDateTime>

namespace milink {

// The time source for token expiry decisions. Injected so tests can move time on
// without waiting; the product uses SystemClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // The process-wide system clock (never null, never destroyed).
    static Clock *system();
};

// A clock tests set by hand.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace milink
