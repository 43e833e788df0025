#include "conformance.h"

#include <QDirIterator>

using namespace converge::testing;

/// The rule "`validate` passes ⇒ `run` never refuses", as a property over every graph the tree
/// ships, and its converse for graphs `run` refuses: `validate` reports the same words first.
class TestConformanceValidation : public QObject
{
    Q_OBJECT

private slots:
    void validateAndRunAgreeOnEveryShippedGraph_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(QStringLiteral(CONVERGE_SOURCE_DIR "/tests/data"),
                        {u"*.yaml"_qs, u"*.yml"_qs, u"*.dot"_qs, u"*.gv"_qs}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QVERIFY(!files.isEmpty());
        for (const QString &file : std::as_const(files))
            QTest::newRow(
                qPrintable(QDir(QStringLiteral(CONVERGE_SOURCE_DIR)).relativeFilePath(file)))
                << file;
    }

    void validateAndRunAgreeOnEveryShippedGraph()
    {
        // --noop: the property is about what run accepts, and the examples name paths such as
        // /tmp/mgmt that a test must not write.
        QFETCH(QString, file);
        const CliResult validate = runConverge({u"validate"_qs, file});
        const CliResult run = runConverge({u"run"_qs, u"--noop"_qs, file});
        QVERIFY2(validate.exitCode == 0 || validate.exitCode == 1, qPrintable(validate.err));
        QVERIFY2((validate.exitCode == 0) == (run.exitCode != 2),
                 qPrintable(u"validate %1:\n%2\nrun %3:\n%4"_qs.arg(validate.exitCode)
                                .arg(validate.err)
                                .arg(run.exitCode)
                                .arg(run.err)));
    }

    void whatRunRefusedValidateReportsInTheSameWords_data()
    {
        QTest::addColumn<QString>("resources");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative path") << u"  file:\n  - name: f\n    path: rel/x\n"_qs
                                       << u":4:5: error: file/f: path must be absolute: rel/x\n"_qs;
        QTest::newRow("content on a directory")
            << u"  file:\n  - name: d\n    path: @DIR@/d/\n    content: hi\n"_qs
            << u":4:5: error: file/d: a directory (path ending in /) cannot have content, fragments or symlink\n"_qs;
        QTest::newRow("args with shell")
            << u"  exec:\n  - name: e\n    cmd: echo\n    args: [a]\n    shell: /bin/sh\n"_qs
            << u":4:5: error: exec/e: args cannot be used with shell\n"_qs;
        QTest::newRow("kind that cannot run")
            << u"  svc:\n  - name: s\n"_qs
            << u":3:3: warning: kind svc is not supported: its resources load but will not run\n"
               "  svc:\n  ^\n@FILE@:4:5: error: svc/s: unsupported resource kind svc: only exec, "
               "file, noop and timer can run\n"_qs;
        // mgmt's time.NewTicker panics on an interval of 0, also when none is given.
        QTest::newRow("timer with interval 0")
            << u"  timer:\n  - name: t\n    interval: 0\n"_qs
            << u":5:15: error: timer/t: interval must be a whole number of seconds from 1 to "
               "4294967295 (mgmt's ticker cannot tick every 0 seconds)\n"_qs;
        QTest::newRow("timer without interval")
            << u"  timer:\n  - name: t\n"_qs
            << u":4:5: error: timer/t: interval must be a whole number of seconds from 1 to "
               "4294967295 (mgmt's ticker cannot tick every 0 seconds)\n"_qs;
        QTest::newRow("timer with a negative interval")
            << u"  timer:\n  - name: t\n    interval: -5\n"_qs
            << u":5:15: error: timer/t: interval: expected a whole number, got \"-5\"\n"
               "    interval: -5\n              ^\n"_qs;
    }

    void whatRunRefusedValidateReportsInTheSameWords()
    {
        QFETCH(QString, resources);
        QFETCH(QString, message);
        ConformanceCase c;
        const QString file = c.writeGraph(u"graph: g\nresources:\n"_qs + resources);
        const CliResult validate = c.validate();
        const CliResult run = c.run({u"--noop"_qs});
        QCOMPARE(validate.exitCode, 1);
        QCOMPARE(validate.err, file + QString(message).replace(u"@FILE@"_qs, file));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, validate.err);
    }
};

QTEST_GUILESS_MAIN(TestConformanceValidation)
#include "tst_conformance_validation.moc"
