#pragma once

#include "formats/savedtext.h"
#include "formats/savedtextdiff.h"

#include <QFont>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QTextDocument;

namespace converge {

class Document;
class GraphEditor;

/// Keeps the text File > Save would write current, for the Source pane: after a load, a save and
/// each edit, undo and redo, it splices the graph into the text read (SavedText) on a worker
/// thread and lays that text out as a QTextDocument there too, so a large file never blocks the
/// GUI thread. When the new text is the old one with a few lines changed, it delivers just those
/// changes instead.
///
/// Edits in quick succession make one request; while one is being made, the next waits for it
/// and only the latest is delivered. ready() says a new text is in current(), with its document
/// to take. Owned by the window, which with the document and editor must outlive it. GUI thread
/// only.
class SourcePreview : public QObject
{
    Q_OBJECT
public:
    SourcePreview(Document *document, GraphEditor *editor, QObject *parent);
    ~SourcePreview() override;

    /// The font the text documents are laid out in (the Source pane's).
    void setFont(const QFont &font) { m_font = font; }
    /// Makes the text again soon; edits and loads call it.
    void refresh();
    /// The last text delivered.
    const SavedText &current() const { return m_current; }
    /// True from a change until its text is delivered.
    bool isPending() const { return m_queue.isActive() || m_running; }
    /// The document laid out for current(), once: the caller owns it. Null when taken, or when
    /// changes() bring the text delivered before up to date instead.
    std::unique_ptr<QTextDocument> takeDocument();
    /// What turns the text delivered before into current()'s, when that is a few changes.
    const std::vector<SavedTextDiff::Change> &changes() const { return m_changes; }

signals:
    void ready();

private:
    struct Made;
    void start();
    void finished(quint64 generation, std::shared_ptr<Made> made);

    Document *m_document;
    GraphEditor *m_editor;
    QFont m_font;
    QTimer m_queue;
    bool m_running = false;
    quint64 m_generation = 0;
    SavedText m_current;
    std::unique_ptr<QTextDocument> m_textDocument;
    std::vector<SavedTextDiff::Change> m_changes;
    QFuture<std::shared_ptr<Made>> m_making;
};

} // namespace converge
