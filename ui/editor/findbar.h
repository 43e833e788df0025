#pragma once

#include <QToolBar>

class QLabel;
class QLineEdit;

namespace converge {

class GraphEditor;
class GraphView;

/// Find (Ctrl+F): a bar with a text box; Enter selects the next resource whose "kind/name"
/// contains the text (case-insensitive) and centres the view on it. Escape hides the bar.
/// GUI thread only.
class FindBar : public QToolBar
{
    Q_OBJECT
public:
    FindBar(GraphEditor *editor, GraphView *view, QWidget *parent = nullptr);

    /// Shows the bar and puts the cursor in it.
    void activate();
    /// Selects the next match after the current one; false (and says so) when none.
    bool findNext(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    GraphEditor *m_editor;
    GraphView *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace converge
