#include "filetesting.h"
#include "resources/directorysync.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace converge;
using namespace converge::testing;

namespace {

const FileContentSync::Report ignore = [](const QString &) {
};

using Outcome = CheckApplyResult::Outcome;

} // namespace

/// DirectorySync copies a tree as mgmt's syncCheckApply: new directories and files made,
/// changed files rewritten, extras removed unless another resource manages them.
class TestDirectorySync : public QObject
{
    Q_OBJECT
private slots:
    void mirrorsTheSourceAndReportsEachPath()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(u"src/"_qs);
        const QString dst = dir.filePath(u"dst/"_qs);
        QVERIFY(writeFile(src + u"a"_qs, "a"));
        QVERIFY(writeFile(src + u"sub/b"_qs, "b"));
        QVERIFY(writeFile(dst + u"a"_qs, "old"));
        QVERIFY(writeFile(dst + u"extra/x"_qs, "x"));
        QStringList lines;
        DirectorySync sync({}, [&](const QString &line) { lines.append(line); });
        QCOMPARE(sync.run(src, dst).outcome, Outcome::Changed);
        QCOMPARE(lines, (QStringList{u"content differs: "_qs + dst + u"a"_qs,
                                     u"created: "_qs + dst + u"sub/"_qs,
                                     u"created: "_qs + dst + u"sub/b"_qs,
                                     u"removed: "_qs + dst + u"extra/"_qs}));
        QCOMPARE(tree(dst), tree(src));
        QCOMPARE(DirectorySync({}, ignore).run(src, dst).outcome, Outcome::Converged);
    }
    void noopReportsTheSameAndTouchesNothing()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(u"src/"_qs);
        const QString dst = dir.filePath(u"dst/"_qs);
        QVERIFY(writeFile(src + u"new/deep/file"_qs, "n"));
        QVERIFY(writeFile(dst + u"gone"_qs, "g"));
        const QStringList before = tree(dst);
        QStringList lines;
        DirectorySync::Options noop;
        noop.apply = false;
        DirectorySync sync(noop, [&](const QString &line) { lines.append(line); });
        QCOMPARE(sync.run(src, dst).outcome, Outcome::Changed);
        QCOMPARE(lines, (QStringList{u"created: "_qs + dst + u"new/"_qs,
                                     u"created: "_qs + dst + u"new/deep/"_qs,
                                     u"created: "_qs + dst + u"new/deep/file"_qs,
                                     u"removed: "_qs + dst + u"gone"_qs}));
        QCOMPARE(tree(dst), before);
    }
    void purgeKeepsWhatOtherResourcesManage()
    {
        QTemporaryDir dir;
        const QString dst = dir.filePath(u"dst/"_qs);
        QVERIFY(writeFile(dst + u"unmanaged"_qs, "u"));
        QVERIFY(writeFile(dst + u"kept"_qs, "k"));
        QVERIFY(writeFile(dst + u"nested/kept"_qs, "n"));
        DirectorySync::Options options;
        options.excludes = {dst + u"kept"_qs, dst + u"nested/kept"_qs};
        QCOMPARE(DirectorySync(options, ignore).run({}, dst).outcome, Outcome::Changed);
        QCOMPARE(tree(dst), (QStringList{u"kept=k"_qs, u"nested/"_qs, u"nested/kept=n"_qs}));
    }
    void longReportsAreSummarised()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(u"src/"_qs);
        for (int i = 0; i < 25; ++i)
            QVERIFY(writeFile(src + QString::number(100 + i), "x"));
        QStringList lines;
        DirectorySync::Options options;
        options.lineLimit = 20;
        DirectorySync sync(options, [&](const QString &line) { lines.append(line); });
        QVERIFY(QDir().mkpath(dir.filePath(u"dst"_qs)));
        QCOMPARE(sync.run(src, dir.filePath(u"dst/"_qs)).outcome, Outcome::Changed);
        sync.finish();
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.last(), u"5 more change(s) not listed"_qs);
    }
    void replacingAFileByADirectoryNeedsForce()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(u"src/"_qs);
        const QString dst = dir.filePath(u"dst/"_qs);
        QVERIFY(writeFile(src + u"d/f"_qs, "f"));
        QVERIFY(writeFile(dst + u"d"_qs, "a file"));
        QCOMPARE(DirectorySync({}, ignore).run(src, dst).error,
                 dst + u"d is not a directory; force: true replaces it"_qs);
        DirectorySync::Options force;
        force.force = true;
        QCOMPARE(DirectorySync(force, ignore).run(src, dst).outcome, Outcome::Changed);
        QCOMPARE(tree(dst), tree(src));
    }
    void aMissingSourceRemovesNothing()
    {
        QTemporaryDir dir;
        const QString dst = dir.filePath(u"dst/"_qs);
        QVERIFY(writeFile(dst + u"precious"_qs, "p"));
        QCOMPARE(DirectorySync({}, ignore).run(dir.filePath(u"typo/"_qs), dst).error,
                 u"cannot read source directory %1: No such file or directory"_qs.arg(
                     dir.filePath(u"typo/"_qs)));
        QCOMPARE(tree(dst), QStringList{u"precious=p"_qs});
    }
};

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
