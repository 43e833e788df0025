#include "docks/overviewdock.h"

#include "docks/overviewmap.h"

namespace converge {

OverviewDock::OverviewDock(GraphView *view, QWidget *parent)
    : QDockWidget(tr("Overview"), parent), m_map(new OverviewMap(view, this))
{
    setObjectName(QStringLiteral("OverviewDock"));
    setWidget(m_map);
}

} // namespace converge
