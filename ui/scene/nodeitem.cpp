#include "scene/nodeitem.h"

#include "model/nodebox.h"
#include "model/statepalette.h"
#include "scene/kindicon.h"
#include "scene/scenesketch.h"
#include "scene/themecolours.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace converge {

namespace {
constexpr qreal Radius = 6;
constexpr qreal BorderWidth = 2;
constexpr qreal SelectionWidth = 3;
constexpr qreal IconSize = NodeBox::IconSize;
constexpr qreal Margin = NodeBox::Margin;
constexpr qreal Gap = NodeBox::Gap;
// Empty set: "nothing runs here". Not the circled slash, which the palette gives "skipped".
const QString NotRunnableGlyph = QStringLiteral("\u2205");
// The error badge on the top right corner, half outside the box so it never hides the glyph.
constexpr qreal BadgeRadius = 8;
const QColor BadgeColour(0xc0, 0x1c, 0x28);
// Fisheye, an eye that stays open: converged and watched by Keep Converging. Done's colour
// with its own shape, so the watching state does not rest on colour either.
const QString WatchingGlyph = QStringLiteral("\u25C9");
// Frames of the running border's dash cycle: a full cycle is this many ticks.
constexpr int DashCycle = 12;
// Below this on-screen scale the label font is under about 6 pixels, a smudge: draw boxes and
// colours only.
constexpr qreal TextLevelOfDetail = 0.45;
constexpr qreal OverviewLevelOfDetail = NodeItem::OverviewZoom;
// overviewLook(): the state in the low bits, then these flags.
constexpr std::uint8_t StateBits = 0x07;
constexpr std::uint8_t WouldChangeBit = 0x08;
constexpr std::uint8_t RunnableBit = 0x10;
constexpr std::uint8_t PulseBit = 0x20;
constexpr std::uint8_t SelectedBit = 0x40;

const StatePalette::Style &styleOf(ResourceState state, bool wouldChange)
{
    return wouldChange && state == ResourceState::Done ? StatePalette::wouldChange()
                                                       : StatePalette::style(state);
}
} // namespace

NodeItem::NodeItem(ResourceId id, const QString &kind, const QString &name, bool runnable)
    : m_id(id), m_kind(kind), m_name(name), m_icon(kindIcon(kind)), m_runnable(runnable)
{
    // Geometry changes are sent so a drag, whoever makes it, reaches the sketch.
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    updateGeometry();
}

NodeItem::~NodeItem()
{
    if (m_sketch)
        m_sketch->dropNode(m_id);
}

void NodeItem::setSketch(SceneSketch *sketch)
{
    m_sketch = sketch;
    this->sketch();
}

void NodeItem::sketch() const
{
    if (m_sketch)
        m_sketch->setNode(m_id, m_rect.translated(pos()), overviewLook(), isVisible());
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged || change == ItemVisibleHasChanged ||
        change == ItemSelectedHasChanged)
        sketch();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::setGeometry(QPointF centre, QSizeF size)
{
    setPos(centre);
    if (size != m_size) {
        m_size = size;
        updateGeometry();
    }
}

void NodeItem::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    update();
}

void NodeItem::setState(ResourceState state)
{
    if (state == m_state)
        return;
    m_state = state;
    sketch();
    update();
}

void NodeItem::setProblem(bool problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    update();
}

void NodeItem::setWouldChange(bool wouldChange)
{
    if (wouldChange == m_wouldChange)
        return;
    m_wouldChange = wouldChange;
    sketch();
    update();
}

const StatePalette::Style &NodeItem::stateStyle() const
{
    return styleOf(m_state, m_wouldChange);
}

void NodeItem::setWatching(bool watching)
{
    if (watching == m_watching)
        return;
    m_watching = watching;
    if (m_state == ResourceState::Done)
        update();
}

bool NodeItem::showsWatching() const
{
    return m_watching && m_runnable && m_state == ResourceState::Done;
}

void NodeItem::advanceAnimation()
{
    if (m_state != ResourceState::Running)
        return;
    m_animationFrame = (m_animationFrame + 1) % DashCycle;
    sketch();
    update();
}

void NodeItem::updateGeometry()
{
    prepareGeometryChange();
    m_rect = QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
    // The selection ring is drawn outside the box; half the pen falls outside it too.
    const qreal pad = std::max(SelectionWidth + BorderWidth, BadgeRadius + 1);
    m_bounds = m_rect.adjusted(-pad, -pad, pad, pad);
    sketch();
}

QRectF NodeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, Radius, Radius);
    return path;
}

NodeItem::Look NodeItem::look(const QPalette &palette) const
{
    return lookOf(palette, m_state, m_wouldChange, m_runnable, m_animationFrame);
}

NodeItem::Look NodeItem::lookOf(const QPalette &palette, ResourceState state, bool wouldChange,
                                bool runnable, int animationFrame)
{
    const QColor base = palette.color(QPalette::Base);
    const StatePalette::Style &style = styleOf(state, wouldChange);
    Look look{state == ResourceState::Pending ? StatePalette::idleFill() : style.fill,
              QPen(style.border, BorderWidth, style.borderStyle), style.text};
    if (!runnable) {
        // "Cannot run here": greyed, hatched, dotted; never mistaken for a pending resource.
        look.fill = mixColours(base, palette.color(QPalette::Window), 0.5);
        look.text = mixColours(palette.color(QPalette::Text), base, 0.3);
        look.border = QPen(mixColours(look.text, base, 0.3), BorderWidth, Qt::DotLine);
    } else if (state == ResourceState::Pending && isDarkPalette(palette)) {
        // The shared idle fill is near white: on a dark window a quiet box in the palette's
        // own colours reads better, and the glyph still says "pending".
        look.fill = mixColours(base, palette.color(QPalette::Text), 0.12);
        look.text = palette.color(QPalette::Text);
        look.border.setColor(mixColours(look.text, base, 0.45));
    } else if (state == ResourceState::Running) {
        // The dash pattern crawls along the border: visible motion, and only this
        // item repaints each frame.
        look.border.setStyle(Qt::DashLine);
        look.border.setDashOffset(-animationFrame * 6.0 / DashCycle);
    }
    return look;
}

QColor NodeItem::overviewColour(const QPalette &palette) const
{
    return overviewColour(palette, overviewLook());
}

std::uint8_t NodeItem::overviewLook() const
{
    auto look = std::uint8_t(m_state);
    if (m_wouldChange && m_state == ResourceState::Done)
        look |= WouldChangeBit;
    if (m_runnable)
        look |= RunnableBit;
    if (m_state == ResourceState::Running && m_animationFrame < DashCycle / 2)
        look |= PulseBit;
    if (isSelected())
        look |= SelectedBit;
    return look;
}

bool NodeItem::isSelectedLook(std::uint8_t look)
{
    return look & SelectedBit;
}

QColor NodeItem::overviewColour(const QPalette &palette, std::uint8_t look)
{
    // A running node pulses instead of crawling. A pending box takes its border's grey: the
    // near-white idle fill alone vanishes into the background.
    if (look & SelectedBit)
        return palette.color(QPalette::Highlight);
    const auto state = ResourceState(look & StateBits);
    if (look & PulseBit)
        return StatePalette::style(state).border;
    const bool runnable = look & RunnableBit;
    const Look l = lookOf(palette, state, look & WouldChangeBit, runnable, 0);
    if (!runnable)
        return mixColours(l.fill, l.text, 0.3);
    return state == ResourceState::Pending ? l.border.color() : l.fill;
}

QRectF NodeItem::overviewRect(qreal levelOfDetail) const
{
    QRectF dot = m_rect.translated(pos());
    const qreal least = OverviewMinimumPixels / std::max(levelOfDetail, 1e-6);
    if (dot.width() < least || dot.height() < least) {
        dot.setSize(dot.size().expandedTo(QSizeF(least, least)));
        dot.moveCenter(pos());
    }
    return dot;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < OverviewLevelOfDetail) {
        // Thousands of nodes on screen: a flat box in the state's colour is all that can be
        // seen (GraphView draws this look itself when it is zoomed out this far).
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(overviewRect(lod).translated(-pos()), overviewColour(palette));
        return;
    }
    const Look l = look(palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(l.fill);
    painter->drawRoundedRect(m_rect, Radius, Radius);
    if (!m_runnable) {
        const QColor base = palette.color(QPalette::Base);
        painter->setBrush(QBrush(mixColours(base, l.text, 0.25), Qt::BDiagPattern));
        painter->drawRoundedRect(m_rect, Radius, Radius);
    }
    if (isSelected()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), SelectionWidth));
        painter->setBrush(Qt::NoBrush);
        const qreal out = BorderWidth / 2 + SelectionWidth / 2;
        painter->drawRoundedRect(m_rect.adjusted(-out, -out, out, out), Radius + out, Radius + out);
    }
    painter->setPen(l.border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect, Radius, Radius);

    if (m_problem)
        paintProblemBadge(painter);
    if (lod < TextLevelOfDetail)
        return;
    paintLabel(painter, l.text);
}

void NodeItem::paintProblemBadge(QPainter *painter) const
{
    const QRectF badge(m_rect.right() - BadgeRadius, m_rect.top() - BadgeRadius, 2 * BadgeRadius,
                       2 * BadgeRadius);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(BadgeColour);
    painter->drawEllipse(badge);
    QFont font = labelFont();
    font.setBold(true);
    font.setPixelSize(int(BadgeRadius * 1.5));
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
}

void NodeItem::paintLabel(QPainter *painter, const QColor &text) const
{
    QRectF content = m_rect.adjusted(Margin, 0, -Margin, 0);
    const QRectF iconRect(content.left(), m_rect.center().y() - IconSize / 2, IconSize, IconSize);
    m_icon.paint(painter, iconRect.toAlignedRect());
    content.setLeft(iconRect.right() + Gap);

    // The glyph repeats the state in a shape, so colour is never the only signal.
    const QString glyph = !m_runnable       ? NotRunnableGlyph
                          : showsWatching() ? WatchingGlyph
                                            : stateStyle().glyph;
    QFont font = labelFont();
    if (!glyph.isEmpty()) {
        QFont glyphFont = font;
        glyphFont.setBold(true);
        painter->setFont(glyphFont);
        const qreal width = QFontMetricsF(glyphFont).horizontalAdvance(glyph);
        const QRectF glyphRect(content.right() - width, m_rect.top(), width, m_rect.height());
        painter->setPen(text); // the fill already carries the state colour
        painter->drawText(glyphRect, Qt::AlignCenter, glyph);
        content.setRight(glyphRect.left() - Gap);
    }

    font.setItalic(!m_runnable);
    painter->setFont(font);
    painter->setPen(text);
    const QString label = QFontMetricsF(font).elidedText(m_name, Qt::ElideMiddle, content.width());
    painter->drawText(content, Qt::AlignVCenter | Qt::AlignLeft, label);
}

QFont NodeItem::labelFont() const
{
    return scene() ? scene()->font() : QFont();
}

} // namespace converge
