#pragma once

#include "formats/savedtextdiff.h"

#include <QPlainTextEdit>

#include <memory>
#include <vector>

namespace converge {

/// A read-only text view with line numbers in a margin and some lines marked as errors (a
/// tinted line and a "!" before its number, so the mark reads without colour).
///
/// Lines are 1-based, as in messages. GUI thread only.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    /// Shows text, which must have a QPlainTextDocumentLayout; the view owns it and deletes the
    /// one it replaces. Made off the GUI thread for a large file, so showing it does not block.
    void setText(std::unique_ptr<QTextDocument> text);
    /// Makes changes (positions of the text shown, ascending) to the text shown.
    void changeText(const std::vector<SavedTextDiff::Change> &changes);
    /// Lines shown as having errors; replaces the previous set.
    void setErrorLines(std::vector<int> lines);
    const std::vector<int> &errorLines() const { return m_errorLines; }
    /// Puts the cursor on line, scrolls it into the middle and highlights it; false when the
    /// text has no such line.
    bool showLine(int line);
    /// Puts the cursor on line and highlights it, scrolling only if it is out of view; a line
    /// the text does not have leaves the cursor where it is.
    void highlightLine(int line);
    /// The line the cursor is on, 1-based.
    int currentLine() const;

    /// Width the line-number margin needs for the current number of lines.
    int marginWidth() const;
    /// Width the line-number margin needs for a text of lines lines.
    int marginWidth(int lines) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Margin;
    void paintMargin(QPaintEvent *event);
    void updateMargin(const QRect &rect, int dy);
    void updateSelections();

    Margin *m_margin;
    std::vector<int> m_errorLines; ///< sorted
};

} // namespace converge
