#pragma once

#include "document/statecounts.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QProgressBar;

namespace converge {

/// The status bar's run summary: resources per state (glyph, colour and count), a progress bar
/// of finished resources, and the elapsed time of the run; while Keep Converging watches, how
/// long the graph has been converged ("converged for 12 s", once a second). GUI thread only.
class RunStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusWidget(QWidget *parent = nullptr);

    /// A run began: resets the clock and shows the progress bar.
    void runStarted();
    /// Shows counts of the resources in the run; called once per screen refresh.
    void setCounts(const StateCounts &counts);
    /// The run ended after seconds (the engine's figure, so the label ends exact).
    void runFinished(double seconds);
    /// Hides the run figures, e.g. for a newly opened file.
    void reset();
    /// Watching began: shows convergedForMs() (milliseconds, or -1 while a repair goes) once a
    /// second until watchEnded(). The function must stay callable until then.
    void watchStarted(std::function<qint64()> convergedForMs);
    void watchEnded();
    /// The watch text shown ("converged for 12 s"), empty when not watching; for tests.
    QString watchText() const;

    /// The text shown for a state's count, for tests.
    QString countText(ResourceState state) const;

private:
    void showElapsed(double seconds);
    void showWatch();

    std::array<QLabel *, StateCount> m_counts{};
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QLabel *m_watch;
    QTimer m_watchTick; ///< once a second: the text counts whole seconds
    std::function<qint64()> m_convergedForMs;
};

} // namespace converge
