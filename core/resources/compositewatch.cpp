#include "resources/compositewatch.h"

namespace converge {

CompositeWatch::CompositeWatch(WatchSink sink) : m_sink(std::move(sink)) {}

CompositeWatch::~CompositeWatch()
{
    stop();
}

WatchSink CompositeWatch::partSink(const QString &label)
{
    WatchSink sink;
    sink.event = [this, label](const QString &cause) {
        if (m_running && m_sink.event)
            m_sink.event(label.isEmpty() ? cause : label + u": "_qs + cause);
    };
    sink.warning = [this](const QString &message) {
        if (m_running && m_sink.warning)
            m_sink.warning(message);
    };
    sink.failed = [this](const QString &message) {
        if (!m_running)
            return;
        stop();
        if (m_sink.failed)
            m_sink.failed(message);
    };
    return sink;
}

void CompositeWatch::add(std::unique_ptr<ResourceWatch> part)
{
    m_parts.push_back(std::move(part));
}

void CompositeWatch::start()
{
    m_running = true;
    for (const auto &part : m_parts) {
        if (!m_running)
            return; // a part failed while starting, and stopped the others
        part->start();
    }
}

void CompositeWatch::stop()
{
    m_running = false;
    for (const auto &part : m_parts)
        part->stop();
}

} // namespace converge
