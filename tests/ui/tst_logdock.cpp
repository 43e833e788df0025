#include "docks/logdock.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace converge;

/// The Log dock: one resource or all merged with a prefix, the filter, and autoscroll that
/// leaves a reader alone.
class TestLogDock : public QObject
{
    Q_OBJECT

private:
    static std::vector<LogDock::Line> lines(int from, int count)
    {
        std::vector<LogDock::Line> result;
        for (int i = from; i < from + count; ++i) {
            LogDock::Line line;
            line.resource = ResourceId(i % 2);
            line.kind = i % 3 == 0 ? LogDock::Line::Kind::Stderr : LogDock::Line::Kind::Stdout;
            line.prefix = i % 2 ? u"exec/odd"_qs : u"exec/even"_qs;
            line.text = u"line %1"_qs.arg(i);
            result.push_back(line);
        }
        return result;
    }

private slots:
    void mergedLinesCarryTheirResource()
    {
        LogDock dock;
        dock.setShowAll(true);
        dock.appendLines(lines(0, 2));
        QCOMPARE(dock.visibleText(), u"exec/even: line 0\nexec/odd: line 1"_qs);
    }

    void oneResourceShowsOnlyItsLines()
    {
        LogDock dock;
        dock.appendLines(lines(0, 4));
        dock.setResource(1, u"exec/odd"_qs);
        dock.setShowAll(false);
        QCOMPARE(dock.visibleText(), u"line 1\nline 3"_qs);
        dock.appendLines(lines(4, 2));
        QCOMPARE(dock.visibleText(), u"line 1\nline 3\nline 5"_qs);
    }

    void filterKeepsMatchingLines()
    {
        LogDock dock;
        dock.appendLines(lines(0, 12));
        dock.findChild<QLineEdit *>()->setText(u"line 1"_qs);
        QCOMPARE(dock.visibleText(), u"exec/odd: line 1\nexec/even: line 10\nexec/odd: line 11"_qs);
    }

    void autoscrollStopsWhenTheUserScrollsUp()
    {
        LogDock dock;
        dock.resize(400, 200);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QScrollBar *bar = dock.findChild<QPlainTextEdit *>()->verticalScrollBar();
        dock.appendLines(lines(0, 200));
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // following the output

        bar->setValue(10); // the user reads something older
        dock.appendLines(lines(200, 50));
        QCOMPARE(bar->value(), 10);

        bar->setValue(bar->maximum()); // back at the bottom: follows again
        dock.appendLines(lines(250, 50));
        QCOMPARE(bar->value(), bar->maximum());
    }

    void aBurstOfOutputReachesTheViewOverSeveralPasses()
    {
        LogDock dock;
        dock.setShowAll(true);
        QPlainTextEdit *text = dock.findChild<QPlainTextEdit *>();
        dock.appendLines(lines(0, 20000));
        // One refresh writes a bounded batch, so the window keeps answering input...
        QVERIFY(text->blockCount() < 20000);
        // ...and the event loop brings the rest, in order.
        QTRY_COMPARE(text->blockCount(), 20000);
        QCOMPARE(text->document()->lastBlock().text(), u"exec/odd: line 19999"_qs);
        QCOMPARE(text->document()->firstBlock().text(), u"exec/even: line 0"_qs);
    }

    void aBacklogLongerThanTheViewWritesOnlyTheNewestLines()
    {
        LogDock dock;
        dock.setShowAll(true);
        QPlainTextEdit *text = dock.findChild<QPlainTextEdit *>();
        dock.appendLines(lines(0, 120000));
        QTRY_COMPARE(text->document()->lastBlock().text(), u"exec/odd: line 119999"_qs);
        // The view holds the newest 50,000 lines.
        QCOMPARE(text->blockCount(), 50000);
        QCOMPARE(text->document()->firstBlock().text(), u"exec/even: line 70000"_qs);
    }
};

QTEST_MAIN(TestLogDock)
#include "tst_logdock.moc"
