#include "dialogs/legenddialog.h"

#include "model/resourcestate.h"
#include "model/statepalette.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace converge {

namespace {

constexpr QSize SwatchSize(64, 26);

/// A node-like box in the state's look, with its glyph.
QPixmap stateSwatch(ResourceState state, qreal ratio)
{
    const StatePalette::Style &style = StatePalette::style(state);
    QPixmap pixmap(SwatchSize * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(state == ResourceState::Pending ? StatePalette::idleFill() : style.fill);
    painter.setPen(QPen(style.border, 2, style.borderStyle));
    painter.drawRoundedRect(QRectF(QPointF(1, 1), SwatchSize - QSizeF(2, 2)), 5, 5);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(style.text);
    painter.drawText(QRectF(QPointF(0, 0), SwatchSize), Qt::AlignCenter, style.glyph);
    return pixmap;
}

/// A line in the look of a highlighted, automatic or critical-path edge.
QPixmap lineSwatch(const QPen &pen, qreal ratio)
{
    QPixmap pixmap(SwatchSize * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.drawLine(QPointF(4, SwatchSize.height() / 2.0),
                     QPointF(SwatchSize.width() - 4, SwatchSize.height() / 2.0));
    return pixmap;
}

} // namespace

LegendDialog::LegendDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"LegendDialog"_qs);
    setWindowTitle(tr("Legend"));
    const qreal ratio = devicePixelRatioF();
    auto *grid = new QGridLayout;
    int row = 0;
    auto add = [&](const QPixmap &swatch, const QString &name, const QString &meaning) {
        auto *picture = new QLabel;
        picture->setPixmap(swatch);
        grid->addWidget(picture, row, 0);
        auto *label =
            new QLabel(u"<b>%1</b><br>%2"_qs.arg(name.toHtmlEscaped(), meaning.toHtmlEscaped()));
        label->setWordWrap(true);
        grid->addWidget(label, row, 1);
        ++row;
    };
    const std::pair<ResourceState, QString> states[] = {
        {ResourceState::Pending, tr("Not run yet, or waiting for its prerequisites")},
        {ResourceState::Running, tr("Checking or applying now; the border moves")},
        {ResourceState::Done, tr("Converged: checked, and changed where needed")},
        {ResourceState::Failed, tr("Check or apply failed after every retry, or timed out")},
        {ResourceState::Skipped, tr("Not run because a prerequisite failed or was skipped")},
        {ResourceState::Cancelled, tr("The run was stopped before it finished")},
    };
    for (const auto &[state, meaning] : states)
        add(stateSwatch(state, ratio), stateLabel(state), meaning);

    const QColor highlight = palette().color(QPalette::Highlight);
    add(lineSwatch(QPen(highlight, 3), ratio), tr("Selected"),
        tr("A ring around selected resources; their edges and a clicked edge are drawn in "
           "this colour"));
    add(lineSwatch(QPen(palette().color(QPalette::Text), 1.2, Qt::DashLine), ratio),
        tr("Automatic edge"),
        tr("Dashed: an edge mgmt adds by itself (a file after the directory it lives in)"));
    add(lineSwatch(QPen(QColor(0xf0, 0xe4, 0x42), 8), ratio), tr("Critical path"),
        tr("A glow along the chain of resources that took longest; shown after a run, in "
           "exports only when asked for"));
    add(lineSwatch(QPen(palette().color(QPalette::Mid), 2, Qt::DotLine), ratio),
        tr("\u2205 Cannot run here"),
        tr("Greyed and hatched: Converge loads and saves this kind but does not run it"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

} // namespace converge
