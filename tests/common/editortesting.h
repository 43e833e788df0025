#pragma once

// Helpers for the editor's Qt Test suites: drive a real MainWindow with mouse and keys.

#include "document/document.h"
#include "document/documentfile.h"
#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "window/mainwindow.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace converge::testing {

/// Where a resource's node is on the view's viewport.
inline QPoint nodePoint(MainWindow &window, const QString &key)
{
    const Graph &graph = window.document()->graph();
    NodeItem *item = window.scene()->nodeItem(findByKey(graph, key));
    return item ? window.view()->mapFromScene(item->pos()) : QPoint(-1, -1);
}

/// Presses at from, moves to to in steps, releases: a real drag as the view sees it.
inline void drag(QWidget *viewport, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    constexpr int Steps = 5;
    for (int i = 1; i <= Steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / Steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

/// A new window, shown, active, idle, at 100 % zoom and with the canvas focused, as a user
/// starts; nullptr when it never became active or idle.
inline MainWindow *showEditorWindow()
{
    auto *window = new MainWindow;
    window->resize(1200, 800);
    window->show();
    const bool exposed = QTest::qWaitForWindowExposed(window);
    QApplication::setActiveWindow(window);
    if (!exposed || !QTest::qWaitForWindowActive(window)) {
        delete window;
        return nullptr;
    }
    window->view()->resetZoom();
    window->view()->setFocus();
    // The window lays out its first, empty graph in the background; were that layout to arrive
    // in the middle of a test it would count as a re-layout.
    if (!QTest::qWaitFor([window] { return !window->document()->isBusy(); }, 10000)) {
        delete window;
        return nullptr;
    }
    return window;
}

/// Closes a window from showEditorWindow() without the unsaved-changes question or a
/// recovery file left behind.
inline void closeEditorWindow(MainWindow *window)
{
    window->editController()->editor()->undoStack()->setClean();
    window->documentFile()->closed();
    delete window;
}

/// Closes a window from showEditorWindow() when it goes out of scope, as closeEditorWindow().
struct EditorWindowCloser
{
    void operator()(MainWindow *window) const { closeEditorWindow(window); }
};
/// A window from showEditorWindow() for the length of one test function.
using EditorWindow = std::unique_ptr<MainWindow, EditorWindowCloser>;
/// Answers the next modal message box named objectName by clicking the button with text.
inline void answerNextBox(const QString &objectName, const QString &button)
{
    QTimer::singleShot(0, qApp, [objectName, button] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), objectName);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button) {
                b->click();
                return;
            }
        }
        QFAIL("no such button");
    });
}

} // namespace converge::testing
