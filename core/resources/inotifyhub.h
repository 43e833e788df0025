#pragma once

#include "resources/reactor.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace converge {

/// One inotify instance for a whole run, shared by every file watch, read on the Reactor.
///
/// Linux allows few inotify instances per user (fs.inotify.max_user_instances, 128 by
/// default) but many watches, so one instance per file would stop at a hundred files. Several
/// subscribers may watch the same path: the kernel gives them the same watch descriptor, which
/// is removed when the last of them unsubscribes. A queue overflow (events lost) is told to
/// every subscriber as IN_Q_OVERFLOW, so each resource checks itself again.
///
/// subscribe(), unsubscribe() and every handler run on the reactor thread; the hub must
/// outlive its subscriptions and be destroyed before its Reactor.
class InotifyHub
{
    Q_DECLARE_TR_FUNCTIONS(InotifyHub)
public:
    using Subscription = std::uint64_t; ///< 0 is never valid
    /// Called with the event's mask and, for an event inside a watched directory, the name of
    /// the entry it concerns (empty for the watched path itself).
    using Handler = std::function<void(std::uint32_t mask, const QString &name)>;
    /// inotify_add_watch(); a seam so a test can make the kernel's watch limit (ENOSPC) appear.
    using AddWatch = std::function<int(int fd, const QByteArray &path, std::uint32_t mask)>;

    explicit InotifyHub(Reactor &reactor, AddWatch addWatch = {});
    ~InotifyHub();
    InotifyHub(const InotifyHub &) = delete;
    InotifyHub &operator=(const InotifyHub &) = delete;

    /// False when inotify_init1() or the reactor refused; error() names the cause.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Watches path for mask (IN_IGNORED is always told). Returns 0 and sets *error to the
    /// errno of inotify_add_watch (ENOSPC: the watch limit, ENOENT: no such path) on failure.
    Subscription subscribe(const QString &path, std::uint32_t mask, Handler handler, int *error);
    /// Ends a subscription; its handler is not called again. Unknown ids are ignored.
    void unsubscribe(Subscription subscription);
    /// Kernel watch descriptors in use, for tests and the benchmark.
    std::size_t watchCount() const { return m_byDescriptor.size(); }

private:
    struct Subscriber
    {
        int wd;
        std::uint32_t mask;
        std::shared_ptr<Handler> handler;
    };

    void readEvents();
    void dispatch(int wd, std::uint32_t mask, const QString &name);
    void dispatchToAll(std::uint32_t mask);

    Reactor &m_reactor;
    AddWatch m_addWatch;
    QString m_error;
    int m_fd = -1;
    Reactor::Handle m_handle = 0;
    Subscription m_next = 1;
    std::unordered_map<Subscription, Subscriber> m_subscribers;
    std::unordered_map<int, std::vector<Subscription>> m_byDescriptor;
};

} // namespace converge
