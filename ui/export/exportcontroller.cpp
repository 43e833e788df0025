#include "export/exportcontroller.h"

#include "docks/timelinedock.h"
#include "document/document.h"
#include "export/diagramexporter.h"
#include "scene/graphscene.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace converge {

namespace {

constexpr DiagramExporter::Format Formats[] = {
    DiagramExporter::Format::Png, DiagramExporter::Format::Svg, DiagramExporter::Format::Pdf,
    DiagramExporter::Format::Dot};
// More problems than this in one message box would not fit on screen.
constexpr int MaxListedProblems = 12;

/// Asks for the PNG scale and background; false when cancelled.
bool askPngOptions(QWidget *parent, DiagramExporter::Options *options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ExportController::tr("PNG Options"));
    auto *form = new QFormLayout(&dialog);
    auto *scale = new QDoubleSpinBox;
    scale->setRange(0.5, 8);
    scale->setSingleStep(0.5);
    scale->setSuffix(u" ×"_qs);
    scale->setValue(options->scale);
    scale->setToolTip(ExportController::tr("Pixels per point: 1 is the size on screen at 100 %"));
    form->addRow(ExportController::tr("&Scale:"), scale);
    auto *transparent = new QCheckBox(ExportController::tr("&Transparent background"));
    transparent->setChecked(options->transparent);
    form->addRow(transparent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->scale = scale->value();
    options->transparent = transparent->isChecked();
    return true;
}

QString listProblems(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.mid(0, MaxListedProblems))
        lines.append(d.toString());
    if (diagnostics.size() > MaxListedProblems)
        lines.append(ExportController::tr("… and %n more", nullptr,
                                          int(diagnostics.size() - MaxListedProblems)));
    return lines.join(u'\n');
}

} // namespace

ExportController::ExportController(QMainWindow *window, Document *document, GraphScene *scene)
    : QObject(window), m_window(window), m_document(document), m_scene(scene),
      m_timeline(new TimelineDock(document, scene, window)),
      m_exportAction(new QAction(tr("&Export Diagram..."), this)),
      m_saveReportAction(new QAction(tr("Save Run &Report..."), this)),
      m_openRecordedAction(new QAction(tr("Open Recorded R&un..."), this))
{
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportAction->setStatusTip(tr("Save the diagram as PNG, SVG, PDF or Graphviz DOT"));
    m_saveReportAction->setStatusTip(
        tr("Save what the last run did, per resource, as JSON and as an HTML page"));
    m_openRecordedAction->setStatusTip(
        tr("Replay a run recorded with 'converge run --events' on the graph"));
    connect(m_exportAction, &QAction::triggered, this, &ExportController::exportDiagram);
    connect(m_saveReportAction, &QAction::triggered, this, &ExportController::saveRunReport);
    connect(m_openRecordedAction, &QAction::triggered, this, &ExportController::openRecordedRun);
    connect(document, &Document::layoutReady, this, &ExportController::updateActions);
    connect(document, &Document::runStarted, this, &ExportController::updateActions);
    connect(document, &Document::runFinished, this, &ExportController::updateActions);
    connect(m_timeline, &TimelineDock::replayFinished, this, &ExportController::updateActions);
    updateActions();
}

void ExportController::install(QMenu *fileMenu, QMenu *viewMenu)
{
    QAction *before = nullptr;
    const QList<QAction *> actions = fileMenu->actions();
    for (auto it = actions.rbegin(); it != actions.rend() && !before; ++it) {
        if ((*it)->isSeparator())
            before = *it;
    }
    fileMenu->insertActions(before, {m_exportAction, m_saveReportAction, m_openRecordedAction});
    fileMenu->insertSeparator(before);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_timeline);
    viewMenu->addAction(m_timeline->toggleViewAction());
}

void ExportController::updateActions()
{
    const bool idle = !m_document->isRunning();
    m_exportAction->setEnabled(m_document->hasGraph());
    m_saveReportAction->setEnabled(idle && m_timeline->hasRun());
    m_openRecordedAction->setEnabled(idle && m_document->hasGraph());
}

QString ExportController::startFolder() const
{
    const QString remembered = QSettings().value(u"export/folder"_qs).toString();
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    return m_document->filePath().isEmpty() ? QDir::homePath()
                                            : QFileInfo(m_document->filePath()).absolutePath();
}

void ExportController::rememberFolder(const QString &path) const
{
    QSettings().setValue(u"export/folder"_qs, QFileInfo(path).absolutePath());
}

void ExportController::exportDiagram()
{
    QSettings settings;
    const QString lastSuffix = settings.value(u"export/format"_qs, u"png"_qs).toString();
    QStringList filters;
    QString selected;
    for (DiagramExporter::Format f : Formats) {
        filters.append(DiagramExporter::filter(f));
        if (DiagramExporter::suffix(f) == lastSuffix)
            selected = filters.back();
    }
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Diagram"),
        QDir(startFolder()).filePath((base.isEmpty() ? tr("graph") : base) + u'.' + lastSuffix),
        filters.join(u";;"), &selected);
    if (path.isEmpty())
        return;
    std::optional<DiagramExporter::Format> format = DiagramExporter::formatForPath(path);
    if (!format) {
        // No known extension typed: take the one of the chosen filter.
        format = Formats[std::max<qsizetype>(filters.indexOf(selected), 0)];
        path += u'.' + DiagramExporter::suffix(*format);
    }
    DiagramExporter::Options options;
    options.scale = settings.value(u"export/scale"_qs, options.scale).toDouble();
    options.transparent = settings.value(u"export/transparent"_qs, false).toBool();
    if (*format == DiagramExporter::Format::Png && !askPngOptions(m_window, &options))
        return;
    settings.setValue(u"export/format"_qs, DiagramExporter::suffix(*format));
    settings.setValue(u"export/scale"_qs, options.scale);
    settings.setValue(u"export/transparent"_qs, options.transparent);
    rememberFolder(path);

    DiagramExporter::Model model;
    model.graph = &m_document->graph();
    model.direction = m_document->layoutOptions().direction;
    if (m_timeline->hasRun() || m_document->isRunning())
        model.states = m_document->states();
    QString error;
    if (!DiagramExporter::exportFile(path, m_scene, model, options, &error)) {
        QMessageBox::warning(m_window, tr("Export Failed"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportController::saveRunReport()
{
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Run Report"),
        QDir(startFolder()).filePath((base.isEmpty() ? tr("run") : base) + u"-report.json"_qs),
        tr("JSON report, with an HTML page beside it (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".json", Qt::CaseInsensitive))
        path += u".json"_qs;
    rememberFolder(path);
    const QString htmlPath = path.left(path.size() - 5) + u".html"_qs;
    const RunReport report = m_timeline->runReport();
    const QString svg = QString::fromUtf8(DiagramExporter::renderSvg(*m_scene, {}, base));
    QString error;
    if (!RunReport::save(path, report.toJson(), &error) ||
        !RunReport::save(htmlPath, report.toHtml(svg).toUtf8(), &error)) {
        QMessageBox::warning(m_window, tr("Saving the Report Failed"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Saved %1 and %2")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(htmlPath)),
        5000);
}

void ExportController::openRecordedRun()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Recorded Run"), startFolder(),
                                     tr("Recorded runs (*.jsonl *.ndjson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    Diagnostics diagnostics;
    const bool ok = m_timeline->openRecordedRun(path, &diagnostics);
    if (!ok) {
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
