#pragma once

// Helpers for the watch suites: run code on a reactor's thread and wait for it, and collect
// what a watch reports.

#include "resources/reactor.h"
#include "resources/resourcewatch.h"

#include <QStringList>
#include <QTest>

#include <functional>
#include <future>
#include <mutex>

namespace converge::testing {

/// Runs fn on the reactor's thread and returns when it has run: watches start and stop there.
inline void onReactor(Reactor &reactor, const std::function<void()> &fn)
{
    std::promise<void> done;
    reactor.post([&] {
        fn();
        done.set_value();
    });
    done.get_future().wait();
}

/// Everything a watch reported, readable from the test's thread.
class WatchLog
{
public:
    WatchSink sink()
    {
        return WatchSink{[this](const QString &c) { add(&m_events, c); },
                         [this](const QString &m) { add(&m_warnings, m); },
                         [this](const QString &m) {
                             add(&m_failures, m);
                         }};
    }
    QStringList events() const { return read(m_events); }
    /// The distinct causes, in the order first seen: one write may reach a watch as two
    /// inotify reads, and so as two reports of the same cause.
    QStringList causes() const
    {
        QStringList distinct = events();
        distinct.removeDuplicates();
        return distinct;
    }
    QStringList warnings() const { return read(m_warnings); }
    QStringList failures() const { return read(m_failures); }
    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_events.clear();
    }

private:
    void add(QStringList *list, const QString &text)
    {
        const std::lock_guard lock(m_mutex);
        list->append(text);
    }
    QStringList read(const QStringList &list) const
    {
        const std::lock_guard lock(m_mutex);
        return list;
    }
    mutable std::mutex m_mutex;
    QStringList m_events;
    QStringList m_warnings;
    QStringList m_failures;
};

} // namespace converge::testing
