#include "resources/watchcommand.h"

#include "filetesting.h"
#include "resources/descendantreaper.h"
#include "watchtesting.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace converge;
using namespace converge::testing;

namespace {

ProcessSpec shell(const QString &script, const QString &cwd = {})
{
    ProcessSpec spec;
    spec.program = u"/bin/sh"_qs;
    spec.arguments = {u"-c"_qs, script};
    spec.workingDirectory = cwd;
    return spec;
}

/// A reactor and one watch command with its log, torn down in order.
struct Watched
{
    explicit Watched(const ProcessSpec &spec)
        : watch(std::make_unique<WatchCommand>(reactor, spec, log.sink()))
    {
        onReactor(reactor, [this] { watch->start(); });
    }
    ~Watched()
    {
        onReactor(reactor, [this] { watch.reset(); });
    }
    Reactor reactor;
    WatchLog log;
    std::unique_ptr<WatchCommand> watch;
};

/// The pids a script wrote, one per line.
QList<pid_t> pidsIn(const QString &path)
{
    QList<pid_t> pids;
    for (const QByteArray &line : readFile(path).trimmed().split('\n'))
        pids.append(pid_t(line.toInt()));
    return pids;
}

bool alive(pid_t pid)
{
    return kill(pid, 0) == 0;
}

} // namespace

/// exec's watchcmd: each line an event, an end a failure, and stop() leaves no process.
class TestWatchCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(DescendantReaper::becomeSubreaper()); }
    void eachLineIsAnEventAndEmptyLinesAreNot()
    {
        Watched w(shell(u"echo one; echo; echo two >&2; exec sleep 30"_qs));
        QTRY_COMPARE(w.log.events().size(), 2);
        QVERIFY(w.log.events().contains(u"watchcmd: one"_qs));
        QVERIFY(w.log.events().contains(u"watchcmd: two"_qs));
        QCOMPARE(w.log.failures(), QStringList());
    }
    void itRunsInWatchcwd()
    {
        QTemporaryDir dir;
        Watched w(shell(u"pwd; exec sleep 30"_qs, dir.path()));
        QTRY_COMPARE(w.log.events(), QStringList{u"watchcmd: "_qs + dir.path()});
    }
    void anEndIsAFailureAfterItsLastLines()
    {
        Watched w(shell(u"echo last; exit 3"_qs));
        QTRY_COMPARE(w.log.failures(), QStringList{u"watchcmd ended with exit status 3"_qs});
        QCOMPARE(w.log.events(), QStringList{u"watchcmd: last"_qs});
        QCOMPARE(w.watch->pid(), -1);
    }
    void anEndWithStatusZeroIsAFailureToo()
    {
        Watched w(shell(u"true"_qs));
        QTRY_COMPARE(w.log.failures(), QStringList{u"watchcmd ended with exit status 0"_qs});
    }
    void aCommandThatCannotStartFails()
    {
        ProcessSpec spec;
        spec.program = u"/nonexistent/watcher"_qs;
        Watched w(spec);
        QCOMPARE(w.log.failures().size(), 1);
        QVERIFY2(w.log.failures().first().startsWith(u"watchcmd: "_qs),
                 qPrintable(w.log.failures().first()));
    }
    void stopLeavesNoProcessEvenOutsideTheGroup()
    {
        QTemporaryDir dir;
        const QString pids = dir.filePath(u"pids"_qs);
        // The shell, a background job in its group, and a daemon that left the group.
        Watched w(shell(u"echo $$ >> %1; sleep 30 & echo $! >> %1; setsid sleep 30 & "
                        "echo $! >> %1; echo ready; wait"_qs.arg(pids)));
        QTRY_COMPARE(w.log.events(), QStringList{u"watchcmd: ready"_qs});
        const QList<pid_t> started = pidsIn(pids); // written before "ready"
        QCOMPARE(started.size(), 3);
        for (pid_t pid : started)
            QVERIFY(alive(pid));
        onReactor(w.reactor, [&] { w.watch->stop(); });
        for (pid_t pid : started)
            QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
        QCOMPARE(w.log.failures(), QStringList());
    }
    void aWatchCanBeStartedAgainAfterItEnded()
    {
        Watched w(shell(u"echo hello; exit 1"_qs));
        QTRY_COMPARE(w.log.failures().size(), 1);
        onReactor(w.reactor, [&] { w.watch->start(); });
        QTRY_COMPARE(w.log.failures().size(), 2);
        QCOMPARE(w.log.events(), (QStringList{u"watchcmd: hello"_qs, u"watchcmd: hello"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "tst_watchcommand.moc"
