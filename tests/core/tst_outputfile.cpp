#include "formats/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace converge;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct stat lstatOf(const QString &path)
{
    struct stat st = {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void replacesARegularFileKeepingItsMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QVERIFY(OutputFile::save(path, "old", nullptr));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const ino_t before = lstatOf(path).st_ino;
        QString error;
        QVERIFY2(OutputFile::save(path, "new", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(lstatOf(path).st_mode & 07777, mode_t(0640));
        // Replaced, not rewritten: a reader holding the old file keeps a whole old file.
        QVERIFY(lstatOf(path).st_ino != before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"out.txt"_qs});
    }

    void writesThroughASymlinkAndKeepsTheLink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"target.txt"_qs);
        const QString link = dir.filePath(u"link.txt"_qs);
        QVERIFY(OutputFile::save(target, "old", nullptr));
        QVERIFY(QFile::link(target, link));
        QVERIFY(OutputFile::save(link, "new", nullptr));
        QVERIFY(S_ISLNK(lstatOf(link).st_mode));
        QCOMPARE(contents(target), QByteArray("new"));
    }

    void aFifoIsWrittenToNotReplaced()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"events"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A reader first, as a `tail -f` would be: opening for writing then does not block.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QString error;
        QVERIFY2(OutputFile::save(fifo, "line\n", &error), qPrintable(error));
        char buffer[16] = {};
        QCOMPARE(::read(reader, buffer, sizeof buffer), ssize_t(5));
        ::close(reader);
        QCOMPARE(QByteArray(buffer), QByteArray("line\n"));
        QVERIFY(S_ISFIFO(lstatOf(fifo).st_mode));
    }

    void aFullDeviceSaysWhy()
    {
        if (!QFile::exists(u"/dev/full"_qs))
            QSKIP("this system has no /dev/full");
        QString error;
        QVERIFY(!OutputFile::save(u"/dev/full"_qs, "data", &error));
        QCOMPARE(error, u"cannot write /dev/full: No space left on device"_qs);
        QVERIFY(S_ISCHR(lstatOf(u"/dev/full"_qs).st_mode));
    }

    void failuresNameThePathAndTheReasonAndLeaveNothing()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!OutputFile::save(dir.filePath(u"missing/out.txt"_qs), "x", &error));
        QCOMPARE(error, u"cannot create a file in %1: No such file or directory"_qs.arg(
                            dir.filePath(u"missing"_qs)));
        QVERIFY(!OutputFile::save(dir.path(), "x", &error));
        QCOMPARE(error, u"cannot write %1: Is a directory"_qs.arg(dir.path()));
        QVERIFY(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void anUncommittedFileLeavesTheOldOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QVERIFY(OutputFile::save(path, "old", nullptr));
        {
            OutputFile file(path);
            QVERIFY(file.open());
            QVERIFY(file.write("half"));
        }
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"out.txt"_qs});
    }

    void makeFolderCreatesParentsOrSaysWhy()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(OutputFile::makeFolder(dir.filePath(u"a/b/c"_qs), &error));
        QVERIFY(QFileInfo(dir.filePath(u"a/b/c"_qs)).isDir());
        QVERIFY(OutputFile::save(dir.filePath(u"file"_qs), "x", nullptr));
        QVERIFY(!OutputFile::makeFolder(dir.filePath(u"file/sub"_qs), &error));
        QCOMPARE(error,
                 u"cannot create folder %1: Not a directory"_qs.arg(dir.filePath(u"file/sub"_qs)));
    }

    void sameFileSeesThroughLinksAndDots()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph.yaml"_qs);
        QVERIFY(OutputFile::save(path, "g", nullptr));
        QVERIFY(QFile::link(path, dir.filePath(u"link.yaml"_qs)));
        QVERIFY(OutputFile::sameFile(path, dir.filePath(u"link.yaml"_qs)));
        QVERIFY(OutputFile::sameFile(path, dir.path() + u"/./../"_qs + QDir(dir.path()).dirName() +
                                               u"/graph.yaml"_qs));
        QVERIFY(!OutputFile::sameFile(path, dir.filePath(u"other.yaml"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
