#include "scene/busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace converge {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0); // indeterminate: Graphviz reports no progress
    m_bar->setMaximumWidth(90);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_bar->setTextVisible(false);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    setVisible(false);
}

void BusyIndicator::setBusy(bool busy, const QString &what)
{
    m_label->setText(what.isEmpty() ? QString() : tr("%1\u2026").arg(what));
    setVisible(busy);
}

} // namespace converge
