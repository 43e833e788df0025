#include "runreporter.h"

#include "model/graph.h"
#include "model/metaparams.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace converge {

namespace {

QString seconds(double s)
{
    return QString::number(s, 'f', 1);
}

} // namespace

QString RunReporter::logLine(const RunEvent &event, const RunRecord &record) const
{
    const QString time = m_startedAt.addMSecs(event.timeUs / 1000).toString(u"HH:mm:ss"_qs);
    const QString prefix = time + u' ' + m_graph.resource(event.resource).displayName() + u": "_qs;
    switch (event.type) {
    case RunEvent::Type::Output:
        return prefix + u"| "_qs + event.text;
    case RunEvent::Type::Message:
        return prefix + event.text;
    case RunEvent::Type::Refresh:
        return prefix + RunEvent::refreshText(event.text);
    case RunEvent::Type::State:
        break;
    }
    switch (event.state) {
    case ResourceState::Running:
        return prefix + (m_noop ? tr("Check start") : tr("Apply start"));
    case ResourceState::Done:
        if (!event.changed)
            return prefix + tr("already converged, checked in %1 s").arg(seconds(record.seconds()));
        // meta noop makes one resource check only, as --noop does for all of them.
        if (m_noop || MetaParams::parse(m_graph.resource(event.resource).meta).noop)
            return prefix + tr("would change (noop)");
        return prefix + tr("done in %1 s").arg(seconds(record.seconds()));
    case ResourceState::Failed:
        return prefix + tr("failed in %1 s after %n attempt(s)", nullptr, record.tries)
                            .arg(seconds(record.seconds()));
    case ResourceState::Skipped:
        return prefix + tr("skipped: a prerequisite did not converge");
    case ResourceState::Cancelled:
        return prefix + tr("cancelled");
    case ResourceState::Pending:
        break;
    }
    return prefix + stateName(event.state);
}

QByteArray RunReporter::jsonLine(const RunEvent &event) const
{
    QJsonObject o;
    o.insert(u"t"_qs, double(event.timeUs) / 1e6);
    o.insert(u"resource"_qs, m_graph.resource(event.resource).key());
    switch (event.type) {
    case RunEvent::Type::State:
        o.insert(u"state"_qs, stateName(event.state));
        if (isFinal(event.state))
            o.insert(u"changed"_qs, event.changed);
        break;
    case RunEvent::Type::Output:
        o.insert(u"stream"_qs,
                 event.stream == RunEvent::Stream::Stdout ? u"stdout"_qs : u"stderr"_qs);
        o.insert(u"line"_qs, event.text);
        break;
    case RunEvent::Type::Message:
        o.insert(u"message"_qs, event.text);
        break;
    case RunEvent::Type::Refresh:
        o.insert(u"refresh"_qs, event.text);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString RunReporter::summaryLine(const RunSummary &s)
{
    QString head = s.interrupted   ? tr("cancelled")
                   : s.converged() ? tr("converged")
                                   : tr("not converged");
    if (s.noop)
        head += tr(" (noop)");
    QString line = tr("%1: %2 done (%3 %4), %5 failed, %6 skipped")
                       .arg(head)
                       .arg(s.done)
                       .arg(s.changed)
                       .arg(s.noop ? tr("would change") : tr("changed"))
                       .arg(s.failed)
                       .arg(s.skipped);
    if (s.cancelled > 0)
        line += tr(", %1 cancelled").arg(s.cancelled);
    return line +
           tr(" in %1 s; critical path %2 s").arg(seconds(s.seconds), seconds(s.criticalPath));
}

} // namespace converge
