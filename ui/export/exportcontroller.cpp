#include "export/exportcontroller.h"

#include "document/document.h"
#include "document/runcontroller.h"
#include "export/diagramexporter.h"
#include "scene/criticalpathoverlay.h"
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
#include <algorithm>

namespace converge {

namespace {

constexpr DiagramExporter::Format Formats[] = {
    DiagramExporter::Format::Png, DiagramExporter::Format::Svg, DiagramExporter::Format::Pdf,
    DiagramExporter::Format::Dot};

/// Whether the scene shows a critical path (after a run, never after a dry run).
bool showsCriticalPath(const QGraphicsScene &scene)
{
    const QList<QGraphicsItem *> items = scene.items();
    return std::any_of(items.begin(), items.end(), [](const QGraphicsItem *item) {
        return item->type() == CriticalPathOverlay::Type && !item->boundingRect().isEmpty();
    });
}

/// Asks whether the picture keeps the critical path (when the scene shows one) and, for PNG,
/// its scale and background; false when cancelled. An SVG or PDF without a critical path
/// needs no question.
bool askOptions(QWidget *parent, DiagramExporter::Format format, bool criticalPathShown,
                DiagramExporter::Options *options)
{
    const bool png = format == DiagramExporter::Format::Png;
    options->criticalPath = criticalPathShown && options->criticalPath;
    if (!png && !criticalPathShown)
        return true;
    QDialog dialog(parent);
    dialog.setObjectName(u"ExportOptions"_qs);
    dialog.setWindowTitle(
        ExportController::tr("%1 Options").arg(DiagramExporter::suffix(format).toUpper()));
    auto *form = new QFormLayout(&dialog);
    QDoubleSpinBox *scale = nullptr;
    QCheckBox *transparent = nullptr;
    if (png) {
        scale = new QDoubleSpinBox;
        scale->setRange(0.5, 8);
        scale->setSingleStep(0.5);
        scale->setSuffix(u" ×"_qs);
        scale->setValue(options->scale);
        scale->setToolTip(
            ExportController::tr("Pixels per point: 1 is the size on screen at 100 %"));
        form->addRow(ExportController::tr("&Scale:"), scale);
        transparent = new QCheckBox(ExportController::tr("&Transparent background"));
        transparent->setChecked(options->transparent);
        form->addRow(transparent);
    }
    QCheckBox *criticalPath = nullptr;
    if (criticalPathShown) {
        criticalPath = new QCheckBox(ExportController::tr("Show the &critical path"));
        criticalPath->setObjectName(u"ExportCriticalPath"_qs);
        criticalPath->setChecked(options->criticalPath);
        criticalPath->setToolTip(
            ExportController::tr("Keep the glow along the run's longest chain in the picture"));
        form->addRow(criticalPath);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (png) {
        options->scale = scale->value();
        options->transparent = transparent->isChecked();
    }
    if (criticalPath)
        options->criticalPath = criticalPath->isChecked();
    return true;
}

} // namespace

ExportController::ExportController(QMainWindow *window, Document *document, GraphScene *scene)
    : QObject(window), m_window(window), m_document(document), m_scene(scene),
      m_exportAction(new QAction(tr("&Export Diagram..."), this))
{
    m_exportAction->setObjectName(u"fileExport"_qs);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportAction->setStatusTip(tr("Save the diagram as PNG, SVG, PDF or Graphviz DOT"));
    connect(m_exportAction, &QAction::triggered, this, &ExportController::exportDiagram);
    connect(document, &Document::layoutReady, this, &ExportController::updateActions);
    updateActions();
}

void ExportController::install(QMenu *fileMenu)
{
    QAction *before = nullptr;
    const QList<QAction *> actions = fileMenu->actions();
    for (auto it = actions.rbegin(); it != actions.rend() && !before; ++it) {
        if ((*it)->isSeparator())
            before = *it;
    }
    fileMenu->insertAction(before, m_exportAction);
    fileMenu->insertSeparator(before);
}

void ExportController::updateActions()
{
    m_exportAction->setEnabled(m_document->hasGraph());
}

QString ExportController::startFolder(const Document &document)
{
    const QString remembered = QSettings().value(u"export/folder"_qs).toString();
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    return document.filePath().isEmpty() ? QDir::homePath()
                                         : QFileInfo(document.filePath()).absolutePath();
}

void ExportController::rememberFolder(const QString &path)
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
        QDir(startFolder(*m_document))
            .filePath((base.isEmpty() ? tr("graph") : base) + u'.' + lastSuffix),
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
    // The last answer is the default; asked again for each picture of a run, in any format.
    options.criticalPath = settings.value(u"export/criticalPath"_qs, false).toBool();
    const bool picture = *format != DiagramExporter::Format::Dot;
    const bool criticalPathShown = picture && showsCriticalPath(*m_scene);
    if (picture && !askOptions(m_window, *format, criticalPathShown, &options))
        return;
    settings.setValue(u"export/format"_qs, DiagramExporter::suffix(*format));
    settings.setValue(u"export/scale"_qs, options.scale);
    settings.setValue(u"export/transparent"_qs, options.transparent);
    if (criticalPathShown) // an answer given, not the "no" of a picture without a run
        settings.setValue(u"export/criticalPath"_qs, options.criticalPath);
    rememberFolder(path);

    DiagramExporter::Model model;
    model.graph = &m_document->graph();
    model.direction = m_document->layoutOptions().direction;
    if (m_document->runs()->hasRun() || m_document->isRunning())
        model.states = m_document->runs()->states();
    QString error;
    if (!DiagramExporter::exportFile(path, m_scene, model, options, &error)) {
        QMessageBox::warning(m_window, tr("Export Failed"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace converge
