#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using converge::testing::CliResult;
using converge::testing::runConverge;

namespace {

const QString Converge = QStringLiteral(CONVERGE_BINARY_DIR "/app/converge");

/// An example from tests/data/mgmt with /tmp/mgmt moved into dir and each replacement applied.
QString example(const QString &name, const QTemporaryDir &dir,
                const QList<QPair<QString, QString>> &replacements = {})
{
    QFile in(QStringLiteral(CONVERGE_EXAMPLES_DIR "/") + name);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll()).replace(u"/tmp/mgmt"_qs, dir.path());
    for (const auto &[from, to] : replacements)
        text.replace(from, to);
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(text.toUtf8());
    return path;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
}

/// Whether text has a log line "HH:mm:ss Exec[name]: " followed by what the pattern matches.
bool hasLogLine(const QString &text, const QString &name, const QString &pattern)
{
    const QRegularExpression line(u"^\\d\\d:\\d\\d:\\d\\d Exec\\[%1\\]: %2$"_qs.arg(name, pattern),
                                  QRegularExpression::MultilineOption);
    return line.match(text).hasMatch();
}

QString lastLine(const QString &text)
{
    return text.trimmed().section(u'\n', -1);
}

} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT
private slots:
    void exec1RunsTheChainBesideTheLoneCommand()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec1.yaml"_qs, dir, {{u"sleep 10s"_qs, u"sleep 0.3"_qs}});
        const QString events = dir.filePath(u"events.jsonl"_qs);
        const CliResult r = runConverge({u"run"_qs, file, u"--events"_qs, events});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Exec[exec1]: Apply start"_qs));
        // exec3 sleeps 0.3 s; how much longer it takes depends on the machine's load.
        const QRegularExpressionMatch done =
            QRegularExpression(u"Exec\\[exec3\\]: done in (\\d+\\.\\d) s"_qs).match(r.out);
        QVERIFY2(done.hasMatch(), qPrintable(r.out));
        QVERIFY2(done.captured(1).toDouble() >= 0.3 && done.captured(1).toDouble() < 10,
                 qPrintable(done.captured(0)));
        QVERIFY2(lastLine(r.out).startsWith(
                     u"converged: 4 done (4 changed), 0 failed, 0 skipped in "_qs),
                 qPrintable(lastLine(r.out)));

        // The replayed stream shows exec4 running beside the chain, and exec2 after exec1.
        QFile f(events);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList order;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.contains(u"t"_qs));
            order.append(o.value(u"resource"_qs).toString() + u' ' +
                         o.value(u"state"_qs).toString());
        }
        QCOMPARE(order.size(), 8);
        QVERIFY(order.indexOf(u"exec/exec4 running"_qs) < order.indexOf(u"exec/exec1 done"_qs));
        QVERIFY(order.indexOf(u"exec/exec2 running"_qs) > order.indexOf(u"exec/exec1 done"_qs));
    }
    void file1ConvergesThenStaysConverged()
    {
        QTemporaryDir dir;
        // mgmt's Validate refuses content with state: absent, which its own example still has.
        const QString file =
            example(u"file1.yaml"_qs, dir,
                    {{u"    content: |\n      i am f4 and i should not be here\n"_qs, QString()}});
        QFile(dir.filePath(u"f4"_qs)).open(QIODevice::WriteOnly);
        const CliResult noop = runConverge({u"run"_qs, u"--noop"_qs, u"--file"_qs, file});
        QCOMPARE(noop.exitCode, 0);
        QVERIFY(!QFile::exists(dir.filePath(u"f1"_qs)));
        QVERIFY(QFile::exists(dir.filePath(u"f4"_qs)));

        const CliResult first = runConverge({u"run"_qs, file});
        QCOMPARE(first.exitCode, 0);
        QFile f1(dir.filePath(u"f1"_qs));
        QVERIFY(f1.open(QIODevice::ReadOnly));
        QCOMPARE(f1.readAll(), QByteArray("i am f1\n"));
        QVERIFY(!QFile::exists(dir.filePath(u"f4"_qs)));
        QVERIFY(lastLine(first.out).startsWith(u"converged: 5 done (4 changed)"_qs));

        const CliResult second = runConverge({u"run"_qs, file});
        QVERIFY2(lastLine(second.out).startsWith(u"converged: 5 done (0 changed)"_qs),
                 qPrintable(second.out));
    }
    void refusesUnsupportedKindsBeforeRunningAnything()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec3-sema.yaml"_qs, dir);
        QString text;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll());
        }
        // A pkg resource next to commands that would leave a trace.
        text.replace(u"resources:\n"_qs,
                     u"resources:\n  pkg:\n  - name: cowsay\n    state: installed\n"_qs);
        text.replace(u"sleep 10s"_qs, u"touch "_qs + dir.filePath(u"ran"_qs));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        const CliResult r = runConverge({u"run"_qs, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"pkg/cowsay: unsupported resource kind pkg"_qs),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"ran"_qs)));
    }
    void failureExitsOneAndSkipsDependents()
    {
        QTemporaryDir dir;
        const QString file = example(
            u"exec1.yaml"_qs, dir,
            {{u"cmd: sleep 10s\n    shell: ''\n    timeout: 0\n    watchcmd: ''\n    watchshell: ''\n    ifcmd: ''\n    ifshell: ''\n    pollint: 0\n    state: present\n  - name: exec2"_qs,
              u"cmd: 'false'\n  - name: exec2"_qs},
             {u"sleep 10s"_qs, u"true"_qs}});
        const CliResult r = runConverge({u"run"_qs, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r.out).startsWith(
                     u"not converged: 1 done (1 changed), 1 failed, 2 skipped"_qs),
                 qPrintable(r.out));
    }
    void pluralsFollowTheLanguage_data()
    {
        QTest::addColumn<QByteArray>("locale");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("once");
        QTest::addColumn<QString>("twice");

        const QString english = uR"(failed in \d+\.\d s after %1)"_qs;
        const QString german = uR"(fehlgeschlagen in \d+\.\d s nach %1)"_qs;
        for (const char *locale : {"C.UTF-8", "en_US.UTF-8", "it_IT.UTF-8"}) {
            // Italian has no catalogue of its own: the command line falls back to English.
            QTest::newRow(locale) << QByteArray(locale) << QString() << english.arg(u"1 attempt"_qs)
                                  << english.arg(u"2 attempts"_qs);
        }
        QTest::newRow("de_DE.UTF-8")
            << QByteArray("de_DE.UTF-8") << QString() << german.arg(u"1 Versuch"_qs)
            << german.arg(u"2 Versuchen"_qs);
        // The language chosen in the window's preferences wins over the locale.
        QTest::newRow("window's setting")
            << QByteArray("it_IT.UTF-8") << u"de"_qs << german.arg(u"1 Versuch"_qs)
            << german.arg(u"2 Versuchen"_qs);
    }
    void pluralsFollowTheLanguage()
    {
        QFETCH(QByteArray, locale);
        QFETCH(QString, setting);
        QFETCH(QString, once);
        QFETCH(QString, twice);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"fails.yaml"_qs);
        QVERIFY(writeFile(file, "graph: fails\nresources:\n  exec:\n"
                                "  - name: once\n    cmd: 'false'\n"
                                "  - name: twice\n    cmd: 'false'\n"
                                "    meta:\n      retry: 1\n      delay: 0\n"));
        // Where the window keeps its settings: $XDG_CONFIG_HOME/<organisation>/<application>.
        const QString config = dir.filePath(u"config"_qs);
        QVERIFY(QDir().mkpath(config + u"/Converge"_qs));
        if (!setting.isEmpty())
            QVERIFY(writeFile(config + u"/Converge/converge.conf"_qs,
                              "[ui]\nlanguage=" + setting.toUtf8() + '\n'));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_qs, config);
        environment.insert(u"LC_ALL"_qs, QString::fromLatin1(locale));

        const CliResult r = runConverge({u"run"_qs, file}, environment);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(hasLogLine(r.out, u"once"_qs, once), qPrintable(r.out));
        QVERIFY2(hasLogLine(r.out, u"twice"_qs, twice), qPrintable(r.out));
    }
    void sigtermCancelsAndStillSummarises()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec1.yaml"_qs, dir);
        QProcess p;
        p.start(Converge, {u"run"_qs, file});
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput()),
                                  out.contains(u"Exec[exec4]: Apply start"_qs)),
                                 10000);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        out += QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(lastLine(out).startsWith(
                     u"cancelled: 0 done (0 changed), 0 failed, 0 skipped, 4 cancelled"_qs),
                 qPrintable(out));
    }
    void writesGraphvizWithStates()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec1.yaml"_qs, dir, {{u"sleep 10s"_qs, u"true"_qs}});
        const QString dot = dir.filePath(u"out.dot"_qs);
        QCOMPARE(runConverge({u"run"_qs, file, u"--graphviz"_qs, dot}).exitCode, 0);
        QFile f(dot);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("runstate=done"), 4);
    }
    void eventsGoIntoAFifoThatStaysAFifo()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec1.yaml"_qs, dir, {{u"sleep 10s"_qs, u"true"_qs}});
        const QString fifo = dir.filePath(u"events"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(u"cat"_qs, {fifo});
        QVERIFY(reader.waitForStarted());
        QCOMPARE(runConverge({u"run"_qs, file, u"--events"_qs, fifo}).exitCode, 0);
        QVERIFY(reader.waitForFinished(10000));
        QCOMPARE(reader.readAllStandardOutput().count("\"state\":\"done\""), 4);
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }
    void anOutputNamingTheGraphIsRefused()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec1.yaml"_qs, dir, {{u"sleep 10s"_qs, u"true"_qs}});
        QFile graph(file);
        QVERIFY(graph.open(QIODevice::ReadOnly));
        const QByteArray original = graph.readAll();
        for (const QString &option : {u"--events"_qs, u"--graphviz"_qs}) {
            const CliResult r = runConverge({u"run"_qs, file, option, file});
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.trimmed(),
                     u"converge run: %1 names the graph file itself; choose another file"_qs.arg(
                         option));
            QVERIFY(graph.seek(0));
            QCOMPARE(graph.readAll(), original);
        }
    }
    void anUnwritableEventsFileIsNamed()
    {
        QTemporaryDir dir;
        const QString file = example(u"exec1.yaml"_qs, dir, {{u"sleep 10s"_qs, u"true"_qs}});
        const CliResult r = runConverge({u"run"_qs, file, u"--events"_qs, u"/nonexistent/x"_qs});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), u"converge run: cannot create a file in /nonexistent: No such "
                                  u"file or directory"_qs);
    }
    void usageErrorsExitTwo()
    {
        QCOMPARE(runConverge({u"run"_qs}).exitCode, 2);
        QCOMPARE(runConverge({u"run"_qs, u"-j"_qs, u"many"_qs, u"x.yaml"_qs}).exitCode, 2);
        QCOMPARE(runConverge({u"run"_qs, u"/nonexistent/g.yaml"_qs}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
