#pragma once

// Helpers for the editor's Qt Test suites: drive a real MainWindow with mouse and keys.

#include "document/document.h"
#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

/// Opens path and waits until its picture is up.
inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy ready(window.document(), &Document::layoutReady);
    window.openFile(path);
    return ready.wait(10000);
}

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
