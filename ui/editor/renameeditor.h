#pragma once

#include "model/resource.h"

#include <QLineEdit>

class QGraphicsView;
class QLabel;

namespace converge {

class GraphEditor;

/// Renames a resource in place: a text box over the node on the canvas that checks the name as
/// the user types (names are unique per kind) and says what is wrong right under it.
///
/// Enter renames (one undo step) when the name is good and stays open when it is not; Escape,
/// or leaving with a bad name, changes nothing. Deletes itself when done. GUI thread only.
class RenameEditor : public QLineEdit
{
    Q_OBJECT
public:
    /// Opens the editor over id's node in view; returns it (owned by the view's viewport).
    static RenameEditor *start(GraphEditor *editor, QGraphicsView *view, ResourceId id);

    /// Why the text cannot be used now, or empty.
    QString problem() const { return m_problem; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    RenameEditor(GraphEditor *editor, QWidget *parent, const QString &key);
    void check();
    void finish(bool commit);

    GraphEditor *m_editor;
    QString m_key;
    QString m_problem;
    QLabel *m_message;
    bool m_done = false;
};

} // namespace converge
