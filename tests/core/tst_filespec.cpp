#include "model/resource.h"
#include "resources/filespec.h"

#include <QTest>

#include <unistd.h>

using namespace converge;

namespace {

/// A file resource from "key=value" pairs; "fragments" takes a list split at commas.
Resource file(const QStringList &params)
{
    Resource r;
    r.kind = u"file"_qs;
    r.name = u"f"_qs;
    for (const QString &param : params) {
        const QString key = param.section(u'=', 0, 0);
        const QString value = param.section(u'=', 1);
        if (key == u"fragments") {
            Value list = Value::list();
            for (const QString &item : value.split(u','))
                list.append(Value::scalar(item));
            r.params.insert(key, list);
        } else {
            r.params.insert(key, Value::scalar(value));
        }
    }
    return r;
}

} // namespace

/// FileSpec applies every rule of mgmt's FileRes.Validate, and the path rules of getPath().
class TestFileSpec : public QObject
{
    Q_OBJECT
private slots:
    void splitsThePathAsMgmt_data()
    {
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QString>("path");
        QTest::newRow("name") << QStringList{} << u"f"_qs;
        QTest::newRow("path") << QStringList{u"path=/a/b"_qs} << u"/a/b"_qs;
        QTest::newRow("dirname") << QStringList{u"path=/a/b"_qs, u"dirname=/x/"_qs} << u"/x/b"_qs;
        QTest::newRow("basename") << QStringList{u"path=/a/b"_qs, u"basename=c"_qs} << u"/a/c"_qs;
        QTest::newRow("both") << QStringList{u"path=/a/b"_qs, u"dirname=/x/"_qs, u"basename=y/"_qs}
                              << u"/x/y/"_qs;
        QTest::newRow("directory keeps its slash")
            << QStringList{u"path=/a/b/"_qs, u"dirname=/x/"_qs} << u"/x/b/"_qs;
        QTest::newRow("cleaned") << QStringList{u"path=/a//b/./c"_qs, u"basename=d"_qs}
                                 << u"/a/b/d"_qs;
    }
    void splitsThePathAsMgmt()
    {
        QFETCH(QStringList, params);
        QFETCH(QString, path);
        QCOMPARE(FileSpec::managedPath(file(params)), path);
    }
    void refusesWhatMgmtValidateRefuses_data()
    {
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative") << QStringList{u"path=tmp/x"_qs}
                                  << u"path must be absolute: tmp/x"_qs;
        QTest::newRow("dirname slash") << QStringList{u"path=/a/b"_qs, u"dirname=/x"_qs}
                                       << u"dirname must end with a slash: /x"_qs;
        QTest::newRow("basename slash") << QStringList{u"path=/a/b"_qs, u"basename=/c"_qs}
                                        << u"basename must not start with a slash: /c"_qs;
        QTest::newRow("state") << QStringList{u"path=/a"_qs, u"state=present"_qs}
                               << u"state must be exists or absent, not present"_qs;
        QTest::newRow("content and source")
            << QStringList{u"path=/a"_qs, u"content=x"_qs, u"source=/b"_qs}
            << u"only one of content, source and fragments can be given"_qs;
        QTest::newRow("source and fragments")
            << QStringList{u"path=/a"_qs, u"source=/b"_qs, u"fragments=/c"_qs}
            << u"only one of content, source and fragments can be given"_qs;
        QTest::newRow("symlink without source")
            << QStringList{u"path=/a"_qs, u"symlink=true"_qs, u"state=exists"_qs}
            << u"symlink needs a source to point to"_qs;
        QTest::newRow("absent with content")
            << QStringList{u"path=/a"_qs, u"content=x"_qs, u"state=absent"_qs}
            << u"content, source and fragments cannot be given with state: absent"_qs;
        QTest::newRow("file from directory")
            << QStringList{u"path=/a"_qs, u"source=/b/"_qs}
            << u"path and source must both be directories (ending in /) or both not"_qs;
        QTest::newRow("relative source")
            << QStringList{u"path=/a"_qs, u"source=b"_qs} << u"source must be absolute: b"_qs;
        QTest::newRow("directory content")
            << QStringList{u"path=/a/"_qs, u"content=x"_qs}
            << u"a directory (path ending in /) cannot have content, fragments or symlink"_qs;
        QTest::newRow("source directory without recurse")
            << QStringList{u"path=/a/"_qs, u"source=/b/"_qs}
            << u"a source directory is copied only with recurse: true"_qs;
        QTest::newRow("purge without recurse")
            << QStringList{u"path=/a/"_qs, u"purge=true"_qs} << u"purge needs recurse: true"_qs;
        QTest::newRow("recurse for a file")
            << QStringList{u"path=/a"_qs, u"source=/b"_qs, u"recurse=true"_qs}
            << u"recurse cannot be used to copy a single file"_qs;
        QTest::newRow("relative fragment") << QStringList{u"path=/a"_qs, u"fragments=/b,c"_qs}
                                           << u"fragment must be absolute: c"_qs;
        QTest::newRow("inside a fragment") << QStringList{u"path=/d/a"_qs, u"fragments=/d/"_qs}
                                           << u"the path is inside its own fragment /d/"_qs;
        QTest::newRow("purge with content")
            << QStringList{u"path=/a/"_qs, u"purge=true"_qs, u"recurse=true"_qs, u"content=x"_qs}
            << u"a directory (path ending in /) cannot have content, fragments or symlink"_qs;
        QTest::newRow("purge with fragments on a file")
            << QStringList{u"path=/a"_qs, u"purge=true"_qs, u"recurse=true"_qs, u"fragments=/b"_qs}
            << u"purge cannot be combined with content or fragments"_qs;
        QTest::newRow("symlink with content")
            << QStringList{u"path=/a"_qs, u"symlink=true"_qs, u"content=x"_qs}
            << u"symlink cannot be combined with content or fragments"_qs;
        QTest::newRow("symlink with recurse")
            << QStringList{u"path=/a"_qs, u"symlink=true"_qs, u"source=/b"_qs, u"recurse=true"_qs}
            << u"symlink cannot be combined with recurse or purge"_qs;
        QTest::newRow("symlink with mode")
            << QStringList{u"path=/a"_qs, u"symlink=true"_qs, u"source=/b"_qs, u"mode=0644"_qs}
            << u"mode cannot be set on a symlink: a link has no mode of its own"_qs;
        QTest::newRow("mode") << QStringList{u"path=/a"_qs, u"mode=u+x"_qs}
                              << u"mode must be octal, like 0644, or symbolic, like u=rw,go=r, "
                                 u"not u+x: only = assignments are accepted, as in mgmt"_qs;
        QTest::newRow("owner") << QStringList{u"path=/a"_qs, u"owner=no-such-user-xyz"_qs}
                               << u"owner: unknown user no-such-user-xyz"_qs;
        QTest::newRow("group") << QStringList{u"path=/a"_qs, u"group=no-such-group-xyz"_qs}
                               << u"group: unknown group no-such-group-xyz"_qs;
        QTest::newRow("selinux") << QStringList{u"path=/a"_qs,
                                                u"selinux=system_u:object_r:tmp_t"_qs}
                                 << u"selinux contexts are not supported by Converge"_qs;
        QTest::newRow("nul") << QStringList{u"path=/a"_qs + QChar(0) + u"b"_qs}
                             << u"a path cannot contain a NUL byte: /a"_qs + QChar(0) + u"b"_qs;
    }
    void refusesWhatMgmtValidateRefuses()
    {
        QFETCH(QStringList, params);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!FileSpec::read(file(params), &error));
        QCOMPARE(error, message);
    }
    void acceptsWhatMgmtAccepts()
    {
        QString error;
        const QList<QStringList> accepted = {
            {u"path=/a"_qs, u"symlink=true"_qs, u"source=relative/target"_qs, u"state=exists"_qs},
            {u"path=/a/"_qs, u"source=/b/"_qs, u"recurse=true"_qs, u"purge=true"_qs},
            {u"path=/a"_qs, u"fragments=/b/,/c"_qs},
            {u"path=/a"_qs, u"symlink=true"_qs, u"state=absent"_qs},
            {u"path=/a"_qs, u"mode=u=rw,go=r"_qs, u"owner=0"_qs, u"group=root"_qs},
        };
        for (const QStringList &params : accepted) {
            if (geteuid() != 0 && params.contains(u"owner=0"_qs))
                continue;
            QVERIFY2(FileSpec::read(file(params), &error), qPrintable(error));
        }
    }
    void notRootCannotGiveFilesAway()
    {
        if (geteuid() == 0)
            QSKIP("root may give files to anyone; the refusal is for other users");
        QString error;
        QVERIFY(!FileSpec::read(file({u"path=/a"_qs, u"owner=root"_qs}), &error));
        QCOMPARE(error,
                 u"owner root can only be set by root; Converge runs as uid %1"_qs.arg(geteuid()));
    }
};

QTEST_GUILESS_MAIN(TestFileSpec)
#include "tst_filespec.moc"
