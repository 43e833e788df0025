#include "conformance.h"
#include "graphtext.h"

#include "formats/graphfileloader.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// Issue 12 item 6, through the real binary: every shipped graph exported as DOT validates with
/// the same counts, holds the same content, and Graphviz's own `dot` accepts it; so does what
/// `run --graphviz` writes, and text that DOT cannot carry as it is.
class TestConformanceDot : public QObject
{
    Q_OBJECT

private:
    static QStringList shippedGraphs()
    {
        QStringList files;
        for (const QString &folder : {QStringLiteral(CONVERGE_EXAMPLES_DIR),
                                      QStringLiteral(CONVERGE_SOURCE_DIR "/resources/examples")}) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList({u"*.yaml"_qs}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        }
        return files;
    }

    // The summary `validate` prints for a file, without the file's name; for a file it refuses,
    // its errors without their places (a DOT file has other line numbers, and no kind groups
    // for the YAML reader's warnings to point at).
    static QString counts(const CliResult &result, const QString &file)
    {
        const QString prefix = file + u": "_qs;
        for (const QString &line : result.out.split(u'\n')) {
            if (line.startsWith(prefix) && line.contains(u" resources, "))
                return line.mid(prefix.size());
        }
        static const QRegularExpression error(u"^.*?(:\\d+)*: error: (.*)$"_qs);
        QStringList errors;
        for (const QString &line : result.err.split(u'\n')) {
            if (line.startsWith(file))
                errors << error.match(line).captured(2);
        }
        errors.removeAll(QString());
        return errors.isEmpty() ? u"no summary in: "_qs + result.out + result.err
                                : u"errors: "_qs + errors.join(u"; ");
    }

    // `dot -Tsvg path` succeeded without a message, else what it said.
    static QString dotRejects(const QString &path)
    {
        const QString dot = QStandardPaths::findExecutable(u"dot"_qs);
        QProcess process;
        process.start(dot, {u"-Tsvg"_qs, u"-o/dev/null"_qs, path});
        if (!process.waitForFinished(60000))
            return u"dot did not finish"_qs;
        const QString err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode() == 0 && err.isEmpty() ? QString() : err;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"dot"_qs).isEmpty())
            QSKIP("Graphviz's dot is not installed: cannot check that it accepts the exports");
    }

    void everyShippedGraphSurvivesExport_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : shippedGraphs())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void everyShippedGraphSurvivesExport()
    {
        QFETCH(QString, file);
        ConformanceCase c;
        const QString dotFile = c.path(u"graph.dot"_qs);
        const CliResult before = runConverge({u"validate"_qs, file});
        const CliResult exported = runConverge({u"export"_qs, file, u"-o"_qs, dotFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const CliResult after = runConverge({u"validate"_qs, dotFile});
        QCOMPARE(after.exitCode, before.exitCode);
        QCOMPARE(counts(after, dotFile), counts(before, file));
        QCOMPARE(contentDifference(loadGraphFile(dotFile).graph, loadGraphFile(file).graph),
                 QString());
        QCOMPARE(dotRejects(dotFile), QString());
    }

    void awkwardTextSurvivesExport()
    {
        ConformanceCase c;
        const QString file = c.writeGraph(uR"(graph: 'say "graph"'
resources:
  exec:
  - name: 'quote " and backslash \" end\'
    cmd: echo "hi" \" C:\dir\
    shell: /bin/sh
  noop:
  - name: "line\none \u00e9 \\"
edges:
- name: 'edge \'
  from:
    kind: exec
    name: 'quote " and backslash \" end\'
  to:
    kind: noop
    name: "line\none \u00e9 \\"
)"_qs);
        const QString dotFile = c.path(u"graph.dot"_qs);
        const CliResult exported = runConverge({u"export"_qs, file, u"-o"_qs, dotFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const CliResult after = runConverge({u"validate"_qs, dotFile});
        QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));
        QCOMPARE(contentDifference(loadGraphFile(dotFile).graph, loadGraphFile(file).graph),
                 QString());
        QCOMPARE(dotRejects(dotFile), QString());
    }

    void runGraphvizOutputIsAcceptedByDot()
    {
        ConformanceCase c;
        const QString file = c.writeGraph(uR"(graph: run
resources:
  noop:
  - name: 'first "one" \'
  - name: second
edges:
- name: e
  from:
    kind: noop
    name: 'first "one" \'
  to:
    kind: noop
    name: second
)"_qs);
        const QString dotFile = c.path(u"final.dot"_qs);
        const CliResult run = runConverge({u"run"_qs, u"--graphviz"_qs, dotFile, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(dotRejects(dotFile), QString());
        QCOMPARE(runConverge({u"validate"_qs, dotFile}).exitCode, 0);
        QCOMPARE(contentDifference(loadGraphFile(dotFile).graph, loadGraphFile(file).graph),
                 QString());
    }
};

QTEST_MAIN(TestConformanceDot)
#include "tst_conformance_dot.moc"
