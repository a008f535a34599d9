#pragma once

#include <QObject>

class QSocketNotifier;

namespace milink::sim {

// Turns SIGTERM and SIGINT into a Qt signal, so the simulator shuts down from
// its event loop (closing listeners cleanly) instead of dying mid-write. The
// handler only writes a byte to a socket pair, the one thing that is safe there.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace milink::sim
