#include "filetesting.h"
#include "resources/filecontentsync.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace converge;
using namespace converge::testing;

namespace {

const FileContentSync::Report ignore = [](const QString &) {
};

using Outcome = CheckApplyResult::Outcome;

struct stat status(const QString &path)
{
    struct stat st = {};
    lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

} // namespace

/// FileContentSync writes as mgmt's fileCheckApply: in place, so the inode and what hangs on
/// it survive, and it reports what differs.
class TestFileContentSync : public QObject
{
    Q_OBJECT
private slots:
    void rewritesInPlaceKeepingInodeModeAndLinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        const QString link = dir.filePath(u"hardlink"_qs);
        QVERIFY(writeFile(path, "old content that is longer\n"));
        // Read-only stays read-only; only root may write a 0444 file, as under mgmt.
        const unsigned readOnly = geteuid() == 0 ? 0444 : 0604;
        QVERIFY(chmod(QFile::encodeName(path).constData(), readOnly) == 0);
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) ==
                0);
        const ino_t inode = status(path).st_ino;
        QStringList lines;
        const auto report = [&](const QString &line) {
            lines.append(line);
        };
        QCOMPARE(FileContentSync::fromBytes(path, "new\n", {}, report).outcome, Outcome::Changed);
        QCOMPARE(lines, QStringList{u"content differs"_qs});
        QCOMPARE(readFile(path), QByteArray("new\n"));
        QCOMPARE(readFile(link), QByteArray("new\n"));
        QCOMPARE(status(path).st_ino, inode);
        QCOMPARE(status(path).st_mode & 07777, readOnly);
        QCOMPARE(FileContentSync::fromBytes(path, "new\n", {}, report).outcome, Outcome::Converged);
    }
    void noopReportsAndTouchesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(path, "old"));
        QStringList lines;
        const auto report = [&](const QString &line) {
            lines.append(line);
        };
        FileContentSync::Options noop;
        noop.apply = false;
        QCOMPARE(FileContentSync::fromBytes(path, "new", noop, report).outcome, Outcome::Changed);
        QCOMPARE(FileContentSync::fromBytes(dir.filePath(u"g"_qs), "new", noop, report).outcome,
                 Outcome::Changed);
        QCOMPARE(lines, (QStringList{u"content differs"_qs, u"created"_qs}));
        QCOMPARE(readFile(path), QByteArray("old"));
        QVERIFY(!QFile::exists(dir.filePath(u"g"_qs)));
    }
    void copiesASourceFileWithItsMode()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"src"_qs);
        const QString path = dir.filePath(u"dst"_qs);
        QVERIFY(writeFile(source, QByteArray(200000, 'x')));
        QVERIFY(chmod(QFile::encodeName(source).constData(), 0750) == 0);
        QVERIFY(writeFile(path, "short"));
        QVERIFY(chmod(QFile::encodeName(path).constData(), 0600) == 0);
        QStringList lines;
        const auto report = [&](const QString &line) {
            lines.append(line);
        };
        FileContentSync::Options options;
        options.label = path;
        QCOMPARE(FileContentSync::fromFile(path, source, options, report).outcome,
                 Outcome::Changed);
        QCOMPARE(lines,
                 (QStringList{u"content differs: "_qs + path, u"mode 0600 -> 0750: "_qs + path}));
        QCOMPARE(readFile(path), QByteArray(200000, 'x'));
        QCOMPARE(status(path).st_mode & 07777, 0750u);
        QCOMPARE(FileContentSync::fromFile(path, source, options, report).outcome,
                 Outcome::Converged);
    }
    void withoutStateAMissingFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        FileContentSync::Options options;
        options.mayCreate = false;
        const CheckApplyResult r = FileContentSync::fromBytes(path, "x", options, {});
        QCOMPARE(r.error,
                 path + u" does not exist, and without state: exists it is not created"_qs);
        QVERIFY(!QFile::exists(path));
    }
    void replacesADirectoryOnlyWithForce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d"_qs);
        QVERIFY(QDir().mkpath(path + u"/inside"_qs));
        QStringList lines;
        const auto report = [&](const QString &line) {
            lines.append(line);
        };
        QCOMPARE(FileContentSync::fromBytes(path, "x", {}, report).error,
                 path + u" is a directory; force: true replaces it by a file"_qs);
        FileContentSync::Options force;
        force.force = true;
        QCOMPARE(FileContentSync::fromBytes(path, "x", force, report).outcome, Outcome::Changed);
        QCOMPARE(readFile(path), QByteArray("x"));
        QCOMPARE(lines, (QStringList{u"removed directory (force)"_qs, u"created"_qs}));
    }
    void refusesAnotherUsersLinkInAStickyDirectory()
    {
        if (geteuid() != 0)
            QSKIP("planting a link owned by another user needs root");
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"victim"_qs);
        QVERIFY(writeFile(victim, "secret"));
        const QString path = plantForeignSymlink(dir.path(), victim);
        QVERIFY(!path.isEmpty());
        const QString shared = dir.filePath(u"tmp"_qs);
        const CheckApplyResult r = FileContentSync::fromBytes(path, "owned", {}, ignore);
        QCOMPARE(r.error, u"refusing to follow %1: a symlink owned by nobody in the world-writable "
                          u"sticky directory %2, which the kernel's protected_symlinks rule "
                          u"forbids"_qs.arg(path, shared));
        QCOMPARE(readFile(victim), QByteArray("secret"));
        QCOMPARE(FileContentSync::fromFile(dir.filePath(u"copy"_qs), path, {}, ignore).error,
                 r.error);
        QVERIFY(!QFile::exists(dir.filePath(u"copy"_qs)));
        // The link's owner or the directory's owner may point it anywhere.
        QVERIFY(lchown(QFile::encodeName(path).constData(), 0, 0) == 0);
        QCOMPARE(FileContentSync::fromBytes(path, "owned", {}, ignore).outcome, Outcome::Changed);
        QCOMPARE(readFile(victim), QByteArray("owned"));
    }
    void failuresSayTheOperationThePathAndTheCause()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/f"_qs);
        QCOMPARE(FileContentSync::fromBytes(path, "x", {}, ignore).error,
                 u"cannot create %1: No such file or directory"_qs.arg(path));
        QCOMPARE(FileContentSync::fromFile(dir.filePath(u"f"_qs), dir.filePath(u"nothing"_qs), {},
                                           ignore)
                     .error,
                 u"cannot read source %1: No such file or directory"_qs.arg(
                     dir.filePath(u"nothing"_qs)));
    }
    void aFullDiskSaysNoSpaceLeftOnDevice()
    {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (geteuid() != 0 || mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=16k") != 0)
            QSKIP("mounting a 16 KiB tmpfs to fill needs root");
        const auto unmount = qScopeGuard([&] { umount(mountPoint.constData()); });
        const QString path = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(path, "old"));
        const CheckApplyResult r =
            FileContentSync::fromBytes(path, QByteArray(1 << 20, 'x'), {}, ignore);
        QCOMPARE(r.error, u"cannot write %1: No space left on device"_qs.arg(path));
    }
};

QTEST_GUILESS_MAIN(TestFileContentSync)
#include "tst_filecontentsync.moc"
