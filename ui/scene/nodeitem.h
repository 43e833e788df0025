#pragma once

#include "model/resource.h"
#include "model/resourcestate.h"

#include <QGraphicsItem>
#include <QIcon>

namespace converge {

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

    /// runnable is false for kinds this machine cannot run: they get a "cannot run here" look.
    NodeItem(ResourceId id, const QString &kind, const QString &name, bool runnable);

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
    /// Keep Converging watches the graph: a done node shows the watching glyph instead of
    /// done's. Repaints only when that changes what is shown.
    void setWatching(bool watching);
    /// The node shows the watching look (watched, runnable and done).
    bool showsWatching() const;
    /// Advances the running animation by one frame; repaints only a running node.
    void advanceAnimation();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateGeometry();
    void paintLabel(QPainter *painter, const QColor &text) const;
    QFont labelFont() const;

    ResourceId m_id;
    QString m_kind;
    QString m_name;
    QIcon m_icon;
    bool m_runnable;
    ResourceState m_state = ResourceState::Pending;
    bool m_watching = false;
    int m_animationFrame = 0;
    QSizeF m_size{120, 36};
    QRectF m_rect;
    QRectF m_bounds;
};

} // namespace converge
