#include "docks/timelineview.h"

#include "model/statepalette.h"
#include "records/runtimeline.h"
#include "scene/themecolours.h"

#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace converge {

namespace {
constexpr double MinZoom = 0.01; // a day fits in a wide window
constexpr double MaxZoom = 20000;
constexpr double ZoomStep = 1.25;
constexpr int BarInset = 4;
constexpr int Padding = 6;
constexpr int MinLabelWidth = 80;
constexpr int MaxLabelWidth = 260;
// Names measured per pass (a few milliseconds); a run that brings thousands of rows at once
// has the rest measured in later passes, so no single event-loop pass stalls on text shaping.
constexpr size_t MeasuredPerPass = 500;

/// A tick step of 1, 2 or 5 times a power of ten seconds that puts ticks at least minPixels
/// apart.
double tickStep(double pixelsPerSecond, double minPixels)
{
    const double raw = minPixels / pixelsPerSecond;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}
} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setMouseTracking(false);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    measureLabels();
}

void TimelineView::setTimeline(const RunTimeline *timeline, Graph graph)
{
    m_timeline = timeline;
    m_graph = std::move(graph);
    m_critical.clear();
    m_nowUs = 0;
    m_measuredRows = 0;
    refresh();
}

QString TimelineView::name(ResourceId id) const
{
    return m_graph.contains(id) ? m_graph.resource(id).key() : QString();
}

void TimelineView::setNowUs(qint64 nowUs)
{
    m_nowUs = nowUs;
}

void TimelineView::refresh()
{
    m_order = m_timeline ? m_timeline->orderByStart() : std::vector<int>();
    m_rowOfId.assign(m_graph.resourceCapacity(), -1);
    for (size_t r = 0; r < m_order.size(); ++r) {
        const ResourceId id = m_timeline->rows()[size_t(m_order[r])].id;
        if (id >= m_rowOfId.size())
            m_rowOfId.resize(id + 1, -1);
        m_rowOfId[id] = int(r);
    }
    measureLabels();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setSelectedResource(ResourceId id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    const QRect row = rowRect(id);
    if (!row.isEmpty()) {
        QScrollBar *bar = verticalScrollBar();
        if (row.top() < axisHeight())
            bar->setValue(bar->value() - (axisHeight() - row.top()));
        else if (row.bottom() > viewport()->height())
            bar->setValue(bar->value() + row.bottom() - viewport()->height());
    }
    viewport()->update();
}

void TimelineView::setCriticalPath(const std::vector<ResourceId> &ids)
{
    m_critical = ids;
    std::sort(m_critical.begin(), m_critical.end());
    viewport()->update();
}

void TimelineView::setZoom(double pixelsPerSecond)
{
    pixelsPerSecond = std::clamp(pixelsPerSecond, MinZoom, MaxZoom);
    if (pixelsPerSecond == m_pixelsPerSecond)
        return;
    m_pixelsPerSecond = pixelsPerSecond;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(m_pixelsPerSecond);
}

void TimelineView::zoomIn()
{
    zoomAround(ZoomStep, labelWidth());
}

void TimelineView::zoomOut()
{
    zoomAround(1 / ZoomStep, labelWidth());
}

void TimelineView::zoomToFit()
{
    const double seconds = std::max(endUs() / 1e6, 0.001);
    const int width = std::max(viewport()->width() - labelWidth() - 2 * Padding, 20);
    setZoom(width / seconds);
    horizontalScrollBar()->setValue(0);
}

void TimelineView::zoomAround(double factor, int viewportX)
{
    // Keep the time under viewportX where it is.
    const double seconds =
        (viewportX - labelWidth() - Padding + horizontalScrollBar()->value()) / m_pixelsPerSecond;
    setZoom(m_pixelsPerSecond * factor);
    horizontalScrollBar()->setValue(
        int(std::lround(seconds * m_pixelsPerSecond - (viewportX - labelWidth() - Padding))));
}

void TimelineView::measureLabels()
{
    const size_t rows = m_timeline ? m_timeline->rows().size() : 0;
    if (rows < m_measuredRows || m_measuredRows == 0) {
        // A cleared timeline or a new font: measure from scratch.
        m_measuredRows = 0;
        m_labelWidth = MinLabelWidth;
    }
    if (m_labelWidth >= MaxLabelWidth) {
        m_measuredRows = rows;
        return;
    }
    // Measured as the widest form a name takes: bold, with the critical-path star. Rows only
    // ever append, so only the new ones are measured.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const size_t end = std::min(rows, m_measuredRows + MeasuredPerPass);
    for (; m_measuredRows < end; ++m_measuredRows) {
        const ResourceId id = m_timeline->rows()[m_measuredRows].id;
        if (m_graph.contains(id))
            m_labelWidth = std::max(m_labelWidth,
                                    metrics.horizontalAdvance(u"★ "_qs + name(id)) + 3 * Padding);
    }
    if (m_measuredRows < rows && !m_measureQueued) {
        m_measureQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_measureQueued = false;
            measureLabels();
            updateScrollBars();
            viewport()->update();
        });
    }
    m_labelWidth = std::min(m_labelWidth, MaxLabelWidth);
}

int TimelineView::rowHeight() const
{
    return fontMetrics().height() + 2 * BarInset + 2;
}

int TimelineView::axisHeight() const
{
    return fontMetrics().height() + 2 * Padding;
}

qint64 TimelineView::endUs() const
{
    return std::max(m_timeline ? m_timeline->lastEventUs() : 0, m_nowUs);
}

double TimelineView::xOf(qint64 us) const
{
    return labelWidth() + Padding + us / 1e6 * m_pixelsPerSecond - horizontalScrollBar()->value();
}

void TimelineView::updateScrollBars()
{
    const int contentWidth = int(endUs() / 1e6 * m_pixelsPerSecond) + 2 * Padding;
    const int visibleWidth = std::max(viewport()->width() - labelWidth(), 0);
    horizontalScrollBar()->setRange(0, std::max(contentWidth - visibleWidth, 0));
    horizontalScrollBar()->setPageStep(visibleWidth);
    const int contentHeight = int(m_order.size()) * rowHeight();
    const int visibleHeight = std::max(viewport()->height() - axisHeight(), 0);
    verticalScrollBar()->setRange(0, std::max(contentHeight - visibleHeight, 0));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(rowHeight());
}

QRect TimelineView::rowRect(ResourceId id) const
{
    if (id >= m_rowOfId.size() || m_rowOfId[id] < 0)
        return {};
    const int top = axisHeight() + m_rowOfId[id] * rowHeight() - verticalScrollBar()->value();
    return QRect(0, top, viewport()->width(), rowHeight());
}

QRect TimelineView::barRect(ResourceId id) const
{
    const QRect row = rowRect(id);
    const RunTimeline::Row *r = m_timeline ? m_timeline->row(id) : nullptr;
    if (row.isEmpty() || !r || r->tries.empty())
        return {};
    const RunTimeline::Try &t = r->tries.front();
    const double x0 = xOf(t.startUs);
    const double x1 = std::max(xOf(t.endUs < 0 ? endUs() : t.endUs), x0 + 2);
    return QRectF(x0, row.top() + BarInset, x1 - x0, row.height() - 2 * BarInset).toAlignedRect();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int labels = labelWidth();
    const int axis = axisHeight();
    const QColor grid = mixColours(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.85);
    const QColor criticalColour = pal.color(QPalette::Text);

    painter.save();
    painter.setClipRect(QRect(labels, axis, viewport()->width() - labels, viewport()->height()));
    const double step = tickStep(m_pixelsPerSecond, 70);
    painter.setPen(grid);
    for (double s = 0; s * 1e6 <= endUs() + step * 1e6; s += step)
        painter.drawLine(QPointF(xOf(qint64(s * 1e6)), axis),
                         QPointF(xOf(qint64(s * 1e6)), height()));
    painter.restore();

    // Only the rows on screen, however long the run: a paint costs what is visible.
    const int rowStep = rowHeight();
    const int scrolled = verticalScrollBar()->value();
    const size_t firstRow = size_t(std::max(0, scrolled / rowStep));
    const size_t endRow = std::min(
        m_order.size(), size_t(std::max(0, (scrolled + viewport()->height()) / rowStep + 1)));
    for (size_t r = firstRow; r < endRow; ++r) {
        const RunTimeline::Row &row = m_timeline->rows()[size_t(m_order[r])];
        const QRect rect(0, axis + int(r) * rowStep - scrolled, viewport()->width(), rowStep);
        if (rect.bottom() < axis || rect.top() > viewport()->height())
            continue;
        const bool critical = std::binary_search(m_critical.begin(), m_critical.end(), row.id);
        if (row.id == m_selected)
            painter.fillRect(
                rect, mixColours(pal.color(QPalette::Highlight), pal.color(QPalette::Base), 0.6));
        painter.save();
        painter.setClipRect(
            QRect(labels, std::max(rect.top(), axis), viewport()->width() - labels, rect.height()));
        for (const RunTimeline::Try &t : row.tries) {
            const StatePalette::Style &style = StatePalette::style(t.outcome);
            const double x0 = xOf(t.startUs);
            const double x1 = std::max(xOf(t.endUs < 0 ? endUs() : t.endUs), x0 + 2);
            const QRectF bar(x0, rect.top() + BarInset, x1 - x0, rect.height() - 2 * BarInset);
            QPen pen(critical ? criticalColour : style.border, critical ? 2.5 : 1,
                     style.borderStyle);
            painter.setPen(pen);
            painter.setBrush(style.fill);
            painter.drawRoundedRect(bar, 3, 3);
            if (bar.width() > fontMetrics().horizontalAdvance(style.glyph) + 2 * Padding) {
                painter.setPen(style.text);
                painter.drawText(bar.adjusted(Padding, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                                 style.glyph);
            }
        }
        painter.restore();
        painter.save();
        painter.setClipRect(QRect(0, std::max(rect.top(), axis), labels, rect.height()));
        QFont font = painter.font();
        font.setBold(critical);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::Text));
        const QString label = (critical ? u"★ "_qs : QString()) + name(row.id);
        painter.drawText(
            QRect(Padding, rect.top(), labels - 2 * Padding, rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(font).elidedText(label, Qt::ElideMiddle, labels - 2 * Padding));
        painter.restore();
    }
    paintAxis(painter, step);
}

void TimelineView::paintAxis(QPainter &painter, double step) const
{
    const int axis = axisHeight();
    const int labels = labelWidth();
    painter.fillRect(QRect(0, 0, viewport()->width(), axis), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawLine(labels, axis - 1, viewport()->width(), axis - 1);
    painter.drawText(QRect(Padding, 0, labels - Padding, axis), Qt::AlignVCenter, tr("Resource"));
    painter.save();
    painter.setClipRect(QRect(labels, 0, viewport()->width() - labels, axis));
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    for (double s = 0; s * 1e6 <= endUs() + step * 1e6; s += step) {
        const double x = xOf(qint64(s * 1e6));
        painter.drawLine(QPointF(x, axis - 5), QPointF(x, axis - 1));
        painter.drawText(QRectF(x + 2, 0, 80, axis - 4), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("%1 s").arg(QString::number(s, 'f', decimals)));
    }
    painter.restore();
    painter.drawLine(labels, 0, labels, viewport()->height());
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_measuredRows = 0;
        refresh();
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAround(std::pow(ZoomStep, notches), int(event->position().x()));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || event->position().y() < axisHeight()) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int row =
        int(event->position().y() - axisHeight() + verticalScrollBar()->value()) / rowHeight();
    if (row < 0 || size_t(row) >= m_order.size())
        return;
    const ResourceId id = m_timeline->rows()[size_t(m_order[size_t(row)])].id;
    setSelectedResource(id);
    emit resourceClicked(id);
}

} // namespace converge
