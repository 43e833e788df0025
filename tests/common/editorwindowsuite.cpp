#include "editorwindowsuite.h"

#include "editorsession.h"
#include "editortesting.h"

#include "document/document.h"
#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "scene/graphview.h"

#include <QSettings>
#include <QTest>

#include <utility>

namespace converge::testing {

const Graph &EditorWindowSuite::graph() const
{
    return m_window->document()->graph();
}

QWidget *EditorWindowSuite::viewport() const
{
    return m_window->view()->viewport();
}

QUndoStack *EditorWindowSuite::stack() const
{
    return m_window->editController()->editor()->undoStack();
}

void EditorWindowSuite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateEditorSession(m_dir);
}

void EditorWindowSuite::init()
{
    QSettings().clear();
    m_window = showEditorWindow();
    QVERIFY(m_window);
}

void EditorWindowSuite::cleanup()
{
    if (m_window)
        closeEditorWindow(std::exchange(m_window, nullptr));
}

} // namespace converge::testing
