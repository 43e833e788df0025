#pragma once

#include "model/resourcestate.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

#include <array>
#include <functional>

namespace converge {

/// A collapsed group of resources drawn as one box: its label, how many members it has, and
/// how many are in each run state as small coloured counts; the box takes the colour of the
/// group's worst state (worstState()).
///
/// Holds only the group's number and what it paints; GroupCollapser owns the item's place in
/// the scene and its counts. Selectable; a double click asks the collapser to expand it. The
/// position is the box centre in scene coordinates. GUI thread only.
class GroupItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GroupItem)

public:
    enum
    {
        Type = UserType + 5
    };
    /// Members per state, indexed by ResourceState.
    using Counts = std::array<int, int(ResourceState::Cancelled) + 1>;

    GroupItem(int group, const QString &label, int members);

    int type() const override { return Type; }
    int group() const { return m_group; }
    const QString &label() const { return m_label; }
    int memberCount() const { return m_members; }

    /// Places the box, centred on centre, size in points.
    void setGeometry(QPointF centre, QSizeF size);
    /// The box drawn, in scene coordinates (without the stack behind it).
    QRectF box() const { return m_rect.translated(pos()); }
    /// Shows new counts; repaints only when they changed.
    void setCounts(const Counts &counts);
    const Counts &counts() const { return m_counts; }
    /// The state whose colour the box takes: failed, else running, else cancelled, skipped,
    /// pending, and done only when every member is done. A failure anywhere in a group must
    /// show at any zoom; "done" must mean all of it.
    ResourceState worstState() const;
    /// The colour of the box as a flat block, far out and in the overview: its worst state's,
    /// darker for pending so that a group stands out among pending nodes.
    QColor overviewColour() const;

    /// Called with the group's number on a double click.
    void setOnActivated(std::function<void(int)> onActivated);
    /// Called with the group's number and the screen position on a context-menu request.
    void setOnContextMenu(std::function<void(int, const QPoint &)> onContextMenu);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void paintCounts(QPainter *painter, const QRectF &line, const QFont &font) const;

    int m_group;
    QString m_label;
    int m_members;
    Counts m_counts{};
    QRectF m_rect;
    std::function<void(int)> m_onActivated;
    std::function<void(int, const QPoint &)> m_onContextMenu;
};

} // namespace converge
