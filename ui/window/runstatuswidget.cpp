#include "window/runstatuswidget.h"

#include "model/statepalette.h"
#include "scene/themecolours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <numeric>

namespace converge {

RunStatusWidget::RunStatusWidget(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar), m_elapsed(new QLabel), m_watch(new QLabel)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int i = 0; i < StateCount; ++i) {
        const auto state = ResourceState(i);
        m_counts[i] = new QLabel;
        m_counts[i]->setToolTip(tr("Resources %1").arg(stateLabel(state)));
        m_counts[i]->setTextFormat(Qt::RichText);
        layout->addWidget(m_counts[i]);
    }
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v/%m"));
    layout->addWidget(m_progress);
    m_elapsed->setToolTip(tr("Elapsed time of the run"));
    // The clock moves on while every resource sleeps and no state changes.
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this,
            [this] { showElapsed(m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0); });
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(u"00:00.0"_qs));
    layout->addWidget(m_elapsed);
    m_watch->setObjectName(QStringLiteral("WatchStatus"));
    m_watch->setToolTip(tr("How long every resource has stayed converged while watching"));
    layout->addWidget(m_watch);
    m_watchTick.setInterval(1000);
    connect(&m_watchTick, &QTimer::timeout, this, &RunStatusWidget::showWatch);
    reset();
}

void RunStatusWidget::runStarted()
{
    m_clock.start();
    m_tick.start();
    m_progress->setVisible(true);
    m_elapsed->setVisible(true);
    showElapsed(0);
}

void RunStatusWidget::setCounts(const StateCounts &counts)
{
    for (int i = 0; i < StateCount; ++i) {
        const StatePalette::Style &style = StatePalette::style(ResourceState(i));
        // Bold glyph in the state's colour: the darker border shade on light windows, the
        // lighter fill shade on dark ones; the count stays in the normal text colour.
        const QColor glyph = isDarkPalette(palette()) ? style.fill : style.border;
        m_counts[i]->setText(
            QStringLiteral("<b style=\"color:%1\">%2</b>&nbsp;%3")
                .arg(glyph.name(), style.glyph.toHtmlEscaped(), QLocale().toString(counts[i])));
        m_counts[i]->setVisible(counts[i] > 0 || ResourceState(i) == ResourceState::Done);
    }
    const int total = std::accumulate(counts.begin(), counts.end(), 0);
    const int pending = counts[int(ResourceState::Pending)] + counts[int(ResourceState::Running)];
    // QProgressBar::setValue() repaints at once when its text changes, and a synchronous
    // repaint paints every pending update of the window (a 10,000-node graph) inside this
    // call, once more per refresh; with updates off it only schedules a paint for the next
    // frame, when setUpdatesEnabled(true) calls update().
    m_progress->setUpdatesEnabled(false);
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(total - pending);
    m_progress->setUpdatesEnabled(true);
    if (m_clock.isValid())
        showElapsed(m_clock.elapsed() / 1000.0);
    showWatch();
}

void RunStatusWidget::runFinished(double seconds)
{
    m_clock.invalidate();
    m_tick.stop();
    showElapsed(seconds);
}

void RunStatusWidget::reset()
{
    m_clock.invalidate();
    m_tick.stop();
    for (QLabel *label : m_counts)
        label->setVisible(false);
    m_progress->setVisible(false);
    m_elapsed->setVisible(false);
    watchEnded();
}

void RunStatusWidget::watchStarted(std::function<qint64()> convergedForMs)
{
    m_convergedForMs = std::move(convergedForMs);
    m_watch->setVisible(true);
    m_watchTick.start();
    showWatch();
}

void RunStatusWidget::watchEnded()
{
    m_watchTick.stop();
    m_convergedForMs = nullptr;
    m_watch->clear();
    m_watch->setVisible(false);
}

QString RunStatusWidget::watchText() const
{
    return m_watch->isVisibleTo(this) ? m_watch->text() : QString();
}

void RunStatusWidget::showWatch()
{
    if (!m_convergedForMs)
        return;
    const qint64 ms = m_convergedForMs();
    m_watch->setText(ms < 0 ? tr("repairing")
                            : tr("converged for %1 s").arg(QLocale().toString(ms / 1000)));
}

QString RunStatusWidget::countText(ResourceState state) const
{
    const QLabel *label = m_counts[int(state)];
    return label->isVisibleTo(this) ? label->text() : QString();
}

void RunStatusWidget::showElapsed(double seconds)
{
    const int minutes = int(seconds) / 60;
    m_elapsed->setText(tr("%1:%2")
                           .arg(minutes, 2, 10, QLatin1Char('0'))
                           .arg(seconds - minutes * 60, 4, 'f', 1, QLatin1Char('0')));
}

} // namespace converge
