#include "scene/scenefilter.h"

#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

namespace converge {

namespace {
bool isShown(const std::vector<bool> &shown, ResourceId id)
{
    return id < shown.size() && shown[id];
}

void setVisible(QGraphicsItem *item, bool visible)
{
    if (item && item->isVisible() != visible)
        item->setVisible(visible);
}
} // namespace

int SceneFilter::apply(GraphScene &scene, const Graph &graph, const std::vector<bool> &shown)
{
    int count = 0;
    for (NodeItem *node : scene.nodeItems()) {
        if (!node)
            continue;
        const bool visible = isShown(shown, node->resourceId());
        count += visible;
        setVisible(node, visible);
    }
    for (EdgeId e = 0; e < graph.edgeCapacity(); ++e) {
        if (graph.containsEdge(e)) {
            const Edge &edge = graph.edge(e);
            setVisible(scene.edgeItem(e), isShown(shown, edge.from) && isShown(shown, edge.to));
        }
    }
    return count;
}

void SceneFilter::showAll(GraphScene &scene, const Graph &graph)
{
    apply(scene, graph, std::vector<bool>(graph.resourceCapacity(), true));
}

} // namespace converge
