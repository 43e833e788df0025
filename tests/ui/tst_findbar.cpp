#include "editor/findbar.h"
#include "scene/graphscene.h"
#include "windowtesting.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// Find in a real window: every key updates the number of matches and the suggestions; Enter
/// selects the matches one after the other and starts again after the last.
class TestFindBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeGraph()
    {
        const QString path = m_dir.filePath(u"find.yaml"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("graph: find\nresources:\n  noop:\n  - name: Web-1\n  - name: db\n"
                   "  - name: web-2\n  exec:\n  - name: build\n    cmd: 'true'\n");
        return path;
    }

    // Without the English catalogue the plural reads "match(es)": compare up to it.
    static QStringList suggestions(QLineEdit *edit)
    {
        QStringList keys;
        const QAbstractItemModel *model = edit->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, 0).data().toString();
        return keys;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void everyKeyCountsTheMatchesAndEnterWalksThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, writeGraph()));
        window.findChild<QAction *>(u"editFind"_qs)->trigger();
        auto *bar = window.findChild<FindBar *>();
        QVERIFY(bar->isVisible());
        QLineEdit *edit = bar->lineEdit();
        QLabel *status = bar->findChildren<QLabel *>().back();
        QTest::keyClicks(edit, u"w"_qs);
        QVERIFY(status->text().startsWith(u"2 match"));
        QCOMPARE(suggestions(edit), (QStringList{u"noop/Web-1"_qs, u"noop/web-2"_qs}));
        QTest::keyClicks(edit, u"EB-2"_qs);
        QVERIFY(status->text().startsWith(u"1 match"));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, u"b"_qs); // "wb": nothing; then "b" alone
        QVERIFY(status->text().startsWith(u"0 match"));
        edit->clear();
        QTest::keyClicks(edit, u"b"_qs);
        QVERIFY(status->text().startsWith(u"4 match")); // web-1, db, web-2, build

        const Graph &graph = window.document()->graph();
        const std::vector<ResourceId> order = {
            graph.find(u"noop"_qs, u"Web-1"_qs), graph.find(u"noop"_qs, u"db"_qs),
            graph.find(u"noop"_qs, u"web-2"_qs), graph.find(u"exec"_qs, u"build"_qs)};
        for (int i = 0; i < 5; ++i) {
            QVERIFY(bar->findNext(u"b"_qs));
            QCOMPARE(window.scene()->selectedResources(),
                     std::vector<ResourceId>{order[size_t(i) % order.size()]});
        }
        QVERIFY(!bar->findNext(u"zz"_qs));
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
