#include "window/runfilescontroller.h"

#include "docks/timelinedock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "export/diagramexporter.h"
#include "export/exportcontroller.h"
#include "formats/outputfile.h"
#include "scene/graphscene.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace converge {

namespace {

// More problems than this in one message box would not fit on screen.
constexpr int MaxListedProblems = 12;

QString listProblems(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.mid(0, MaxListedProblems))
        lines.append(d.toString());
    if (diagnostics.size() > MaxListedProblems)
        lines.append(RunFilesController::tr("… and %n more", nullptr,
                                            int(diagnostics.size() - MaxListedProblems)));
    return lines.join(u'\n');
}

} // namespace

RunFilesController::RunFilesController(QMainWindow *window, Document *document, GraphScene *scene)
    : QObject(window), m_window(window), m_document(document), m_scene(scene),
      m_timeline(new TimelineDock(document, scene, window)),
      m_saveReportAction(new QAction(tr("Save Run &Report..."), this)),
      m_openRecordedAction(new QAction(tr("Open Recorded R&un..."), this))
{
    m_saveReportAction->setStatusTip(
        tr("Save what the last run did, per resource, as JSON and as an HTML page"));
    m_openRecordedAction->setStatusTip(
        tr("Replay a run recorded with 'converge run --events' on the graph"));
    connect(m_saveReportAction, &QAction::triggered, this, &RunFilesController::saveRunReport);
    connect(m_openRecordedAction, &QAction::triggered, this, &RunFilesController::openRecordedRun);
    const RunController *runs = document->runs();
    connect(document, &Document::layoutReady, this, &RunFilesController::updateActions);
    connect(runs, &RunController::runningChanged, this, &RunFilesController::updateActions);
    connect(runs, &RunController::replayFinished, this, &RunFilesController::updateActions);
    updateActions();
}

void RunFilesController::install(QMenu *fileMenu, QAction *after, QMenu *viewMenu)
{
    const QList<QAction *> actions = fileMenu->actions();
    const qsizetype at = actions.indexOf(after);
    QAction *before = at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr;
    fileMenu->insertActions(before, {m_saveReportAction, m_openRecordedAction});
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_timeline);
    viewMenu->addAction(m_timeline->toggleViewAction());
}

void RunFilesController::updateActions()
{
    const bool idle = !m_document->isRunning();
    m_saveReportAction->setEnabled(idle && m_document->runs()->hasRun());
    m_openRecordedAction->setEnabled(idle && m_document->hasGraph());
}

void RunFilesController::saveRunReport()
{
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Run Report"),
        QDir(ExportController::startFolder(*m_document))
            .filePath((base.isEmpty() ? tr("run") : base) + u"-report.json"_qs),
        tr("JSON report, with an HTML page beside it (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".json", Qt::CaseInsensitive))
        path += u".json"_qs;
    ExportController::rememberFolder(path);
    const QString htmlPath = path.left(path.size() - 5) + u".html"_qs;
    const RunReport report = m_document->runs()->runReport();
    const QString svg = QString::fromUtf8(DiagramExporter::renderSvg(*m_scene, {}, base));
    QString error;
    if (!OutputFile::save(path, report.toJson(), &error) ||
        !OutputFile::save(htmlPath, report.toHtml(svg).toUtf8(), &error)) {
        QMessageBox::warning(m_window, tr("Saving the Report Failed"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Saved %1 and %2")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(htmlPath)),
        5000);
}

void RunFilesController::openRecordedRun()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Recorded Run"), ExportController::startFolder(*m_document),
        tr("Recorded runs (*.jsonl *.ndjson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ExportController::rememberFolder(path);
    Diagnostics diagnostics;
    if (!m_document->runs()->openRecordedRun(path, &diagnostics)) {
        QMessageBox::warning(m_window, tr("Cannot Replay the Run"), listProblems(diagnostics));
        return;
    }
    m_timeline->show();
    m_timeline->raise();
    updateActions();
    if (!diagnostics.isEmpty())
        QMessageBox::information(m_window, tr("Replaying with Gaps"), listProblems(diagnostics));
}

} // namespace converge
