#pragma once

#include "model/diagnostic.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace converge {

/// Lists warnings and errors with their file:line:column; double-click (or Enter) on one asks
/// for its element and its source line.
///
/// Shows whatever diagnostics it is given (from loading, or from a run that cannot start); it
/// does not know where they came from. GUI thread only.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    /// Replaces the list.
    void setDiagnostics(const Diagnostics &diagnostics);
    int count() const;
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /// The tree, for tests that click on a row.
    QTreeWidget *tree() const { return m_tree; }

signals:
    /// The user double-clicked a problem (or pressed Enter on it).
    void problemActivated(const converge::Diagnostic &diagnostic);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    Diagnostics m_diagnostics;
};

} // namespace converge
