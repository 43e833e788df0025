#include "fakecheckapplycontext.h"
#include "filetesting.h"
#include "model/graph.h"
#include "model/resource.h"
#include "resources/fileresource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace converge;
using namespace converge::testing;

namespace {

Resource file(const QString &path,
              std::initializer_list<std::pair<const char16_t *, QString>> params)
{
    Resource r;
    r.kind = u"file"_qs;
    r.name = u"f"_qs;
    r.params.insert(u"path"_qs, Value::scalar(path));
    for (const auto &[key, value] : params)
        r.params.insert(QString::fromUtf16(key), Value::scalar(value));
    return r;
}

CheckApplyResult::Outcome apply(const Resource &r, bool really = true)
{
    Diagnostics diagnostics;
    auto f = FileResource::create(r, {}, &diagnostics);
    if (!f)
        return CheckApplyResult::Outcome::Cancelled; // never returned by a file: marks "refused"
    FakeCheckApplyContext context;
    return f->checkApply(really, context).outcome;
}

/// The lines a check/apply reported, then its outcome as "=changed", "=converged" or the error.
QStringList run(const Resource &r, bool really = true)
{
    Diagnostics diagnostics;
    auto f = FileResource::create(r, {}, &diagnostics);
    if (!f)
        return {u"refused: "_qs + diagnostics.value(0).message};
    FakeCheckApplyContext context;
    const CheckApplyResult result = f->checkApply(really, context);
    QStringList lines = context.messages;
    lines.append(result.outcome == CheckApplyResult::Outcome::Changed     ? u"=changed"_qs
                 : result.outcome == CheckApplyResult::Outcome::Converged ? u"=converged"_qs
                                                                          : result.error);
    return lines;
}

/// The message a failed apply reports; empty when it did not fail.
QString failure(const Resource &r)
{
    Diagnostics diagnostics;
    auto f = FileResource::create(r, {}, &diagnostics);
    FakeCheckApplyContext context;
    const CheckApplyResult result = f->checkApply(true, context);
    return result.outcome == CheckApplyResult::Outcome::Failed ? result.error : QString();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

unsigned mode(const QString &path)
{
    struct stat st;
    return stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

using Outcome = CheckApplyResult::Outcome;

} // namespace

class TestFileResource : public QObject
{
    Q_OBJECT
private slots:
    void writesContentThenFindsItConverged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f1"_qs);
        const Resource r = file(path, {{u"content", u"i am f1\n"_qs}, {u"state", u"exists"_qs}});
        QCOMPARE(apply(r), Outcome::Changed);
        QCOMPARE(contents(path), QByteArray("i am f1\n"));
        QCOMPARE(apply(r), Outcome::Converged);
    }
    void rewritesDifferentContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f1"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old and longer");
        f.close();
        QCOMPARE(run(file(path, {{u"content", u"new"_qs}})),
                 (QStringList{u"content differs"_qs, u"=changed"_qs}));
        QCOMPARE(contents(path), QByteArray("new"));
    }
    void setsModeAndKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m"_qs);
        const Resource r =
            file(path, {{u"content", u"x"_qs}, {u"mode", u"0640"_qs}, {u"state", u"exists"_qs}});
        QCOMPARE(apply(r), Outcome::Changed);
        QCOMPARE(mode(path), 0640u);
        QCOMPARE(apply(r), Outcome::Converged);
        QCOMPARE(run(file(path, {{u"mode", u"0600"_qs}})),
                 (QStringList{u"mode 0640 -> 0600"_qs, u"=changed"_qs}));
        QCOMPARE(mode(path), 0600u);
        QCOMPARE(run(file(path, {{u"mode", u"go=r"_qs}})),
                 (QStringList{u"mode 0600 -> 0644"_qs, u"=changed"_qs}));
    }
    void removesWhenAbsent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gone"_qs);
        QFile(path).open(QIODevice::WriteOnly);
        const Resource r = file(path, {{u"state", u"absent"_qs}});
        QCOMPARE(apply(r), Outcome::Changed);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(apply(r), Outcome::Converged);
    }
    void trailingSlashMeansDirectory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/"_qs);
        const Resource r = file(path, {{u"state", u"exists"_qs}});
        QCOMPARE(apply(r), Outcome::Changed);
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(apply(r), Outcome::Converged);
        QCOMPARE(apply(file(path, {{u"state", u"absent"_qs}})), Outcome::Changed);
        QVERIFY(!QFileInfo::exists(path));
    }
    void noopChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"n"_qs);
        QCOMPARE(run(file(path,
                          {{u"content", u"x"_qs}, {u"mode", u"0600"_qs}, {u"state", u"exists"_qs}}),
                     false),
                 (QStringList{u"created (noop: not done)"_qs, u"=changed"_qs}));
        QVERIFY(!QFile::exists(path));
        QFile(path).open(QIODevice::WriteOnly);
        QCOMPARE(apply(file(path, {{u"state", u"absent"_qs}}), false), Outcome::Changed);
        QVERIFY(QFile::exists(path));
    }
    void missingParentFails()
    {
        QTemporaryDir dir;
        QCOMPARE(apply(file(dir.filePath(u"no/such/f"_qs),
                            {{u"content", u"x"_qs}, {u"state", u"exists"_qs}})),
                 Outcome::Failed);
    }
    void failuresNameTheOperationThePathAndTheCause()
    {
        // Root ignores permissions, so these are the failures anyone can run into.
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain"_qs);
        QVERIFY(QFile(plain).open(QIODevice::WriteOnly));
        const std::initializer_list<std::pair<const char16_t *, QString>> exists = {
            {u"state", u"exists"_qs}};
        QCOMPARE(failure(file(plain + u"/sub/"_qs, exists)),
                 u"cannot stat %1/sub/: Not a directory"_qs.arg(plain));
        QCOMPARE(failure(file(dir.filePath(u"no/such/"_qs), exists)),
                 u"cannot create directory %1: No such file or directory"_qs.arg(
                     dir.filePath(u"no/such/"_qs)));
        const QString full = dir.filePath(u"full/"_qs);
        QVERIFY(QDir().mkpath(full + u"inside"_qs));
        QCOMPARE(failure(file(full, {{u"state", u"absent"_qs}})),
                 u"cannot remove directory %1: Directory not empty"_qs.arg(full));
        QVERIFY(QFileInfo(full).isDir());
        QVERIFY(QFile::exists(plain));
    }
    void recurseRemovesTheTreeButNotWhatLinksPointTo()
    {
        QTemporaryDir dir;
        const QString kept = dir.filePath(u"kept"_qs);
        QVERIFY(QDir().mkpath(kept));
        QVERIFY(QFile(kept + u"/file"_qs).open(QIODevice::WriteOnly));
        const QString tree = dir.filePath(u"tree/"_qs);
        QVERIFY(QDir().mkpath(tree + u"a/b"_qs));
        QVERIFY(QFile(tree + u"a/b/leaf"_qs).open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(kept, tree + u"a/link"_qs));
        QCOMPARE(failure(file(tree, {{u"state", u"absent"_qs}, {u"recurse", u"true"_qs}})),
                 QString());
        QVERIFY(!QFileInfo::exists(tree));
        QVERIFY(QFile::exists(kept + u"/file"_qs));
    }
    void withoutStateNothingIsCreatedOrRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        QCOMPARE(run(file(path, {{u"content", u"x"_qs}})),
                 QStringList{path + u" does not exist, and without state: exists it is not "
                                    u"created"_qs});
        QVERIFY(!QFile::exists(path));
        QCOMPARE(run(file(dir.filePath(u"d/"_qs), {})), QStringList{u"=converged"_qs});
        QVERIFY(!QFileInfo::exists(dir.filePath(u"d"_qs)));
    }
    void symlinkPointsAtTheSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"link"_qs);
        const Resource r = file(
            path, {{u"symlink", u"true"_qs}, {u"source", u"target"_qs}, {u"state", u"exists"_qs}});
        QCOMPARE(run(r), (QStringList{u"symlink -> target"_qs, u"=changed"_qs}));
        QCOMPARE(QFileInfo(path).symLinkTarget(), dir.filePath(u"target"_qs));
        QCOMPARE(run(r), QStringList{u"=converged"_qs});
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        QCOMPARE(run(r), QStringList{path + u" exists and is not a symlink; force: true replaces "
                                            u"it"_qs});
        Resource forced = r;
        forced.params.insert(u"force"_qs, Value::scalar(u"true"_qs));
        QCOMPARE(run(forced),
                 (QStringList{u"removed"_qs, u"symlink -> target"_qs, u"=changed"_qs}));
        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(run(file(path, {{u"symlink", u"true"_qs}, {u"state", u"absent"_qs}})),
                 (QStringList{u"removed"_qs, u"=changed"_qs}));
        QVERIFY(!QFileInfo(path).isSymLink());
    }
    void recurseMakesTheParents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/"_qs);
        QCOMPARE(
            run(file(path,
                     {{u"state", u"exists"_qs}, {u"recurse", u"true"_qs}, {u"mode", u"0700"_qs}})),
            (QStringList{u"created"_qs, u"=changed"_qs}));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(mode(path), 0700u);
    }
    void forceReplacesAFileByADirectory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d/"_qs);
        QVERIFY(QFile(dir.filePath(u"d"_qs)).open(QIODevice::WriteOnly));
        QCOMPARE(run(file(path, {{u"state", u"exists"_qs}})),
                 QStringList{path + u" exists and is not a directory; force: true replaces it"_qs});
        QCOMPARE(run(file(path, {{u"state", u"exists"_qs}, {u"force", u"true"_qs}})),
                 (QStringList{u"removed file (force)"_qs, u"created"_qs, u"=changed"_qs}));
        QVERIFY(QFileInfo(path).isDir());
    }
    void ownerAndGroupChangeAndAreReported()
    {
        if (geteuid() != 0)
            QSKIP("changing an owner needs root");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        QCOMPARE(run(file(path, {{u"owner", u"1"_qs}, {u"group", u"nogroup"_qs}})),
                 (QStringList{u"owner root -> 1"_qs, u"group root -> nogroup"_qs, u"=changed"_qs}));
        struct stat st;
        QVERIFY(stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_uid, 1u);
        QCOMPARE(st.st_gid, 65534u);
        QCOMPARE(run(file(path, {{u"owner", u"daemon"_qs}})), QStringList{u"=converged"_qs});
    }
    void purgeKeepsTheGraphsOtherFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"root/"_qs);
        QVERIFY(QDir().mkpath(root + u"managed"_qs));
        QVERIFY(QFile(root + u"managed/f"_qs).open(QIODevice::WriteOnly));
        QVERIFY(QFile(root + u"stray"_qs).open(QIODevice::WriteOnly));
        Graph graph;
        Resource purge = file(
            root, {{u"state", u"exists"_qs}, {u"recurse", u"true"_qs}, {u"purge", u"true"_qs}});
        Resource managed = file(root + u"managed/f"_qs, {});
        managed.name = u"g"_qs;
        graph.addResource(purge);
        graph.addResource(managed);
        Diagnostics diagnostics;
        auto f = FileResource::create(purge, {}, &diagnostics);
        f->prepare(graph, purge);
        FakeCheckApplyContext context;
        QCOMPARE(f->checkApply(true, context).outcome, Outcome::Changed);
        QCOMPARE(context.messages, QStringList{u"removed: "_qs + root + u"stray"_qs});
        QVERIFY(QFile::exists(root + u"managed/f"_qs));
    }
    void refusesAnotherUsersLinkForModeAndOwner()
    {
        if (geteuid() != 0)
            QSKIP("planting a link owned by another user needs root");
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"victim"_qs);
        QVERIFY(QFile(victim).open(QIODevice::WriteOnly));
        QVERIFY(chmod(QFile::encodeName(victim).constData(), 0600) == 0);
        const QString path = plantForeignSymlink(dir.path(), victim);
        QVERIFY(!path.isEmpty());
        QVERIFY(run(file(path, {{u"mode", u"0666"_qs}}))
                    .value(0)
                    .startsWith(u"refusing to follow "_qs + path));
        QVERIFY(run(file(path, {{u"state", u"exists"_qs}}))
                    .value(0)
                    .startsWith(u"refusing to follow "_qs + path));
        QCOMPARE(mode(victim), 0600u);
    }
    void refusesBadParameters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("mode") << u"mode"_qs << u"rw-r--r--"_qs
                              << u"g.yaml:3:4: error: file/f: mode must be octal, like 0644, or "
                                 u"symbolic, like u=rw,go=r, not rw-r--r--: only = assignments "
                                 u"are accepted, as in mgmt"_qs;
        QTest::newRow("content and source")
            << u"source"_qs << u"/etc/hostname"_qs
            << u"g.yaml:3:4: error: file/f: only one of content, source and fragments can be "
               u"given"_qs;
        QTest::newRow("state") << u"state"_qs << u"present"_qs
                               << u"g.yaml:3:4: error: file/f: state must be exists or absent, "
                                  u"not present"_qs;
        QTest::newRow("relative") << u"path"_qs << u"tmp/x"_qs
                                  << u"g.yaml:3:4: error: file/f: path must be absolute: tmp/x"_qs;
    }
    void refusesBadParameters()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Resource r = file(u"/tmp/x"_qs, {{u"content", u"x"_qs}});
        r.params.insert(key, Value::scalar(value));
        r.location = {3, 4};
        Diagnostics diagnostics;
        QVERIFY(!FileResource::create(r, u"g.yaml"_qs, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestFileResource)
#include "tst_fileresource.moc"
