#include "docks/filterdock.h"
#include "document/runcontroller.h"
#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "windowtesting.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// The Filter dock in a real window: name, kind and state filters, focus on the selection, and
/// "Failed and Neighbours" after a real run, each hiding exactly the nodes and edges it should.
class TestFilterDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// exec a -> b -> c -> d -> e, where c fails (so d and e are skipped), and noop x alone.
    QString writeGraph()
    {
        const QString path = m_dir.filePath(u"chain.yaml"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "graph: chain\nresources:\n  exec:\n";
        for (const char *name : {"a", "b", "c", "d", "e"}) {
            text += QByteArray("  - name: ") + name + "\n    cmd: '" +
                    (name == QByteArrayView("c") ? "false" : "true") + "'\n    shell: /bin/sh\n";
        }
        text += "  noop:\n  - name: x\nedges:\n";
        for (const char *pair : {"ab", "bc", "cd", "de"}) {
            text += QByteArray("- name: e") + pair + "\n  from: {kind: exec, name: " + pair[0] +
                    "}\n  to: {kind: exec, name: " + pair[1] + "}\n";
        }
        file.write(text);
        return path;
    }

    /// Names of the nodes the scene shows, sorted.
    static QStringList shown(MainWindow &window)
    {
        QStringList names;
        for (const NodeItem *node : window.scene()->nodeItems()) {
            if (node && node->isVisible())
                names << node->name();
        }
        names.sort();
        return names;
    }

    static int shownEdges(MainWindow &window)
    {
        int count = 0;
        for (EdgeId e : window.document()->graph().edgeIds())
            count += window.scene()->edgeItem(e)->isVisible();
        return count;
    }

    static ResourceId id(MainWindow &window, const QString &kind, const QString &name)
    {
        return window.document()->graph().find(kind, name);
    }

    static void click(FilterDock *dock, const char *button)
    {
        QTest::mouseClick(dock->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    }

    /// A window with the chain open and its Filter dock shown.
    struct Fixture
    {
        MainWindow window;
        FilterDock *dock = nullptr;
        bool open(const QString &path)
        {
            window.resize(1200, 800);
            window.show();
            dock = window.findChild<FilterDock *>();
            dock->show();
            dock->raise();
            return dock && openAndWait(window, path);
        }
        bool run()
        {
            QSignalSpy finished(window.document()->runs(), &RunController::runFinished);
            return window.document()->runs()->run() && finished.wait(10000);
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void typingANameShowsOnlyTheNodesWithItAndTheEdgesBetweenThem()
    {
        Fixture f;
        QVERIFY(f.open(writeGraph()));
        QCOMPARE(shown(f.window).size(), 6);
        auto *name = f.dock->findChild<QLineEdit *>(u"name"_qs);
        // No name contains "q"; "c" is in exactly one.
        QTest::keyClicks(name, u"q"_qs);
        QTRY_COMPARE(shown(f.window), QStringList());
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(name, u"C"_qs);
        QTRY_COMPARE(shown(f.window), QStringList{u"c"_qs});
        QCOMPARE(shownEdges(f.window), 0);
        click(f.dock, "showAll");
        QCOMPARE(shown(f.window).size(), 6);
        QCOMPARE(shownEdges(f.window), 4);
        QVERIFY(name->text().isEmpty());
    }

    void choosingAKindShowsOnlyThatKind()
    {
        Fixture f;
        QVERIFY(f.open(writeGraph()));
        auto *kind = f.dock->findChild<QComboBox *>(u"kind"_qs);
        QCOMPARE(kind->itemText(2), u"noop"_qs);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // "exec"
        QTest::keyClick(kind, Qt::Key_Down); // "noop"
        QCOMPARE(shown(f.window), QStringList{u"x"_qs});
        QCOMPARE(f.dock->shownCount(), 1);
    }

    void focusShowsTheSelectionAndItsStepsUpAndDown()
    {
        Fixture f;
        QVERIFY(f.open(writeGraph()));
        f.window.scene()->selectResource(id(f.window, u"exec"_qs, u"c"_qs));
        click(f.dock, "focus"); // one step: b and d
        QCOMPARE(shown(f.window), (QStringList{u"b"_qs, u"c"_qs, u"d"_qs}));
        QCOMPARE(shownEdges(f.window), 2);
        auto *depth = f.dock->findChild<QSpinBox *>(u"depth"_qs);
        depth->setValue(2);
        click(f.dock, "focus");
        QCOMPARE(shown(f.window), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs}));
        // The view is fitted to what is shown: the noop far off it is outside.
        const QRectF visible =
            f.window.view()->mapToScene(f.window.view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(
            f.window.scene()->nodeItem(id(f.window, u"exec"_qs, u"a"_qs))->sceneBoundingRect()));
    }

    void failedAndNeighboursIsOneClickAfterARun()
    {
        Fixture f;
        QVERIFY(f.open(writeGraph()));
        click(f.dock, "failed"); // nothing failed yet: nothing hidden
        QCOMPARE(shown(f.window).size(), 6);
        QVERIFY(f.run());
        click(f.dock, "failed");
        QCOMPARE(shown(f.window), (QStringList{u"b"_qs, u"c"_qs, u"d"_qs}));
        QCOMPARE(shownEdges(f.window), 2);

        // The state filter follows the run too.
        click(f.dock, "showAll");
        auto *state = f.dock->findChild<QComboBox *>(u"state"_qs);
        state->setFocus();
        state->setCurrentIndex(state->findData(int(ResourceState::Skipped)) - 1);
        QTest::keyClick(state, Qt::Key_Down);
        QCOMPARE(shown(f.window), (QStringList{u"d"_qs, u"e"_qs}));
    }
};

QTEST_MAIN(TestFilterDock)
#include "tst_filterdock.moc"
