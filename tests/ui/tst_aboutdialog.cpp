#include "dialogs/aboutdialog.h"

#include <QLabel>
#include <QTest>

using namespace converge;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void namesVersionAndEveryLicence();
};

void TestAboutDialog::namesVersionAndEveryLicence()
{
    AboutDialog dialog;
    const auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(text);
    const QString shown = text->text();
    QVERIFY2(shown.contains(QStringLiteral("Converge " CONVERGE_VERSION)), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(shown.contains(QStringLiteral("LGPL")));
    QVERIFY(shown.contains(QStringLiteral("Graphviz: Eclipse Public License")));
    QVERIFY(shown.contains(QStringLiteral("yaml-cpp: MIT")));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
