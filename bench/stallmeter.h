#pragma once

// Stalls of the GUI thread, told apart as work, waiting for a core or being blocked: for the
// benchmarks that drive the real window (bench_gui, bench_save).

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace converge::bench {

/// The GUI thread's CPU time, and its time spent runnable but waiting for a core (from
/// /proc/thread-self/schedstat); the rest of a gap is time the thread was blocked.
struct ThreadTimes
{
    qint64 cpuNs = 0;
    qint64 waitNs = 0;

    static ThreadTimes now()
    {
        // schedstat's CPU figure moves only at scheduler ticks; the clock is exact.
        timespec cpu{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        ThreadTimes t{qint64(cpu.tv_sec) * 1000000000 + cpu.tv_nsec, 0};
        if (FILE *file = std::fopen("/proc/thread-self/schedstat", "r")) {
            long long ran = 0;
            long long wait = 0;
            if (std::fscanf(file, "%lld %lld", &ran, &wait) == 2)
                t.waitNs = wait;
            std::fclose(file);
        }
        return t;
    }
};

/// Records the gaps between ticks of a 1 ms timer on the GUI thread: a gap is as long as the
/// event loop was kept from answering input. The worst gaps are kept with the GUI thread's CPU
/// and run-queue wait in them, so a gap can be told apart as work, waiting for a core, or
/// being blocked.
class StallMeter : public QObject
{
public:
    struct Gap
    {
        double atMs = 0; ///< when the gap ended, since start()
        double wallMs = 0;
        double cpuMs = 0;  ///< the GUI thread ran
        double waitMs = 0; ///< the GUI thread was runnable but had no core
    };

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }
    void start()
    {
        m_worst.clear();
        m_ticks = 0;
        m_over16 = 0;
        m_over100 = 0;
        m_clock.start();
        m_last = 0;
        m_lastTimes = ThreadTimes::now();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// Time since start(), on the clock the gaps' atMs are on.
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }
    /// The worst gaps, longest first.
    const std::vector<Gap> &worst() const { return m_worst; }
    Gap worstGap() const { return m_worst.empty() ? Gap{} : m_worst.front(); }
    /// The gap from start() to the first tick: what the work right after start() blocked.
    double firstGapMs() const { return m_firstGapMs; }
    qint64 ticks() const { return m_ticks; }
    int gapsOver16() const { return m_over16; }
    int gapsOver100() const { return m_over100; }

private:
    static constexpr size_t KeptGaps = 5;

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const ThreadTimes times = ThreadTimes::now();
        const Gap gap{now / 1e6, (now - m_last) / 1e6, (times.cpuNs - m_lastTimes.cpuNs) / 1e6,
                      (times.waitNs - m_lastTimes.waitNs) / 1e6};
        m_over16 += gap.wallMs > 16;
        m_over100 += gap.wallMs > 100;
        if (m_worst.size() < KeptGaps || gap.wallMs > m_worst.back().wallMs) {
            const auto at =
                std::upper_bound(m_worst.begin(), m_worst.end(), gap,
                                 [](const Gap &a, const Gap &b) { return a.wallMs > b.wallMs; });
            m_worst.insert(at, gap);
            if (m_worst.size() > KeptGaps)
                m_worst.pop_back();
        }
        if (m_ticks == 0)
            m_firstGapMs = gap.wallMs;
        m_last = now;
        m_lastTimes = times;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    ThreadTimes m_lastTimes;
    std::vector<Gap> m_worst;
    qint64 m_ticks = 0;
    double m_firstGapMs = 0;
    int m_over16 = 0;
    int m_over100 = 0;
};

inline QString describe(const StallMeter::Gap &gap)
{
    return QStringLiteral("%1 ms at %2 s (GUI thread: %3 ms CPU, %4 ms waiting for a core, "
                          "%5 ms blocked)")
        .arg(gap.wallMs, 0, 'f', 1)
        .arg(gap.atMs / 1000, 0, 'f', 2)
        .arg(gap.cpuMs, 0, 'f', 1)
        .arg(gap.waitMs, 0, 'f', 1)
        .arg(std::max(0.0, gap.wallMs - gap.cpuMs - gap.waitMs), 0, 'f', 1);
}

} // namespace converge::bench
