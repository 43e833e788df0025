#include "filetesting.h"
#include "resources/fragmentsreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;
using namespace converge::testing;

namespace {} // namespace

/// FragmentsReader concatenates as mgmt's fragmentsCheckApply: listed files in list order,
/// a listed directory's files in name order, its subdirectories skipped.
class TestFragmentsReader : public QObject
{
    Q_OBJECT
private slots:
    void concatenatesInMgmtsOrder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"one"_qs), "one\n"));
        for (const char *name : {"c", "a", "e", "b", "d"})
            QVERIFY(writeFile(dir.filePath(u"d/"_qs + QLatin1String(name)),
                              QByteArray("d/") + name + '\n'));
        QVERIFY(writeFile(dir.filePath(u"d/sub/skipped"_qs), "skipped\n"));
        QVERIFY(writeFile(dir.filePath(u"two"_qs), "two\n"));
        QString error;
        const std::optional<QByteArray> content = FragmentsReader::read(
            {dir.filePath(u"two"_qs), dir.filePath(u"d/"_qs), dir.filePath(u"one"_qs)}, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(*content, QByteArray("two\nd/a\nd/b\nd/c\nd/d\nd/e\none\n"));
    }
    void aMissingFragmentIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!FragmentsReader::read({dir.filePath(u"gone"_qs)}, &error));
        QCOMPARE(error, u"cannot read fragment %1: No such file or directory"_qs.arg(
                            dir.filePath(u"gone"_qs)));
        QVERIFY(!FragmentsReader::read({dir.filePath(u"nodir/"_qs)}, &error));
        QCOMPARE(error, u"cannot read fragment directory %1: No such file or directory"_qs.arg(
                            dir.filePath(u"nodir/"_qs)));
        QVERIFY(QDir().mkpath(dir.filePath(u"plain"_qs)));
        QVERIFY(!FragmentsReader::read({dir.filePath(u"plain"_qs)}, &error));
        QCOMPARE(error,
                 u"cannot read fragment %1: Is a directory"_qs.arg(dir.filePath(u"plain"_qs)));
    }
    void refusesALinkPlantedInAStickyDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"secret"_qs), "secret"));
        const QString link = plantForeignSymlink(dir.path(), dir.filePath(u"secret"_qs));
        if (link.isEmpty())
            QSKIP("planting a link owned by another user needs root");
        QString error;
        QVERIFY(!FragmentsReader::read({link}, &error));
        QVERIFY2(error.startsWith(u"refusing to follow "_qs + link), qPrintable(error));
        QVERIFY(!FragmentsReader::read({dir.filePath(u"tmp/"_qs)}, &error));
        QVERIFY2(error.startsWith(u"refusing to follow "_qs + link), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFragmentsReader)
#include "tst_fragmentsreader.moc"
