#include "formats/yamlgraphreader.h"
#include "window/examplesmenu.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace converge;

class TestExamplesMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryBundledExample();
    void everyExampleIsAValidRunnableGraph();
    void choosingOneOpensAWritableCopy();
    void anEditedCopyIsNeverOverwritten();
};

void TestExamplesMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .removeRecursively();
}

void TestExamplesMenu::listsEveryBundledExample()
{
    ExamplesMenu menu;
    QStringList titles;
    for (const QAction *action : menu.actions())
        titles.append(action->text());
    QCOMPARE(titles, QStringList({QStringLiteral("Build Pipeline"),
                                  QStringLiteral("Fan In Fan Out"), QStringLiteral("Web Server")}));
    QVERIFY(menu.isEnabled());
}

void TestExamplesMenu::everyExampleIsAValidRunnableGraph()
{
    ExamplesMenu menu;
    for (const QAction *action : menu.actions()) {
        QFile file(QStringLiteral(":/examples/") + action->data().toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const YamlGraphReader::Result result =
            YamlGraphReader::readData(file.readAll(), file.fileName());
        // No warnings either: every kind in an example must run here.
        const QString first =
            result.diagnostics.isEmpty() ? QString() : result.diagnostics.first().message;
        QVERIFY2(first.isEmpty(), qPrintable(file.fileName() + u": "_qs + first));
        QVERIFY(result.graph.resourceCount() >= 5);
    }
}

void TestExamplesMenu::choosingOneOpensAWritableCopy()
{
    ExamplesMenu menu;
    QSignalSpy chosen(&menu, &ExamplesMenu::exampleChosen);
    menu.actions().constLast()->trigger();
    QCOMPARE(chosen.size(), 1);
    const QString path = chosen.at(0).at(0).toString();
    QVERIFY2(path.endsWith(QStringLiteral("/examples/web-server.yaml")), qPrintable(path));
    QVERIFY(!path.startsWith(u':'));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::ReadWrite));
    QVERIFY(YamlGraphReader::readFile(path).ok());
}

void TestExamplesMenu::anEditedCopyIsNeverOverwritten()
{
    ExamplesMenu menu;
    const QString path = menu.materialise(QStringLiteral("build-pipeline.yaml"));
    QVERIFY(!path.isEmpty());
    {
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::Append));
        copy.write("# my change\n");
    }
    QCOMPARE(menu.materialise(QStringLiteral("build-pipeline.yaml")), path);
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(copy.readAll().endsWith("# my change\n"));
}

QTEST_MAIN(TestExamplesMenu)
#include "tst_examplesmenu.moc"
