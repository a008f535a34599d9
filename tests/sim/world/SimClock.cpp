#include "SimClock.h"

#include <cmath>

namespace milink::sim {

SimClock::SimClock(QObject *parent) : QObject(parent), m_origin(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

QDateTime SimClock::now() const
{
    const auto simulated = static_cast<qint64>(std::llround(m_elapsed.elapsed() * m_scale));
    return m_origin.addMSecs(simulated + m_jumpMs);
}

void SimClock::setScale(double scale)
{
    // Re-anchor so that changing the scale never moves time backwards.
    m_origin = now();
    m_jumpMs = 0;
    m_elapsed.restart();
    m_scale = scale > 0 ? scale : 1.0;
}

void SimClock::setStart(const QDateTime &start)
{
    m_origin = start.toUTC();
    m_jumpMs = 0;
    m_elapsed.restart();
}

void SimClock::advance(qint64 simulatedMs)
{
    if (simulatedMs > 0)
        m_jumpMs += simulatedMs;
}

qint64 SimClock::realMsFor(qint64 simulatedMs) const
{
    return std::max<qint64>(0, static_cast<qint64>(std::llround(simulatedMs / m_scale)));
}

} // namespace milink::sim
