#include "resources/filewatch.h"

#include "resources/systemerror.h"

#include <QDirIterator>
#include <QFileInfo>

#include <cerrno>
#include <sys/inotify.h>
#include <sys/stat.h>

namespace converge {

namespace {

constexpr std::uint32_t EntryEvents =
    IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB;
constexpr std::uint32_t SelfEvents = IN_DELETE_SELF | IN_MOVE_SELF;

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString baseNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

bool isDirectory(const QString &path)
{
    struct stat st;
    return lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

FileWatch::FileWatch(Reactor &reactor, InotifyHub &hub, const QString &path, bool recurse,
                     WatchSink sink, qint64 fallbackPollMs)
    : m_reactor(reactor), m_hub(hub), m_directory(path.size() > 1 && path.endsWith(u'/')),
      m_recurse(recurse), m_sink(std::move(sink)), m_fallbackPollMs(fallbackPollMs)
{
    m_target = m_directory ? path.chopped(1) : path;
}

FileWatch::~FileWatch()
{
    stop();
}

void FileWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_last = FileSnapshot::take(m_target, m_recurse);
    arm();
}

void FileWatch::stop()
{
    m_running = false;
    disarm();
    if (m_pollTimer)
        m_reactor.remove(m_pollTimer);
    m_pollTimer = 0;
    m_pending.clear();
    ++*m_generation;
}

void FileWatch::disarm()
{
    for (const InotifyHub::Subscription s : m_subscriptions)
        m_hub.unsubscribe(s);
    m_subscriptions.clear();
}

void FileWatch::arm()
{
    for (;;) {
        QString directory = parentOf(m_target);
        QString next = baseNameOf(m_target);
        while (!isDirectory(directory)) {
            next = baseNameOf(directory);
            directory = parentOf(directory);
        }
        // Watched the same way when it is an ancestor: its entry `next` appearing rearms a
        // level lower, until the target's own folder is watched.
        if (!watch(directory, Role::Parent, next))
            return;
        if (directory == parentOf(m_target)) {
            if (m_directory && isDirectory(m_target))
                watchTree(m_target);
            return;
        }
        // A folder made between looking and watching sent its event to nobody: `mkdir -p`
        // outruns the watch that way (a loaded machine lost a new file 1 run in 60). Look
        // again now the watch is in place, and go down a level if it is there.
        if (!isDirectory(directory + u'/' + next))
            return;
        disarm();
    }
}

void FileWatch::rearm()
{
    disarm();
    if (!isPolling())
        arm();
}

bool FileWatch::watch(const QString &path, Role role, const QString &name)
{
    const std::uint32_t mask = EntryEvents | SelfEvents | IN_ONLYDIR;
    int error = 0;
    const InotifyHub::Subscription s = m_hub.subscribe(
        path, mask,
        [this, role, path, name](std::uint32_t events, const QString &entry) {
            onEvent(role, path, name, events, entry);
        },
        &error);
    if (s) {
        m_subscriptions.push_back(s);
        return true;
    }
    if (error == ENOSPC) {
        fallBackToPolling();
    } else if (error == ENOENT || error == ENOTDIR) {
        // The folder went away between looking and watching: its parent's event rearms.
        return true;
    } else if (m_sink.failed) {
        stop();
        m_sink.failed(
            tr("cannot watch %1 (inotify_add_watch): %2").arg(path, systemErrorText(error)));
    }
    return false;
}

void FileWatch::watchTree(const QString &directory)
{
    if (!watch(directory, Role::Tree, QString()) || !m_recurse)
        return;
    QDirIterator it(directory, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!watch(it.next(), Role::Tree, QString()))
            return;
    }
}

void FileWatch::onEvent(Role role, const QString &directory, const QString &name,
                        std::uint32_t mask, const QString &entry)
{
    if (mask & IN_Q_OVERFLOW) {
        // Events were lost: whatever happened, the resource must look again.
        report(tr("content changed"));
        rearm();
        return;
    }
    const bool self = entry.isEmpty();
    if (role == Role::Tree) {
        if (self)
            return; // the folder's own parent reports about it under its name
        if (m_recurse && (mask & IN_ISDIR) && (mask & (IN_CREATE | IN_MOVED_TO)))
            watchTree(directory + u'/' + entry); // may already hold files: rescan it whole
        noteChange(tr("content changed"));
        return;
    }
    if (self) {
        // The watched folder itself was deleted or moved: look again from the top.
        if (mask & (SelfEvents | IN_IGNORED)) {
            rearm();
            noteChange(QString());
        }
        return;
    }
    if (entry != name)
        return;
    if (mask & (IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM))
        rearm(); // a folder appeared, or the target came or went: what to watch has changed
    noteChange((mask & IN_MODIFY) ? tr("content changed") : QString());
}

void FileWatch::noteChange(const QString &fallbackCause)
{
    const FileSnapshot now = FileSnapshot::take(m_target, m_recurse);
    QString cause = FileSnapshot::changeBetween(m_last, now);
    m_last = now;
    // A write that leaves size and times alone (within the clock's resolution) still is one.
    if (cause.isEmpty() && m_last.exists)
        cause = fallbackCause;
    if (!cause.isEmpty())
        report(cause);
}

void FileWatch::report(const QString &cause)
{
    if (!m_running)
        return;
    const bool posted = !m_pending.isEmpty();
    if (!m_pending.contains(cause))
        m_pending.append(cause);
    if (posted)
        return;
    // Posted, so every event of the inotify read being handled now is folded into one report
    // per cause.
    std::weak_ptr<int> generation = m_generation;
    const int current = *m_generation;
    m_reactor.post([this, generation, current] {
        const std::shared_ptr<int> alive = generation.lock();
        if (alive && *alive == current)
            flush();
    });
}

void FileWatch::flush()
{
    const QStringList causes = std::exchange(m_pending, {});
    for (const QString &cause : causes) {
        if (m_sink.event)
            m_sink.event(cause);
    }
}

void FileWatch::fallBackToPolling()
{
    disarm();
    if (isPolling())
        return;
    if (m_sink.warning)
        m_sink.warning(tr("%1: the inotify watch limit is reached (raise it with sysctl "
                          "fs.inotify.max_user_watches); checking every %2 ms instead")
                           .arg(m_target)
                           .arg(m_fallbackPollMs));
    m_pollTimer = m_reactor.addTimer(m_fallbackPollMs, [this] { poll(); });
}

void FileWatch::poll()
{
    noteChange(QString());
    m_pollTimer = m_reactor.addTimer(m_fallbackPollMs, [this] { poll(); });
}

} // namespace converge
