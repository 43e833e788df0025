#pragma once

#include "document/recoveryfile.h"

#include <QObject>
#include <QString>

class QAction;
class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace converge {

class Document;
class GraphEditor;

/// The document's life on disk: Save and Save As (written atomically), File > New, the
/// unsaved-changes question, and crash insurance (autosave to a RecoveryFile while there are
/// unsaved changes, and the offer to restore what a crashed session left behind). It owns the
/// New, Save and Save As actions; the window puts them in its menu and toolbar.
///
/// Unsaved means the editor's undo stack is not clean: the window's modified flag follows it,
/// and a clean stack removes the recovery file.
///
/// While Keep Converging watches, it also follows the file on disk: a change made outside
/// the window (not by its own Save) reloads the document, which the watch then takes on,
/// when there are no unsaved changes; with unsaved changes nothing is reloaded (they are
/// never lost) and message() says so. Owned by the window; the Document and the GraphEditor
/// must outlive it. Questions and failures are modal on window. GUI thread only.
class DocumentFile : public QObject
{
    Q_OBJECT
public:
    DocumentFile(QWidget *window, Document *document, GraphEditor *editor);

    RecoveryFile *recovery() const { return m_recovery; }
    QAction *newAction() const { return m_newAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }

    /// Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to go on.
    bool maybeSave();
    /// The window closes for good: no recovery file is needed any more.
    void closed();
    /// Saves to the document's file, or asks where when it has none (saveAs()).
    bool save();
    /// Asks where to save, then saveTo(); false when cancelled or the write failed.
    bool saveAs();
    /// Writes the graph to path atomically. Only after the write succeeded does the document
    /// take path (and an untitled graph its file's name), so on failure nothing changes: the
    /// user is told why and the file on disk, the document and its modified state stay as they
    /// were.
    bool saveTo(const QString &path);
    /// Starts an untitled, empty graph after maybeSave(); false when refused (during a run,
    /// with a message) or cancelled.
    bool newGraph();
    /// Offers to restore what a crashed session left behind; true when something was restored.
    bool offerRecovery();
    /// Restores one recovery file as an unsaved, untitled-or-original document.
    bool recover(const RecoveryFile::Entry &entry);

signals:
    /// Save As gave the document a new path: the window title should follow.
    void filePathChanged();
    /// The graph was replaced without a layout (New, recovery): the editor starts over.
    void graphReplaced();
    /// A refusal or failure for the status bar and the canvas.
    void message(const QString &text);
    /// Work the user asked for is done ("Saved ..."): shown, but not as a problem.
    void confirmed(const QString &text);

private:
    void createActions();
    /// Keep Converging's watch began (true) or ended: follow the file on disk, or stop.
    void followFile(bool on);
    /// The file or its folder changed on disk, a moment ago.
    void fileChangedOnDisk();

    QWidget *m_window;
    Document *m_document;
    GraphEditor *m_editor;
    RecoveryFile *m_recovery;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QFileSystemWatcher *m_disk;
    QTimer *m_settle; ///< an editor's save is several events: act once they are over
    /// Identity of the file as last read or written here (device, inode, size, mtime): a
    /// change notice for the window's own Save finds it unchanged.
    QByteArray m_onDisk;
};

} // namespace converge
