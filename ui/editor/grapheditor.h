#pragma once

#include "editor/graphfragment.h"
#include "layout/graphlayout.h"
#include "model/graphmodel.h"
#include "model/placedgraph.h"
#include "model/value.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QTimer>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace converge {

class AutoEdgeOverlay;
class DanglingEdgeView;
class Document;
class Graph;
class GraphScene;

/// The one place that changes the graph for editing, and keeps the picture in step with it.
///
/// Undo commands call the primitives below, which change the Document's GraphModel; the scene
/// follows the model's change signals item by item (a moved node re-routes only its own edges),
/// so items follow the model and never the other way round, and an edit costs what it touches.
/// Nodes are drawn where Resource::position says, or, for resources that have none (a file laid
/// out by Graphviz), where the Document's layout put them. Edges keep their Graphviz splines
/// while both ends stay where Graphviz put them and are drawn straight otherwise.
///
/// While the model is locked (a run goes) every primitive and push() refuses, and the undo
/// stack is held where it was, whoever asks it to move (the History view calls
/// QUndoStack::setIndex() directly). Owns the undo stack. GUI thread only.
class GraphEditor : public QObject
{
    Q_OBJECT
public:
    using Section = GraphModel::Section;
    using Positions = std::vector<std::pair<QString, std::optional<QPointF>>>;

    GraphEditor(Document *document, GraphScene *scene, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_undoStack; }
    Document *document() const { return m_document; }
    GraphScene *scene() const { return m_scene; }
    const Graph &graph() const;
    /// False during a run: editing is blocked until it ends.
    bool canEdit() const;
    /// Pushes command on the undo stack, or deletes it and returns false when editing is
    /// refused. Takes ownership either way.
    bool push(QUndoCommand *command);

    /// Starts over after a load, New or recovery: forgets the undo history, takes layout as
    /// where unpositioned resources go and builds the picture once, in batches.
    void reset(const GraphLayout &layout);

    /// Primitives for undo commands. Keys are "kind/name"; an unknown key is ignored. Each
    /// returns false and changes nothing while editing is refused. A resource that insert() or
    /// rename() brings may connect dangling edges: they go to *connected as they dangled, so
    /// that undo can remove them as edges and put them back as dangling edges.
    bool insert(const GraphFragment &fragment, bool select = true,
                GraphFragment *connected = nullptr);
    bool remove(const GraphFragment &fragment);
    bool rename(const QString &key, const QString &newName, GraphFragment *connected = nullptr);
    bool setPositions(const Positions &positions);
    bool setValue(const QString &key, Section section, const QString &name,
                  const std::optional<Value> &value);
    /// Sets notify on the edge named name from fromKey to toKey.
    bool setEdgeNotify(const QString &fromKey, const QString &toKey, const QString &name,
                       bool notify);
    /// The live edge named name from fromKey to toKey, or InvalidId.
    EdgeId findEdge(const QString &fromKey, const QString &toKey, const QString &name) const;
    /// Takes layout as the Graphviz picture (the Document keeps it) and redraws everything;
    /// positions are set through setPositions().
    void setBaseLayout(const GraphLayout &layout);
    const GraphLayout &baseLayout() const;

    /// Where a resource is drawn now (node centre, scene coordinates).
    QPointF centre(ResourceId id) const;
    /// How an edge is drawn where its ends are now: its Graphviz spline while both ends stay
    /// where Graphviz put them, else straight.
    GraphLayout::Edge route(EdgeId id) const;
    /// Every live resource and where it is drawn, by key, for a re-layout's "before".
    Positions positions() const;
    /// The graph as Save writes it, once merged: unchanged when no resource has a position (so
    /// an untouched file saves byte for byte) and everything is false, otherwise with every
    /// resource positioned where it is drawn so the picture survives a reload.
    PlacedGraph graphForSaving(bool everything = false) const;
    /// The resources and edges given, with every position filled in where they are drawn.
    GraphFragment capture(const std::vector<ResourceId> &ids,
                          const std::vector<EdgeId> &extraEdges = {}) const;

    /// Draws the dangling edges (edges to missing resources).
    DanglingEdgeView *danglingEdges() const { return m_dangling; }

    /// The first of stem1, stem2, ... that kind does not use yet.
    QString freeName(const QString &kind, const QString &stem) const;
    /// The first of e1, e2, ... that no edge is named yet.
    QString freeEdgeName() const;

private:
    using Connected = std::vector<std::pair<EdgeId, DanglingEdge>>;
    Connected danglingNow() const;
    void noteConnected(const Connected &before, GraphFragment *connected) const;
    void indexBaseLayout();
    void showGraph();
    void resourceAdded(ResourceId id);
    void resourceRenamed(ResourceId id);
    void positionsChanged(const std::vector<ResourceId> &ids);
    void edgeAdded(EdgeId id);
    void lockedChanged(bool locked);
    void holdIndex(int index);
    QSizeF measure(ResourceId id) const;
    QRectF drawnRect(ResourceId id) const;
    void grow(const QRectF &rect);
    QPointF baseCentre(ResourceId id) const;
    bool moved(ResourceId id) const;
    /// Draws mgmt's automatic edges of the graph as it is now (dashed, see AutoEdgeOverlay).
    void showAutoEdges();

    Document *m_document;
    GraphModel *m_model;
    GraphScene *m_scene;
    QUndoStack m_undoStack;
    std::vector<int> m_baseNode; ///< index into baseLayout().nodes by ResourceId, -1 where none
    std::vector<int> m_baseEdge; ///< index into baseLayout().edges by EdgeId, -1 where none
    QRectF m_extent;             ///< grows while editing so the view never jumps under a drag
    int m_heldIndex = -1;        ///< where the undo stack stays while the model is locked
    /// Automatic edges follow paths, parameters and positions: any change restarts this
    /// zero-length timer, so a burst of changes (a paste, a drag) redraws them once.
    QTimer m_autoEdgeTimer;
    QPointer<AutoEdgeOverlay> m_autoEdges; ///< owned by the scene
    DanglingEdgeView *m_dangling;
};

} // namespace converge
