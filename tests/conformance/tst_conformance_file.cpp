#include "conformance.h"

#include <QDirIterator>

#include <sys/stat.h>
#include <unistd.h>

using namespace converge::testing;

namespace {

/// A graph of one file resource named f1 whose parameters are params (YAML lines, indented
/// by four spaces by the caller's text).
QString oneFile(const QString &params)
{
    return u"graph: g\nresources:\n  file:\n  - name: f1\n"_qs + params;
}

/// Every path below root with its type, mode, owner, inode and bytes: a fingerprint that
/// changes when anything on disk does.
QStringList fingerprint(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        lstat(QFile::encodeName(path).constData(), &st);
        QString line = u"%1 %2 %3:%4 %5 %6"_qs.arg(path)
                           .arg(st.st_mode, 0, 8)
                           .arg(st.st_uid)
                           .arg(st.st_gid)
                           .arg(st.st_ino)
                           .arg(st.st_mtim.tv_nsec + st.st_mtim.tv_sec * 1000000000LL);
        if (S_ISREG(st.st_mode)) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            line += u' ' + QString::fromLatin1(f.readAll().toHex());
        }
        out.append(line);
    }
    out.sort();
    return out;
}

} // namespace

/// mgmt's file resource (engine/resources/file.go), one case per parameter and per rule,
/// each run through the real `converge` binary and checked on disk and in the log.
class TestConformanceFile : public QObject
{
    Q_OBJECT

    /// Runs a root-owned file through a graph with param, expecting the log line and the
    /// owner uid:gid afterwards.
    void checkOwnership(const QString &param, const QString &line, unsigned uid, unsigned gid)
    {
        CONVERGE_REQUIRE_ROOT();
        ConformanceCase c;
        c.write(u"f"_qs, "x");
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    "_qs + param + u'\n'));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[f1]: "_qs + line + u'\n'), qPrintable(r.out));
        QCOMPARE(c.status(u"f"_qs).st_uid, uid);
        QCOMPARE(c.status(u"f"_qs).st_gid, gid);
        QVERIFY(c.run().out.contains(u"File[f1]: already converged"_qs));
    }

private slots:
    void contentIsWrittenThenConverged()
    {
        ConformanceCase c;
        c.writeGraph(
            oneFile(u"    path: @DIR@/f\n    content: \"i am f1\\n\"\n    state: exists\n"_qs));
        CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[f1]: created\n"_qs), qPrintable(r.out));
        QCOMPARE(c.read(u"f"_qs), QByteArray("i am f1\n"));
        c.write(u"f"_qs, "tampered");
        r = c.run();
        QVERIFY2(r.out.contains(u"File[f1]: content differs\n"_qs), qPrintable(r.out));
        QCOMPARE(c.read(u"f"_qs), QByteArray("i am f1\n"));
        QVERIFY2(c.run().out.contains(u"File[f1]: already converged"_qs), "");
    }
    void sourceFileCopiesContentAndMode()
    {
        ConformanceCase c;
        c.write(u"src"_qs, "#!/bin/sh\necho hi\n");
        QCOMPARE(chmod(QFile::encodeName(c.path(u"src"_qs)).constData(), 0750), 0);
        c.writeGraph(
            oneFile(u"    path: @DIR@/dst\n    source: @DIR@/src\n    state: exists\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[f1]: created\n"_qs), qPrintable(r.out));
        QCOMPARE(c.read(u"dst"_qs), QByteArray("#!/bin/sh\necho hi\n"));
        QCOMPARE(c.mode(u"dst"_qs), 0750);
    }
    void sourceDirectoryWithRecurseSyncsTheTree()
    {
        ConformanceCase c;
        c.write(u"src/a"_qs, "a");
        c.write(u"src/sub/b"_qs, "b");
        c.write(u"dst/extra"_qs, "not in the source");
        c.writeGraph(oneFile(u"    path: @DIR@/dst/\n    source: @DIR@/src/\n    recurse: true\n"
                             u"    state: exists\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[f1]: created: %1\n"_qs.arg(c.path(u"dst/a"_qs))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"File[f1]: created: %1/\n"_qs.arg(c.path(u"dst/sub"_qs))),
                 qPrintable(r.out));
        QCOMPARE(c.read(u"dst/a"_qs), QByteArray("a"));
        QCOMPARE(c.read(u"dst/sub/b"_qs), QByteArray("b"));
        // mgmt's sync removes what the source does not have, purge or not.
        QCOMPARE(c.mode(u"dst/extra"_qs), -1);
        QVERIFY(c.run().out.contains(u"File[f1]: already converged"_qs));
    }
    void purgeRemovesUnmanagedFilesOnly()
    {
        ConformanceCase c;
        c.write(u"d/stray"_qs, "s");
        c.write(u"d/keep"_qs, "k");
        c.writeGraph(u"graph: g\nresources:\n  file:\n  - name: d\n    path: @DIR@/d/\n"
                     u"    recurse: true\n    purge: true\n    state: exists\n"
                     u"  - name: keep\n    path: @DIR@/d/keep\n    content: kept\n"
                     u"    state: exists\n"_qs);
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[d]: removed: %1\n"_qs.arg(c.path(u"d/stray"_qs))),
                 qPrintable(r.out));
        QCOMPARE(c.mode(u"d/stray"_qs), -1);
        QCOMPARE(c.read(u"d/keep"_qs), QByteArray("kept"));
        QVERIFY(c.run().out.contains(u"2 done (0 changed)"_qs));
    }
    void fragmentsConcatenateFilesAndDirectories()
    {
        ConformanceCase c;
        c.write(u"head"_qs, "head\n");
        for (const char *name : {"3", "1", "5", "2", "4"})
            c.write(u"parts/"_qs + QLatin1String(name), QByteArray(name) + '\n');
        c.writeGraph(oneFile(u"    path: @DIR@/out\n    fragments:\n    - @DIR@/head\n"
                             u"    - @DIR@/parts/\n    state: exists\n"_qs));
        QCOMPARE(c.run().exitCode, 0);
        QCOMPARE(c.read(u"out"_qs), QByteArray("head\n1\n2\n3\n4\n5\n"));
    }
    void symlinkPointsAtTheSource()
    {
        ConformanceCase c;
        c.writeGraph(oneFile(u"    path: @DIR@/link\n    source: /etc/hostname\n"
                             u"    symlink: true\n    state: exists\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[f1]: symlink -> /etc/hostname\n"_qs), qPrintable(r.out));
        QVERIFY(S_ISLNK(c.status(u"link"_qs).st_mode));
        QCOMPARE(QFileInfo(c.path(u"link"_qs)).symLinkTarget(), u"/etc/hostname"_qs);
    }
    void stateAbsentRemoves()
    {
        ConformanceCase c;
        c.write(u"gone"_qs, "x");
        c.writeGraph(oneFile(u"    path: @DIR@/gone\n    state: absent\n"_qs));
        const CliResult r = c.run();
        QVERIFY2(r.out.contains(u"File[f1]: removed\n"_qs), qPrintable(r.out));
        QCOMPARE(c.mode(u"gone"_qs), -1);
    }
    /// The log tells what was done: a file that could not be written is not "created", and a
    /// file that could not be removed is not "removed".
    void aChangeThatFailedIsNotLoggedAsMade()
    {
        ConformanceCase c;
        c.writeGraph(oneFile(
            u"    path: @DIR@/missing/f\n    content: \"i am f1\\n\"\n    state: exists\n"_qs));
        CliResult r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"File[f1]: cannot create %1: No such file or directory\n"_qs.arg(
                     c.path(u"missing/f"_qs))),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"File[f1]: created"_qs), qPrintable(r.out));

        c.write(u"full/x"_qs, "x");
        c.writeGraph(oneFile(u"    path: @DIR@/full/\n    state: absent\n"_qs));
        r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"File[f1]: cannot remove directory"_qs), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"File[f1]: removed"_qs), qPrintable(r.out));
    }
    void withoutStateNothingIsCreated()
    {
        ConformanceCase c;
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    content: x\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"File[f1]: %1 does not exist, and without state: exists it is "
                                u"not created"_qs.arg(c.path(u"f"_qs))),
                 qPrintable(r.out));
        QCOMPARE(c.mode(u"f"_qs), -1);
        c.write(u"f"_qs, "old");
        QCOMPARE(c.run().exitCode, 0);
        QCOMPARE(c.read(u"f"_qs), QByteArray("x"));
    }
    void modeOctal()
    {
        ConformanceCase c;
        c.write(u"f"_qs, "x");
        QCOMPARE(chmod(QFile::encodeName(c.path(u"f"_qs)).constData(), 0644), 0);
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    mode: \"0600\"\n"_qs));
        const CliResult r = c.run();
        QVERIFY2(r.out.contains(u"File[f1]: mode 0644 -> 0600\n"_qs), qPrintable(r.out));
        QCOMPARE(c.mode(u"f"_qs), 0600);
    }
    void modeSymbolic()
    {
        ConformanceCase c;
        c.write(u"f"_qs, "x");
        QCOMPARE(chmod(QFile::encodeName(c.path(u"f"_qs)).constData(), 0777), 0);
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    mode: u=rw,go=r\n"_qs));
        const CliResult r = c.run();
        QVERIFY2(r.out.contains(u"File[f1]: mode 0777 -> 0644\n"_qs), qPrintable(r.out));
        QCOMPARE(c.mode(u"f"_qs), 0644);
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    mode: u+x\n"_qs));
        const CliResult refused = c.run();
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"file/f1: mode must be octal, like 0644, or symbolic, like "
                                      u"u=rw,go=r, not u+x: only = assignments are accepted, as "
                                      u"in mgmt"_qs),
                 qPrintable(refused.err));
    }
    void ownerByName()
    {
        checkOwnership(u"owner: nobody"_qs, u"owner root -> nobody"_qs, 65534, 0);
    }
    void ownerByNumber() { checkOwnership(u"owner: 1"_qs, u"owner root -> 1"_qs, 1, 0); }
    void group() { checkOwnership(u"group: \"65534\""_qs, u"group root -> 65534"_qs, 0, 65534); }
    void anotherOwnerIsRefusedWhenNotRoot()
    {
        CONVERGE_REQUIRE_ROOT(); // to become someone else
        ConformanceCase c;
        QCOMPARE(chmod(QFile::encodeName(c.path()).constData(), 0777), 0);
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    owner: root\n    state: exists\n"_qs));
        QProcess p;
        p.start(u"setpriv"_qs, {u"--reuid=65534"_qs, u"--regid=65534"_qs, u"--clear-groups"_qs,
                                QStringLiteral(CONVERGE_BINARY_DIR "/app/converge"), u"run"_qs,
                                c.path(u"graph.yaml"_qs)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError())
                     .contains(u"file/f1: owner root can only be set by root; Converge runs as "
                               u"uid 65534"_qs),
                 "");
        QCOMPARE(c.mode(u"f"_qs), -1);
    }
    void recurseMakesTheParents()
    {
        ConformanceCase c;
        c.writeGraph(oneFile(u"    path: @DIR@/a/b/c/\n    recurse: true\n    state: exists\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY(S_ISDIR(c.status(u"a/b/c"_qs).st_mode));
    }
    void forceReplacesADirectoryByAFile()
    {
        ConformanceCase c;
        c.write(u"f/inside"_qs, "x");
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    content: file\n    state: exists\n"_qs));
        CliResult r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"is a directory; force: true replaces it by a file"_qs),
                 qPrintable(r.out));
        c.writeGraph(oneFile(
            u"    path: @DIR@/f\n    content: file\n    force: true\n    state: exists\n"_qs));
        r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"File[f1]: removed directory (force)\n"_qs), qPrintable(r.out));
        QCOMPARE(c.read(u"f"_qs), QByteArray("file"));
    }
    void dirnameAndBasenameReplaceThePathsParts()
    {
        ConformanceCase c;
        c.writeGraph(oneFile(u"    path: /nowhere/original\n    dirname: @DIR@/\n"
                             u"    basename: renamed\n    content: x\n    state: exists\n"_qs));
        QCOMPARE(c.run().exitCode, 0);
        QCOMPARE(c.read(u"renamed"_qs), QByteArray("x"));
    }
    void rewriteKeepsInodeOwnerModeAndHardLinks()
    {
        ConformanceCase c;
        c.write(u"f"_qs, "old and longer content\n");
        const QByteArray f = QFile::encodeName(c.path(u"f"_qs));
        // Read-only stays read-only; only root may write a 0444 file, as under mgmt.
        const unsigned readOnly = geteuid() == 0 ? 0444 : 0604;
        QCOMPARE(chmod(f.constData(), readOnly), 0);
        QCOMPARE(link(f.constData(), QFile::encodeName(c.path(u"twin"_qs)).constData()), 0);
        if (geteuid() == 0)
            QCOMPARE(chown(f.constData(), 65534, 65534), 0);
        const struct stat before = c.status(u"f"_qs);
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    content: new\n"_qs));
        const CliResult r = c.run();
        QVERIFY2(r.out.contains(u"File[f1]: content differs\n"_qs), qPrintable(r.out));
        const struct stat after = c.status(u"f"_qs);
        QCOMPARE(c.read(u"f"_qs), QByteArray("new"));
        QCOMPARE(c.read(u"twin"_qs), QByteArray("new"));
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_nlink, nlink_t(2));
        QCOMPARE(after.st_mode & 07777, readOnly);
        QCOMPARE(after.st_uid, before.st_uid);
    }
    void noopReportsEveryChangeAndTouchesNothing()
    {
        ConformanceCase c;
        c.write(u"src/a"_qs, "a");
        c.write(u"dst/old"_qs, "o");
        c.write(u"f"_qs, "old");
        c.writeGraph(u"graph: g\nresources:\n  file:\n  - name: f1\n    path: @DIR@/f\n"
                     u"    content: new\n    mode: \"0600\"\n  - name: tree\n"
                     u"    path: @DIR@/dst/\n    source: @DIR@/src/\n    recurse: true\n"
                     u"    state: exists\n  - name: gone\n    path: @DIR@/src/a\n"
                     u"    state: absent\n"_qs);
        const QStringList before = fingerprint(c.path());
        const CliResult r = c.run({u"--noop"_qs});
        QCOMPARE(fingerprint(c.path()), before);
        for (const QString &line :
             {u"File[f1]: content differs"_qs, u"File[f1]: mode 0644 -> 0600"_qs,
              u"File[tree]: created: %1"_qs.arg(c.path(u"dst/a"_qs)),
              u"File[tree]: removed: %1"_qs.arg(c.path(u"dst/old"_qs)), u"File[gone]: removed"_qs})
            QVERIFY2(r.out.contains(line + u" (noop: not done)\n"_qs),
                     qPrintable(line + u"\n\n"_qs + r.out));
    }
    void refusesToFollowAnotherUsersLinkInAStickyDirectory()
    {
        CONVERGE_REQUIRE_ROOT();
        ConformanceCase c;
        QVERIFY(QDir().mkpath(c.path(u"tmp"_qs)));
        QCOMPARE(chmod(QFile::encodeName(c.path(u"tmp"_qs)).constData(), 01777), 0);
        c.write(u"shadow"_qs, "secret");
        QVERIFY(QFile::link(c.path(u"shadow"_qs), c.path(u"tmp/f"_qs)));
        QCOMPARE(lchown(QFile::encodeName(c.path(u"tmp/f"_qs)).constData(), 65534, 65534), 0);
        c.writeGraph(oneFile(u"    path: @DIR@/tmp/f\n    content: owned\n    mode: \"0666\"\n"
                             u"    state: exists\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"File[f1]: refusing to follow %1: a symlink owned by nobody in "
                                u"the world-writable sticky directory %2, which the kernel's "
                                u"protected_symlinks rule forbids"_qs.arg(c.path(u"tmp/f"_qs),
                                                                          c.path(u"tmp"_qs))),
                 qPrintable(r.out));
        QCOMPARE(c.read(u"shadow"_qs), QByteArray("secret"));
    }
    void mutualExclusionsAreRefusedBeforeTheRun()
    {
        ConformanceCase c;
        c.writeGraph(oneFile(u"    path: @DIR@/f\n    content: x\n    source: /etc/hostname\n"_qs));
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"graph.yaml:4:5: error: file/f1: only one of content, source and "
                                u"fragments can be given"_qs),
                 qPrintable(r.err));
        QCOMPARE(c.mode(u"f"_qs), -1);
    }
};

QTEST_GUILESS_MAIN(TestConformanceFile)
#include "tst_conformance_file.moc"
