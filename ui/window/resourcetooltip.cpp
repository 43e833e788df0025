#include "window/resourcetooltip.h"

#include "document/document.h"
#include "document/runcontroller.h"
#include "model/resourceschema.h"
#include "model/statepalette.h"

#include <QCoreApplication>
#include <QLocale>

namespace converge {

namespace {
// A class, not a free tr() helper, so that lupdate files the texts under the context the
// program looks them up in.
struct ResourceToolTip
{
    Q_DECLARE_TR_FUNCTIONS(ResourceToolTip)
};
} // namespace

QString resourceToolTip(const Document &document, ResourceId id)
{
    const Graph &graph = document.graph();
    if (!graph.contains(id))
        return {};
    const Resource &resource = graph.resource(id);
    QString html = QStringLiteral("<b>%1</b>").arg(resource.key().toHtmlEscaped());
    if (!ResourceSchema::isRunnable(resource.kind)) {
        html += QStringLiteral("<br>") +
                ResourceToolTip::tr("Cannot run here: Converge runs only %1 resources.")
                    .arg(ResourceSchema::runnableKinds().join(QStringLiteral(", ")));
        return html;
    }
    const RunController &runs = *document.runs();
    const ResourceState state = runs.state(id);
    const StatePalette::Style &style = StatePalette::style(state);
    html += QStringLiteral("<br><span style=\"color:%1\">%2</span> %3")
                .arg(style.border.name(), style.glyph.toHtmlEscaped(), stateLabel(state));
    const int repairs = runs.watch().repairs(id);
    if (runs.isWatching() || repairs > 0) {
        html += QStringLiteral("<br>") +
                ResourceToolTip::tr("Repaired %n time(s) while watching", nullptr, repairs);
        if (repairs > 0)
            html += QStringLiteral("<br>") + ResourceToolTip::tr("Last cause: %1")
                                                 .arg(runs.watch().lastCause(id).toHtmlEscaped());
    }
    const std::optional<RunRecord> record = runs.record(id);
    if (record && record->startUs >= 0) {
        html +=
            QStringLiteral("<br>") +
            ResourceToolTip::tr("Duration: %1 s").arg(QLocale().toString(runs.seconds(id), 'f', 2));
    }
    if (record && record->exitCode >= 0)
        html += QStringLiteral("<br>") + ResourceToolTip::tr("Exit code: %1").arg(record->exitCode);
    if (record && !record->error.isEmpty())
        html += QStringLiteral("<br>") + record->error.toHtmlEscaped();
    if (record && !record->lastOutput.isEmpty()) {
        html += QStringLiteral("<br><tt>%1</tt>")
                    .arg(record->lastOutput.back().left(200).toHtmlEscaped());
    }
    return html;
}

} // namespace converge
