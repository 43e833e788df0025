#pragma once

#include <QDockWidget>

namespace converge {

class GraphView;
class OverviewMap;

/// The Overview dock: an OverviewMap of the graph shown in view, to see all of a large graph
/// and move around it. The dock owns its map; the view must outlive it. GUI thread only.
class OverviewDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OverviewDock(GraphView *view, QWidget *parent = nullptr);

    OverviewMap *map() const { return m_map; }

private:
    OverviewMap *m_map;
};

} // namespace converge
