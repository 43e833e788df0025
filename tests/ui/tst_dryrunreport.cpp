#include "editortesting.h"
#include "editorwindowsuite.h"

#include "docks/logdock.h"
#include "document/runcontroller.h"
#include "model/statepalette.h"
#include "window/dryrunreport.h"


using namespace converge;
using namespace converge::testing;

/// A dry run says what a run would do: the resources it would change look like that, not like
/// done work; the log says what and why and sums up; nothing on disk changes.
class TestDryRunReport : public EditorWindowSuite
{
    Q_OBJECT

    NodeItem *node(const QString &key) const
    {
        return m_window->scene()->nodeItem(findByKey(graph(), key));
    }

    bool runAndWait(bool dryRun)
    {
        QSignalSpy finished(m_window->document()->runs(), &RunController::runFinished);
        return m_window->document()->run(dryRun) && finished.wait(10000);
    }

private slots:
    void aDryRunShowsWhatWouldChangeAndWhyAndChangesNothing()
    {
        QFile same(m_dir.filePath(u"same.txt"_qs));
        QVERIFY(same.open(QIODevice::WriteOnly));
        same.write("ok\n");
        same.close();
        QFile other(m_dir.filePath(u"other.txt"_qs));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("old\n");
        other.close();
        const QString yaml = u"graph: dry\n"
                             "resources:\n"
                             "  noop:\n"
                             "  - name: n\n"
                             "  file:\n"
                             "  - name: new\n"
                             "    path: \"%1/new.txt\"\n"
                             "    content: \"hi\\n\"\n"
                             "    state: exists\n"
                             "  - name: same\n"
                             "    path: \"%1/same.txt\"\n"
                             "    content: \"ok\\n\"\n"
                             "    state: exists\n"
                             "  - name: other\n"
                             "    path: \"%1/other.txt\"\n"
                             "    content: \"new\\n\"\n"
                             "    state: exists\n"_qs.arg(m_dir.path());
        const QString path = m_dir.filePath(u"dry.yaml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.toUtf8());
        file.close();
        QVERIFY(openAndWait(*m_window, path));

        QVERIFY(runAndWait(true));
        // Would change: its own look, not done's.
        for (const QString &key : {u"file/new"_qs, u"file/other"_qs}) {
            QVERIFY2(node(key)->wouldChange(), qPrintable(key));
            QCOMPARE(node(key)->state(), ResourceState::Done);
        }
        QVERIFY(StatePalette::wouldChange().fill != StatePalette::style(ResourceState::Done).fill);
        QVERIFY(StatePalette::wouldChange().glyph !=
                StatePalette::style(ResourceState::Done).glyph);
        // Converged ones are not shown as changed.
        for (const QString &key : {u"file/same"_qs, u"noop/n"_qs})
            QVERIFY2(!node(key)->wouldChange(), qPrintable(key));
        // The log says what, why, and how many.
        auto *log = m_window->findChild<LogDock *>();
        const QString text = log->visibleText();
        QVERIFY2(text.contains(u"file/new"_qs) && text.contains(u"would change"_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u"(noop: not done)"_qs), qPrintable(text));
        QVERIFY2(text.endsWith(u"2 would change, 2 already converged"_qs), qPrintable(text));
        QVERIFY(!text.contains(u"file/same: would change"_qs));
        // Nothing done, and no critical path for checks.
        QVERIFY(!QFile::exists(m_dir.filePath(u"new.txt"_qs)));
        QVERIFY(m_window->document()->runs()->criticalPath().empty());

        // A real run does the work: done, no "would change" left.
        QVERIFY(runAndWait(false));
        QVERIFY(QFile::exists(m_dir.filePath(u"new.txt"_qs)));
        for (ResourceId id : graph().resourceIds()) {
            QVERIFY(!m_window->scene()->nodeItem(id)->wouldChange());
            QCOMPARE(m_window->scene()->nodeItem(id)->state(), ResourceState::Done);
        }
    }
};

QTEST_MAIN(TestDryRunReport)
#include "tst_dryrunreport.moc"
