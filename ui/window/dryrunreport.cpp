#include "window/dryrunreport.h"

#include "docks/logdock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

namespace converge {

DryRunReport::DryRunReport(Document *document, GraphScene *scene, LogDock *log, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_log(log)
{
    const RunController *runs = document->runs();
    connect(runs, &RunController::runStarted, this, &DryRunReport::runStarted);
    connect(runs, &RunController::statesChanged, this, &DryRunReport::statesChanged);
    connect(runs, &RunController::runFinished, this, &DryRunReport::runFinished);
    connect(document, &Document::loaded, this, &DryRunReport::clear);
    connect(scene, &GraphScene::built, this, &DryRunReport::remark);
    connect(document->model(), &GraphModel::resourceAdded, this, &DryRunReport::remark);
}

QString DryRunReport::summaryLine(const RunSummary &summary)
{
    QString line = tr("%1 would change, %2 already converged")
                       .arg(summary.changed)
                       .arg(summary.done - summary.changed);
    if (summary.failed > 0)
        line += tr(", %n could not be checked", nullptr, summary.failed);
    if (summary.skipped > 0)
        line += tr(", %n skipped", nullptr, summary.skipped);
    if (summary.cancelled > 0)
        line += tr(", %n cancelled", nullptr, summary.cancelled);
    return line;
}

void DryRunReport::clear()
{
    m_dryRun = false;
    m_wouldChange.clear();
    remark();
}

void DryRunReport::runStarted(bool dryRun)
{
    clear();
    m_dryRun = dryRun;
    m_wouldChange.assign(m_document->graph().resourceCapacity(), false);
}

void DryRunReport::statesChanged(const std::vector<ResourceId> &changed)
{
    if (!m_dryRun || !m_document->isRunning())
        return;
    const RunController *runs = m_document->runs();
    std::vector<LogDock::Line> lines;
    for (ResourceId id : changed) {
        if (id >= m_wouldChange.size() || runs->state(id) != ResourceState::Done)
            continue;
        const std::optional<RunRecord> record = runs->record(id);
        if (!record || !record->changed || m_wouldChange[id])
            continue;
        m_wouldChange[id] = true;
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setWouldChange(true);
        LogDock::Line line;
        line.resource = id;
        line.kind = LogDock::Line::Kind::Message;
        line.prefix = m_document->graph().resource(id).key();
        line.text = tr("would change");
        lines.push_back(std::move(line));
    }
    if (!lines.empty())
        m_log->appendLines(std::move(lines));
}

void DryRunReport::runFinished(const RunSummary &summary)
{
    if (!summary.noop)
        return;
    LogDock::Line line;
    line.kind = LogDock::Line::Kind::Message;
    line.prefix = tr("dry run");
    line.text = summaryLine(summary);
    m_log->appendLines({line});
}

void DryRunReport::remark()
{
    const Graph &graph = m_document->graph();
    for (ResourceId id : graph.resourceIds()) {
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setWouldChange(id < m_wouldChange.size() && m_wouldChange[id]);
    }
}

} // namespace converge
