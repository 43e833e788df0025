#include "resources/outputsplitter.h"

#include <QTest>

using namespace converge;

namespace {

/// Feeds text to a splitter in pieces of chunk bytes and returns what the sink received.
struct Fed
{
    QStringList lines;
    qint64 skipped = 0;
};

Fed feed(const QByteArray &text, qint64 head, int tail, qsizetype chunk)
{
    Fed fed;
    const ProcessRunner::LineSink sink = [&fed](RunEvent::Stream, const QString &line) {
        fed.lines.append(line);
    };
    OutputSplitter splitter(RunEvent::Stream::Stdout, sink, head, tail);
    for (qsizetype at = 0; at < text.size(); at += chunk)
        splitter.feed(text.constData() + at, std::min(chunk, text.size() - at));
    splitter.finish();
    fed.skipped = splitter.skippedLines();
    return fed;
}

QByteArray numbered(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    return text;
}

} // namespace

class TestOutputSplitter : public QObject
{
    Q_OBJECT
private slots:
    void linesArriveWithoutNewlineOrCarriageReturn()
    {
        for (qsizetype chunk : {1, 3, 1000}) {
            const Fed fed = feed("a\r\nb\n\nlast", -1, 0, chunk);
            QCOMPARE(fed.lines, (QStringList{u"a"_qs, u"b"_qs, QString(), u"last"_qs}));
            QCOMPARE(fed.skipped, 0);
        }
    }
    void pastTheHeadLinesAreCountedAndTheTailKept()
    {
        for (qsizetype chunk : {1, 7, 64, 100000}) {
            const Fed fed = feed(numbered(1000), 3, 2, chunk);
            QCOMPARE(fed.lines, (QStringList{u"line 0"_qs, u"line 1"_qs, u"line 2"_qs,
                                             u"line 998"_qs, u"line 999"_qs}));
            QCOMPARE(fed.skipped, 995);
        }
    }
    void noTailMeansOnlyTheCount()
    {
        const Fed fed = feed(numbered(10) + "partial", 2, 0, 5);
        QCOMPARE(fed.lines, (QStringList{u"line 0"_qs, u"line 1"_qs}));
        QCOMPARE(fed.skipped, 9); // the unterminated last line counts
    }
    void aLongLineIsCutAndSaysSo()
    {
        const QByteArray text = QByteArray(20000, 'a') + "\nnext\n";
        for (qsizetype chunk : {100, 65536}) {
            const Fed fed = feed(text, -1, 0, chunk);
            QCOMPARE(fed.lines.size(), 2);
            QCOMPARE(fed.lines[0], QString(OutputSplitter::MaxLineBytes, u'a') +
                                       u" [line cut after 8192 bytes]"_qs);
            QCOMPARE(fed.lines[1], u"next"_qs);
        }
    }
    void aLongLineInTheTailIsCutToo()
    {
        const Fed fed = feed("head\n" + QByteArray(30000, 'b') + "\nend\n", 1, 5, 4096);
        QCOMPARE(fed.lines.size(), 3);
        QCOMPARE(fed.lines[1].size(), OutputSplitter::MaxLineBytes + 28);
        QCOMPARE(fed.lines[2], u"end"_qs);
    }
    void aCutNeverSplitsACharacter()
    {
        // "é" is two bytes; the cut falls between them.
        const QByteArray text = QByteArray(OutputSplitter::MaxLineBytes - 1, 'a') + "\xc3\xa9z\n";
        const Fed fed = feed(text, -1, 0, 512);
        QCOMPARE(fed.lines.size(), 1);
        QVERIFY(fed.lines[0].startsWith(QString(OutputSplitter::MaxLineBytes - 1, u'a') +
                                        u" [line"_qs));
        QVERIFY(!fed.lines[0].contains(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(TestOutputSplitter)
#include "tst_outputsplitter.moc"
