#include "window/mainwindow.h"

#include "docks/detailsdock.h"
#include "docks/filterdock.h"
#include "docks/logdock.h"
#include "docks/overviewdock.h"
#include "docks/overviewmap.h"
#include "docks/problemsdock.h"
#include "docks/sourcedock.h"
#include "document/document.h"
#include "document/documentfile.h"
#include "document/runcontroller.h"
#include "editor/contextmenus.h"
#include "editor/editcontroller.h"
#include "editor/sceneeditor.h"
#include "export/exportcontroller.h"
#include "scene/busyindicator.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/groupcollapser.h"
#include "scene/themedicon.h"
#include "window/dryrunreport.h"
#include "window/examplesmenu.h"
#include "window/groupactions.h"
#include "window/helpmenu.h"
#include "window/layoutnote.h"
#include "window/problemscontroller.h"
#include "window/recentfiles.h"
#include "window/resourcetooltip.h"
#include "window/runactions.h"
#include "window/runfilescontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

static void initConvergeResources()
{
    // The icons live in the static convergeui library: register them explicitly.
    Q_INIT_RESOURCE(converge);
}

namespace converge {

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
    // Before the menus, so that the Keyboard Shortcuts list keeps Run's group before Help's.
    m_runActions = new RunActions(this, m_document, m_scene);
    createMenus();
    createToolBars();
    createDocks();
    createStatusBar();
    m_runActions->install(m_helpMenu, m_viewToolBar, m_logDock, m_problemsDock);
    m_groupActions->install(m_viewMenu, m_runActions->nodeMenu());
    connect(m_runActions, &RunActions::titlePrefixChanged, this, &MainWindow::updateTitle);
    connect(m_runActions, &RunActions::selectedRecordChanged, this, &MainWindow::showDetails);
    // A save moves lines: Details names the line the resource is on now.
    connect(m_document->model(), &GraphModel::locationsChanged, this, &MainWindow::showDetails);

    connect(m_document, &Document::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_document, &Document::busyChanged, this, &MainWindow::updateActions);
    connect(m_document, &Document::loaded, this, &MainWindow::loaded);
    connect(m_document, &Document::loadFailed, this, &MainWindow::loadFailed);
    connect(m_document, &Document::layoutReady, this, &MainWindow::layoutReady);
    connect(m_document->runs(), &RunController::runningChanged, this, &MainWindow::updateActions);
    connect(m_document->runs(), &RunController::watchingChanged, this, &MainWindow::updateActions);
    connect(m_document->runs(), &RunController::stopping, this, &MainWindow::updateActions);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::selectionChanged);

    m_documentFile->newAction()->setIcon(themedIcon(u"document-new"_qs, u"new"_qs));
    m_documentFile->saveAction()->setIcon(themedIcon(u"document-save"_qs, u"save"_qs));
    m_editController->install(m_viewMenu, m_detailsDock,
                              {m_documentFile->newAction(), m_documentFile->saveAction()});
    m_editController->contextMenus()->extendNodeMenu(m_runActions->nodeMenu());
    connect(m_documentFile, &DocumentFile::graphReplaced, m_editController,
            &EditController::startOver);
    connect(m_documentFile, &DocumentFile::message, m_editController,
            [this](const QString &text) { m_editController->showMessage(text); });
    connect(m_documentFile, &DocumentFile::confirmed, m_editController,
            [this](const QString &text) {
                m_editController->showMessage(text, EditController::MessageKind::Confirmation);
            });
    connect(m_documentFile, &DocumentFile::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_documentFile, &DocumentFile::savingChanged, this, &MainWindow::updateTitle);
    // A Save As target is a file the user will want back.
    connect(m_documentFile, &DocumentFile::filePathChanged, this,
            [this] { m_recentFiles->add(m_document->filePath()); });
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
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setObjectName(u"fileClose"_qs);
    m_closeAction->setShortcuts(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the graph and start an empty one"));
    connect(m_closeAction, &QAction::triggered, this, [this] { m_documentFile->newGraph(); });

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
    // Automatic (no engine named): dot, or the layered layout when dot would be slow. An engine
    // named here is used as named, whatever the graph's size.
    QAction *automatic = m_engineGroup->addAction(tr("&Automatic"));
    automatic->setCheckable(true);
    automatic->setData(QString());
    automatic->setChecked(true);
    for (const QString &engine : GraphvizLayout::engines()) {
        QAction *action = m_engineGroup->addAction(engine);
        action->setCheckable(true);
        action->setData(engine);
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
    m_fileMenu->addAction(m_closeAction);
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

    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::createToolBars()
{
    QToolBar *file = addToolBar(tr("File"));
    file->setObjectName(QStringLiteral("FileToolBar"));
    file->addAction(m_openAction);
    file->addAction(m_reloadAction);
    m_viewToolBar = addToolBar(tr("View"));
    m_viewToolBar->setObjectName(QStringLiteral("ViewToolBar"));
    m_viewToolBar->addActions({m_zoomInAction, m_zoomOutAction, m_fitAction, m_actualSizeAction});
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
    m_problems = new ProblemsController(this, m_document, m_editController->editor(), m_scene,
                                        m_problemsDock);
    new DryRunReport(m_document, m_scene, m_logDock, this);
    m_logDock->raise();
    auto *overview = new OverviewDock(m_view, this);
    addDockWidget(Qt::RightDockWidgetArea, overview);
    auto *filter = new FilterDock(m_document, m_scene, m_view, this);
    addDockWidget(Qt::RightDockWidgetArea, filter);
    tabifyDockWidget(overview, filter);
    overview->raise();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_logDock), static_cast<QDockWidget *>(m_problemsDock),
          static_cast<QDockWidget *>(m_problems->sourceDock()),
          static_cast<QDockWidget *>(m_detailsDock), static_cast<QDockWidget *>(overview),
          static_cast<QDockWidget *>(filter)})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Show &Failed and Neighbours"), filter,
                          &FilterDock::showFailedAndNeighbours);
    m_viewMenu->addAction(tr("Show All &Resources"), filter, &FilterDock::showAll);
    m_groupActions = new GroupActions(this, m_document, m_scene, filter);
    m_groupActions->arrangeWith(m_editController->editor());
    m_editController->sceneEditor()->setMoveGate(
        [collapser = m_groupActions->collapser()] { return collapser->collapsedCount() == 0; });
    overview->map()->setGroups(m_groupActions->collapser());
}

void MainWindow::createStatusBar()
{
    new LayoutNote(m_document, statusBar());
    m_busy = new BusyIndicator;
    statusBar()->addPermanentWidget(m_busy);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    if (!restoreState(settings.value(u"window/state"_qs).toByteArray()))
        resize(1200, 800);
    // "layout/engine" held "dot" for the automatic choice before it could be named; this key
    // holds an engine only when the user named one.
    const QString engine = settings.value(u"layout/namedEngine"_qs, QString()).toString();
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
    settings.setValue(u"layout/namedEngine"_qs,
                      options.automaticEngine ? QString() : options.engine);
    settings.setValue(u"layout/direction"_qs, int(options.direction));
    settings.setValue(u"log/showAll"_qs, m_logDock->showsAll());
    settings.setValue(u"view/selectArea"_qs, m_selectAreaAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closing) {
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
        // Saving first: the window closes once the file is written, asking again if the
        // graph was edited meanwhile.
        if (!m_documentFile->maybeSave([this] { close(); })) {
            event->ignore();
            return;
        }
        m_closing = true;
    }
    if (m_document->isRunning()) {
        m_document->stop();
        if (m_document->isRunning()) {
            // No process may outlive the window, and a command may take its cancel grace to
            // end: the window stays up, locked and saying "stopping", and closes once the run
            // is over, instead of freezing meanwhile.
            setEnabled(false);
            connect(
                m_document->runs(), &RunController::runningChanged, this,
                [this](bool running) {
                    if (!running)
                        close();
                },
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
            event->ignore();
            return;
        }
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
    if (!m_documentFile->maybeSave([this, path] { openFile(path); }))
        return;
    if (!m_document->open(path)) {
        QMessageBox::information(this, tr("Run in Progress"),
                                 tr("Stop the run before opening another file."));
        return;
    }
    m_openingPath = path;
}

void MainWindow::reload()
{
    if (!m_documentFile->maybeSave([this] { reload(); }))
        return;
    m_openingPath = m_document->filePath();
    m_document->reload();
}

void MainWindow::applyLayoutChoice()
{
    GraphvizLayout::Options options = m_document->layoutOptions();
    if (QAction *engine = m_engineGroup->checkedAction()) {
        const QString named = engine->data().toString();
        options.automaticEngine = named.isEmpty();
        options.engine = named.isEmpty() ? u"dot"_qs : named;
    }
    if (QAction *direction = m_directionGroup->checkedAction())
        options.direction = LayoutDirection(direction->data().toInt());
    m_fitOnLayout = true;
    m_document->setLayoutOptions(options);
}

void MainWindow::loaded()
{
    m_fitOnLayout = true;
    if (!m_openingPath.isEmpty() && !m_document->filePath().isEmpty())
        m_recentFiles->add(m_document->filePath());
    m_openingPath.clear();
    updateTitle();
}

void MainWindow::loadFailed()
{
    // A file that cannot be opened is no shortcut to offer.
    m_recentFiles->remove(std::exchange(m_openingPath, QString()));
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
    updateActions();
}

void MainWindow::selectionChanged()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    const ResourceId id = selected.size() == 1 ? selected.front() : InvalidId;
    m_logDock->setResource(id,
                           id == InvalidId ? QString() : m_document->graph().resource(id).key());
    showDetails();
}

void MainWindow::showDetails()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() != 1 || !m_document->graph().contains(selected.front())) {
        m_detailsDock->showResource(nullptr, nullptr);
        return;
    }
    const RunController *runs = m_document->runs();
    const std::optional<RunRecord> record = runs->record(selected.front());
    std::optional<DetailsDock::Repairs> repairs;
    if (runs->isWatching() || runs->watch().repairs(selected.front()) > 0)
        repairs = DetailsDock::Repairs{runs->watch().repairs(selected.front()),
                                       runs->watch().lastCause(selected.front())};
    m_detailsDock->showResource(&m_document->graph().resource(selected.front()),
                                record ? &*record : nullptr, repairs);
}

void MainWindow::updateActions()
{
    const bool running = m_document->isRunning();
    m_documentFile->newAction()->setEnabled(!running);
    m_openAction->setEnabled(!running);
    m_closeAction->setEnabled(!running);
    m_recentFiles->setEnabled(!running);
    // While watching, a reload is taken on by the watch (RunController::followReload()).
    const RunController *runs = m_document->runs();
    const bool reloadable = !running || (runs->isWatching() && !runs->isStopping());
    m_reloadAction->setEnabled(reloadable && !m_document->filePath().isEmpty());
}

void MainWindow::updateTitle()
{
    const QString title =
        m_document->filePath().isEmpty()
            ? tr("Untitled[*] \u2014 Converge")
            : tr("%1[*] \u2014 Converge").arg(QFileInfo(m_document->filePath()).fileName());
    const QString saving = m_documentFile->isSaving() ? tr("[saving\u2026] ") : QString();
    setWindowTitle(m_runActions->titlePrefix() + saving + title);
}

} // namespace converge
