#include "conformance.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace converge::testing;

/// `converge validate`, `--help` and `--version` as a user runs them: output and exit status.
class TestValidateCommand : public QObject
{
    Q_OBJECT

private:
    static CliResult converge(const QStringList &arguments) { return runConverge(arguments); }
    /// Writes contents as dir/name; returns its path (empty when it could not be written).
    static QString writeFile(const QTemporaryDir &dir, const QString &name,
                             const QByteArray &contents)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return file.fileName();
    }
    static QString example(const char *name)
    {
        return QStringLiteral(CONVERGE_EXAMPLES_DIR "/") + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(CONVERGE_BINARY_DIR "/app/converge")),
                 "build the converge target first");
    }

    void validFilesPrintCountsAndExitZero()
    {
        const CliResult run =
            converge({u"validate"_qs, example("exec1.yaml"), example("graph10.yaml")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, example("exec1.yaml") + u": 4 resources, 2 edges\n"_qs +
                              example("graph10.yaml") + u": 8 resources, 6 edges\n"_qs);
        QCOMPARE(run.err, QString());
    }

    void dotFilesAreCheckedToo()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.dot"_qs);
        const QString cyclic = dir.filePath(u"cyclic.gv"_qs);
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("digraph g {\n  a [kind=exec, cmd=\"true\"];\n  b;\n  a -> b;\n}\n");
        goodFile.close();
        QFile cyclicFile(cyclic);
        QVERIFY(cyclicFile.open(QIODevice::WriteOnly));
        cyclicFile.write("digraph g {\n  a -> b;\n  b -> a;\n}\n");
        cyclicFile.close();

        const CliResult ok = converge({u"validate"_qs, good});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, good + u": 2 resources, 1 edges\n"_qs);
        const CliResult bad = converge({u"validate"_qs, cyclic});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"cycle: noop/a -> noop/b -> noop/a"_qs), qPrintable(bad.err));
    }

    void warningsArePrintedButTheFileIsValid()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, u"twice.yaml"_qs,
                      "graph: g\nresources:\n  noop:\n  - name: a\n  - name: b\nedges:\n"
                      "- {name: e1, from: {kind: noop, name: a}, to: {kind: noop, name: b}}\n"
                      "- {name: e2, from: {kind: noop, name: a}, to: {kind: noop, name: b}}\n");
        QVERIFY(!path.isEmpty());
        const CliResult run = converge({u"validate"_qs, u"--file"_qs, path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, path + u": 2 resources, 1 edges\n"_qs);
        QCOMPARE(run.err, path + u":8:3: warning: edge e2 repeats the edge noop/a -> noop/b at "
                                 "line 7: kept once, with this one's notify, as mgmt does\n"
                                 "- {name: e2, from: {kind: noop, name: a}, to: {kind: noop, "
                                 "name: b}}\n  ^\n"_qs);
    }

    void whatRunRefusesIsAnErrorHere()
    {
        // svc loads (mgmt has it) but cannot run here: `run` refuses it, so validate must too.
        const CliResult run = converge({u"validate"_qs, example("svc1.yaml")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, example("svc1.yaml") +
                              u":12:3: warning: kind svc is not supported: its resources load "
                              "but will not run\n  svc:\n  ^\n"_qs +
                              example("svc1.yaml") +
                              u":13:5: error: svc/purpleidea: unsupported resource kind svc: "
                              "only exec, file, noop and timer can run\n"_qs);
    }

    void everyErrorIsPrintedWithItsLineAndExitIsOne()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, u"bad.yaml"_qs,
            "graph: g\nresources:\n  exec:\n  - name: a\n    meta:\n      retry: many\n"
            "edges:\n- name: e3\n  from: {kind: exec, name: a}\n  to: {kind: exec, name: exec9}\n");
        QVERIFY(!path.isEmpty());
        const CliResult run = converge({u"validate"_qs, path, example("exec1.yaml")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, example("exec1.yaml") + u": 4 resources, 2 edges\n"_qs);
        QCOMPARE(run.err, path +
                              u":6:14: error: exec/a: meta retry: expected an integer (-1 for "
                              "forever), got \"many\"\n      retry: many\n             ^\n"_qs +
                              path +
                              u":10:7: error: edge e3: no resource exec/exec9\n"
                              "  to: {kind: exec, name: exec9}\n      ^\n"_qs);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("no file") << QStringList{u"validate"_qs}
                                 << u"converge validate: no file given"_qs;
        QTest::newRow("bad option") << QStringList{u"validate"_qs, u"--bogus"_qs}
                                    << u"converge validate: Unknown option 'bogus'."_qs;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_qs} << u"converge: unknown command frobnicate"_qs;
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        const CliResult run = converge(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.section(u'\n', 0, 0), firstLine);
    }

    void versionAndHelp()
    {
        const CliResult version = converge({u"--version"_qs});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, u"converge " CONVERGE_VERSION "\n"_qs);
        const CliResult help = converge({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(u"Usage: converge COMMAND"_qs));
        QVERIFY(help.out.contains(u"\n  validate    check graph files"_qs));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
