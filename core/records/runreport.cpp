#include "records/runreport.h"

#include "model/graph.h"
#include "model/statepalette.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace converge {

namespace {

QJsonValue seconds(qint64 us)
{
    return us < 0 ? QJsonValue() : QJsonValue(us / 1e6);
}

QString secondsText(qint64 us)
{
    return us < 0 ? QStringLiteral("–") : QString::number(us / 1e6, 'f', 3);
}

/// Drops what may precede the <svg> element: an XML declaration or DOCTYPE is not allowed
/// inside an HTML body.
QString svgElement(const QString &svg)
{
    const qsizetype start = svg.indexOf(u"<svg");
    return start < 0 ? QString() : svg.mid(start);
}

} // namespace

RunReport RunReport::fromRecords(const Graph &graph, const std::vector<RunRecord> &records,
                                 const RunSummary &summary)
{
    RunReport report;
    report.m_graphName = graph.name;
    report.m_summary = summary;
    for (ResourceId id : summary.criticalPathIds) {
        if (graph.contains(id))
            report.m_criticalPath.append(graph.resource(id).key());
    }
    for (ResourceId id : graph.resourceIds()) {
        if (id >= records.size() || records[id].state == ResourceState::Pending)
            continue;
        report.m_rows.push_back({graph.resource(id).key(), records[id]});
    }
    std::stable_sort(report.m_rows.begin(), report.m_rows.end(), [](const Row &a, const Row &b) {
        const auto start = [](const Row &r) {
            return r.record.startUs < 0 ? std::numeric_limits<qint64>::max() : r.record.startUs;
        };
        return start(a) < start(b);
    });
    return report;
}

QByteArray RunReport::toJson() const
{
    QJsonArray resources;
    for (const Row &row : m_rows) {
        const RunRecord &r = row.record;
        QJsonObject o;
        o.insert(u"resource", row.resource);
        o.insert(u"state", stateName(r.state));
        o.insert(u"changed", r.changed);
        o.insert(u"tries", r.tries);
        o.insert(u"start", seconds(r.startUs));
        o.insert(u"end", seconds(r.endUs));
        o.insert(u"duration", r.startUs < 0 || r.endUs < 0 ? QJsonValue() : r.seconds());
        o.insert(u"exitCode", r.exitCode < 0 ? QJsonValue() : QJsonValue(r.exitCode));
        o.insert(u"error", r.error);
        o.insert(u"output", QJsonArray::fromStringList(r.lastOutput));
        o.insert(u"refreshedBy", QJsonArray::fromStringList(r.refreshedBy));
        resources.append(o);
    }
    const RunSummary &s = m_summary;
    QJsonObject summary{{u"done"_qs, s.done},           {u"changed"_qs, s.changed},
                        {u"failed"_qs, s.failed},       {u"skipped"_qs, s.skipped},
                        {u"cancelled"_qs, s.cancelled}, {u"interrupted"_qs, s.interrupted},
                        {u"noop"_qs, s.noop},           {u"converged"_qs, s.converged()}};
    QJsonObject root;
    root.insert(u"graph", m_graphName);
    root.insert(u"file", m_fileName);
    root.insert(u"startedAt", s.startedAt.isValid()
                                  ? QJsonValue(s.startedAt.toString(Qt::ISODateWithMs))
                                  : QJsonValue());
    root.insert(u"seconds", s.seconds);
    root.insert(u"summary", summary);
    root.insert(u"criticalPathSeconds", s.criticalPath);
    root.insert(u"criticalPath", QJsonArray::fromStringList(m_criticalPath));
    root.insert(u"resources", resources);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString RunReport::toHtml(const QString &svg) const
{
    const RunSummary &s = m_summary;
    const QString title =
        tr("Run report: %1").arg(m_fileName.isEmpty() ? m_graphName : m_fileName).toHtmlEscaped();
    QString html;
    html += u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_qs + title +
            u"</title>\n<style>\n"
            "body{font-family:sans-serif;margin:2em;color:#222}\n"
            "table{border-collapse:collapse}\n"
            "td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}\n"
            "td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
            "pre{margin:0;font-size:90%;white-space:pre-wrap}\n"
            ".diagram svg{max-width:100%;height:auto}\n"
            "</style>\n</head>\n<body>\n<h1>"_qs +
            title + u"</h1>\n<p>"_qs;
    html += tr("%n converged", nullptr, s.done).toHtmlEscaped() + u", "_qs +
            tr("%n changed", nullptr, s.changed).toHtmlEscaped() + u", "_qs +
            tr("%n failed", nullptr, s.failed).toHtmlEscaped() + u", "_qs +
            tr("%n skipped", nullptr, s.skipped).toHtmlEscaped() + u", "_qs +
            tr("%n cancelled", nullptr, s.cancelled).toHtmlEscaped() + u"; "_qs +
            tr("%1 s in all").arg(QString::number(s.seconds, 'f', 3)).toHtmlEscaped();
    if (s.startedAt.isValid())
        html += u"; "_qs + tr("started %1").arg(s.startedAt.toString(Qt::ISODate)).toHtmlEscaped();
    html += u"</p>\n"_qs;
    if (!m_criticalPath.isEmpty()) {
        html += u"<p>"_qs +
                tr("Critical path (%1 s): %2")
                    .arg(QString::number(s.criticalPath, 'f', 3), m_criticalPath.join(u" → "))
                    .toHtmlEscaped() +
                u"</p>\n"_qs;
    }
    const QString diagram = svgElement(svg);
    if (!diagram.isEmpty())
        html += u"<div class=\"diagram\">\n"_qs + diagram + u"\n</div>\n"_qs;

    html += u"<table>\n<tr>"_qs;
    for (const QString &header :
         {tr("Resource"), tr("State"), tr("Tries"), tr("Start (s)"), tr("End (s)"),
          tr("Duration (s)"), tr("Exit code"), tr("Refreshed by"), tr("Error"), tr("Last output")})
        html += u"<th>"_qs + header.toHtmlEscaped() + u"</th>"_qs;
    html += u"</tr>\n"_qs;
    for (const Row &row : m_rows) {
        const RunRecord &r = row.record;
        const StatePalette::Style &style = StatePalette::style(r.state);
        const QString duration = r.startUs < 0 || r.endUs < 0
                                     ? QStringLiteral("–")
                                     : QString::number(r.seconds(), 'f', 3);
        html += u"<tr><td>"_qs + row.resource.toHtmlEscaped() +
                u"</td><td style=\"background:%1;color:%2\">%3 %4</td>"_qs.arg(
                    style.fill.name(), style.text.name(), style.glyph.toHtmlEscaped(),
                    stateName(r.state)) +
                u"<td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                "<td class=\"num\">%4</td><td class=\"num\">%5</td>"_qs.arg(
                    QString::number(r.tries), secondsText(r.startUs), secondsText(r.endUs),
                    duration, r.exitCode < 0 ? QStringLiteral("–") : QString::number(r.exitCode)) +
                u"<td>"_qs + r.refreshedBy.join(u", ").toHtmlEscaped() + u"</td><td>"_qs +
                r.error.toHtmlEscaped() + u"</td><td><pre>"_qs +
                r.lastOutput.join(u'\n').toHtmlEscaped() + u"</pre></td></tr>\n"_qs;
    }
    html += u"</table>\n</body>\n</html>\n"_qs;
    return html;
}

} // namespace converge
