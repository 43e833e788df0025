#pragma once

#include "model/diagnostic.h"

#include <QDockWidget>

class QLabel;

namespace converge {

class SourceView;

/// The Source pane: the graph file's text as it was read, with line numbers, the lines that
/// have errors marked, and the line of a chosen problem shown.
///
/// It shows the file as loaded, not the graph as edited since: the title says which file. GUI
/// thread only.
class SourceDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SourceDock(QWidget *parent = nullptr);

    /// Shows text read from file (empty for an untitled graph).
    void setSource(const QString &file, const QByteArray &text);
    /// Marks the lines of the errors among diagnostics that are in the file shown.
    void setDiagnostics(const Diagnostics &diagnostics);
    /// Brings the pane forward with line in view and selected; false when it is not in the file.
    bool showLine(int line);
    SourceView *view() const { return m_view; }

private:
    SourceView *m_view;
    QLabel *m_empty;
    QString m_file;
};

} // namespace converge
