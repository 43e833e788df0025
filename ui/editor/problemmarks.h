#pragma once

#include "model/diagnostic.h"
#include "model/resource.h"

#include <QObject>
#include <QTimer>

namespace converge {

class Document;
class Graph;
class GraphScene;

/// Puts the document's errors on the picture: a badge on every node an error names, a red
/// dashed line for every edge an error is placed at (a cycle's closing edge, say).
///
/// Follows Document::problemsChanged() and whatever may have replaced items (a build, an undo
/// that re-adds a node), re-marking on the next pass of the event loop, once per burst. The
/// element a diagnostic points at is found by elementOf(), which the Problems list uses too.
/// Document and scene must outlive it. GUI thread only.
class ProblemMarks : public QObject
{
    Q_OBJECT
public:
    ProblemMarks(Document *document, GraphScene *scene, QObject *parent = nullptr);

    /// What a diagnostic is about in graph: the resource it names, or the edge it is placed at.
    struct Element
    {
        ResourceId resource = InvalidId;
        EdgeId edge = InvalidId;
    };
    static Element elementOf(const Graph &graph, const Diagnostic &diagnostic);

    /// Marks the items now, rather than on the next pass of the event loop.
    void apply();

private:
    Document *m_document;
    GraphScene *m_scene;
    QTimer m_queue;
};

} // namespace converge
