#include "document/livevalidator.h"

#include "engine/graphvalidator.h"
#include "model/graphmodel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace converge {

namespace {

QString rejectedKey(const QString &key, const QString &field)
{
    return key + u'\n' + field;
}

bool resourceExists(const Graph &graph, const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash > 0 && graph.find(key.left(slash), key.mid(slash + 1)) != InvalidId;
}

} // namespace

LiveValidator::LiveValidator(const GraphModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    m_queue.setSingleShot(true);
    m_queue.setInterval(0);
    connect(&m_queue, &QTimer::timeout, this, &LiveValidator::start);
    for (auto signal :
         {&GraphModel::resourceAdded, &GraphModel::resourceRemoved, &GraphModel::resourceRenamed,
          &GraphModel::resourceChanged, &GraphModel::edgeAdded, &GraphModel::edgeRemoved,
          &GraphModel::danglingEdgeAdded, &GraphModel::danglingEdgeRemoved})
        connect(model, signal, this, &LiveValidator::revalidate);
}

LiveValidator::~LiveValidator()
{
    // A validation in flight delivers to nobody: its watcher is our child and goes first.
    ++m_generation;
}

void LiveValidator::reset(const Diagnostics &reading, const Diagnostics &validated,
                          const QString &file)
{
    ++m_generation;
    m_queue.stop();
    m_queued = m_running = false;
    m_file = file;
    m_reading = reading;
    m_live = validated;
    m_rejected.clear();
    m_checkedAtLoad.clear();
    for (const Diagnostic &d : validated)
        m_checkedAtLoad.insert(d.message);
    merge();
}

void LiveValidator::saved(const std::optional<Diagnostics> &reading, const QString &file)
{
    m_file = file;
    if (reading) {
        m_reading = *reading;
        // What the validator finds now is what it would have found at a load of this text.
        QSet<QString> live;
        for (const Diagnostic &d : std::as_const(m_live))
            live.insert(d.message);
        m_checkedAtLoad.clear();
        for (const Diagnostic &d : std::as_const(m_reading)) {
            if (live.contains(d.message))
                m_checkedAtLoad.insert(d.message);
        }
    }
    for (Diagnostic &d : m_reading)
        d.file = file;
    merge();
    revalidate();
}

void LiveValidator::revalidate()
{
    m_queued = true;
    m_queue.start();
}

void LiveValidator::start()
{
    m_queued = false;
    m_running = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Diagnostics>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        finished(generation, watcher->result());
        watcher->deleteLater();
    });
    // A copy, so that the next edit need not wait: a large graph takes a while to check.
    RunOptions options;
    options.fileName = m_file;
    watcher->setFuture(QtConcurrent::run(
        [graph = m_model->graph(), options] { return GraphValidator::validate(graph, options); }));
}

void LiveValidator::finished(quint64 generation, const Diagnostics &live)
{
    if (generation != m_generation)
        return; // a later edit is being validated
    m_running = false;
    m_live = live;
    merge();
}

void LiveValidator::setRejectedValue(const QString &key, const QString &field, const QString &text,
                                     const Diagnostic &why)
{
    m_rejected.insert(rejectedKey(key, field), {text, why});
    merge();
}

void LiveValidator::clearRejectedValue(const QString &key, const QString &field)
{
    if (m_rejected.remove(rejectedKey(key, field)))
        merge();
}

const LiveValidator::Rejected *LiveValidator::rejected(const QString &key,
                                                       const QString &field) const
{
    const auto it = m_rejected.constFind(rejectedKey(key, field));
    return it == m_rejected.cend() ? nullptr : &*it;
}

void LiveValidator::merge()
{
    const Graph &graph = m_model->graph();
    QSet<QString> liveMessages;
    for (const Diagnostic &d : m_live)
        liveMessages.insert(d.message);
    Diagnostics merged;
    QSet<QString> shown;
    for (const Diagnostic &d : m_reading) {
        if (!d.resource.isEmpty() && !resourceExists(graph, d.resource))
            continue; // deleted since
        // The reader's copy of a validator finding names the exact place: keep it while the
        // validator still finds it, drop it once fixed.
        if (m_checkedAtLoad.contains(d.message) && !liveMessages.contains(d.message))
            continue;
        merged.append(d);
        shown.insert(d.message);
    }
    for (const Diagnostic &d : m_live) {
        if (!shown.contains(d.message))
            merged.append(d);
    }
    for (const Rejected &r : m_rejected) {
        if (resourceExists(graph, r.why.resource))
            merged.append(r.why);
    }
    if (merged == m_merged)
        return;
    m_merged = std::move(merged);
    emit changed();
}

} // namespace converge
