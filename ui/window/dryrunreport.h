#pragma once

#include "engine/engine.h"
#include "model/resource.h"

#include <QObject>

#include <vector>

namespace converge {

class Document;
class GraphScene;
class LogDock;

/// What a dry run found, shown as such: each resource a real run would change gets the "would
/// change" look on the canvas and a "would change" line in the log, after the lines its check
/// wrote about why; at the end the log sums up ("6 would change, 2 already converged").
///
/// A real run, or a new graph, clears the look. Owned by the window; the document, scene and
/// log must outlive it. GUI thread only.
class DryRunReport : public QObject
{
    Q_OBJECT
public:
    DryRunReport(Document *document, GraphScene *scene, LogDock *log, QObject *parent = nullptr);

    /// The line the log ends a dry run with.
    static QString summaryLine(const RunSummary &summary);

private:
    void runStarted(bool dryRun);
    void statesChanged(const std::vector<ResourceId> &changed);
    void runFinished(const RunSummary &summary);
    /// Puts the look back on items a relayout or an undo created anew.
    void remark();
    void clear();

    Document *m_document;
    GraphScene *m_scene;
    LogDock *m_log;
    bool m_dryRun = false;
    std::vector<bool> m_wouldChange; ///< by ResourceId, from the last dry run
};

} // namespace converge
