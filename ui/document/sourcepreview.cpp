#include "document/sourcepreview.h"

#include "document/document.h"
#include "editor/grapheditor.h"

#include <QFutureWatcher>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace converge {

namespace {
// A change this large would itself hold the GUI thread up: beyond it, the worker lays out a
// new text instead.
constexpr qsizetype ComparedChangeLimit = 64 * 1024;
} // namespace

struct SourcePreview::Made
{
    SavedText text;
    std::optional<std::vector<SavedTextDiff::Change>> changes;
    std::unique_ptr<QTextDocument> document; ///< made only when changes cannot say it
};

SourcePreview::SourcePreview(Document *document, GraphEditor *editor, QObject *parent)
    : QObject(parent), m_document(document), m_editor(editor)
{
    m_queue.setSingleShot(true);
    m_queue.setInterval(0);
    connect(&m_queue, &QTimer::timeout, this, &SourcePreview::start);
    connect(document, &Document::loaded, this, &SourcePreview::refresh);
    // A save makes the file what the pane shows: its title stops saying it differs.
    connect(document, &Document::sourceChanged, this, &SourcePreview::refresh);
    connect(editor->undoStack(), &QUndoStack::indexChanged, this, &SourcePreview::refresh);
}

SourcePreview::~SourcePreview()
{
    // The text document being made belongs to the GUI thread once made: let the worker finish
    // so that it is deleted here, not on the worker when the future lets go of it.
    m_making.waitForFinished();
}

void SourcePreview::refresh()
{
    m_queue.start();
}

std::unique_ptr<QTextDocument> SourcePreview::takeDocument()
{
    return std::move(m_textDocument);
}

void SourcePreview::start()
{
    if (m_running) {
        // One at a time: this request follows when the one being made is delivered.
        m_queue.start();
        return;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Made>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        finished(generation, watcher->result());
        watcher->deleteLater();
    });
    QThread *gui = thread();
    m_making = QtConcurrent::run([source = m_document->source(), graph = m_editor->graphForSaving(),
                                  shown = m_current, font = m_font, gui] {
        auto made = std::make_shared<Made>();
        made->text = SavedText::make(source, graph.merged(), SavedText::Use::Showing);
        made->changes = SavedTextDiff::between(shown, made->text);
        // After a save the text is spliced into what the save wrote, which is the text shown
        // when nothing was edited meanwhile: comparing costs milliseconds, a new text a stall.
        if (!made->changes)
            made->changes =
                SavedTextDiff::byComparing(shown.text(), made->text.text(), ComparedChangeLimit);
        if (made->changes)
            return made;
        // Laying out a large text takes seconds: here, then handed to the GUI thread.
        made->document = std::make_unique<QTextDocument>();
        made->document->setUndoRedoEnabled(false);
        made->document->setDefaultFont(font);
        made->document->setDocumentLayout(new QPlainTextDocumentLayout(made->document.get()));
        made->document->setPlainText(QString::fromUtf8(made->text.text()));
        made->document->moveToThread(gui);
        return made;
    });
    watcher->setFuture(m_making);
}

void SourcePreview::finished(quint64 generation, std::shared_ptr<Made> made)
{
    m_running = false;
    if (generation != m_generation || m_queue.isActive())
        return; // a later change is queued: only its text is worth showing
    m_current = std::move(made->text);
    m_textDocument = std::move(made->document);
    m_changes = made->changes ? std::move(*made->changes) : std::vector<SavedTextDiff::Change>();
    emit ready();
}

} // namespace converge
