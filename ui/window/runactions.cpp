#include "window/runactions.h"

#include "docks/logdock.h"
#include "docks/problemsdock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"
#include "scene/themedicon.h"
#include "window/runstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <numeric>

namespace converge {

RunActions::RunActions(QMainWindow *window, Document *document, GraphScene *scene)
    : QObject(window), m_window(window), m_document(document), m_scene(scene)
{
    createActions();
}

void RunActions::createActions()
{
    RunController *runs = m_document->runs();
    m_runAction = new QAction(themedIcon(u"media-playback-start"_qs, u"run"_qs), tr("&Run"), this);
    m_runAction->setObjectName(u"runAll"_qs);
    m_runAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runAction->setStatusTip(tr("Run every resource, each as soon as its prerequisites are done"));
    connect(m_runAction, &QAction::triggered, this, [runs] { runs->run(false); });
    m_keepConvergingAction =
        new QAction(QIcon(u":/icons/keep-converging.svg"_qs), tr("&Keep Converging"), this);
    m_keepConvergingAction->setCheckable(true);
    m_keepConvergingAction->setObjectName(QStringLiteral("KeepConvergingAction"));
    m_keepConvergingAction->setStatusTip(
        tr("After Run's first pass keep watching every resource and repair what drifts, "
           "until Stop"));
    connect(m_keepConvergingAction, &QAction::toggled, runs, &RunController::setKeepConverging);
    m_dryRunAction = new QAction(QIcon(u":/icons/dry-run.svg"_qs), tr("&Dry Run"), this);
    m_dryRunAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_dryRunAction->setStatusTip(tr("Check every resource and report what would change"));
    connect(m_dryRunAction, &QAction::triggered, this, [runs] { runs->run(true); });
    m_stopAction = new QAction(themedIcon(u"process-stop"_qs, u"stop"_qs), tr("&Stop"), this);
    m_stopAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Cancel)});
    m_stopAction->setStatusTip(tr("Stop the run, or the loading or layout in progress"));
    connect(m_stopAction, &QAction::triggered, m_document, &Document::stop);
    m_runSelectedAction =
        new QAction(QIcon(u":/icons/run-selected.svg"_qs), tr("Run &Selected"), this);
    m_runSelectedAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_runSelectedAction->setStatusTip(tr("Run the selected resources and their prerequisites"));
    connect(m_runSelectedAction, &QAction::triggered, this, &RunActions::runSelected);
    m_rerunFailedAction =
        new QAction(QIcon(u":/icons/rerun-failed.svg"_qs), tr("Re-run &Failed"), this);
    m_rerunFailedAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_rerunFailedAction->setStatusTip(tr("Run the failed resources again, and what they skipped"));
    connect(m_rerunFailedAction, &QAction::triggered, runs, &RunController::rerunFailed);

    m_runThisAction = new QAction(QIcon(u":/icons/run.svg"_qs), tr("Run &This"), this);
    connect(m_runThisAction, &QAction::triggered, this, &RunActions::runThis);
    m_runUpToHereAction =
        new QAction(QIcon(u":/icons/run-selected.svg"_qs), tr("Run &Up To Here"), this);
    connect(m_runUpToHereAction, &QAction::triggered, this, &RunActions::runSelected);
    m_showLogAction = new QAction(tr("Show &Log"), this);
    connect(m_showLogAction, &QAction::triggered, this, &RunActions::showLog);
    m_copyNameAction = new QAction(QIcon::fromTheme(u"edit-copy"_qs), tr("&Copy Name"), this);
    connect(m_copyNameAction, &QAction::triggered, this, &RunActions::copyName);
}

void RunActions::install(QMenu *helpMenu, QToolBar *viewToolBar, LogDock *log,
                         ProblemsDock *problems)
{
    m_logDock = log;
    m_problemsDock = problems;

    QMenuBar *menuBar = m_window->menuBar();
    auto *runMenu = new QMenu(tr("&Run"), menuBar);
    menuBar->insertMenu(helpMenu->menuAction(), runMenu);
    runMenu->addAction(m_runAction);
    runMenu->addAction(m_keepConvergingAction);
    runMenu->addAction(m_dryRunAction);
    runMenu->addAction(m_runSelectedAction);
    runMenu->addAction(m_rerunFailedAction);
    runMenu->addSeparator();
    runMenu->addAction(m_stopAction);

    m_nodeMenu = new QMenu(m_window);
    m_nodeMenu->addAction(m_runThisAction);
    m_nodeMenu->addAction(m_runUpToHereAction);
    m_nodeMenu->addSeparator();
    m_nodeMenu->addAction(m_showLogAction);
    m_nodeMenu->addAction(m_copyNameAction);

    auto *toolBar = new QToolBar(tr("Run"), m_window);
    toolBar->setObjectName(QStringLiteral("RunToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Words for the three ways to start a run and for Stop; the two that act on a part of the
    // graph show their icon only (tooltip and menu name them), so the toolbars fit the default
    // window width in German and French too.
    m_runSelectedAction->setPriority(QAction::LowPriority);
    m_rerunFailedAction->setPriority(QAction::LowPriority);
    toolBar->addActions({m_runAction, m_keepConvergingAction, m_dryRunAction, m_runSelectedAction,
                         m_rerunFailedAction, m_stopAction});
    m_window->insertToolBar(viewToolBar, toolBar);

    m_runStatus = new RunStatusWidget;
    m_window->statusBar()->addPermanentWidget(m_runStatus);

    const RunController *runs = m_document->runs();
    connect(runs, &RunController::statesChanged, this, &RunActions::statesChanged);
    connect(runs, &RunController::eventsRead, this, &RunActions::eventsRead);
    connect(runs, &RunController::runStarted, this, &RunActions::runStarted);
    connect(runs, &RunController::runFinished, this, &RunActions::runFinished);
    connect(runs, &RunController::watchingChanged, this, &RunActions::watchingChanged);
    connect(runs, &RunController::stopping, this, &RunActions::stopping);
    connect(runs, &RunController::graphFollowed, this, &RunActions::logRunLine);
    connect(runs, &RunController::graphRefused, this, [this] {
        logRunLine(tr("%1 has errors (see Problems): Keep Converging keeps running the graph "
                      "it had")
                       .arg(QFileInfo(m_document->filePath()).fileName()));
    });
    connect(runs, &RunController::watchNotes, this, &RunActions::watchNotes);
    connect(runs, &RunController::runRefused, this, &RunActions::refuseRun);
    connect(runs, &RunController::runningChanged, this, &RunActions::updateActions);
    connect(m_document, &Document::busyChanged, this, &RunActions::updateActions);
    connect(m_document, &Document::loaded, this, &RunActions::loaded);
    connect(m_document, &Document::loadFailed, this, &RunActions::updateActions);
    connect(m_document, &Document::layoutReady, this, [this] {
        // A graph read again while watching is drawn anew, its nodes watched too: once the
        // window has made them, after this signal.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_document->runs()->isWatching())
                    markWatching(true);
            },
            Qt::QueuedConnection);
        updateActions();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &RunActions::updateActions);
    // Run follows whether there is anything to run.
    const GraphModel *model = m_document->model();
    connect(model, &GraphModel::graphReset, this, &RunActions::updateActions);
    connect(model, &GraphModel::resourceAdded, this, &RunActions::updateActions);
    connect(model, &GraphModel::resourceRemoved, this, &RunActions::updateActions);
    // The window deletes the document before the scene, whose teardown still signals.
    connect(m_document, &QObject::destroyed, this,
            [this] { disconnect(m_scene, nullptr, this, nullptr); });
    connect(m_scene, &GraphScene::nodeContextMenuRequested, this, &RunActions::showNodeMenu);
    connect(m_scene, &GraphScene::nodeActivated, this, &RunActions::showLog);
    updateActions();
}

QString RunActions::titlePrefix() const
{
    if (m_document->isRunning()) {
        const StateCounts counts = m_document->runs()->counts();
        const int total = std::accumulate(counts.begin(), counts.end(), 0);
        const int open = counts[int(ResourceState::Pending)] + counts[int(ResourceState::Running)];
        return tr("[%1 %2/%3] ").arg(m_runStatusText).arg(total - open).arg(total);
    }
    return m_runStatusText.isEmpty() ? QString() : tr("[%1] ").arg(m_runStatusText);
}

void RunActions::runSelected()
{
    m_document->runs()->runResources(m_scene->selectedResources(), true);
}

void RunActions::runThis()
{
    m_document->runs()->runResources(m_scene->selectedResources(), false);
}

void RunActions::showLog()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    m_logDock->setShowAll(selected.empty());
    m_logDock->show();
    m_logDock->raise();
}

void RunActions::copyName()
{
    QStringList keys;
    for (ResourceId id : m_scene->selectedResources())
        keys << m_document->graph().resource(id).key();
    QApplication::clipboard()->setText(keys.join(u'\n'));
}

void RunActions::showNodeMenu(ResourceId, const QPoint &screenPos)
{
    updateActions();
    m_nodeMenu->popup(screenPos);
}

void RunActions::refuseRun(const Diagnostics &reasons)
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
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("CannotRunMessage"));
    box->setInformativeText(lines.mid(0, 5).join(u'\n') +
                            (lines.size() > 5
                                 ? tr("\n\u2026 and %1 more in Problems.").arg(lines.size() - 5)
                                 : QString()));
    box->setDetailedText(lines.join(u'\n'));
    box->open();
}

void RunActions::loaded()
{
    // Read again while watching, the graph keeps its run: its log and counts go on.
    if (m_document->runs()->isWatching())
        return;
    m_logDock->clear();
    m_runStatus->reset();
    m_runStatusText.clear();
    emit titlePrefixChanged();
}

void RunActions::statesChanged(const std::vector<ResourceId> &changed)
{
    m_scene->updateStates(m_document->runs()->states(), changed);
    m_runStatus->setCounts(m_document->runs()->counts());
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() == 1 &&
        std::find(changed.begin(), changed.end(), selected.front()) != changed.end())
        emit selectedRecordChanged();
    emit titlePrefixChanged();
}

void RunActions::eventsRead(const std::vector<RunEvent> &events)
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
        line.kind = e.type != RunEvent::Type::Output       ? LogDock::Line::Kind::Message
                    : e.stream == RunEvent::Stream::Stderr ? LogDock::Line::Kind::Stderr
                                                           : LogDock::Line::Kind::Stdout;
        line.prefix = graph.resource(e.resource).key();
        line.time =
            QLocale().toString(m_runStartedAt.addMSecs(e.timeUs / 1000).time(), u"HH:mm:ss.zzz"_qs);
        line.text = e.type == RunEvent::Type::Refresh ? RunEvent::refreshText(e.text) : e.text;
        lines.push_back(std::move(line));
    }
    m_logDock->appendLines(std::move(lines));
}

void RunActions::runStarted(bool dryRun)
{
    // Events count from the engine's start, which is now to within a few milliseconds.
    m_runStartedAt = QDateTime::currentDateTime();
    m_logDock->clear();
    m_runStatus->runStarted();
    m_runStatus->setCounts(m_document->runs()->counts());
    m_problemsDock->setDiagnostics(m_document->diagnostics());
    m_runStatusText = dryRun ? tr("dry run") : tr("running");
    updateActions();
    emit titlePrefixChanged();
}

void RunActions::runFinished(const RunSummary &summary)
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
        m_window->statusBar()->showMessage(summary.error);
    logRunLine(summaryText(summary));
    emit selectedRecordChanged();
    updateActions();
    emit titlePrefixChanged();
}

QString RunActions::summaryText(const RunSummary &summary)
{
    const QString seconds = QLocale().toString(summary.seconds, 'f', 2);
    QString text = summary.interrupted ? tr("Run stopped after %1 s:").arg(seconds)
                   : summary.noop      ? tr("Dry run finished in %1 s:").arg(seconds)
                                       : tr("Run finished in %1 s:").arg(seconds);
    QStringList parts;
    if (summary.noop)
        parts << tr("%n would change", nullptr, summary.changed)
              << tr("%n already converged", nullptr, summary.done - summary.changed);
    else
        parts << tr("%n done (%1 changed)", nullptr, summary.done).arg(summary.changed);
    if (summary.failed > 0)
        parts << tr("%n failed", nullptr, summary.failed);
    if (summary.skipped > 0)
        parts << tr("%n skipped", nullptr, summary.skipped);
    if (summary.cancelled > 0)
        parts << tr("%n cancelled", nullptr, summary.cancelled);
    return text + u' ' + parts.join(u", "_qs);
}

void RunActions::markWatching(bool watching)
{
    for (ResourceId id : m_document->graph().resourceIds()) {
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setWatching(watching);
    }
}

void RunActions::logRunLine(const QString &text)
{
    LogDock::Line line;
    line.kind = LogDock::Line::Kind::Summary;
    line.time = QLocale().toString(QTime::currentTime(), u"HH:mm:ss.zzz"_qs);
    line.text = text;
    m_logDock->appendLines({std::move(line)});
}

void RunActions::watchingChanged(bool watching)
{
    RunController *runs = m_document->runs();
    markWatching(watching);
    if (watching) {
        m_runStatus->setCounts(runs->counts());
        m_runStatus->runFinished(runs->engine().summary().seconds);
        m_runStatus->watchStarted([runs] { return runs->watch().convergedForMs(); });
        m_runStatusText = tr("watching");
    } else {
        m_runStatus->watchEnded();
    }
    emit selectedRecordChanged();
    updateActions();
    emit titlePrefixChanged();
}

void RunActions::stopping()
{
    // Until every process of the run is gone: a command may take its grace period to end.
    m_runStatusText = tr("stopping");
    updateActions();
    emit titlePrefixChanged();
}

void RunActions::watchNotes(const std::vector<WatchNote> &notes)
{
    std::vector<LogDock::Line> lines;
    const Graph &graph = m_document->graph();
    for (const WatchNote &note : notes) {
        const WatchReport &r = note.report;
        QString text;
        switch (r.kind) {
        case WatchReport::Kind::Event:
            text = tr("drift: %1").arg(r.text);
            break;
        case WatchReport::Kind::Held:
            text = r.ms < 0 ? tr("held for good by meta limit/burst")
                            : tr("held %1 ms by meta limit/burst").arg(r.ms);
            break;
        case WatchReport::Kind::CheckStarted:
            text = tr("checking (%1)").arg(r.text);
            break;
        case WatchReport::Kind::CheckFinished:
            if (!r.changed && !r.failed)
                continue;
            text = r.failed ? tr("repair failed") : tr("repaired");
            break;
        case WatchReport::Kind::Warning:
            text = r.text;
            break;
        case WatchReport::Kind::WatchFailed:
            text = tr("watch failed: %1").arg(r.text);
            break;
        case WatchReport::Kind::Converged:
            continue;
        }
        if (!graph.contains(r.id))
            continue;
        LogDock::Line line;
        line.resource = r.id;
        line.kind = LogDock::Line::Kind::Message;
        line.prefix = graph.resource(r.id).key();
        // As every other line: the time first, to the millisecond, then the resource.
        line.time = QLocale().toString(note.time.time(), u"HH:mm:ss.zzz"_qs);
        line.text = text;
        lines.push_back(std::move(line));
    }
    m_logDock->appendLines(std::move(lines));
    // A repair's count and cause come with its notes, after its state changed.
    if (m_scene->selectedResources().size() == 1)
        emit selectedRecordChanged();
}

void RunActions::updateActions()
{
    const bool running = m_document->isRunning();
    // An empty graph has nothing to run: Run would only flash "converged".
    const bool ready =
        m_document->hasGraph() && m_document->graph().resourceCount() > 0 && !running;
    const bool selection = !m_scene->selectedResources().empty();
    m_runAction->setEnabled(ready);
    m_dryRunAction->setEnabled(ready);
    m_runSelectedAction->setEnabled(ready && selection);
    m_rerunFailedAction->setEnabled(ready && m_document->runs()->hasFailures());
    m_stopAction->setEnabled((running && !m_document->runs()->isStopping()) ||
                             (!running && m_document->isBusy()));
    m_runThisAction->setEnabled(ready && selection);
    m_runUpToHereAction->setEnabled(ready && selection);
    m_copyNameAction->setEnabled(selection);
}

} // namespace converge
