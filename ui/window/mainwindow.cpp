#include "window/mainwindow.h"

#include "docks/detailsdock.h"
#include "docks/logdock.h"
#include "docks/problemsdock.h"
#include "document/document.h"
#include "document/documentfile.h"
#include "document/runcontroller.h"
#include "editor/editcontroller.h"
#include "export/exportcontroller.h"
#include "model/resourceschema.h"
#include "model/statepalette.h"
#include "scene/busyindicator.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "window/examplesmenu.h"
#include "window/helpmenu.h"
#include "window/recentfiles.h"
#include "window/resourcetooltip.h"
#include "window/runfilescontroller.h"
#include "window/runstatuswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <numeric>

static void initConvergeResources()
{
    // The icons live in the static convergeui library: register them explicitly.
    Q_INIT_RESOURCE(converge);
}

namespace converge {

namespace {
QIcon themedIcon(const QString &themeName, const QString &ownName)
{
    // The desktop theme's icon where there is one, so the toolbar matches other applications;
    // our own SVG otherwise.
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(ownName)));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_scene(new GraphScene(this)),
      m_view(new GraphView(m_scene, this))
{
    initConvergeResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/converge.svg")));
    setCentralWidget(m_view);
    m_document->setLabelFont(m_scene->font());
    m_scene->setToolTipProvider([this](ResourceId id) { return resourceToolTip(*m_document, id); });

    m_editController = new EditController(this, m_document, m_scene, m_view);
    m_documentFile = new DocumentFile(this, m_document, m_editController->editor());
    createActions();
    createMenus();
    createToolBars();
    createDocks();
    createStatusBar();

    connect(m_document, &Document::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_document, &Document::busyChanged, this, &MainWindow::updateActions);
    connect(m_document, &Document::loaded, this, &MainWindow::loaded);
    connect(m_document, &Document::loadFailed, this, &MainWindow::loadFailed);
    connect(m_document, &Document::layoutReady, this, &MainWindow::layoutReady);
    connect(m_document, &Document::layoutFailed, this, [this](const QString &message) {
        m_layoutInfo->setText(tr("Layout failed: %1").arg(message));
    });
    RunController *runs = m_document->runs();
    connect(runs, &RunController::statesChanged, this, &MainWindow::statesChanged);
    connect(runs, &RunController::eventsRead, this, &MainWindow::eventsRead);
    connect(runs, &RunController::runStarted, this, &MainWindow::runStarted);
    connect(runs, &RunController::runFinished, this, &MainWindow::runFinished);
    connect(runs, &RunController::runRefused, this, &MainWindow::refuseRun);
    connect(runs, &RunController::runningChanged, this, &MainWindow::updateActions);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_scene, &GraphScene::nodeContextMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_scene, &GraphScene::nodeActivated, this, &MainWindow::showLog);

    m_editController->install(m_viewMenu, m_detailsDock,
                              {m_documentFile->newAction(), m_documentFile->saveAction()});
    connect(m_documentFile, &DocumentFile::graphReplaced, m_editController,
            &EditController::startOver);
    connect(m_documentFile, &DocumentFile::message, m_editController, &EditController::showMessage);
    connect(m_documentFile, &DocumentFile::filePathChanged, this, &MainWindow::updateTitle);
    m_documentFile->newGraph();
    auto *exports = new ExportController(this, m_document, m_scene);
    exports->install(m_fileMenu);
    (new RunFilesController(this, m_document, m_scene))
        ->install(m_fileMenu, exports->exportAction(), m_viewMenu);

    readSettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The scene reports selection changes while it deletes its items, after this window is
    // gone as a MainWindow: nothing here may hear them.
    m_scene->disconnect(this);
}

void MainWindow::createActions()
{
    m_openAction =
        new QAction(themedIcon(u"document-open"_qs, u"open"_qs), tr("&Open\u2026"), this);
    m_openAction->setShortcuts(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an mgmt YAML graph"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_reloadAction = new QAction(themedIcon(u"view-refresh"_qs, u"reload"_qs), tr("&Reload"), this);
    m_reloadAction->setShortcuts(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read the file again from disk"));
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_documentFile->maybeSave())
            m_document->reload();
    });

    m_quitAction = new QAction(themedIcon(u"application-exit"_qs, u"quit"_qs), tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(themedIcon(u"zoom-in"_qs, u"zoom-in"_qs), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_view, &GraphView::zoomIn);
    m_zoomOutAction =
        new QAction(themedIcon(u"zoom-out"_qs, u"zoom-out"_qs), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &GraphView::zoomOut);
    m_fitAction =
        new QAction(themedIcon(u"zoom-fit-best"_qs, u"zoom-fit"_qs), tr("&Fit to Window"), this);
    m_fitAction->setShortcut(Qt::CTRL | Qt::Key_9);
    connect(m_fitAction, &QAction::triggered, m_view, &GraphView::fitToWindow);
    m_actualSizeAction =
        new QAction(themedIcon(u"zoom-original"_qs, u"zoom-original"_qs), tr("&Actual Size"), this);
    m_actualSizeAction->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(m_actualSizeAction, &QAction::triggered, m_view, &GraphView::resetZoom);
    m_selectAreaAction = new QAction(tr("&Select Area by Dragging"), this);
    m_selectAreaAction->setCheckable(true);
    m_selectAreaAction->setStatusTip(tr("Drag selects nodes instead of moving the view"));
    connect(m_selectAreaAction, &QAction::toggled, this, [this](bool area) {
        m_scene->setMode(area ? GraphScene::Mode::SelectArea : GraphScene::Mode::Browse);
    });

    m_engineGroup = new QActionGroup(this);
    for (const QString &engine : GraphvizLayout::engines()) {
        QAction *action = m_engineGroup->addAction(engine);
        action->setCheckable(true);
        action->setData(engine);
        action->setChecked(engine == u"dot");
    }
    connect(m_engineGroup, &QActionGroup::triggered, this, &MainWindow::applyLayoutChoice);
    m_directionGroup = new QActionGroup(this);
    const std::pair<LayoutDirection, QString> directions[] = {
        {LayoutDirection::TopToBottom, tr("&Top to Bottom")},
        {LayoutDirection::LeftToRight, tr("&Left to Right")}};
    for (const auto &[direction, label] : directions) {
        QAction *action = m_directionGroup->addAction(label);
        action->setCheckable(true);
        action->setData(int(direction));
        action->setChecked(direction == LayoutDirection::TopToBottom);
    }
    connect(m_directionGroup, &QActionGroup::triggered, this, &MainWindow::applyLayoutChoice);

    m_runAction = new QAction(themedIcon(u"media-playback-start"_qs, u"run"_qs), tr("&Run"), this);
    m_runAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runAction->setStatusTip(tr("Run every resource, each as soon as its prerequisites are done"));
    connect(m_runAction, &QAction::triggered, this, [this] { m_document->runs()->run(false); });
    m_dryRunAction = new QAction(QIcon(u":/icons/dry-run.svg"_qs), tr("&Dry Run"), this);
    m_dryRunAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_dryRunAction->setStatusTip(tr("Check every resource and report what would change"));
    connect(m_dryRunAction, &QAction::triggered, this, [this] { m_document->runs()->run(true); });
    m_stopAction = new QAction(themedIcon(u"process-stop"_qs, u"stop"_qs), tr("&Stop"), this);
    m_stopAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Cancel)});
    m_stopAction->setStatusTip(tr("Stop the run, or the loading or layout in progress"));
    connect(m_stopAction, &QAction::triggered, m_document, &Document::stop);
    m_runSelectedAction =
        new QAction(QIcon(u":/icons/run-selected.svg"_qs), tr("Run &Selected"), this);
    m_runSelectedAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_runSelectedAction->setStatusTip(tr("Run the selected resources and their prerequisites"));
    connect(m_runSelectedAction, &QAction::triggered, this, &MainWindow::runSelected);
    m_rerunFailedAction =
        new QAction(QIcon(u":/icons/rerun-failed.svg"_qs), tr("Re-run &Failed"), this);
    m_rerunFailedAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_rerunFailedAction->setStatusTip(tr("Run the failed resources again, and what they skipped"));
    connect(m_rerunFailedAction, &QAction::triggered, m_document->runs(),
            &RunController::rerunFailed);

    m_runThisAction = new QAction(QIcon(u":/icons/run.svg"_qs), tr("Run &This"), this);
    connect(m_runThisAction, &QAction::triggered, this, &MainWindow::runThis);
    m_runUpToHereAction =
        new QAction(QIcon(u":/icons/run-selected.svg"_qs), tr("Run &Up To Here"), this);
    connect(m_runUpToHereAction, &QAction::triggered, this, &MainWindow::runSelected);
    m_showLogAction = new QAction(tr("Show &Log"), this);
    connect(m_showLogAction, &QAction::triggered, this, &MainWindow::showLog);
    m_copyNameAction = new QAction(QIcon::fromTheme(u"edit-copy"_qs), tr("&Copy Name"), this);
    connect(m_copyNameAction, &QAction::triggered, this, &MainWindow::copyName);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_documentFile->newAction());
    m_fileMenu->addAction(m_openAction);
    m_recentFiles = new RecentFiles(m_fileMenu->addMenu(tr("Open &Recent")), this);
    connect(m_recentFiles, &RecentFiles::fileChosen, this, &MainWindow::openFile);
    auto *examples = new ExamplesMenu(this);
    m_fileMenu->addMenu(examples);
    connect(examples, &ExamplesMenu::exampleChosen, this, &MainWindow::openFile);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_documentFile->saveAction(), m_documentFile->saveAsAction()});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_actualSizeAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(tr("Layout &Engine"))->addActions(m_engineGroup->actions());
    m_viewMenu->addMenu(tr("&Direction"))->addActions(m_directionGroup->actions());
    m_viewMenu->addAction(m_selectAreaAction);
    m_viewMenu->addSeparator();

    m_runMenu = menuBar()->addMenu(tr("&Run"));
    m_runMenu->addAction(m_runAction);
    m_runMenu->addAction(m_dryRunAction);
    m_runMenu->addAction(m_runSelectedAction);
    m_runMenu->addAction(m_rerunFailedAction);
    m_runMenu->addSeparator();
    m_runMenu->addAction(m_stopAction);

    menuBar()->addMenu(new HelpMenu(this));

    m_nodeMenu = new QMenu(this);
    m_nodeMenu->addAction(m_runThisAction);
    m_nodeMenu->addAction(m_runUpToHereAction);
    m_nodeMenu->addSeparator();
    m_nodeMenu->addAction(m_showLogAction);
    m_nodeMenu->addAction(m_copyNameAction);
}

void MainWindow::createToolBars()
{
    QToolBar *file = addToolBar(tr("File"));
    file->setObjectName(QStringLiteral("FileToolBar"));
    file->addAction(m_openAction);
    file->addAction(m_reloadAction);
    QToolBar *run = addToolBar(tr("Run"));
    run->setObjectName(QStringLiteral("RunToolBar"));
    run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    run->addAction(m_runAction);
    run->addAction(m_dryRunAction);
    run->addAction(m_runSelectedAction);
    run->addAction(m_rerunFailedAction);
    run->addAction(m_stopAction);
    QToolBar *view = addToolBar(tr("View"));
    view->setObjectName(QStringLiteral("ViewToolBar"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addAction(m_actualSizeAction);
}

void MainWindow::createDocks()
{
    m_detailsDock = new DetailsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_problemsDock = new ProblemsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_logDock, m_problemsDock);
    m_logDock->raise();
    connect(m_problemsDock, &ProblemsDock::resourceActivated, this,
            &MainWindow::selectResourceByKey);
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_logDock), static_cast<QDockWidget *>(m_problemsDock),
          static_cast<QDockWidget *>(m_detailsDock)})
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_layoutInfo = new QLabel;
    m_layoutInfo->setObjectName(u"layoutNote"_qs);
    statusBar()->addWidget(m_layoutInfo, 1);
    // QStatusBar hides its normal widgets under a message, but a relayout while a run starts
    // showed the label again and both texts were drawn over each other (seen with the Run
    // button's status tip). Tie the label to the message explicitly.
    connect(statusBar(), &QStatusBar::messageChanged, m_layoutInfo,
            [this](const QString &message) { m_layoutInfo->setVisible(message.isEmpty()); });
    m_busy = new BusyIndicator;
    statusBar()->addPermanentWidget(m_busy);
    m_runStatus = new RunStatusWidget;
    statusBar()->addPermanentWidget(m_runStatus);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    if (!restoreState(settings.value(u"window/state"_qs).toByteArray()))
        resize(1200, 800);
    GraphvizLayout::Options options = m_document->layoutOptions();
    const QString engine = settings.value(u"layout/engine"_qs, options.engine).toString();
    for (QAction *action : m_engineGroup->actions())
        action->setChecked(action->data().toString() == engine);
    const int direction = settings.value(u"layout/direction"_qs, 0).toInt();
    for (QAction *action : m_directionGroup->actions())
        action->setChecked(action->data().toInt() == direction);
    m_logDock->setShowAll(settings.value(u"log/showAll"_qs, true).toBool());
    m_selectAreaAction->setChecked(settings.value(u"view/selectArea"_qs, false).toBool());
    applyLayoutChoice();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/state"_qs, saveState());
    const GraphvizLayout::Options options = m_document->layoutOptions();
    settings.setValue(u"layout/engine"_qs, options.engine);
    settings.setValue(u"layout/direction"_qs, int(options.direction));
    settings.setValue(u"log/showAll"_qs, m_logDock->showsAll());
    settings.setValue(u"view/selectArea"_qs, m_selectAreaAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Stop the Run?"),
            tr("A run is still going. Quitting stops it and terminates its commands."),
            QMessageBox::Cancel | QMessageBox::Close, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    if (!m_documentFile->maybeSave()) {
        event->ignore();
        return;
    }
    m_documentFile->closed();
    writeSettings();
    event->accept();
}

void MainWindow::open()
{
    const QString dir = m_document->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Graph"), dir,
        tr("Graphs (*.yaml *.yml *.dot *.gv);;mgmt YAML graphs (*.yaml *.yml);;"
           "Graphviz DOT (*.dot *.gv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (!m_documentFile->maybeSave())
        return;
    if (!m_document->open(path)) {
        QMessageBox::information(this, tr("Run in Progress"),
                                 tr("Stop the run before opening another file."));
        return;
    }
    m_recentFiles->add(path);
}

void MainWindow::applyLayoutChoice()
{
    GraphvizLayout::Options options = m_document->layoutOptions();
    if (QAction *engine = m_engineGroup->checkedAction())
        options.engine = engine->data().toString();
    if (QAction *direction = m_directionGroup->checkedAction())
        options.direction = LayoutDirection(direction->data().toInt());
    m_fitOnLayout = true;
    m_document->setLayoutOptions(options);
}

void MainWindow::loaded()
{
    m_fitOnLayout = true;
    m_logDock->clear();
    m_runStatus->reset();
    m_runStatusText.clear();
    m_problemsDock->setDiagnostics(m_document->diagnostics());
    updateTitle();
}

void MainWindow::loadFailed(const Diagnostics &diagnostics)
{
    m_problemsDock->setDiagnostics(diagnostics);
    m_problemsDock->raise();
    m_layoutInfo->setText(tr("Could not open the file: see Problems"));
    updateActions();
}

void MainWindow::layoutReady(const GraphLayout &layout)
{
    m_editController->layoutReady(layout);
    const std::vector<ResourceId> all = m_document->graph().resourceIds();
    m_scene->updateStates(m_document->runs()->states(), all);
    if (m_fitOnLayout)
        m_view->fitToWindow();
    m_fitOnLayout = false;
    QString info = tr("%1 resources laid out by %2 in %3 s")
                       .arg(QLocale().toString(m_document->graph().resourceCount()), layout.engine,
                            QLocale().toString(layout.seconds, 'f', 2));
    if (!layout.note.isEmpty())
        info += QStringLiteral(" \u2014 ") + layout.note;
    m_layoutInfo->setText(info);
    updateActions();
}

void MainWindow::runSelected()
{
    m_document->runs()->runResources(m_scene->selectedResources(), true);
}

void MainWindow::runThis()
{
    m_document->runs()->runResources(m_scene->selectedResources(), false);
}

void MainWindow::showLog()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    m_logDock->setShowAll(selected.empty());
    m_logDock->show();
    m_logDock->raise();
}

void MainWindow::copyName()
{
    QStringList keys;
    for (ResourceId id : m_scene->selectedResources())
        keys << m_document->graph().resource(id).key();
    QApplication::clipboard()->setText(keys.join(u'\n'));
}

void MainWindow::refuseRun(const Diagnostics &reasons)
{
    m_problemsDock->setDiagnostics(m_document->diagnostics());
    m_problemsDock->show();
    m_problemsDock->raise();
    QStringList lines;
    for (const Diagnostic &d : reasons) {
        if (d.isError())
            // Engine messages usually start with the resource already.
            lines << (d.resource.isEmpty() || d.message.startsWith(d.resource)
                          ? d.message
                          : d.resource + QStringLiteral(": ") + d.message);
    }
    // Window-modal but not blocking: the run state and the Problems dock stay live behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Run"),
                                tr("This graph cannot run here: %n problem(s) must be fixed first.",
                                   nullptr, int(lines.size())),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("CannotRunMessage"));
    box->setInformativeText(lines.mid(0, 5).join(u'\n') +
                            (lines.size() > 5
                                 ? tr("\n\u2026 and %1 more in Problems.").arg(lines.size() - 5)
                                 : QString()));
    box->setDetailedText(lines.join(u'\n'));
    box->open();
}

void MainWindow::statesChanged(const std::vector<ResourceId> &changed)
{
    m_scene->updateStates(m_document->runs()->states(), changed);
    m_runStatus->setCounts(m_document->runs()->counts());
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() == 1 &&
        std::find(changed.begin(), changed.end(), selected.front()) != changed.end())
        showDetails();
    updateTitle();
}

void MainWindow::eventsRead(const std::vector<RunEvent> &events)
{
    std::vector<LogDock::Line> lines;
    lines.reserve(events.size());
    const Graph &graph = m_document->graph();
    for (const RunEvent &e : events) {
        // States show as colours; the log has the output and messages.
        if (e.type == RunEvent::Type::State || !graph.contains(e.resource))
            continue;
        LogDock::Line line;
        line.resource = e.resource;
        line.kind = e.type == RunEvent::Type::Message      ? LogDock::Line::Kind::Message
                    : e.stream == RunEvent::Stream::Stderr ? LogDock::Line::Kind::Stderr
                                                           : LogDock::Line::Kind::Stdout;
        line.prefix = graph.resource(e.resource).key();
        line.text = e.text;
        lines.push_back(std::move(line));
    }
    m_logDock->appendLines(std::move(lines));
}

void MainWindow::runStarted(bool dryRun)
{
    m_logDock->clear();
    m_runStatus->runStarted();
    m_runStatus->setCounts(m_document->runs()->counts());
    m_problemsDock->setDiagnostics(m_document->diagnostics());
    m_runStatusText = dryRun ? tr("dry run") : tr("running");
    updateActions();
    updateTitle();
}

void MainWindow::runFinished(const RunSummary &summary)
{
    m_runStatus->setCounts(m_document->runs()->counts());
    m_runStatus->runFinished(summary.seconds);
    if (summary.interrupted)
        m_runStatusText = tr("stopped");
    else if (summary.failed > 0)
        m_runStatusText = tr("%n failed", nullptr, summary.failed);
    else
        m_runStatusText = summary.noop ? tr("checked") : tr("converged");
    if (!summary.error.isEmpty())
        statusBar()->showMessage(summary.error);
    showDetails();
    updateActions();
    updateTitle();
}

void MainWindow::selectionChanged()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    const ResourceId id = selected.size() == 1 ? selected.front() : InvalidId;
    m_logDock->setResource(id,
                           id == InvalidId ? QString() : m_document->graph().resource(id).key());
    showDetails();
    updateActions();
}

void MainWindow::showDetails()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() != 1 || !m_document->graph().contains(selected.front())) {
        m_detailsDock->showResource(nullptr, nullptr);
        return;
    }
    const std::optional<RunRecord> record = m_document->runs()->record(selected.front());
    m_detailsDock->showResource(&m_document->graph().resource(selected.front()),
                                record ? &*record : nullptr);
}

void MainWindow::selectResourceByKey(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return;
    const ResourceId id = m_document->graph().find(key.left(slash), key.mid(slash + 1));
    if (id != InvalidId)
        m_scene->selectResource(id);
}

void MainWindow::showNodeMenu(ResourceId, const QPoint &screenPos)
{
    updateActions();
    m_nodeMenu->popup(screenPos);
}

void MainWindow::updateActions()
{
    const bool running = m_document->isRunning();
    const bool busy = m_document->isBusy();
    const bool ready = m_document->hasGraph() && !running;
    const bool selection = !m_scene->selectedResources().empty();
    m_documentFile->newAction()->setEnabled(!running);
    m_openAction->setEnabled(!running);
    m_recentFiles->setEnabled(!running);
    m_reloadAction->setEnabled(!running && !m_document->filePath().isEmpty());
    m_runAction->setEnabled(ready);
    m_dryRunAction->setEnabled(ready);
    m_runSelectedAction->setEnabled(ready && selection);
    m_rerunFailedAction->setEnabled(ready && m_document->runs()->hasFailures());
    m_stopAction->setEnabled(running || busy);
    m_runThisAction->setEnabled(ready && selection);
    m_runUpToHereAction->setEnabled(ready && selection);
    m_copyNameAction->setEnabled(selection);
}

void MainWindow::updateTitle()
{
    QString title =
        m_document->filePath().isEmpty()
            ? tr("Untitled[*] \u2014 Converge")
            : tr("%1[*] \u2014 Converge").arg(QFileInfo(m_document->filePath()).fileName());
    if (m_document->isRunning()) {
        const StateCounts counts = m_document->runs()->counts();
        const int total = std::accumulate(counts.begin(), counts.end(), 0);
        const int open = counts[int(ResourceState::Pending)] + counts[int(ResourceState::Running)];
        title.prepend(tr("[%1 %2/%3] ").arg(m_runStatusText).arg(total - open).arg(total));
    } else if (!m_runStatusText.isEmpty()) {
        title.prepend(tr("[%1] ").arg(m_runStatusText));
    }
    setWindowTitle(title);
}

} // namespace converge
