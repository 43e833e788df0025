#include "clirun.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using converge::testing::CliResult;
using converge::testing::runConverge;

/// `converge export` as a user runs it: files written, exit codes, messages, no display needed.
class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_example = QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml");

    /// Runs converge as over ssh or in CI, where the command must pick the offscreen platform
    /// itself, and find its layout helper itself; Qt's own note about a missing XDG_RUNTIME_DIR
    /// is the environment's, not ours.
    static CliResult converge(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_qs);
        env.remove(u"WAYLAND_DISPLAY"_qs);
        env.remove(u"QT_QPA_PLATFORM"_qs);
        env.remove(u"CONVERGE_LAYOUT_HELPER"_qs);
        CliResult result = runConverge(arguments, env);
        QStringList lines = result.err.split(u'\n');
        lines.removeIf([](const QString &line) { return line.startsWith(u"QStandardPaths: "_qs); });
        result.err = lines.join(u'\n');
        return result;
    }
    QByteArray head(const QString &name, int bytes) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(CONVERGE_BINARY_DIR "/app/converge")));
    }

    void everyFormatIsWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << u"g.png"_qs << QByteArray("\x89PNG");
        QTest::newRow("svg") << u"g.svg"_qs << QByteArray("<?xml");
        QTest::newRow("pdf") << u"g.pdf"_qs << QByteArray("%PDF");
        QTest::newRow("dot") << u"g.dot"_qs << QByteArray("digraph");
    }

    void everyFormatIsWritten()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        const CliResult r = converge({u"export"_qs, m_example, u"-o"_qs, m_dir.filePath(name)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(head(name, 64).contains(magic), qPrintable(name));
    }

    void theEngineUsedIsPrinted()
    {
        // One line on stderr names the engine, automatic or named.
        CliResult r = converge({u"export"_qs, m_example, u"-o"_qs, m_dir.filePath(u"auto.dot"_qs)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.trimmed(), u"converge export: laid out with dot"_qs);
        r = converge({u"export"_qs, m_example, u"-o"_qs, m_dir.filePath(u"layered.dot"_qs),
                      u"--layout"_qs, u"layered"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.trimmed(), u"converge export: laid out with layered"_qs);
    }

    void scaleDirectionAndTransparencyApply()
    {
        QCOMPARE(converge({u"export"_qs, m_example, u"-o"_qs, m_dir.filePath(u"tb.png"_qs),
                           u"--scale"_qs, u"1"_qs})
                     .exitCode,
                 0);
        QCOMPARE(
            converge({u"export"_qs, m_example, u"-o"_qs, m_dir.filePath(u"lr.png"_qs),
                      u"--scale"_qs, u"1"_qs, u"--direction"_qs, u"LR"_qs, u"--transparent"_qs})
                .exitCode,
            0);
        const QImage tb(m_dir.filePath(u"tb.png"_qs));
        const QImage lr(m_dir.filePath(u"lr.png"_qs));
        // Three ranks stacked, or side by side: the top-to-bottom picture is the wider one.
        QVERIFY(double(tb.width()) / tb.height() > double(lr.width()) / lr.height());
        QCOMPARE(qAlpha(tb.pixel(0, 0)), 255);
        QCOMPARE(qAlpha(lr.pixel(0, 0)), 0);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString example = QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml");
        QTest::newRow("no output") << QStringList{u"export"_qs, example}
                                   << u"converge export: give the output file with -o OUT"_qs;
        QTest::newRow("no file") << QStringList{u"export"_qs, u"-o"_qs, u"x.png"_qs}
                                 << u"converge export: give exactly one graph file"_qs;
        QTest::newRow("unknown format")
            << QStringList{u"export"_qs, example, u"-o"_qs, u"x.bmp"_qs}
            << u"converge export: x.bmp: unknown format; use .dot, .png, .svg or .pdf"_qs;
        QTest::newRow("bad direction") << QStringList{u"export"_qs, example,           u"-o"_qs,
                                                      u"x.png"_qs,  u"--direction"_qs, u"up"_qs}
                                       << u"converge export: unknown direction up; use TB or LR"_qs;
        QTest::newRow("bad scale")
            << QStringList{u"export"_qs, example, u"-o"_qs, u"x.png"_qs, u"--scale"_qs, u"99"_qs}
            << u"converge export: --scale must be a number from 0.1 to 16"_qs;
        QTest::newRow("scale nan")
            << QStringList{u"export"_qs, example, u"-o"_qs, u"x.png"_qs, u"--scale"_qs, u"nan"_qs}
            << u"converge export: --scale must be a number from 0.1 to 16"_qs;
        QTest::newRow("output is the input")
            << QStringList{u"export"_qs, example, u"-o"_qs, example}
            << u"converge export: %1 is an input; choose another output file"_qs.arg(example);
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = converge(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().split(u'\n').first(), message);
    }

    void unreadableGraphExitsWithOneAndNamesTheLine()
    {
        const QString bad = m_dir.filePath(u"bad.dot"_qs);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("digraph {\n  a -> b\n  c -> \n");
        file.close();
        const CliResult r = converge({u"export"_qs, bad, u"-o"_qs, m_dir.filePath(u"bad.png"_qs)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(bad + u":"_qs), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_qs)));
        QCOMPARE(converge({u"export"_qs, m_dir.filePath(u"missing.yaml"_qs), u"-o"_qs,
                           m_dir.filePath(u"m.png"_qs)})
                     .exitCode,
                 1);
    }

    void unwritableOutputExitsWithOne()
    {
        const CliResult r =
            converge({u"export"_qs, m_example, u"-o"_qs, m_dir.filePath(u"no/such/dir/g.svg"_qs)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot create a file in %1: No such file or directory"_qs.arg(
                     m_dir.filePath(u"no/such/dir"_qs))),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
