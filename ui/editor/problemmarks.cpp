#include "editor/problemmarks.h"

#include "document/document.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

namespace converge {

ProblemMarks::ProblemMarks(Document *document, GraphScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    m_queue.setSingleShot(true);
    m_queue.setInterval(0);
    connect(&m_queue, &QTimer::timeout, this, &ProblemMarks::apply);
    const auto queue = [this] {
        m_queue.start();
    };
    connect(document, &Document::problemsChanged, this, queue);
    connect(scene, &GraphScene::built, this, queue);
    // Undo and redo create items anew, after the model announced the change.
    const GraphModel *model = document->model();
    connect(model, &GraphModel::resourceAdded, this, queue);
    connect(model, &GraphModel::edgeAdded, this, queue);
}

ProblemMarks::Element ProblemMarks::elementOf(const Graph &graph, const Diagnostic &diagnostic)
{
    Element element;
    if (const qsizetype slash = diagnostic.resource.indexOf(u'/'); slash > 0)
        element.resource =
            graph.find(diagnostic.resource.left(slash), diagnostic.resource.mid(slash + 1));
    if (!diagnostic.location.isValid())
        return element;
    for (EdgeId id : graph.edgeIds()) {
        if (graph.edge(id).location == diagnostic.location) {
            element.edge = id;
            break;
        }
    }
    return element;
}

void ProblemMarks::apply()
{
    m_queue.stop();
    const Graph &graph = m_document->graph();
    std::vector<bool> nodes(graph.resourceCapacity(), false);
    std::vector<bool> edges(graph.edgeCapacity(), false);
    for (const Diagnostic &d : m_document->diagnostics()) {
        if (!d.isError())
            continue;
        const Element element = elementOf(graph, d);
        if (element.resource != InvalidId)
            nodes[element.resource] = true;
        if (element.edge != InvalidId)
            edges[element.edge] = true;
    }
    for (ResourceId id : graph.resourceIds()) {
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setProblem(nodes[id]);
    }
    for (EdgeId id : graph.edgeIds()) {
        if (EdgeItem *item = m_scene->edgeItem(id))
            item->setProblem(edges[id]);
    }
}

} // namespace converge
