#pragma once

#include "model/runevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace converge {

/// Plays a recorded run's events back over time, at real speed or faster.
///
/// Events are handed out in batches at screen rate (never one signal per event), each batch
/// holding every event whose recorded time has come. The object lives on one thread (the GUI's)
/// and its signals come from its timer there.
class RunReplay : public QObject
{
    Q_OBJECT
public:
    explicit RunReplay(QObject *parent = nullptr);

    /// Starts playing events (in stream order, resource ids already bound to the shown graph)
    /// at speed times real time; a replay in progress is dropped.
    void start(std::vector<RunEvent> events, double speed = 1.0);
    /// Stops without emitting finished().
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// Replay time in microseconds since the recorded run started.
    qint64 nowUs() const;

signals:
    /// The events that became due since the last batch, in stream order.
    void advanced(const std::vector<converge::RunEvent> &events);
    /// Every event has been handed out.
    void finished();

private:
    void tick();

    std::vector<RunEvent> m_events;
    size_t m_next = 0;
    double m_speed = 1.0;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace converge
