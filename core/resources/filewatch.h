#pragma once

#include "resources/filesnapshot.h"
#include "resources/inotifyhub.h"
#include "resources/resourcewatch.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace converge {

class Reactor;

/// mgmt's file Watch (its recwatch): tells when the file or directory at a path may have
/// drifted: content, mode or owner changed, deleted, or created.
///
/// A file is watched through its parent directory, which sees the file's writes, attribute
/// changes, deletion and (re)creation under its name. A directory (a path ending in '/') is
/// also watched itself, and with `recurse` so is every directory below it, new ones included.
/// When the parent does not exist yet, the nearest existing ancestor is watched for the next
/// missing component, and the watch moves down as the folders appear. Events seen in one
/// read of the inotify queue are reported once per cause.
///
/// When the kernel refuses a watch for its limit (ENOSPC), the watch warns, naming the sysctl
/// fs.inotify.max_user_watches, and compares FileSnapshot every `fallbackPollMs` instead.
/// Lives on the reactor thread (see ResourceWatch); the hub must outlive it.
class FileWatch : public ResourceWatch
{
    Q_DECLARE_TR_FUNCTIONS(FileWatch)
public:
    static constexpr qint64 DefaultFallbackPollMs = 1000;

    /// `path` is absolute; a trailing '/' makes it a directory, as in mgmt's file resource.
    FileWatch(Reactor &reactor, InotifyHub &hub, const QString &path, bool recurse, WatchSink sink,
              qint64 fallbackPollMs = DefaultFallbackPollMs);
    ~FileWatch() override;

    void start() override;
    void stop() override;
    /// True after the watch limit made this watch fall back to polling.
    bool isPolling() const { return m_pollTimer != 0; }

private:
    enum class Role
    {
        Parent, ///< the target's folder, or its nearest existing ancestor: one entry matters
        Tree,   ///< the target directory or a directory below it: anything inside changes it
    };

    void arm();
    void disarm();
    void rearm();
    bool watch(const QString &path, Role role, const QString &name);
    void watchTree(const QString &directory);
    void onEvent(Role role, const QString &directory, const QString &name, std::uint32_t mask,
                 const QString &entry);
    void noteChange(const QString &fallbackCause);
    void report(const QString &cause);
    void flush();
    void fallBackToPolling();
    void poll();

    Reactor &m_reactor;
    InotifyHub &m_hub;
    QString m_target; ///< without the trailing slash
    bool m_directory;
    bool m_recurse;
    WatchSink m_sink;
    qint64 m_fallbackPollMs;
    bool m_running = false;
    FileSnapshot m_last;
    std::vector<InotifyHub::Subscription> m_subscriptions;
    Reactor::Handle m_pollTimer = 0;
    QStringList m_pending;
    /// Shared with posted flushes, so one that runs after stop() or destruction does nothing.
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

} // namespace converge
