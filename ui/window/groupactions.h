#pragma once

#include "model/resourcegrouping.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace converge {

class Document;
class FilterDock;
class GraphEditor;
class GraphScene;
class GroupCollapser;

/// The window's groups: View -> Group By (name prefix, a prefix of the user's, kind, connected
/// component, mgmt's autogroup), Collapse Group (Ctrl+G: the groups of the selected resources),
/// Expand Group (Ctrl+Shift+G: the selected boxes), Collapse and Expand All, the same entries in
/// the node menu, and a group box's own menu.
///
/// Grouping is view state: it never changes the graph nor marks the file modified. Groups are
/// worked out again when the graph changes; the groups collapsed then, found again by their
/// labels, stay collapsed. A new file starts with every group expanded. Owned by the window;
/// the document, scene and filter dock must outlive it. GUI thread only.
class GroupActions : public QObject
{
    Q_OBJECT
public:
    GroupActions(QMainWindow *window, Document *document, GraphScene *scene, FilterDock *filter);

    /// Adds the Group By submenu and the collapse entries to viewMenu, and Collapse Group and
    /// Expand Group to nodeMenu.
    void install(QMenu *viewMenu, QMenu *nodeMenu);

    GroupCollapser *collapser() const { return m_collapser; }
    QAction *collapseAction() const { return m_collapse; }
    QAction *expandAction() const { return m_expand; }
    /// Lays the picture out again while groups are collapsed, with the document's layout
    /// options and cache, and puts items back where editor draws them once none is collapsed.
    /// editor must outlive this object.
    void arrangeWith(const GraphEditor *editor);
    /// Groups by by (and prefix, for a name prefix of the user's) from now on; false, with a
    /// message in the status bar, when mgmt's autogroup would take too long to work out here.
    bool setGroupBy(GroupBy by, const QString &prefix = {});

public slots:
    /// Collapses the groups of the selected resources.
    void collapseSelection();
    /// Expands the selected group boxes.
    void expandSelection();

private:
    void createActions();
    bool ensureGrouping();
    void graphChanged();
    void regroup();
    void updateActions();
    void showMessage(const QString &text);

    QMainWindow *m_window;
    Document *m_document;
    GraphScene *m_scene;
    FilterDock *m_filter;
    GroupCollapser *m_collapser;
    GroupBy m_by = GroupBy::NamePrefix;
    QString m_prefix;
    bool m_stale = true; ///< the graph changed since the grouping was worked out
    QTimer m_regroup;    ///< coalesces a burst of edits into one regrouping
    QActionGroup *m_groupBy = nullptr;
    QAction *m_collapse = nullptr;
    QAction *m_expand = nullptr;
    QAction *m_collapseAll = nullptr;
    QAction *m_expandAll = nullptr;
    QMenu *m_groupMenu = nullptr;
};

} // namespace converge
