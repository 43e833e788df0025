#include "scene/groupitem.h"

#include "model/statepalette.h"
#include "scene/nodeitem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace converge {

namespace {
constexpr qreal Radius = 8;
constexpr qreal BorderWidth = 2;
constexpr qreal SelectionWidth = 3;
// A second outline offset behind the box: a stack of cards, so a group never reads as a node.
constexpr qreal StackOffset = 5;
constexpr qreal Margin = 8;
constexpr qreal Swatch = 9;
// Below this on-screen scale the text is a smudge: the box and its colour say enough.
constexpr qreal TextLevelOfDetail = 0.3;
constexpr qreal OverviewLevelOfDetail = NodeItem::OverviewZoom;
// Worst first: the order in which a state colours the whole box.
constexpr ResourceState Severity[] = {ResourceState::Failed,    ResourceState::Running,
                                      ResourceState::Cancelled, ResourceState::Skipped,
                                      ResourceState::Pending,   ResourceState::Done};

QColor fillOf(ResourceState state)
{
    return state == ResourceState::Pending ? StatePalette::idleFill()
                                           : StatePalette::style(state).fill;
}
} // namespace

GroupItem::GroupItem(int group, const QString &label, int members)
    : m_group(group), m_label(label), m_members(members)
{
    setFlags(ItemIsSelectable);
    // Above the nodes and edges it stands for, so it is never drawn under a neighbour's edge.
    setZValue(1);
}

void GroupItem::setGeometry(QPointF centre, QSizeF size)
{
    setPos(centre);
    const QRectF rect(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void GroupItem::setCounts(const Counts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    update();
}

ResourceState GroupItem::worstState() const
{
    for (ResourceState state : Severity) {
        if (m_counts[int(state)] > 0)
            return state;
    }
    return ResourceState::Pending;
}

QColor GroupItem::overviewColour() const
{
    const ResourceState worst = worstState();
    return worst == ResourceState::Pending ? StatePalette::style(worst).border : fillOf(worst);
}

void GroupItem::setOnActivated(std::function<void(int)> onActivated)
{
    m_onActivated = std::move(onActivated);
}

void GroupItem::setOnContextMenu(std::function<void(int, const QPoint &)> onContextMenu)
{
    m_onContextMenu = std::move(onContextMenu);
}

QRectF GroupItem::boundingRect() const
{
    const qreal out = StackOffset + BorderWidth + SelectionWidth;
    return m_rect.adjusted(-out, -out, out, out);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const ResourceState worst = worstState();
    const StatePalette::Style &style = StatePalette::style(worst);
    const QColor fill = fillOf(worst);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    if (lod < OverviewLevelOfDetail) {
        // A few pixels among thousands of node dots: a solid block.
        painter->fillRect(m_rect, overviewColour());
        return;
    }
    painter->setPen(QPen(style.border, BorderWidth));
    painter->setBrush(fill.darker(115));
    painter->drawRoundedRect(m_rect.translated(StackOffset, -StackOffset), Radius, Radius);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, Radius, Radius);
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), SelectionWidth));
        painter->setBrush(Qt::NoBrush);
        const qreal out = BorderWidth / 2 + SelectionWidth / 2;
        painter->drawRoundedRect(m_rect.adjusted(-out, -out, out, out), Radius + out, Radius + out);
    }
    if (lod * m_rect.height() / 60 < TextLevelOfDetail)
        return;
    // The text grows with the box, so a large group stays legible from as far out as its size.
    const qreal scale = m_rect.height() / 60;
    painter->save();
    painter->translate(m_rect.center());
    painter->scale(scale, scale);
    const QRectF inner(-m_rect.width() / scale / 2 + Margin, -30 + 4,
                       m_rect.width() / scale - 2 * Margin, 52);
    QFont font = scene() ? scene()->font() : QFont();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(style.text);
    const QString title = tr("%1 (%2)").arg(m_label, QLocale().toString(m_members));
    const QRectF titleLine(inner.left(), inner.top(), inner.width(), inner.height() / 2);
    painter->drawText(titleLine, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(title, Qt::ElideMiddle, inner.width()));
    font.setBold(false);
    paintCounts(painter, titleLine.translated(0, inner.height() / 2), font);
    painter->restore();
}

void GroupItem::paintCounts(QPainter *painter, const QRectF &line, const QFont &font) const
{
    // One coloured swatch and number per state that has members, worst first; the swatch has
    // the state's glyph beside the number too, so the counts do not rest on colour alone.
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    qreal x = line.left();
    for (ResourceState state : Severity) {
        const int count = m_counts[int(state)];
        if (count == 0)
            continue;
        const StatePalette::Style &style = StatePalette::style(state);
        const QString text = style.glyph + QLocale().toString(count);
        const qreal width = Swatch + 3 + metrics.horizontalAdvance(text) + 8;
        if (x + width > line.right())
            break;
        const QRectF swatch(x, line.center().y() - Swatch / 2, Swatch, Swatch);
        painter->setPen(QPen(style.border, 1));
        painter->setBrush(fillOf(state));
        painter->drawRect(swatch);
        painter->setPen(StatePalette::style(worstState()).text);
        painter->drawText(QRectF(swatch.right() + 3, line.top(), width, line.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, text);
        x += width;
    }
}

void GroupItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_onActivated)
        m_onActivated(m_group);
    event->accept();
}

void GroupItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (!m_onContextMenu) {
        event->ignore();
        return;
    }
    m_onContextMenu(m_group, event->screenPos());
    event->accept();
}

} // namespace converge
