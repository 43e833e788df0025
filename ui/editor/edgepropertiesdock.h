#pragma once

#include "model/resource.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace converge {

class GraphEditor;

/// The Edge dock: the one selected edge's ends, its name and mgmt's `notify`, which a click
/// turns on or off as one undo step. With no single edge selected it says how to pick one.
///
/// Follows the model (a rename, undo or removal shows at once) and refuses to edit while the
/// editor does (during a run). Owned by the main window; the editor must outlive it. GUI thread
/// only.
class EdgePropertiesDock : public QDockWidget
{
    Q_OBJECT
public:
    EdgePropertiesDock(GraphEditor *editor, QWidget *parent = nullptr);

    /// Shows id (InvalidId: none).
    void showEdge(EdgeId id);
    EdgeId edge() const { return m_edge; }

private:
    void refresh();
    void notifyToggled(bool notify);

    GraphEditor *m_editor;
    EdgeId m_edge = InvalidId;
    QStackedWidget *m_pages;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_name;
    QCheckBox *m_notify;
};

} // namespace converge
