// Process reaping at scale, measured on the converge binary as a user runs it: the most
// threads and the peak RSS of the converge process while thousands of commands wait, its wall
// time, 300 commands under `ulimit -n 1024`, and a command printing 200 MB against `cat` of
// the same bytes. Given a second binary (the peer, such as a build from before the change),
// each figure is printed for both with the ratio.
//
//   bench_reaping CONVERGE [PEER] [commands=5000]

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

namespace {

/// What one `converge run` did, sampled from /proc while it ran.
struct Sample
{
    double seconds = 0;
    int threads = 0;  ///< the most threads seen at once
    qint64 rssKb = 0; ///< VmHWM at the end: the peak resident set
    QString summary;  ///< the last line converge printed
    int exitCode = -1;
};

QByteArray statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').first();
    }
    return {};
}

/// Runs `converge run args` with at most descriptors open files (0: as inherited), sampling
/// its threads and memory every few milliseconds.
Sample runConverge(const QString &converge, const QStringList &args, rlim_t descriptors = 0)
{
    QProcess p;
    p.setProgram(converge);
    p.setArguments(QStringList{u"run"_qs} + args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (descriptors > 0) {
        p.setChildProcessModifier([descriptors] {
            const rlimit limit{descriptors, descriptors}; // as `ulimit -n`: soft and hard
            setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    Sample s;
    QElapsedTimer clock;
    clock.start();
    p.start();
    p.waitForStarted();
    const QString status = u"/proc/%1/status"_qs.arg(p.processId());
    QByteArray output;
    while (!p.waitForFinished(5)) {
        QFile file(status);
        const QByteArray now = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        // A zombie's status has no memory fields: keep the highest values seen.
        s.threads = std::max(s.threads, statusField(now, "Threads").toInt());
        s.rssKb = std::max(s.rssKb, statusField(now, "VmHWM").toLongLong());
        // Read continuously: a full pipe would stall converge and the figures with it. Only
        // the end is kept, for the summary line.
        output = (output + p.readAll()).right(4096);
    }
    s.seconds = clock.nsecsElapsed() / 1e9;
    output = (output + p.readAll()).trimmed();
    s.summary = QString::fromLocal8Bit(output.mid(output.lastIndexOf('\n') + 1));
    s.exitCode = p.exitCode();
    return s;
}

/// A graph of count independent exec resources, each running command.
QString writeGraph(const QString &path, int count, const QString &command)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("graph: reaping\nresources:\n  exec:\n");
    for (int i = 0; i < count; ++i) {
        file.write(
            u"  - name: c%1\n    cmd: %2\n    shell: /bin/sh\n"_qs.arg(i).arg(command).toUtf8());
    }
    return path;
}

/// Processes whose command line contains marker: what a run left behind.
int leftBehind(const QByteArray &marker)
{
    int found = 0;
    for (const QString &pid : QDir(u"/proc"_qs).entryList(QDir::Dirs)) {
        QFile cmdline(u"/proc/"_qs + pid + u"/cmdline"_qs);
        if (pid.front().isDigit() && cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(marker))
            ++found;
    }
    return found;
}

void print(const char *what, const QList<Sample> &samples)
{
    std::printf("%-34s", what);
    for (const Sample &s : samples)
        std::printf("  %7.2f s %5d threads %7lld kB RSS", s.seconds, s.threads, qint64(s.rssKb));
    if (samples.size() == 2 && samples[1].seconds > 0)
        std::printf("  time x%.2f threads x%.2f", samples[0].seconds / samples[1].seconds,
                    double(samples[0].threads) / std::max(1, samples[1].threads));
    std::printf("\n");
    for (const Sample &s : samples)
        std::printf("%34s  %s\n", "", qPrintable(s.summary));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_reaping CONVERGE [PEER] [commands=5000]\n");
        return 2;
    }
    QStringList binaries{args[1]};
    if (args.size() > 2 && !args[2].at(0).isDigit())
        binaries.append(args[2]);
    const int commands =
        args.size() > 1 + binaries.size() ? args[1 + binaries.size()].toInt() : 5000;
    QTemporaryDir dir;
    std::printf("columns: %s%s\n", qPrintable(binaries[0]),
                binaries.size() > 1 ? qPrintable(u", then "_qs + binaries[1]) : "");

    // A distinct argument marks this benchmark's commands among the machine's processes.
    const QString sleeps =
        writeGraph(dir.filePath(u"sleeps.yaml"_qs), commands, u"sleep 1.0271"_qs);
    for (const QStringList &jobs : {QStringList{u"-j"_qs, u"64"_qs}, QStringList{}}) {
        QList<Sample> samples;
        for (const QString &converge : binaries)
            samples.append(runConverge(converge, jobs + QStringList{sleeps}));
        const QByteArray what = QByteArray::number(commands) + " x sleep 1 " +
                                (jobs.isEmpty() ? QByteArray("(no -j)") : jobs.join(u' ').toUtf8());
        print(what.constData(), samples);
    }

    const QString three = writeGraph(dir.filePath(u"300.yaml"_qs), 300, u"sleep 1.0272"_qs);
    QList<Sample> limited;
    for (const QString &converge : binaries) {
        limited.append(runConverge(converge, {three}, 1024));
        const int left = leftBehind("1.0272");
        std::printf("300 x sleep 1, ulimit -n 1024: %d processes left behind\n", left);
    }
    print("300 x sleep 1, ulimit -n 1024", limited);

    // 200 MB of short lines, through converge and straight to /dev/null.
    const QString data = dir.filePath(u"flood"_qs);
    QProcess::execute(u"/bin/sh"_qs,
                      {u"-c"_qs, u"yes converge | head -c 200000000 > %1"_qs.arg(data)});
    const QString flood = writeGraph(dir.filePath(u"flood.yaml"_qs), 1, u"cat "_qs + data);
    QElapsedTimer clock;
    clock.start();
    QProcess::execute(u"/bin/sh"_qs, {u"-c"_qs, u"cat %1 > /dev/null"_qs.arg(data)});
    const double bare = clock.nsecsElapsed() / 1e9;
    QList<Sample> floods;
    for (const QString &converge : binaries)
        floods.append(runConverge(converge, {flood}));
    std::printf("cat of 200 MB to /dev/null: %.2f s\n", bare);
    print("200 MB through converge", floods);
    for (const Sample &s : floods)
        std::printf("%34s  x%.1f the bare cat\n", "", s.seconds / bare);
    return 0;
}
