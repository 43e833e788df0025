#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result converge(const QStringList &arguments)
{
    QProcess p;
    p.start(Converge, arguments);
    if (!p.waitForFinished(30000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
        const Result r = converge({u"run"_qs, file, u"--events"_qs, events});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Exec[exec1]: Apply start"_qs));
        QVERIFY(r.out.contains(u"Exec[exec3]: done in 0.3 s"_qs));
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
        const QString file = example(u"file1.yaml"_qs, dir);
        QFile(dir.filePath(u"f4"_qs)).open(QIODevice::WriteOnly);
        const Result noop = converge({u"run"_qs, u"--noop"_qs, u"--file"_qs, file});
        QCOMPARE(noop.exitCode, 0);
        QVERIFY(!QFile::exists(dir.filePath(u"f1"_qs)));
        QVERIFY(QFile::exists(dir.filePath(u"f4"_qs)));

        const Result first = converge({u"run"_qs, file});
        QCOMPARE(first.exitCode, 0);
        QFile f1(dir.filePath(u"f1"_qs));
        QVERIFY(f1.open(QIODevice::ReadOnly));
        QCOMPARE(f1.readAll(), QByteArray("i am f1\n"));
        QVERIFY(!QFile::exists(dir.filePath(u"f4"_qs)));
        QVERIFY(lastLine(first.out).startsWith(u"converged: 5 done (4 changed)"_qs));

        const Result second = converge({u"run"_qs, file});
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
        const Result r = converge({u"run"_qs, file});
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
        const Result r = converge({u"run"_qs, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r.out).startsWith(
                     u"not converged: 1 done (1 changed), 1 failed, 2 skipped"_qs),
                 qPrintable(r.out));
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
        QCOMPARE(converge({u"run"_qs, file, u"--graphviz"_qs, dot}).exitCode, 0);
        QFile f(dot);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("runstate=done"), 4);
    }
    void usageErrorsExitTwo()
    {
        QCOMPARE(converge({u"run"_qs}).exitCode, 2);
        QCOMPARE(converge({u"run"_qs, u"-j"_qs, u"many"_qs, u"x.yaml"_qs}).exitCode, 2);
        QCOMPARE(converge({u"run"_qs, u"/nonexistent/g.yaml"_qs}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
