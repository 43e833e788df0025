#pragma once

#include "editor/graphfragment.h"
#include "layout/graphlayout.h"
#include "model/value.h"

#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace converge {

class Document;
class Graph;
class GraphScene;

/// The one place that changes the graph for editing, and keeps the picture in step with it.
///
/// Undo commands call the primitives below (and nothing else changes the model); each primitive
/// changes the Document's graph and then rebuilds the scene from it, so items follow the model
/// and never the other way round. Nodes are drawn where Resource::position says, or, for
/// resources that have none (a file laid out by Graphviz), where the last Graphviz layout put
/// them. Edges keep their Graphviz splines while both ends stay where Graphviz put them and are
/// drawn straight otherwise. Owns the undo stack. GUI thread only.
class GraphEditor : public QObject
{
    Q_OBJECT
public:
    /// Which map of a resource a value lives in.
    enum class Section
    {
        Params, ///< the resource's own parameters (cmd, path, ...)
        Meta,   ///< the `meta:` map
    };

    GraphEditor(Document *document, GraphScene *scene, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_undoStack; }
    Document *document() const { return m_document; }
    GraphScene *scene() const { return m_scene; }
    const Graph &graph() const;
    /// False during a run: editing is blocked until it ends.
    bool canEdit() const;

    /// Starts over after a load, New or recovery: forgets the undo history and takes layout as
    /// where unpositioned resources go.
    void reset(const GraphLayout &layout);

    /// Primitives for undo commands. Keys are "kind/name"; an unknown key is ignored.
    void insert(const GraphFragment &fragment, bool select = true);
    void remove(const GraphFragment &fragment);
    bool rename(const QString &key, const QString &newName);
    void setPositions(const std::vector<std::pair<QString, std::optional<QPointF>>> &positions);
    void setValue(const QString &key, Section section, const QString &name,
                  const std::optional<Value> &value);
    /// Takes layout as the Graphviz picture; positions are set through setPositions().
    void setBaseLayout(const GraphLayout &layout);
    const GraphLayout &baseLayout() const { return m_base; }

    /// Where a resource is drawn now (node centre, scene coordinates).
    QPointF centre(ResourceId id) const;
    /// Every live resource and where it is drawn, by key, for a re-layout's "before".
    std::vector<std::pair<QString, std::optional<QPointF>>> positions() const;
    /// The graph as Save writes it: unchanged when no resource has a position (so an untouched
    /// file saves byte for byte) and everything is false, otherwise with every resource
    /// positioned where it is drawn so the picture survives a reload.
    Graph graphForSaving(bool everything = false) const;
    /// The resources and edges given, with every position filled in where they are drawn.
    GraphFragment capture(const std::vector<ResourceId> &ids,
                          const std::vector<EdgeId> &extraEdges = {}) const;

    /// The first of stem1, stem2, ... that kind does not use yet.
    QString freeName(const QString &kind, const QString &stem) const;
    /// The first of e1, e2, ... that no edge is named yet.
    QString freeEdgeName() const;

signals:
    /// The graph changed and the scene shows it.
    void graphChanged();

private:
    void sync();
    QPointF baseCentre(ResourceId id) const;
    bool moved(ResourceId id) const;

    Document *m_document;
    GraphScene *m_scene;
    QUndoStack m_undoStack;
    GraphLayout m_base;
    std::vector<int> m_baseNode; ///< index into m_base.nodes by ResourceId, -1 where none
    std::vector<int> m_baseEdge; ///< index into m_base.edges by EdgeId, -1 where none
    QRectF m_extent;             ///< grows while editing so the view never jumps under a drag
    QStringList m_selectAfter;   ///< keys to select once the scene shows them
};

} // namespace converge
