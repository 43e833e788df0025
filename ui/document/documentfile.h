#pragma once

#include "document/recoveryfile.h"
#include "document/savejob.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

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
/// A save is written off the GUI thread (SaveJob): the file gets the document exactly as it
/// was when Save was pressed. Editing goes on meanwhile; the undo stack is made clean at that
/// point when the save starts, so edits made while it is written are unsaved changes afterwards
/// (and undoing them is not). A failed save leaves the document modified. While a save is
/// being written, Save As is refused with a message, a second Save is written after it, and New,
/// Open, Reload and closing wait for it before they ask about unsaved changes (see maybeSave()).
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

    /// Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to go on
    /// now. False when cancelled, or when a save must be written first (Save chosen, or a save
    /// already being written): then retry is called once that save has written the file, and
    /// should do what the caller meant to do again, which asks again if the graph was edited
    /// meanwhile. A failed save calls nothing: the user has been told.
    bool maybeSave(std::function<void()> retry);
    /// The window closes for good: no recovery file is needed any more.
    void closed();
    /// Saves to the document's file, or asks where when it has none (saveAs()); see saveTo().
    bool save();
    /// Asks where to save, then saveTo(); false when cancelled, or refused while a save is
    /// being written.
    bool saveAs();
    /// Starts writing the graph as it is now to path (atomically, on a worker) and returns true;
    /// saveFinished() follows. Only after the write succeeded does the document take path (and
    /// an untitled graph its file's name), so on failure nothing changes: the user is told why
    /// (a window-modal box and message()) and the file on disk, the document and its path stay
    /// as they were, and the document is modified. While a save to path is being written, the
    /// graph is saved to path again after it (true); to another path it is refused (false).
    bool saveTo(const QString &path);
    /// From saveTo() until saveFinished().
    bool isSaving() const { return m_job->isRunning(); }
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
    /// A save started (true) or ended (false): the title says "saving".
    void savingChanged(bool saving);
    /// A save ended: written (true) or not (its failure already reported).
    void saveFinished(bool written);

private:
    void createActions();
    /// Keep Converging's watch began (true) or ended: follow the file on disk, or stop.
    void followFile(bool on);
    /// The file or its folder changed on disk, a moment ago.
    void fileChangedOnDisk();
    void writeDone(std::shared_ptr<SaveJob::Outcome> outcome);
    void showSaveFailure(const QString &path, const QString &error);
    void setModifiedFlag();
    /// Says a save is being written and returns false.
    bool refuseWhileSaving();

    QWidget *m_window;
    Document *m_document;
    GraphEditor *m_editor;
    RecoveryFile *m_recovery;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    SaveJob *m_job;
    bool m_naming = false;         ///< the save gives an untitled graph its file's name
    bool m_hadSource = false;      ///< the saved graph was read from YAML
    bool m_wasClean = false;       ///< nothing was unsaved when the save started
    bool m_saveAgain = false;      ///< Save was pressed again while writing
    std::function<void()> m_retry; ///< what waits for the save (maybeSave())
    QFileSystemWatcher *m_disk;
    QTimer *m_settle; ///< an editor's save is several events: act once they are over
    /// Identity of the file as last read or written here (device, inode, size, mtime): a
    /// change notice for the window's own Save finds it unchanged.
    QByteArray m_onDisk;
};

} // namespace converge
