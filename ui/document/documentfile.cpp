#include "document/documentfile.h"

#include "document/document.h"
#include "document/runcontroller.h"
#include "editor/grapheditor.h"
#include "formats/yamlgraphreader.h"
#include "model/graph.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <sys/stat.h>

namespace converge {

namespace {
// mgmt requires a graph name; a new graph takes its file's name when first saved.
const QString UntitledName = QStringLiteral("untitled");

// An editor's save is a burst of events (write, rename, chmod): read the file once after it.
constexpr int SettleMs = 100;

/// What tells one version of the file from another without reading it; empty when missing.
QByteArray identityOf(const QString &path)
{
    struct stat st;
    if (stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' +
           QByteArray::number(qulonglong(st.st_ino)) + ':' +
           QByteArray::number(qlonglong(st.st_size)) + ':' +
           QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' +
           QByteArray::number(qlonglong(st.st_mtim.tv_nsec));
}

} // namespace

DocumentFile::DocumentFile(QWidget *window, Document *document, GraphEditor *editor)
    : QObject(window), m_window(window), m_document(document), m_editor(editor),
      m_recovery(new RecoveryFile([editor] { return editor->graphForSaving(true); },
                                  [editor] { return !editor->undoStack()->isClean(); }, this)),
      m_job(new SaveJob(this))
{
    connect(editor->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        setModifiedFlag();
        // Undone back to what is saved: nothing left to insure. A stack cleared empty is no
        // such thing: a load or New has asked about the work already, and the editor's
        // teardown in a window destroyed without closing must leave the file for next time.
        // Nor is a save still being written: the file may yet fail.
        if (clean && m_editor->undoStack()->count() > 0 && !isSaving())
            m_recovery->discard();
    });
    connect(m_job, &SaveJob::finished, this, &DocumentFile::writeDone);
    // A load or a replaced graph says where the work now belongs.
    connect(document, &Document::loaded, this,
            [this] { m_recovery->setOriginalPath(m_document->filePath()); });
    createActions();
    m_disk = new QFileSystemWatcher(this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_disk, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    // Editors that save by renaming replace the file: its folder sees that.
    connect(m_disk, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &DocumentFile::fileChangedOnDisk);
    connect(document->runs(), &RunController::watchingChanged, this, &DocumentFile::followFile);
}

void DocumentFile::followFile(bool on)
{
    m_settle->stop();
    if (const QStringList watched = m_disk->files() + m_disk->directories(); !watched.isEmpty())
        m_disk->removePaths(watched);
    const QString path = m_document->filePath();
    if (!on || path.isEmpty())
        return;
    m_onDisk = identityOf(path);
    m_disk->addPaths({path, QFileInfo(path).absolutePath()});
}

void DocumentFile::fileChangedOnDisk()
{
    const QString path = m_document->filePath();
    // This window's own save is being written: its end records the file's new identity.
    if (!m_document->runs()->isWatching() || path.isEmpty() || isSaving())
        return;
    const QByteArray now = identityOf(path);
    // Gone (a rename in progress), or the version this window read or wrote: nothing to do.
    if (now.isEmpty() || now == m_onDisk)
        return;
    m_onDisk = now;
    if (!m_disk->files().contains(path))
        m_disk->addPath(path); // a replaced file is a new one to watch
    if (!m_editor->undoStack()->isClean()) {
        emit message(tr("%1 changed on disk; your unsaved edits are kept and Keep Converging "
                        "goes on with the graph it runs. Reload to take the file's version.")
                         .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_document->reload();
}

void DocumentFile::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setObjectName(u"fileNew"_qs);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start an empty graph"));
    connect(m_newAction, &QAction::triggered, this, &DocumentFile::newGraph);
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(u"fileSave"_qs);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the graph as mgmt YAML, with node positions"));
    connect(m_saveAction, &QAction::triggered, this, &DocumentFile::save);
    m_saveAsAction = new QAction(tr("Save &As\u2026"), this);
    m_saveAsAction->setObjectName(u"fileSaveAs"_qs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save the graph under another name"));
    connect(m_saveAsAction, &QAction::triggered, this, &DocumentFile::saveAs);
}

bool DocumentFile::maybeSave(std::function<void()> retry)
{
    if (isSaving()) {
        // What is being written may not be all there is: ask once it is on disk.
        m_retry = std::move(retry);
        return refuseWhileSaving();
    }
    if (m_editor->undoStack()->isClean())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The graph has unsaved changes. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(u"UnsavedChangesMessage"_qs);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (save())
            m_retry = std::move(retry);
        return false;
    case QMessageBox::Discard:
        // The user chose to lose these changes: do not offer them back after the next start.
        m_recovery->discard();
        return true;
    default:
        return false;
    }
}

void DocumentFile::closed()
{
    m_recovery->discard();
}

bool DocumentFile::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool DocumentFile::saveAs()
{
    if (isSaving())
        return refuseWhileSaving();
    const QString current = m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Graph"),
        current.isEmpty() ? QDir::homePath() + u"/graph.yaml"_qs : current,
        tr("mgmt YAML graphs (*.yaml *.yml)"));
    return !path.isEmpty() && saveTo(path);
}

bool DocumentFile::saveTo(const QString &path)
{
    if (isSaving()) {
        if (path != m_job->path())
            return refuseWhileSaving();
        // One write at a time: the edits made since this one started follow in the next.
        m_saveAgain = true;
        return true;
    }
    PlacedGraph graph = m_editor->graphForSaving();
    m_naming = m_document->filePath().isEmpty() && graph.graph.name == UntitledName;
    if (m_naming)
        graph.graph.name = QFileInfo(path).completeBaseName();
    // A file read from YAML keeps its text: only the edits change (comments, layout survive).
    m_hadSource = m_document->source() != nullptr;
    QUndoStack *stack = m_editor->undoStack();
    m_wasClean = stack->isClean();
    m_job->start(m_document->source(), std::move(graph), path);
    // The stack is clean at what is being written, so that QUndoStack keeps track of edits
    // made while it is written (and of undoing them) as it does after any save.
    stack->setClean();
    setModifiedFlag();
    emit savingChanged(true);
    return true;
}

void DocumentFile::writeDone(std::shared_ptr<SaveJob::Outcome> outcome)
{
    QUndoStack *stack = m_editor->undoStack();
    const QString path = outcome->path;
    if (!outcome->written) {
        // The file still holds what it held: a document that was unchanged from it still is,
        // any other is not saved anywhere.
        if (!m_wasClean)
            stack->resetClean();
        m_saveAgain = false;
        m_retry = nullptr;
        setModifiedFlag();
        emit savingChanged(false);
        showSaveFailure(path, outcome->error);
        emit saveFinished(false);
        return;
    }
    // The file now holds this name: the document says the same. Not an undo step, as the
    // file's path is none either.
    if (m_naming)
        m_document->model()->setName(QFileInfo(path).completeBaseName());
    m_document->setFilePath(path);
    m_onDisk = identityOf(path); // this window's own change: not one to reload
    emit filePathChanged();
    m_recovery->setOriginalPath(path);
    if (stack->isClean())
        m_recovery->discard();
    m_document->saved(outcome->saved);
    setModifiedFlag();
    emit savingChanged(false);
    if (m_hadSource && !outcome->saved.isSpliced()) {
        emit message(tr("Saved %1, rewritten in full (comments and layout not kept): %2")
                         .arg(QDir::toNativeSeparators(path), outcome->saved.rewrittenBecause()));
    } else {
        emit confirmed(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    }
    emit saveFinished(true);
    if (std::exchange(m_saveAgain, false) && !stack->isClean()) {
        saveTo(path);
        return;
    }
    if (std::function<void()> retry = std::exchange(m_retry, nullptr))
        retry();
}

void DocumentFile::showSaveFailure(const QString &path, const QString &error)
{
    emit message(tr("Could not save %1: %2").arg(path, error));
    // Window-modal and not waited for: the window goes on answering behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Failed"),
                                tr("Could not save %1:\n%2\nThe file on disk is unchanged.")
                                    .arg(QDir::toNativeSeparators(path), error),
                                QMessageBox::Ok, m_window);
    box->setObjectName(u"SaveFailedMessage"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool DocumentFile::refuseWhileSaving()
{
    emit message(
        tr("Waiting for the save of %1 to finish").arg(QDir::toNativeSeparators(m_job->path())));
    return false;
}

void DocumentFile::setModifiedFlag()
{
    // Until a save is on disk, what it writes is not saved yet.
    m_window->setWindowModified(!m_editor->undoStack()->isClean() || isSaving());
}

bool DocumentFile::newGraph()
{
    if (m_document->isRunning()) {
        emit message(tr("Editing is blocked while the graph runs"));
        return false;
    }
    if (!maybeSave([this] { newGraph(); }))
        return false;
    m_recovery->discard();
    Graph empty;
    empty.name = UntitledName;
    m_document->replaceGraph(std::move(empty), {});
    emit graphReplaced();
    m_window->setWindowModified(false);
    return true;
}

bool DocumentFile::offerRecovery()
{
    const QList<RecoveryFile::Entry> entries = RecoveryFile::pending();
    if (entries.isEmpty())
        return false;
    const RecoveryFile::Entry &entry = entries.front();
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work?"),
                    tr("Converge did not close properly. Unsaved changes to %1 were kept "
                       "automatically at %2. Recover them?")
                        .arg(entry.originalPath.isEmpty()
                                 ? tr("an untitled graph")
                                 : QDir::toNativeSeparators(entry.originalPath),
                             QLocale().toString(entry.written, QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"RecoverMessage"_qs);
    QPushButton *recoverButton = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == recoverButton)
        return recover(entry);
    if (box.standardButton(box.clickedButton()) == QMessageBox::Discard)
        RecoveryFile::remove(entry);
    return false;
}

bool DocumentFile::recover(const RecoveryFile::Entry &entry)
{
    YamlGraphReader::Result read =
        YamlGraphReader::readFile(entry.recoveryPath, YamlGraphReader::Keep::GraphOnly);
    if (!read.ok()) {
        emit message(tr("Could not recover %1: %2")
                         .arg(entry.recoveryPath, read.diagnostics.value(0).toString()));
        return false;
    }
    m_document->replaceGraph(std::move(read.graph), entry.originalPath);
    emit graphReplaced();
    // Recovered work is not saved anywhere the user chose: keep it marked so, and safe.
    m_editor->undoStack()->resetClean();
    m_window->setWindowModified(true);
    if (m_recovery->saveNow())
        RecoveryFile::remove(entry);
    emit confirmed(tr("Recovered the unsaved work"));
    return true;
}

} // namespace converge
