#pragma once

#include "model/resource.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace converge {

class DanglingEdgeItem;
class Document;
class GraphScene;

/// Draws the document's dangling edges (edges to missing resources) on the picture, one
/// DanglingEdgeItem each: from the node that exists to a placeholder box below it (or from a
/// box above it), boxes side by side when a node has several, and edges with no end at all
/// parked right of the drawing.
///
/// Follows the model (dangling edges kept, removed or connected; nodes added, moved, renamed
/// or removed) and the scene's builds, redrawing on the next pass of the event loop, once per
/// burst; an item keeps its selection while its edge dangles. The items belong to the scene.
/// Document and scene must outlive it. GUI thread only.
class DanglingEdgeView : public QObject
{
    Q_OBJECT
public:
    DanglingEdgeView(Document *document, GraphScene *scene, QObject *parent = nullptr);

    /// The item drawing dangling edge id, or nullptr.
    DanglingEdgeItem *item(EdgeId id) const;
    /// Brings the items in line with the model now, rather than on the next pass.
    void update();

private:
    Document *m_document;
    GraphScene *m_scene;
    QHash<EdgeId, QPointer<DanglingEdgeItem>> m_items;
    QTimer m_queue;
};

} // namespace converge
