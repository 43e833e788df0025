#pragma once

#include "model/nameindex.h"
#include "scene/resourcefilter.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace converge {

class Document;
class GraphScene;
class GraphView;

/// The Filter dock: shows only the resources of a large graph that matter now. Filters by
/// kind, state and part of the name; focuses on the selection and the resources within N steps
/// up and down of it; "Failed and Neighbours" in one click; Show All undoes it all.
///
/// The filter hides scene items (SceneFilter) and never changes the graph. It is cleared when
/// another graph is loaded and applied again when a run finishes, so a state filter follows the
/// last run. The document, scene and view must outlive the dock. GUI thread only.
class FilterDock : public QDockWidget
{
    Q_OBJECT
public:
    FilterDock(Document *document, GraphScene *scene, GraphView *view, QWidget *parent = nullptr);

    const ResourceFilter &filter() const { return m_filter; }
    /// How many resources the scene shows.
    int shownCount() const { return m_shown; }

public slots:
    /// Shows every failed resource and those one step from one, and fits the view to them.
    void showFailedAndNeighbours();
    /// Shows the selected resources and those within the chosen steps of them, fitted.
    void focusOnSelection();
    /// Clears every criterion and shows the whole graph.
    void showAll();
    /// Applies the filter again, e.g. after a group expanded showed items it had hidden.
    void reapply();

signals:
    /// The filter showed and hid scene items (an empty filter showed them all).
    void applied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readCriteria();
    /// Builds m_names when the graph changed since it was last built.
    void indexNames();
    void apply(bool fit);
    void graphLoaded();
    void setStatus(const QString &text);

    Document *m_document;
    GraphScene *m_scene;
    GraphView *m_view;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_state;
    QSpinBox *m_depth;
    QLabel *m_status;
    ResourceFilter m_filter;
    NameIndex m_names;        ///< the graph's names, for a name filter on every keystroke
    bool m_namesStale = true; ///< the graph changed since m_names was built
    int m_shown = 0;
};

} // namespace converge
