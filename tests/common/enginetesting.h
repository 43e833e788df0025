#pragma once

// Helpers for suites that drive the Engine: build a graph in a few lines, run it to its end,
// and read what the event stream says.

#include "engine/engine.h"
#include "model/graph.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

namespace converge::testing {

using Params = std::initializer_list<std::pair<const char16_t *, QString>>;

inline ResourceId add(Graph &g, const QString &kind, const QString &name, Params params = {},
                      Params meta = {})
{
    Resource r;
    r.kind = kind;
    r.name = name;
    for (const auto &[key, value] : params)
        r.params.insert(QString::fromUtf16(key), Value::scalar(value));
    for (const auto &[key, value] : meta) {
        if (QStringView(key) == u"sema") {
            Value list = Value::list();
            list.append(Value::scalar(value));
            r.meta.insert(u"sema"_qs, list);
        } else {
            r.meta.insert(QString::fromUtf16(key), Value::scalar(value));
        }
    }
    return g.addResource(r);
}

inline ResourceId exec(Graph &g, const QString &name, const QString &cmd, Params meta = {})
{
    return add(g, u"exec"_qs, name, {{u"cmd", cmd}, {u"shell", u"/bin/sh"_qs}}, meta);
}

inline void link(Graph &g, ResourceId from, ResourceId to)
{
    Edge e;
    e.from = from;
    e.to = to;
    g.addEdge(e);
}

/// Runs graph to its end and returns the whole event stream.
inline std::vector<RunEvent> run(Engine &engine, const Graph &graph, const RunOptions &options = {})
{
    QSignalSpy finished(&engine, &Engine::finished);
    QSignalSpy refused(&engine, &Engine::refused);
    if (!engine.start(graph, options)) {
        qWarning("a run is still going");
        return {};
    }
    QDeadlineTimer deadline(20000);
    while (finished.isEmpty() && refused.isEmpty() && !deadline.hasExpired())
        finished.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (!refused.isEmpty())
        qWarning() << refused.first().first().value<Diagnostics>().first().toString();
    else if (finished.isEmpty())
        qWarning("run did not finish");
    std::vector<RunEvent> events;
    engine.readEvents(0, &events);
    return events;
}

/// Index in events of resource id entering state, or -1.
inline qsizetype indexOf(const std::vector<RunEvent> &events, ResourceId id, ResourceState state)
{
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].type == RunEvent::Type::State && events[i].resource == id &&
            events[i].state == state)
            return qsizetype(i);
    }
    return -1;
}

/// Most resources Running at once, replaying the stream.
inline int maxConcurrent(const std::vector<RunEvent> &events)
{
    int running = 0, most = 0;
    for (const RunEvent &e : events) {
        if (e.type != RunEvent::Type::State)
            continue;
        running += e.state == ResourceState::Running ? 1 : isFinal(e.state) ? -1 : 0;
        most = std::max(most, running);
    }
    return most;
}

/// The lines resource id printed, in order.
inline QStringList outputOf(const std::vector<RunEvent> &events, ResourceId id)
{
    QStringList lines;
    for (const RunEvent &e : events) {
        if (e.type == RunEvent::Type::Output && e.resource == id)
            lines.append(e.text);
    }
    return lines;
}

/// A process is gone once /proc has no entry or only a zombie waiting for its parent.
inline bool alive(const QString &pid)
{
    QFile stat(u"/proc/"_qs + pid + u"/stat"_qs);
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && paren + 2 < text.size() && text[paren + 2] != 'Z';
}

} // namespace converge::testing
