#include "model/diagnostic.h"

#include <QTest>

using namespace converge;

namespace {
Diagnostic at(const QString &line, int column)
{
    Diagnostic d;
    d.file = u"graph.yaml"_qs;
    d.location = {1, column};
    d.message = u"bad"_qs;
    d.sourceLine = line;
    return d;
}
} // namespace

/// How a message shows the offending line: the caret under the column, and a bounded excerpt
/// of lines too long for a terminal.
class TestDiagnostic : public QObject
{
    Q_OBJECT
private slots:
    void caretStandsUnderTheColumn()
    {
        QCOMPARE(at(u"\tkey: [x"_qs, 7).toStringWithContext(),
                 u"graph.yaml:1:7: error: bad\n\tkey: [x\n\t     ^"_qs);
    }
    void longLinesShowAWindowAroundTheCaret()
    {
        const QString line = QString(5000, u'a') + u'X' + QString(5000, u'b');
        const QStringList shown = at(line, 5001).toStringWithContext().split(u'\n');
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown[1].size() <= 162, qPrintable(QString::number(shown[1].size())));
        QVERIFY(shown[1].startsWith(u'\u2026') && shown[1].endsWith(u'\u2026'));
        QCOMPARE(shown[1].at(shown[2].size() - 1), u'X');
        QVERIFY(shown[2].endsWith(u'^'));
    }
    void longLineNearItsStartIsCutOnlyAtTheEnd()
    {
        const QString line = u"x: "_qs + QString(1000, u'c');
        const QStringList shown = at(line, 2).toStringWithContext().split(u'\n');
        QCOMPARE(shown[1], line.left(160) + u'\u2026');
        QCOMPARE(shown[2], u" ^"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDiagnostic)
#include "tst_diagnostic.moc"
