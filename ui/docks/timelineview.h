#pragma once

#include "model/graph.h"

#include <QAbstractScrollArea>

#include <vector>

namespace converge {

class RunTimeline;

/// Draws a RunTimeline: one row per resource sorted by start, a bar per try coloured by its
/// outcome (StatePalette), a time axis on top and the resource names on the left, both fixed
/// while the bars scroll.
///
/// Reads the timeline it is given (not owned; it must outlive the view or be replaced) only
/// when it paints, so callers batch changes and call refresh() at screen rate. Ctrl+wheel zooms
/// the time axis around the pointer. Clicking a row emits resourceClicked(). GUI thread only.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// What to draw; nullptr for nothing. Rows are named "kind/name" as in graph, a copy that
    /// keeps the names resources had then (copying a graph shares its storage).
    void setTimeline(const RunTimeline *timeline, Graph graph);
    /// The time open tries extend to (now, during a live run or a replay).
    void setNowUs(qint64 nowUs);
    /// Re-reads the timeline: rows, order and scroll range. Call after applying events, and
    /// after clearing the timeline before anything new is applied to it. Names are measured
    /// only for rows that appeared since the last refresh, a bounded number per event-loop
    /// pass, so a refresh costs what changed, not the whole run.
    void refresh();

    /// The resource shown as selected (its row highlighted), or InvalidId.
    void setSelectedResource(ResourceId id);
    ResourceId selectedResource() const { return m_selected; }
    /// Resources on the critical path: their bars get a strong outline and a marker.
    void setCriticalPath(const std::vector<ResourceId> &ids);
    const std::vector<ResourceId> &criticalPath() const { return m_critical; }

    /// Pixels per second of run time.
    double zoom() const { return m_pixelsPerSecond; }
    void setZoom(double pixelsPerSecond);
    void zoomIn();
    void zoomOut();
    /// Fits the whole run into the visible width.
    void zoomToFit();

    /// The name drawn on id's row ("kind/name"), or empty.
    QString name(ResourceId id) const;
    /// The rectangle of a row in viewport coordinates (for tests and tooltips); empty if none.
    QRect rowRect(ResourceId id) const;
    /// The first try's bar of id in viewport coordinates; empty if it never started.
    QRect barRect(ResourceId id) const;

signals:
    void resourceClicked(converge::ResourceId id);
    void zoomChanged(double pixelsPerSecond);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int labelWidth() const { return m_labelWidth; }
    void measureLabels();
    int rowHeight() const;
    int axisHeight() const;
    qint64 endUs() const;
    double xOf(qint64 us) const;
    void updateScrollBars();
    void paintAxis(QPainter &painter, double span) const;
    void zoomAround(double factor, int viewportX);

    const RunTimeline *m_timeline = nullptr;
    Graph m_graph; ///< what the rows are named from

    std::vector<int> m_order; ///< row indices of m_timeline, by start
    std::vector<int> m_rowOfId;
    std::vector<ResourceId> m_critical;
    ResourceId m_selected = InvalidId;
    int m_labelWidth = 0;         ///< the name column: the widest name seen, capped
    size_t m_measuredRows = 0;    ///< rows of m_timeline whose names m_labelWidth covers
    bool m_measureQueued = false; ///< more rows wait to be measured in a later pass
    qint64 m_nowUs = 0;
    double m_pixelsPerSecond = 60;
};

} // namespace converge
