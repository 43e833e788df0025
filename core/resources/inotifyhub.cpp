#include "resources/inotifyhub.h"

#include "resources/systemerror.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace converge {

InotifyHub::InotifyHub(Reactor &reactor, AddWatch addWatch)
    : m_reactor(reactor), m_addWatch(std::move(addWatch))
{
    if (!m_addWatch) {
        m_addWatch = [](int fd, const QByteArray &path, std::uint32_t mask) {
            return inotify_add_watch(fd, path.constData(), mask);
        };
    }
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_error = tr("cannot start watching files (inotify_init1): %1").arg(systemErrorText(errno));
        return;
    }
    m_handle = m_reactor.addFd(
        m_fd, EPOLLIN, [this](std::uint32_t) { readEvents(); }, &m_error);
}

InotifyHub::~InotifyHub()
{
    if (m_handle)
        m_reactor.remove(m_handle);
    if (m_fd >= 0)
        close(m_fd); // closing the instance drops every watch it holds
}

InotifyHub::Subscription InotifyHub::subscribe(const QString &path, std::uint32_t mask,
                                               Handler handler, int *error)
{
    if (!isValid()) {
        *error = EBADF;
        return 0;
    }
    // IN_MASK_ADD: a second subscriber on the same path widens the kernel's mask instead of
    // replacing the first one's; each subscriber filters by its own mask.
    const int wd = m_addWatch(m_fd, QFile::encodeName(path), mask | IN_MASK_ADD);
    if (wd < 0) {
        *error = errno;
        return 0;
    }
    const Subscription id = m_next++;
    m_subscribers.emplace(
        id, Subscriber{wd, mask | IN_IGNORED, std::make_shared<Handler>(std::move(handler))});
    m_byDescriptor[wd].push_back(id);
    return id;
}

void InotifyHub::unsubscribe(Subscription subscription)
{
    const auto it = m_subscribers.find(subscription);
    if (it == m_subscribers.end())
        return;
    const int wd = it->second.wd;
    m_subscribers.erase(it);
    const auto users = m_byDescriptor.find(wd);
    if (users == m_byDescriptor.end())
        return; // the kernel already dropped it (IN_IGNORED)
    std::erase(users->second, subscription);
    if (users->second.empty()) {
        m_byDescriptor.erase(users);
        inotify_rm_watch(m_fd, wd);
    }
}

void InotifyHub::readEvents()
{
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            return; // EAGAIN: drained; the reactor calls again when more arrives
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
            at += ssize_t(sizeof(inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {
                dispatchToAll(IN_Q_OVERFLOW);
                continue;
            }
            const QString name = event->len ? QFile::decodeName(event->name) : QString();
            dispatch(event->wd, event->mask, name);
        }
    }
}

void InotifyHub::dispatch(int wd, std::uint32_t mask, const QString &name)
{
    const auto users = m_byDescriptor.find(wd);
    if (users == m_byDescriptor.end())
        return;
    // A handler may unsubscribe itself or others: walk a copy and look each one up again.
    const std::vector<Subscription> ids = users->second;
    if (mask & IN_IGNORED) {
        // The kernel dropped the watch (path deleted, or its file system unmounted); its
        // number may be handed out again, so no subscriber may keep it.
        m_byDescriptor.erase(users);
        for (const Subscription id : ids) {
            if (const auto it = m_subscribers.find(id); it != m_subscribers.end())
                it->second.wd = -1;
        }
    }
    for (const Subscription id : ids) {
        const auto it = m_subscribers.find(id);
        if (it != m_subscribers.end() && (it->second.mask & mask)) {
            const std::shared_ptr<Handler> handler = it->second.handler;
            (*handler)(mask, name);
        }
    }
}

void InotifyHub::dispatchToAll(std::uint32_t mask)
{
    std::vector<Subscription> ids;
    ids.reserve(m_subscribers.size());
    for (const auto &entry : m_subscribers)
        ids.push_back(entry.first);
    for (const Subscription id : ids) {
        const auto it = m_subscribers.find(id);
        if (it == m_subscribers.end())
            continue;
        const std::shared_ptr<Handler> handler = it->second.handler;
        (*handler)(mask, QString());
    }
}

} // namespace converge
