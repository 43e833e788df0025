#include "formats/savedtext.h"
#include "formats/savedtextdiff.h"
#include "formats/yamlgraphreader.h"
#include "formats/yamlsource.h"

#include <QTest>

using namespace converge;

namespace {

/// Non-ASCII before, between and after the edits, so that byte offsets and UTF-16 positions
/// differ (𝄞 is a surrogate pair).
const QByteArray Text = "# Café 𝄞 header\n"
                        "graph: g\n"
                        "resources:\n"
                        "  noop:\n"
                        "  - name: a # ünïcode\n"
                        "  - name: b\n"
                        "  - name: c # 𝄞\n"
                        "edges:\n"
                        "- name: e1\n"
                        "  from: {kind: noop, name: a}\n"
                        "  to: {kind: noop, name: c}\n"
                        "# trailer é\n";

/// changes made to from, as a view showing it would.
QString applied(const QString &from, const std::vector<SavedTextDiff::Change> &changes)
{
    QString text = from;
    for (auto change = changes.rbegin(); change != changes.rend(); ++change)
        text.replace(change->begin, change->end - change->begin, change->text);
    return text;
}

} // namespace

/// What Save would write, where the lines of the file read went in it, and the few changes that
/// bring a view of one such text up to date with the next.
namespace converge {
/// For QCOMPARE of change lists.
bool operator==(const SavedTextDiff::Change &a, const SavedTextDiff::Change &b)
{
    return a.begin == b.begin && a.end == b.end && a.text == b.text;
}
} // namespace converge

class TestSavedText : public QObject
{
    Q_OBJECT

    YamlGraphReader::Result m_read;

    Graph renamed(const QString &from, const QString &to) const
    {
        Graph graph = m_read.graph;
        graph.renameResource(graph.find(u"noop"_qs, from), to);
        return graph;
    }

private slots:
    void init()
    {
        m_read = YamlGraphReader::readData(Text);
        QVERIFY(m_read.ok());
    }

    void anUnchangedGraphSavesTheTextRead()
    {
        const SavedText saved = SavedText::make(m_read.source, m_read.graph);
        QVERIFY(saved.isUnchanged());
        QCOMPARE(saved.text(), Text);
        QCOMPARE(saved.lineFromSource(7), 7);
    }

    void linesOfTheFileReadAreFollowedThroughEdits()
    {
        Graph graph = m_read.graph;
        graph.removeResource(graph.find(u"noop"_qs, u"b"_qs));
        const SavedText saved = SavedText::make(m_read.source, graph);
        QVERIFY(saved.isSpliced());
        QVERIFY(!saved.isUnchanged());
        QVERIFY(!saved.text().contains("name: b"));
        QCOMPARE(saved.lineFromSource(5), 5);
        QCOMPARE(saved.lineFromSource(7), 6);
        QCOMPARE(saved.lineFromSource(12), 11);
        QCOMPARE(saved.lineOfResource(graph.find(u"noop"_qs, u"c"_qs)), 6);
        QVERIFY(saved.source());

        // Made for showing, it keeps the lines but not the spans and graph a save needs.
        const SavedText shown = SavedText::make(m_read.source, graph, SavedText::Use::Showing);
        QCOMPARE(shown.text(), saved.text());
        QVERIFY(!shown.source());
        QCOMPARE(shown.lineFromSource(7), 6);
        QCOMPARE(shown.lineOfResource(graph.find(u"noop"_qs, u"c"_qs)), 6);
    }

    void aFewChangesTurnOneSavedTextIntoTheNext()
    {
        const SavedText same = SavedText::make(m_read.source, m_read.graph);
        const SavedText first = SavedText::make(m_read.source, renamed(u"c"_qs, u"çé"_qs));
        const SavedText second = SavedText::make(m_read.source, renamed(u"a"_qs, u"𝄞x"_qs));
        for (const auto &[from, to] :
             {std::pair{&same, &first}, std::pair{&first, &second}, std::pair{&second, &same}}) {
            const auto changes = SavedTextDiff::between(*from, *to);
            QVERIFY(changes);
            QVERIFY(!changes->empty());
            QVERIFY(changes->size() <= 4);
            QCOMPARE(applied(QString::fromUtf8(from->text()), *changes),
                     QString::fromUtf8(to->text()));
        }
    }

    void textsOfDifferentSourcesAreNotDiffed()
    {
        const SavedText before = SavedText::make(m_read.source, m_read.graph);
        const YamlGraphReader::Result again = YamlGraphReader::readData(Text);
        const SavedText after = SavedText::make(again.source, again.graph);
        QVERIFY(!SavedTextDiff::between(before, after));
        QVERIFY(!SavedTextDiff::between(SavedText(), before));
    }

    void textsOfDifferentSourcesAreComparedFromBothEnds()
    {
        // After a save: the text shown was spliced into the file read, the next into the file
        // written. Unchanged, it stays as it is.
        const SavedText shown = SavedText::make(m_read.source, renamed(u"b"_qs, u"çé"_qs));
        const YamlGraphReader::Result written = YamlGraphReader::readData(shown.text());
        const SavedText same = SavedText::make(written.source, written.graph);
        QCOMPARE(SavedTextDiff::byComparing(shown.text(), same.text(), 64),
                 std::vector<SavedTextDiff::Change>());

        // Edited meanwhile: one replacement, of whole characters (ç and ö share their first
        // byte), at UTF-16 positions past the surrogate pair in the header.
        Graph edited = written.graph;
        edited.renameResource(edited.find(u"noop"_qs, u"çé"_qs), u"öx"_qs);
        const SavedText next = SavedText::make(written.source, edited);
        const auto changes = SavedTextDiff::byComparing(shown.text(), next.text(), 64);
        QVERIFY(changes);
        QCOMPARE(changes->size(), size_t(1));
        QCOMPARE(changes->front().text, u"öx"_qs);
        QCOMPARE(applied(QString::fromUtf8(shown.text()), *changes),
                 QString::fromUtf8(next.text()));

        // A replacement larger than the limit is not made: the new text is shown whole.
        QVERIFY(!SavedTextDiff::byComparing(shown.text(), next.text(), 2));
        QVERIFY(!SavedTextDiff::byComparing(QByteArray(), next.text(), 64));
    }
};

QTEST_MAIN(TestSavedText)
#include "tst_savedtext.moc"
