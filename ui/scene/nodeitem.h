#pragma once

#include "model/resource.h"
#include "model/resourcestate.h"
#include "model/statepalette.h"

#include <QGraphicsItem>
#include <QIcon>
#include <QPen>

#include <cstdint>

namespace converge {

class SceneSketch;

/// One resource drawn as a rounded box: kind icon, name, and its run state as colour and glyph.
///
/// The item holds only the resource's id and what it paints (kind, name, state); the graph model
/// never points at it. Position is the node centre in scene coordinates; the local rectangle is
/// centred on (0, 0). GUI thread only.
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    /// Below this zoom a node is a flat box in its state's colour, without border or label.
    static constexpr qreal OverviewZoom = 0.2;
    /// However far out, that box covers at least this many pixels each way, so a failed
    /// resource in a 100,000-resource overview is still a visible dot.
    static constexpr qreal OverviewMinimumPixels = 3;

    /// runnable is false for kinds this machine cannot run: they get a "cannot run here" look.
    NodeItem(ResourceId id, const QString &kind, const QString &name, bool runnable);
    ~NodeItem() override;

    int type() const override { return Type; }
    ResourceId resourceId() const { return m_id; }
    const QString &kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    /// Shows a new name; the box keeps its size until setGeometry().
    void setName(const QString &name);
    bool isRunnable() const { return m_runnable; }

    /// Places the node: centre in scene coordinates, size in points.
    void setGeometry(QPointF centre, QSizeF size);
    QSizeF size() const { return m_size; }
    ResourceState state() const { return m_state; }
    /// Repaints only when the state really changed.
    void setState(ResourceState state);
    /// Marks the node as having an error (a red badge with "!" on its corner), or not.
    void setProblem(bool problem);
    bool hasProblem() const { return m_problem; }
    /// A dry run found that a real run would change this resource: a done node then shows
    /// StatePalette::wouldChange() instead of done's look.
    void setWouldChange(bool wouldChange);
    bool wouldChange() const { return m_wouldChange; }
    /// Keep Converging watches the graph: a done node shows the watching glyph instead of
    /// done's. Repaints only when that changes what is shown.
    void setWatching(bool watching);
    /// The node shows the watching look (watched, runnable and done).
    bool showsWatching() const;
    /// Advances the running animation by one frame; repaints only a running node.
    void advanceAnimation();

    /// The colour of the flat box drawn below OverviewZoom.
    QColor overviewColour(const QPalette &palette) const;
    /// Everything but the palette that overviewColour() depends on, as one small number: far
    /// out, a paint colours the few dozen of these in use instead of every node.
    std::uint8_t overviewLook() const;
    /// The colour of the flat box of a node whose overviewLook() is look.
    static QColor overviewColour(const QPalette &palette, std::uint8_t look);
    /// Whether a node whose overviewLook() is look is selected.
    static bool isSelectedLook(std::uint8_t look);
    /// Keeps sketch told of this node's box, look and visibility from now on (nullptr: none).
    void setSketch(SceneSketch *sketch);
    /// The flat box in scene coordinates at levelOfDetail: the node's box, grown about its
    /// centre to a few pixels each way when it would be smaller.
    QRectF overviewRect(qreal levelOfDetail) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// How the node is painted in detail: fill, border and text colours for its state.
    struct Look
    {
        QColor fill;
        QPen border;
        QColor text;
    };
    Look look(const QPalette &palette) const;
    static Look lookOf(const QPalette &palette, ResourceState state, bool wouldChange,
                       bool runnable, int animationFrame);
    void sketch() const;
    void updateGeometry();
    void paintLabel(QPainter *painter, const QColor &text) const;
    void paintProblemBadge(QPainter *painter) const;
    const StatePalette::Style &stateStyle() const;
    QFont labelFont() const;

    ResourceId m_id;
    QString m_kind;
    QString m_name;
    QIcon m_icon;
    bool m_runnable;
    ResourceState m_state = ResourceState::Pending;
    bool m_watching = false;
    int m_animationFrame = 0;
    bool m_problem = false;
    bool m_wouldChange = false;
    QSizeF m_size{120, 36};
    QRectF m_rect;
    QRectF m_bounds;
    SceneSketch *m_sketch = nullptr;
};

} // namespace converge
