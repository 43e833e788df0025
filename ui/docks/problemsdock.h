#pragma once

#include "model/diagnostic.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace converge {

/// Lists warnings and errors with their file:line:column; double-click picks the resource.
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

signals:
    /// The user double-clicked a problem that names a resource ("kind/name").
    void resourceActivated(const QString &key);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
};

} // namespace converge
