#pragma once

#include "layout/graphlayout.h"
#include "scene/graphscene.h"

#include <QPointF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace converge {

/// What showLayout() has yet to create, in order: nodes first, so edges find their ends drawn.
struct GraphScene::Build
{
    struct Node
    {
        ResourceId id;
        QString kind;
        QString name;
        QPointF centre;
        QSizeF size;
    };
    std::vector<Node> nodes;
    std::vector<GraphLayout::Edge> edges;
    size_t nextNode = 0;
    size_t nextEdge = 0;
};

} // namespace converge
