#include "fakecheckapplycontext.h"
#include "model/resource.h"
#include "resources/fileresource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace converge;

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
        QCOMPARE(apply(file(path, {{u"content", u"new"_qs}})), Outcome::Changed);
        QCOMPARE(contents(path), QByteArray("new"));
    }
    void setsModeAndKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m"_qs);
        const Resource r = file(path, {{u"content", u"x"_qs}, {u"mode", u"0640"_qs}});
        QCOMPARE(apply(r), Outcome::Changed);
        QCOMPARE(mode(path), 0640u);
        QCOMPARE(apply(r), Outcome::Converged);
        QCOMPARE(apply(file(path, {{u"content", u"x"_qs}, {u"mode", u"0600"_qs}})),
                 Outcome::Changed);
        QCOMPARE(mode(path), 0600u);
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
        QCOMPARE(apply(file(path, {})), Outcome::Changed);
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(apply(file(path, {})), Outcome::Converged);
        QCOMPARE(apply(file(path, {{u"state", u"absent"_qs}})), Outcome::Changed);
        QVERIFY(!QFileInfo::exists(path));
    }
    void noopChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"n"_qs);
        QCOMPARE(apply(file(path, {{u"content", u"x"_qs}, {u"mode", u"0600"_qs}}), false),
                 Outcome::Changed);
        QVERIFY(!QFile::exists(path));
        QFile(path).open(QIODevice::WriteOnly);
        QCOMPARE(apply(file(path, {{u"state", u"absent"_qs}}), false), Outcome::Changed);
        QVERIFY(QFile::exists(path));
    }
    void missingParentFails()
    {
        QTemporaryDir dir;
        QCOMPARE(apply(file(dir.filePath(u"no/such/f"_qs), {{u"content", u"x"_qs}})),
                 Outcome::Failed);
    }
    void failuresNameTheOperationThePathAndTheCause()
    {
        // Root ignores permissions, so these are the failures anyone can run into.
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain"_qs);
        QVERIFY(QFile(plain).open(QIODevice::WriteOnly));
        QCOMPARE(failure(file(plain + u"/sub/"_qs, {})),
                 u"cannot create directory %1/sub/: Not a directory"_qs.arg(plain));
        QCOMPARE(failure(file(dir.filePath(u"no/such/"_qs), {})),
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
    void refusesBadParameters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("mode") << u"mode"_qs << u"rw-r--r--"_qs
                              << u"g.yaml:3:4: error: file/f: mode must be octal, like 0644, not "
                                 u"rw-r--r--"_qs;
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
        Resource r = file(u"/tmp/x"_qs, {});
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
