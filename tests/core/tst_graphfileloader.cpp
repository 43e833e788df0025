#include "formats/graphfileloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace converge;

/// Graph files are read with a cap whatever they are: a device or a FIFO reports size 0, so
/// the size it reports is no bound.
class TestGraphFileLoader : public QObject
{
    Q_OBJECT

private slots:
    void endlessDeviceIsRefusedAtTheCap_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("as YAML") << u"/dev/zero"_qs;
        QTest::newRow("as DOT") << u"/dev/zero.dot"_qs;
    }
    void endlessDeviceIsRefusedAtTheCap()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QString file = path;
        if (path.endsWith(u".dot")) {
            // A .dot name for the same device, so the DOT path is taken.
            file = dir.filePath(u"zero.dot"_qs);
            QVERIFY(QFile::link(u"/dev/zero"_qs, file));
        }
        const YamlGraphReader::Result result = loadGraphFile(file);
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics[0].toString(),
                 file + u": error: file is larger than 64 MB, the most Converge reads"_qs);
    }

    void fifoIsReadToItsEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph.dot"_qs);
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        std::thread writer([path] {
            QFile fifo(path);
            if (fifo.open(QIODevice::WriteOnly))
                fifo.write("digraph { a -> b }\n");
        });
        const YamlGraphReader::Result result = loadGraphFile(path);
        writer.join();
        QVERIFY(result.ok());
        QCOMPARE(result.graph.edgeCount(), 1);
    }
};

QTEST_MAIN(TestGraphFileLoader)
#include "tst_graphfileloader.moc"
