// Saving a large file in the real window (offscreen works), and what the Source pane costs the
// GUI thread around it. On a 100,000-resource YAML file (generated, about 11.5 MB, or --file):
//  1. open: the longest GUI-thread stalls from File > Open until the picture is built and the
//     Source pane shows the text, with when the pane took its text;
//  2. edit: one rename through the undo stack: how long the push takes, and the longest stalls
//     until the pane shows the renamed line;
//  3. save: File > Save after that edit: how long the action takes, the longest stalls until the
//     file is written and the pane shows the saved text, and when each of those happened;
//  4. autosave: the longest stalls while the crash-insurance timer writes the edited graph;
//  5. reload: File > Reload of the saved file, the longest stalls until the pane shows its text
//     again (a text swapped for another as large).
// Each stall names its GUI-thread CPU, its wait for a core and the time it was blocked, so a
// busy machine is told apart from work on the GUI thread.
//
//   bench_save [--file PATH] [--resources N]

#include "document/document.h"
#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "document/sourcepreview.h"
#include "editor/commands/renameresourcecommand.h"
#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "layout/layoutprocess.h"
#include "scene/graphscene.h"
#include "window/mainwindow.h"

#include "guitiming.h"
#include "stallmeter.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <functional>

using namespace converge;
using namespace converge::bench;

namespace {

constexpr int WaitMs = 600000;

/// A layered DAG of exec resources as people write them by hand: block-style resources, one
/// flow-style edge from a resource of the layer above to each resource below the first layer.
QByteArray layeredYaml(int resources)
{
    QRandomGenerator random(7);
    const int width = std::max(1, int(std::sqrt(resources)));
    QByteArray text = "# A generated layered DAG for bench_save.\ngraph: savebench\nresources:\n"
                      "  exec:\n";
    for (int i = 0; i < resources; ++i)
        text += "  - name: x" + QByteArray::number(i) + "\n    cmd: true\n";
    text += "edges:\n";
    for (int i = width; i < resources; ++i) {
        const int parent = (i / width - 1) * width + int(random.bounded(width));
        text += "- name: e" + QByteArray::number(i) + "\n  from: {kind: exec, name: x" +
                QByteArray::number(parent) + "}\n  to: {kind: exec, name: x" +
                QByteArray::number(i) + "}\n";
    }
    return text;
}

/// Records when the Source pane took its last text, on meter's clock.
class PaneMarker : public QObject
{
public:
    PaneMarker(SourcePreview *preview, const StallMeter *meter)
    {
        connect(preview, &SourcePreview::ready, this,
                [this, meter] { m_atMs = meter->elapsedMs(); });
    }
    double atMs() const { return m_atMs; }

private:
    double m_atMs = -1;
};

void report(QTextStream &out, const QString &step, const StallMeter &meter, const QString &markers)
{
    out << step
        << QStringLiteral(": longest GUI stall %1; %2 stalls over 100 ms; %3\n")
               .arg(describe(meter.worstGap()))
               .arg(meter.gapsOver100())
               .arg(markers);
    for (const StallMeter::Gap &gap : meter.worst())
        out << QStringLiteral("  stall ") << describe(gap) << u'\n';
    out.flush();
}

QString at(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LayoutProcess::setHelperPath(QStringLiteral(CONVERGE_LAYOUT_HELPER_BUILD));
    QApplication::setOrganizationName(QStringLiteral("ConvergeBench"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"), QStringLiteral("a YAML graph to copy and save"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("resources"), QStringLiteral("resources when generated"),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    if (parser.isSet(QStringLiteral("file"))) {
        if (!QFile::copy(parser.value(QStringLiteral("file")), path))
            return 1;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.write(layeredYaml(parser.value(QStringLiteral("resources")).toInt())))
            return 1;
    }
    out << QStringLiteral("file: %1 MB\n").arg(QFileInfo(path).size() / 1e6, 0, 'f', 1);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto *preview = window.findChild<SourcePreview *>();
    StallMeter meter;
    PaneMarker pane(preview, &meter);
    const auto settled = [&] {
        return !preview->isPending();
    };

    // Reads the file (start() opens or reloads it) until its picture and text are shown.
    const auto read = [&](const QString &step, const std::function<void()> &start) {
        meter.start();
        QSignalSpy laidOut(window.document(), &Document::layoutReady);
        start();
        if (!laidOut.wait(WaitMs) ||
            !spinUntil([&] { return !window.scene()->isBuilding() && settled(); }, WaitMs))
            return false;
        meter.stop();
        report(out, step, meter,
               QStringLiteral("on screen with its text at %1, the pane took it at %2")
                   .arg(at(meter.elapsedMs()), at(pane.atMs())));
        return true;
    };

    // 1. Open.
    if (!read(QStringLiteral("open"), [&] { window.openFile(path); }))
        return 2;

    // 2. One edit.
    GraphEditor *editor = window.editController()->editor();
    meter.start();
    QElapsedTimer push;
    push.start();
    editor->push(new RenameResourceCommand(editor, QStringLiteral("exec"), QStringLiteral("x5"),
                                           QStringLiteral("renamed5")));
    const double pushMs = push.nsecsElapsed() / 1e6;
    if (!spinUntil(settled, WaitMs))
        return 3;
    meter.stop();
    report(out, QStringLiteral("edit"), meter,
           QStringLiteral("the push took %1 ms, the pane changed at %2")
               .arg(pushMs, 0, 'f', 1)
               .arg(at(pane.atMs())));

    // 3. Save.
    meter.start();
    QElapsedTimer press;
    press.start();
    window.documentFile()->saveAction()->trigger();
    const double pressMs = press.nsecsElapsed() / 1e6;
    double writtenMs = -1;
    if (!spinUntil(
            [&] {
                if (writtenMs < 0 && !window.isWindowModified())
                    writtenMs = meter.elapsedMs();
                return writtenMs >= 0 && settled();
            },
            WaitMs))
        return 4;
    meter.stop();
    report(out, QStringLiteral("save"), meter,
           QStringLiteral("Save took %1 ms on the GUI thread, the file was written by %2, "
                          "the pane took the saved text at %3")
               .arg(pressMs, 0, 'f', 1)
               .arg(at(writtenMs), at(pane.atMs())));

    // 4. Crash insurance, after one more edit.
    editor->push(new RenameResourceCommand(editor, QStringLiteral("exec"), QStringLiteral("x6"),
                                           QStringLiteral("renamed6")));
    if (!spinUntil(settled, WaitMs))
        return 6;
    RecoveryFile *recovery = window.documentFile()->recovery();
    meter.start();
    recovery->setInterval(1);
    if (!spinUntil([&] { return recovery->isWriting(); }, WaitMs))
        return 6;
    recovery->setInterval(3600 * 1000);
    const double startedMs = meter.elapsedMs();
    if (!spinUntil([&] { return !recovery->isWriting(); }, WaitMs))
        return 6;
    meter.stop();
    report(out, QStringLiteral("autosave"), meter,
           QStringLiteral("the timer's write started at %1 and was over at %2%3")
               .arg(at(startedMs), at(meter.elapsedMs()),
                    recovery->lastError().isEmpty() ? QString()
                                                    : u", failed: "_qs + recovery->lastError()));
    spinUntil(settled, WaitMs);
    window.documentFile()->recovery()->discard();
    editor->undoStack()->setClean();

    // 5. Reload.
    if (!read(QStringLiteral("reload"), [&] { window.document()->reload(); }))
        return 5;
    return 0;
}
