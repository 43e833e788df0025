#include "docks/filterdock.h"

#include "document/document.h"
#include "document/runcontroller.h"
#include "model/graph.h"
#include "model/graphmodel.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "scene/scenefilter.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace converge {

namespace {
constexpr ResourceState States[] = {ResourceState::Pending, ResourceState::Running,
                                    ResourceState::Done,    ResourceState::Failed,
                                    ResourceState::Skipped, ResourceState::Cancelled};
constexpr int MaxDepth = 50;
} // namespace

FilterDock::FilterDock(Document *document, GraphScene *scene, GraphView *view, QWidget *parent)
    : QDockWidget(tr("Filter"), parent), m_document(document), m_scene(scene), m_view(view),
      m_name(new QLineEdit), m_kind(new QComboBox), m_state(new QComboBox), m_depth(new QSpinBox),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("FilterDock"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Part of a name"));
    m_name->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_state->setObjectName(QStringLiteral("state"));
    m_state->addItem(tr("Any state"));
    for (ResourceState state : States)
        m_state->addItem(stateLabel(state), int(state));
    m_depth->setObjectName(QStringLiteral("depth"));
    m_depth->setRange(0, MaxDepth);
    m_depth->setValue(1);
    m_depth->setSuffix(tr(" steps"));
    m_depth->setToolTip(tr("How far up and down from the selection Focus reaches"));
    auto *focus = new QPushButton(tr("Focus on Selection"));
    focus->setObjectName(QStringLiteral("focus"));
    auto *failed = new QPushButton(tr("Failed and Neighbours"));
    failed->setObjectName(QStringLiteral("failed"));
    auto *all = new QPushButton(tr("Show All"));
    all->setObjectName(QStringLiteral("showAll"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("State:"), m_state);
    auto *focusRow = new QHBoxLayout;
    focusRow->addWidget(focus, 1);
    focusRow->addWidget(m_depth);
    auto *layout = new QVBoxLayout;
    layout->addLayout(form);
    layout->addLayout(focusRow);
    layout->addWidget(failed);
    layout->addWidget(all);
    layout->addWidget(m_status);
    layout->addStretch();
    auto *content = new QWidget;
    content->setLayout(layout);
    setWidget(content);

    // Every key applies the name at once: the names are indexed (NameIndex), so at 100,000
    // resources a key costs a few milliseconds (bench_view measures it).
    const auto criteriaChanged = [this] {
        readCriteria();
        apply(false);
    };
    connect(m_name, &QLineEdit::textEdited, this, criteriaChanged);
    m_name->installEventFilter(this);
    connect(m_kind, &QComboBox::activated, this, criteriaChanged);
    connect(m_state, &QComboBox::activated, this, criteriaChanged);
    connect(focus, &QPushButton::clicked, this, &FilterDock::focusOnSelection);
    connect(failed, &QPushButton::clicked, this, &FilterDock::showFailedAndNeighbours);
    connect(all, &QPushButton::clicked, this, &FilterDock::showAll);
    connect(document, &Document::loaded, this, &FilterDock::graphLoaded);
    GraphModel *model = document->model();
    const auto namesChanged = [this] {
        m_namesStale = true;
    };
    for (auto signal :
         {&GraphModel::resourceAdded, &GraphModel::resourceRemoved, &GraphModel::resourceRenamed})
        connect(model, signal, this, namesChanged);
    connect(model, &GraphModel::graphReset, this, namesChanged);
    connect(document->runs(), &RunController::runFinished, this, [this] {
        if (!m_filter.isEmpty())
            apply(false);
    });
    graphLoaded();
}

void FilterDock::readCriteria()
{
    m_filter.name = m_name->text().trimmed();
    m_filter.kind = m_kind->currentIndex() > 0 ? m_kind->currentText() : QString();
    const QVariant state = m_state->currentData();
    m_filter.state = state.isValid() ? std::optional(ResourceState(state.toInt())) : std::nullopt;
    m_filter.depth = m_depth->value();
}

void FilterDock::apply(bool fit)
{
    const Graph &graph = m_document->graph();
    if (!m_filter.name.isEmpty())
        indexNames();
    m_shown = SceneFilter::apply(*m_scene, graph,
                                 m_filter.matches(graph, m_document->runs()->states(), &m_names));
    setStatus(m_filter.isEmpty() ? QString()
                                 : tr("Showing %1 of %2 resources")
                                       .arg(QLocale().toString(m_shown),
                                            QLocale().toString(graph.resourceCount())));
    emit applied();
    if (!fit || m_shown == 0)
        return;
    QRectF shown;
    for (const NodeItem *node : m_scene->nodeItems()) {
        if (node && node->isVisible())
            shown |= node->sceneBoundingRect();
    }
    m_view->showArea(shown);
}

void FilterDock::focusOnSelection()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.empty()) {
        setStatus(tr("Select the resources to focus on first."));
        return;
    }
    readCriteria();
    m_filter.focus = selected;
    apply(true);
}

void FilterDock::showFailedAndNeighbours()
{
    const Graph &graph = m_document->graph();
    ResourceFilter failed =
        ResourceFilter::failedAndNeighbours(graph, m_document->runs()->states());
    if (failed.focus.empty()) {
        setStatus(tr("No resource has failed."));
        return;
    }
    // The other criteria would hide the neighbours that explain the failure: start afresh.
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_filter = std::move(failed);
    apply(true);
}

void FilterDock::showAll()
{
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_filter = ResourceFilter();
    SceneFilter::showAll(*m_scene, m_document->graph());
    m_shown = m_document->graph().resourceCount();
    setStatus(QString());
    emit applied();
}

void FilterDock::reapply()
{
    if (!m_filter.isEmpty())
        apply(false);
}

void FilterDock::indexNames()
{
    if (!m_namesStale)
        return;
    m_names = NameIndex(m_document->graph());
    m_namesStale = false;
}

bool FilterDock::eventFilter(QObject *watched, QEvent *event)
{
    // Indexed when the name box gets the focus, before the first key: at 100,000 resources
    // building the index takes tens of milliseconds, and the keys should not wait for it.
    if (watched == m_name && event->type() == QEvent::FocusIn)
        indexNames();
    return QDockWidget::eventFilter(watched, event);
}

void FilterDock::graphLoaded()
{
    m_namesStale = true;
    m_kind->clear();
    m_kind->addItem(tr("Any kind"));
    m_kind->addItems(m_document->graph().kinds());
    showAll();
}

void FilterDock::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace converge
