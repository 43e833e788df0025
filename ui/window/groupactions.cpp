#include "window/groupactions.h"

#include "docks/filterdock.h"
#include "document/document.h"
#include "editor/grapheditor.h"
#include "model/graphmodel.h"
#include "scene/graphscene.h"
#include "scene/groupcollapser.h"
#include "scene/groupitem.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <set>

namespace converge {

namespace {
constexpr int MessageMs = 6000;
// The Group By entry that asks for a prefix: not a GroupBy of its own.
constexpr int AskPrefix = -1;
} // namespace

GroupActions::GroupActions(QMainWindow *window, Document *document, GraphScene *scene,
                           FilterDock *filter)
    : QObject(window), m_window(window), m_document(document), m_scene(scene), m_filter(filter),
      m_collapser(new GroupCollapser(document->graph(), scene, this))
{
    createActions();
    m_regroup.setSingleShot(true);
    m_regroup.setInterval(0);
    connect(&m_regroup, &QTimer::timeout, this, &GroupActions::regroup);
    GraphModel *model = document->model();
    for (auto signal : {&GraphModel::resourceAdded, &GraphModel::resourceRemoved,
                        &GraphModel::resourceRenamed, &GraphModel::resourceChanged})
        connect(model, signal, this, &GroupActions::graphChanged);
    for (auto signal : {&GraphModel::edgeAdded, &GraphModel::edgeRemoved})
        connect(model, signal, this, &GroupActions::graphChanged);
    // A new graph: the old one's groups mean nothing, and its items are about to go.
    const auto startOver = [this] {
        m_collapser->forget();
        m_stale = true;
        updateActions();
    };
    connect(model, &GraphModel::graphReset, this, startOver);
    connect(document, &Document::loaded, this, startOver);
    // A relayout moved the nodes: boxes and merged edges follow.
    connect(scene, &GraphScene::built, this, [this] {
        if (m_collapser->collapsedCount() > 0)
            m_regroup.start();
    });
    connect(scene, &GraphScene::statesUpdated, m_collapser, &GroupCollapser::statesChanged);
    connect(scene, &QGraphicsScene::selectionChanged, this, &GroupActions::updateActions);
    connect(m_collapser, &GroupCollapser::collapsedChanged, this, &GroupActions::updateActions);
    // A filter shows and hides items too: collapsed members stay hidden whatever it shows, and
    // members an expand shows again go through the filter.
    connect(filter, &FilterDock::applied, m_collapser, &GroupCollapser::reapply);
    connect(m_collapser, &GroupCollapser::collapsedChanged, filter, &FilterDock::reapply);
    connect(m_collapser, &GroupCollapser::groupContextMenuRequested, this,
            [this](int, const QPoint &screenPos) {
                QMenu menu(m_window);
                menu.addActions({m_expand, m_expandAll});
                menu.exec(screenPos);
            });
    updateActions();
}

void GroupActions::arrangeWith(const GraphEditor *editor)
{
    GroupCollapser::Home home{[editor](ResourceId id) { return editor->centre(id); },
                              [editor](EdgeId id) {
                                  return editor->route(id);
                              }};
    m_collapser->arrangeWith(std::move(home), [this] { return m_document->layoutOptions(); });
    // Collapsing the same groups again reads their picture back.
    m_collapser->layoutJob()->setCache(LayoutCache(LayoutCache::defaultFolder()));
    connect(m_collapser, &GroupCollapser::arrangeFailed, this, [this](const QString &message) {
        showMessage(tr("The collapsed groups could not be laid out: %1").arg(message));
    });
}

void GroupActions::createActions()
{
    m_groupMenu = new QMenu(tr("&Group By"), m_window);
    m_groupBy = new QActionGroup(this);
    const struct
    {
        QString text;
        int by;
    } choices[] = {
        {tr("Name &Prefix"), int(GroupBy::NamePrefix)},
        {tr("Name Prefix &Of My Choice\u2026"), AskPrefix},
        {tr("&Kind"), int(GroupBy::Kind)},
        {tr("&Connected Component"), int(GroupBy::Component)},
        {tr("mgmt &Autogroup"), int(GroupBy::AutoGroup)},
    };
    for (const auto &choice : choices) {
        QAction *action = m_groupMenu->addAction(choice.text);
        action->setCheckable(true);
        action->setData(choice.by);
        action->setChecked(choice.by == int(GroupBy::NamePrefix));
        m_groupBy->addAction(action);
    }
    m_groupBy->actions()[1]->setStatusTip(tr("Group the resources whose names start with a text"));
    m_groupBy->actions()[4]->setStatusTip(
        tr("Group the noop resources mgmt would merge into one (Converge runs them one by one)"));
    connect(m_groupBy, &QActionGroup::triggered, this, [this](QAction *action) {
        const int by = action->data().toInt();
        if (by != AskPrefix) {
            setGroupBy(GroupBy(by));
            return;
        }
        bool ok = false;
        const QString prefix = QInputDialog::getText(
            m_window, tr("Group by Name Prefix"), tr("Group the resources whose names start with:"),
            QLineEdit::Normal, m_prefix, &ok);
        if (ok && !prefix.isEmpty())
            setGroupBy(GroupBy::NamePrefix, prefix);
    });

    m_collapse = new QAction(tr("&Collapse Group"), this);
    m_collapse->setObjectName(u"viewCollapseGroup"_qs);
    m_collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_collapse->setStatusTip(tr("Show the groups of the selected resources as one box each"));
    connect(m_collapse, &QAction::triggered, this, &GroupActions::collapseSelection);
    m_expand = new QAction(tr("&Expand Group"), this);
    m_expand->setObjectName(u"viewExpandGroup"_qs);
    m_expand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_expand->setStatusTip(tr("Show the resources of the selected group boxes again"));
    connect(m_expand, &QAction::triggered, this, &GroupActions::expandSelection);
    m_collapseAll = new QAction(tr("Collapse &All Groups"), this);
    connect(m_collapseAll, &QAction::triggered, this, [this] {
        if (ensureGrouping())
            m_collapser->collapseAll();
    });
    m_expandAll = new QAction(tr("E&xpand All Groups"), this);
    connect(m_expandAll, &QAction::triggered, m_collapser, &GroupCollapser::expandAll);
}

void GroupActions::install(QMenu *viewMenu, QMenu *nodeMenu)
{
    viewMenu->addSeparator();
    viewMenu->addMenu(m_groupMenu);
    viewMenu->addActions({m_collapse, m_expand, m_collapseAll, m_expandAll});
    nodeMenu->addSeparator();
    nodeMenu->addAction(m_collapse);
}

bool GroupActions::setGroupBy(GroupBy by, const QString &prefix)
{
    m_by = by;
    m_prefix = by == GroupBy::NamePrefix ? prefix : QString();
    m_stale = true;
    m_collapser->expandAll();
    const bool ok = ensureGrouping();
    if (ok)
        showMessage(tr("%Ln group(s)", nullptr, m_collapser->grouping().groupCount()));
    updateActions();
    return ok;
}

bool GroupActions::ensureGrouping()
{
    if (!m_stale)
        return true;
    m_scene->finishBuild();
    std::optional<ResourceGrouping> grouping =
        ResourceGrouping::compute(m_document->graph(), m_by, m_prefix);
    if (!grouping) {
        showMessage(tr("mgmt's autogroup is too costly to work out for this graph: "
                       "too many noop resources depend on each other"));
        return false;
    }
    m_collapser->setGrouping(std::move(*grouping));
    m_stale = false;
    return true;
}

void GroupActions::collapseSelection()
{
    if (!ensureGrouping())
        return;
    std::set<int> groups;
    for (ResourceId id : m_scene->selectedResources()) {
        const int g = m_collapser->grouping().group(id);
        if (g != ResourceGrouping::NoGroup)
            groups.insert(g);
    }
    if (groups.empty()) {
        showMessage(tr("The selected resources are in no group"));
        return;
    }
    m_collapser->collapseGroups(std::vector<int>(groups.begin(), groups.end()));
}

void GroupActions::expandSelection()
{
    m_collapser->expandGroups(m_collapser->selectedGroups());
}

void GroupActions::graphChanged()
{
    m_stale = true;
    if (m_collapser->collapsedCount() > 0)
        m_regroup.start();
}

void GroupActions::regroup()
{
    // Groups keep no id across a change: find the collapsed ones again by their labels.
    QStringList collapsed;
    for (int g = 0; g < m_collapser->grouping().groupCount(); ++g) {
        if (m_collapser->isCollapsed(g))
            collapsed.push_back(m_collapser->grouping().labels[g]);
    }
    m_collapser->expandAll();
    m_stale = true;
    if (!ensureGrouping())
        return;
    std::vector<int> again;
    for (const QString &label : collapsed)
        again.push_back(int(m_collapser->grouping().labels.indexOf(label)));
    m_collapser->collapseGroups(again);
}

void GroupActions::updateActions()
{
    const bool any = m_collapser->collapsedCount() > 0;
    m_collapse->setEnabled(!m_scene->selectedResources().empty());
    m_expand->setEnabled(!m_collapser->selectedGroups().empty());
    m_expandAll->setEnabled(any);
}

void GroupActions::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, MessageMs);
}

} // namespace converge
