#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

namespace milink::sim {

// Simulated UTC time. With a scale of 60 one real second is one simulated
// minute, so seeding, lag and certificate expiry play out quickly in tests.
// Time only moves forward; `advance()` lets the control interface jump ahead
// (e.g. to make a certificate expire).
class SimClock : public QObject
{
    Q_OBJECT

public:
    explicit SimClock(QObject *parent = nullptr);

    QDateTime now() const;
    double scale() const { return m_scale; }
    void setScale(double scale);
    // Starts the simulated time at `start` (scenario files may pin it).
    void setStart(const QDateTime &start);
    void advance(qint64 simulatedMs);

    // Real milliseconds a timer must wait for `simulatedMs` of simulated time.
    qint64 realMsFor(qint64 simulatedMs) const;

private:
    QDateTime m_origin; // simulated time when m_elapsed started
    QElapsedTimer m_elapsed; // real time since then
    qint64 m_jumpMs = 0; // sum of advance() calls
    double m_scale = 1.0;
};

} // namespace milink::sim
