#pragma once

#include "model/nameindex.h"

#include <QToolBar>

class QLabel;
class QLineEdit;
class QStringListModel;

namespace converge {

class GraphEditor;
class GraphView;

/// Find (Ctrl+F): a bar with a text box; Enter selects the next resource whose "kind/name"
/// contains the text (case-insensitive) and centres the view on it. Every key updates the
/// suggestions and the number of matches from a NameIndex built when the bar opens, so typing
/// stays instant at 100,000 resources. Escape hides the bar. GUI thread only.
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
    void suggest(const QString &text);

    GraphEditor *m_editor;
    GraphView *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
    QStringListModel *m_suggestions;
    NameIndex m_names; ///< the graph's names when the bar last opened
};

} // namespace converge
