#include "formats/blockyamlscanner.h"
#include "formats/yamlvaluebuilder.h"

#include <yaml-cpp/parser.h>

#include <QDir>
#include <QFile>
#include <QTest>

#include <sstream>

using namespace converge;

/// The fast block-YAML scanner must give exactly what yaml-cpp gives (values, styles, marks) on
/// what it accepts, and must hand everything else back to yaml-cpp.
class TestBlockYamlScanner : public QObject
{
    Q_OBJECT

private:
    static Value viaYamlCpp(const QByteArray &data)
    {
        YamlValueBuilder builder(data, {});
        std::istringstream stream(data.toStdString());
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        return builder.root();
    }
    static bool viaScanner(const QByteArray &data, Value *root)
    {
        YamlValueBuilder builder(data, {});
        BlockYamlScanner scanner(data, builder);
        if (!scanner.scan())
            return false;
        *root = builder.root();
        return true;
    }
    /// Style and location are not part of Value's equality: compare them node by node.
    static QString firstDifference(const Value &a, const Value &b, const QString &at = u"/"_qs)
    {
        if (!(a == b))
            return at + u": different content"_qs;
        if (a.location() != b.location()) {
            return at + u": location %1:%2 vs %3:%4"_qs.arg(a.location().line)
                            .arg(a.location().column)
                            .arg(b.location().line)
                            .arg(b.location().column);
        }
        if (a.isScalar() && a.style() != b.style())
            return at + u": style"_qs;
        for (size_t i = 0; i < a.items().size(); ++i) {
            const QString d =
                firstDifference(a.items()[i], b.items()[i], at + QString::number(i) + u'/');
            if (!d.isEmpty())
                return d;
        }
        for (size_t i = 0; i < a.entries().size(); ++i) {
            const QString d = firstDifference(a.entries()[i].second, b.entries()[i].second,
                                              at + a.entries()[i].first + u'/');
            if (!d.isEmpty())
                return d;
        }
        return {};
    }

private slots:
    void agreesWithYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        const QDir examples(QStringLiteral(CONVERGE_EXAMPLES_DIR));
        for (const QString &name : examples.entryList({u"*.yaml"_qs}, QDir::Files)) {
            QFile file(examples.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(name.toUtf8().constData()) << file.readAll();
        }
        QTest::newRow("comments and blank lines")
            << QByteArray("# head\n---\ngraph: g   # trailing\n\nresources:\n  # inside\n"
                          "  exec:\n\n  - name: a\n    cmd: echo a#b\n");
        QTest::newRow("literal chomping")
            << QByteArray("a: |\n  one\n\n  two\n\n\nb: |-\n  x\nc: |+\n  y\n\n"
                          "d:\n  - |\n    in list\n  - e\n");
        QTest::newRow("quotes") << QByteArray("a: 'it''s'\nb: \"q\\\"\\\\ \\n\"\nc: ''\nd: \"\"\n");
        QTest::newRow("flow") << QByteArray("a: [x, 'y:1', \"z\", [n, m], {k: v}]\nb: {}\n"
                                            "c: []\nd: {kind: exec, name: '@@e'}\n");
        QTest::newRow("nulls") << QByteArray("a:\nb: ~\nc: null\nd:\n  e:\nf:\n");
        QTest::newRow("nested lists") << QByteArray("a:\n- x\n- y: 1\n  z: 2\n- - nested\nb: 1\n");
        QTest::newRow("root list") << QByteArray("- a\n- b: c\n");
        QTest::newRow("numbers and dashes") << QByteArray("a: -1\nb: 0.2\nc: -x\nd: 1e3\n");
        QTest::newRow("nesting up to the limit")
            << QByteArray("a: ") + QByteArray(BlockYamlScanner::MaxDepth - 1, '[') +
                   QByteArray(BlockYamlScanner::MaxDepth - 1, ']') + '\n';
    }

    void agreesWithYamlCpp()
    {
        QFETCH(QByteArray, yaml);
        Value fast;
        if (!viaScanner(yaml, &fast)) {
            // Only the forms documented as left to yaml-cpp may be refused.
            QVERIFY2(QByteArray(QTest::currentDataTag()) == "nested lists", "refused");
            return;
        }
        const Value reference = viaYamlCpp(yaml);
        const QString difference = firstDifference(fast, reference);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void leavesTheRestToYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("anchor") << QByteArray("a: &x 1\nb: *x\n");
        QTest::newRow("tag") << QByteArray("a: !!str 1\n");
        QTest::newRow("folded") << QByteArray("a: >\n  x\n");
        QTest::newRow("multi-line plain") << QByteArray("a: one\n  two\n");
        QTest::newRow("multi-line quote") << QByteArray("a: 'one\n  two'\n");
        QTest::newRow("tab") << QByteArray("a:\n\t- x\n");
        QTest::newRow("crlf") << QByteArray("a: 1\r\n");
        QTest::newRow("second document") << QByteArray("a: 1\n---\nb: 2\n");
        QTest::newRow("bad indentation") << QByteArray("a: 1\n  b: 2\n");
        QTest::newRow("unclosed flow") << QByteArray("a: [x, y\n");
        QTest::newRow("quoted key") << QByteArray("'a': 1\n");
        QTest::newRow("escape") << QByteArray("a: \"\\u00e9\"\n");
        // yaml-cpp drops a BOM, decodes UTF-16 by its mark and replaces bytes that are not UTF-8.
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFgraph: g\n");
        QTest::newRow("UTF-16 mark") << QByteArray("\xFF\xFEgraph: g\n");
        QTest::newRow("not UTF-8") << QByteArray("graph: \xC3(\n");
        QTest::newRow("overlong UTF-8") << QByteArray("graph: \xC0\xAF\n");
        QTest::newRow("lone document marker") << QByteArray("---\n");
        // Every flow level is a stack frame in the scanner: 50,000 of them overflowed the stack.
        QTest::newRow("deep flow nesting")
            << QByteArray("a: ") + QByteArray(50000, '[') + QByteArray(50000, ']') + '\n';
        QTest::newRow("deep flow maps") << QByteArray("a: ") + QByteArray(50000, '{');
        QTest::newRow("nesting one past the limit")
            << QByteArray("a: ") + QByteArray(BlockYamlScanner::MaxDepth, '[') +
                   QByteArray(BlockYamlScanner::MaxDepth, ']') + '\n';
    }

    void leavesTheRestToYamlCpp()
    {
        QFETCH(QByteArray, yaml);
        Value ignored;
        QVERIFY(!viaScanner(yaml, &ignored));
    }
};

QTEST_GUILESS_MAIN(TestBlockYamlScanner)
#include "tst_blockyamlscanner.moc"
