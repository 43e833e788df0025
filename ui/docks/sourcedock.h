#pragma once

#include "formats/savedtextdiff.h"

#include <QDockWidget>

#include <memory>
#include <vector>

class QLabel;
class QTextDocument;

namespace converge {

class SourceView;

/// The Source pane: the text File > Save would write for the graph file, with line numbers,
/// the lines that have errors marked, and one line highlighted: a chosen problem's or the
/// selected resource's.
///
/// It shows what it is given: ProblemsController keeps the text current (SourcePreview) and
/// maps lines into it. The title says which file and whether the text differs from the file as
/// read. GUI thread only.
class SourceDock : public QDockWidget
{
    Q_OBJECT
public:
    /// How the text shown relates to the file on disk.
    enum class Kind
    {
        AsRead,    ///< the file as read or last saved
        Edited,    ///< the file with the edits spliced in
        Rewritten, ///< the graph written in full: comments and layout would be lost
    };

    explicit SourceDock(QWidget *parent = nullptr);

    /// The file the pane is about (empty for an untitled graph, which shows a note instead).
    void setFile(const QString &file);
    QString file() const { return m_file; }
    /// Shows text (the pane takes it) without losing the scroll position; why says, for a
    /// rewritten text, why the edits cannot be spliced in.
    void setText(std::unique_ptr<QTextDocument> text, Kind kind, const QString &why = {});
    /// Brings the text shown up to date by changes (see SavedTextDiff), as setText() would.
    void changeText(const std::vector<SavedTextDiff::Change> &changes, Kind kind,
                    const QString &why = {});
    /// Marks these lines (1-based) of the text shown as having errors.
    void setErrorLines(std::vector<int> lines);
    /// Brings the pane forward with line in view and highlighted; false when the text has no
    /// such line.
    bool showLine(int line);
    /// Highlights line (0 for none) without bringing the pane forward or scrolling away from
    /// what is in view unless the line is not.
    void highlightLine(int line);
    SourceView *view() const { return m_view; }

private:
    void setKind(Kind kind, const QString &why);

    SourceView *m_view;
    QLabel *m_empty;
    QString m_file;
};

} // namespace converge
