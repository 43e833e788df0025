#include "resources/descendantreaper.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace converge {

namespace {

/// A killed tree is waited for this long at most; SIGKILL takes effect within milliseconds
/// unless a process sleeps uninterruptibly in the kernel (a dead NFS server).
constexpr int ReapWaitMs = 2000;
/// A process that forks while its tree is killed can leave a child behind; the tree is looked
/// at again up to this often.
constexpr int Rounds = 4;

QByteArray readSmallFile(const QString &path, qint64 limit)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.read(limit) : QByteArray();
}

void appendPids(const QByteArray &text, std::vector<pid_t> *pids)
{
    for (const QByteArray &word : text.split(' ')) {
        bool ok = false;
        const int pid = word.trimmed().toInt(&ok);
        if (ok && pid > 0)
            pids->push_back(pid);
    }
}

} // namespace

bool DescendantReaper::becomeSubreaper()
{
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0;
}

QByteArray DescendantReaper::newTag()
{
    static std::atomic<quint64> counter{0};
    return QByteArray::number(getpid()) + '.' + QByteArray::number(++counter);
}

std::vector<pid_t> DescendantReaper::children(pid_t pid)
{
    std::vector<pid_t> pids;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList threads = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads)
        appendPids(readSmallFile(tasks + u'/' + thread + u"/children"_qs, 1 << 20), &pids);
    return pids;
}

bool DescendantReaper::carriesTag(pid_t pid, const QByteArray &tag, bool prefix)
{
    const QByteArray environment =
        '\0' + readSmallFile(QStringLiteral("/proc/%1/environ").arg(pid), 1 << 20);
    const QByteArray wanted = '\0' + QByteArray(TagVariable) + '=' + tag;
    for (qsizetype at = environment.indexOf(wanted); at >= 0;
         at = environment.indexOf(wanted, at + 1)) {
        const qsizetype end = at + wanted.size();
        if (prefix || end == environment.size() || environment.at(end) == '\0')
            return true;
    }
    return false;
}

int DescendantReaper::endTrees(const std::vector<pid_t> &roots)
{
    // The whole tree is collected before anything is killed: a killed parent's children would
    // otherwise move to this process and out of the walk.
    std::vector<pid_t> tree = roots;
    for (size_t i = 0; i < tree.size(); ++i) {
        for (pid_t child : children(tree[i])) {
            if (std::find(tree.begin(), tree.end(), child) == tree.end())
                tree.push_back(child);
        }
    }
    std::vector<pollfd> exits;
    for (pid_t pid : tree) {
        const int fd = int(syscall(SYS_pidfd_open, pid, 0));
        if (fd >= 0)
            exits.push_back({fd, POLLIN, 0});
        kill(pid, SIGKILL);
    }
    // Each killed process becomes this process's child once it and its parent are gone (the
    // subreaper rule), and then waitpid() can reap it.
    for (pollfd &exit : exits) {
        poll(&exit, 1, ReapWaitMs);
        close(exit.fd);
    }
    for (pid_t pid : tree)
        waitpid(pid, nullptr, WNOHANG);
    return int(tree.size());
}

QList<QByteArray> DescendantReaper::statFields(pid_t pid)
{
    // "pid (comm) state ppid pgrp ...": comm may hold anything, so parse after its last ')'.
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid), 4096);
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ');
}

bool DescendantReaper::isBetweenImages(pid_t pid)
{
    const QList<QByteArray> fields = statFields(pid);
    return fields.size() > 2 && fields[0] != "Z" &&
           readSmallFile(QStringLiteral("/proc/%1/environ").arg(pid), 1).isEmpty();
}

bool DescendantReaper::isZombieOf(pid_t pid, pid_t group)
{
    const QList<QByteArray> fields = statFields(pid);
    return fields.size() > 2 && fields[0] == "Z" && fields[2].toInt() == group;
}

int DescendantReaper::endTagged(const QByteArray &tag, pid_t group)
{
    int killed = 0;
    for (int round = 0; round < Rounds; ++round) {
        std::vector<pid_t> roots;
        const QString own = QStringLiteral("/proc/self/task/%1/children").arg(getpid());
        std::vector<pid_t> orphans;
        appendPids(readSmallFile(own, 1 << 20), &orphans);
        bool unsure = false;
        for (pid_t pid : orphans) {
            if (carriesTag(pid, tag, false))
                roots.push_back(pid);
            else if (pid != group && isZombieOf(pid, group))
                waitpid(pid, nullptr, WNOHANG);
            else
                unsure |= isBetweenImages(pid);
        }
        // A daemon caught inside execve() shows no environment yet; it is looked at again
        // once the new image is in, which takes microseconds.
        if (roots.empty() && unsure)
            poll(nullptr, 0, 1);
        else if (roots.empty())
            break;
        killed += endTrees(roots);
    }
    return killed;
}

int DescendantReaper::endAdopted(bool everything)
{
    const QByteArray ours = QByteArray::number(getpid()) + '.';
    int killed = 0;
    for (int round = 0; round < Rounds; ++round) {
        std::vector<pid_t> roots;
        for (pid_t pid : children(getpid())) {
            if (everything || carriesTag(pid, ours, true))
                roots.push_back(pid);
        }
        if (roots.empty())
            break;
        killed += endTrees(roots);
    }
    if (everything) {
        while (waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }
    return killed;
}

} // namespace converge
