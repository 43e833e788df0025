#include "records/recordedrun.h"

#include "model/graph.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace converge {

namespace {

Diagnostic error(const QString &file, int line, int column, const QString &message,
                 const QByteArray &text)
{
    Diagnostic d;
    d.file = file;
    d.location = {line, column};
    d.message = message;
    d.sourceLine = QString::fromUtf8(text);
    return d;
}

/// Splits "kind/name" at the first slash: names may hold slashes (file paths), kinds never do.
bool splitKey(const QString &key, QString *kind, QString *name)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash <= 0 || slash == key.size() - 1)
        return false;
    *kind = key.left(slash);
    *name = key.mid(slash + 1);
    return true;
}

} // namespace

std::optional<RecordedRun> RecordedRun::read(const QByteArray &data, const QString &fileName,
                                             Diagnostics *diagnostics)
{
    RecordedRun run;
    run.m_fileName = fileName;
    bool ok = true;
    int lineNumber = 1;
    for (qsizetype from = 0; from < data.size(); ++lineNumber) {
        qsizetype end = data.indexOf('\n', from);
        if (end < 0)
            end = data.size();
        const QByteArray text = data.sliced(from, end - from).trimmed();
        from = end + 1;
        if (text.isEmpty())
            continue;
        const auto fail = [&](int column, const QString &message) {
            diagnostics->append(error(fileName, lineNumber, column, message, text));
            ok = false;
        };
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(parseError.offset + 1, tr("invalid JSON: %1").arg(parseError.errorString()));
            continue;
        }
        if (!doc.isObject()) {
            fail(1, tr("not a JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        Event e;
        e.line = lineNumber;
        const QJsonValue t = o.value(u"t");
        if (!t.isDouble() || t.toDouble() < 0 || !std::isfinite(t.toDouble())) {
            fail(1, tr("\"t\" must be a number of seconds, 0 or more"));
            continue;
        }
        e.event.timeUs = qint64(std::llround(t.toDouble() * 1e6));
        e.resource = o.value(u"resource").toString();
        QString kind, name;
        if (!splitKey(e.resource, &kind, &name)) {
            fail(1, tr("\"resource\" must be a string \"kind/name\""));
            continue;
        }
        if (o.contains(u"state")) {
            e.event.type = RunEvent::Type::State;
            const QString state = o.value(u"state").toString();
            if (!stateFromName(state, &e.event.state)) {
                fail(1, tr("unknown state \"%1\"").arg(state));
                continue;
            }
            e.event.changed = o.value(u"changed").toBool(false);
        } else if (o.contains(u"stream")) {
            e.event.type = RunEvent::Type::Output;
            const QString stream = o.value(u"stream").toString();
            if (stream != u"stdout" && stream != u"stderr") {
                fail(1, tr("\"stream\" must be \"stdout\" or \"stderr\""));
                continue;
            }
            e.event.stream =
                stream == u"stdout" ? RunEvent::Stream::Stdout : RunEvent::Stream::Stderr;
            if (!o.value(u"line").isString()) {
                fail(1, tr("an output event needs a string \"line\""));
                continue;
            }
            e.event.text = o.value(u"line").toString();
        } else if (o.value(u"message").isString()) {
            e.event.type = RunEvent::Type::Message;
            e.event.text = o.value(u"message").toString();
        } else if (o.contains(u"refresh")) {
            e.event.type = RunEvent::Type::Refresh;
            e.event.text = o.value(u"refresh").toString();
            if (!splitKey(e.event.text, &kind, &name)) {
                fail(1, tr("\"refresh\" must be a string \"kind/name\""));
                continue;
            }
        } else {
            fail(1, tr("an event needs \"state\", \"stream\", \"message\" or \"refresh\""));
            continue;
        }
        run.m_events.push_back(std::move(e));
    }
    if (!ok)
        return std::nullopt;
    return run;
}

std::optional<RecordedRun> RecordedRun::readFile(const QString &path, Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append(
            error(path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()), {}));
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        diagnostics->append(
            error(path, 0, 0, tr("the file is larger than %1 MB").arg(MaxFileSize >> 20), {}));
        return std::nullopt;
    }
    return read(file.readAll(), path, diagnostics);
}

QStringList RecordedRun::resources() const
{
    QStringList keys;
    QSet<QString> seen;
    for (const Event &e : m_events) {
        if (!seen.contains(e.resource)) {
            seen.insert(e.resource);
            keys.append(e.resource);
        }
    }
    return keys;
}

qint64 RecordedRun::durationUs() const
{
    qint64 last = 0;
    for (const Event &e : m_events)
        last = std::max(last, e.event.timeUs);
    return last;
}

std::vector<RunEvent> RecordedRun::bind(const Graph &graph, Diagnostics *diagnostics) const
{
    std::vector<RunEvent> events;
    events.reserve(m_events.size());
    QHash<QString, ResourceId> ids;
    for (const Event &e : m_events) {
        auto it = ids.find(e.resource);
        if (it == ids.end()) {
            QString kind, name;
            splitKey(e.resource, &kind, &name);
            const ResourceId id = graph.find(kind, name);
            it = ids.insert(e.resource, id);
            if (id == InvalidId) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.file = m_fileName;
                d.location = {e.line, 1};
                d.resource = e.resource;
                d.message =
                    tr("the graph has no resource %1: its events are left out").arg(e.resource);
                diagnostics->append(d);
            }
        }
        if (*it == InvalidId)
            continue;
        RunEvent event = e.event;
        event.resource = *it;
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace converge
