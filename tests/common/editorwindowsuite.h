#pragma once

#include "window/mainwindow.h"

#include <QObject>
#include <QTemporaryDir>

class QUndoStack;
class QWidget;

namespace converge {
class Graph;
}

namespace converge::testing {

/// The base of suites that drive a real, shown MainWindow: each test function gets a new window
/// (m_window) in a session kept apart from the user's (settings, standard paths and recovery
/// files in m_dir), closed afterwards without questions. A suite derives from it and adds its
/// test functions as its own private slots; Qt Test runs these fixtures for them.
class EditorWindowSuite : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

    const Graph &graph() const;
    QWidget *viewport() const;
    QUndoStack *stack() const;

private slots:
    void initTestCase();
    void init();
    void cleanup();
};

} // namespace converge::testing
