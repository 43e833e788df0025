#include "resources/filemode.h"

#include <QTest>

using namespace converge;

/// FileMode reads `mode` as mgmt's engine/util/mode.go does: octal, or `=` assignments that
/// set only the classes they name.
class TestFileMode : public QObject
{
    Q_OBJECT
private slots:
    void computesTheWantedBits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<unsigned>("current");
        QTest::addColumn<unsigned>("wanted");
        QTest::newRow("octal") << u"0640"_qs << 0777u << 0640u;
        QTest::newRow("octal without zero") << u"755"_qs << 0u << 0755u;
        QTest::newRow("setuid octal") << u"4755"_qs << 0644u << 04755u;
        QTest::newRow("every class") << u"u=rw,go=r"_qs << 0777u << 0644u;
        QTest::newRow("unnamed classes keep their bits") << u"u=rw"_qs << 0755u << 0655u;
        QTest::newRow("a means all") << u"a=rx"_qs << 0u << 0555u;
        QTest::newRow("empty who means all") << u"=r"_qs << 0777u << 0444u;
        QTest::newRow("empty what clears") << u"o="_qs << 0777u << 0770u;
        QTest::newRow("setuid and setgid") << u"ug=rxs,o=r"_qs << 0u << 06554u;
        QTest::newRow("u= clears setuid") << u"u=rwx"_qs << 04755u << 0755u;
        QTest::newRow("sticky") << u"o=rwxt"_qs << 0770u << 01777u;
    }
    void computesTheWantedBits()
    {
        QFETCH(QString, text);
        QFETCH(unsigned, current);
        QFETCH(unsigned, wanted);
        QString error;
        const std::optional<FileMode> mode = FileMode::parse(text, &error);
        QVERIFY2(mode, qPrintable(error));
        QCOMPARE(FileMode::octal(mode->wanted(current)), FileMode::octal(wanted));
    }
    void refusesWhatMgmtRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("plus") << u"u+x"_qs << u"only = assignments are accepted, as in mgmt"_qs;
        QTest::newRow("minus") << u"go-w"_qs << u"only = assignments are accepted, as in mgmt"_qs;
        QTest::newRow("ls style") << u"rw-r--r--"_qs
                                  << u"only = assignments are accepted, as in mgmt"_qs;
        QTest::newRow("two =") << u"u=r=w"_qs << u"u=r=w needs exactly one ="_qs;
        QTest::newRow("no =") << u"rw"_qs << u"rw needs exactly one ="_qs;
        QTest::newRow("repeated class") << u"u=r,u=w"_qs << u"class u is named twice"_qs;
        QTest::newRow("a with others")
            << u"a=r,u=w"_qs << u"a=r names every class, so it must stand alone"_qs;
        QTest::newRow("bad class") << u"x=r"_qs << u"unknown class x in x=r"_qs;
        QTest::newRow("bad permission") << u"u=q"_qs << u"unknown permission q in u=q"_qs;
        QTest::newRow("too many bits") << u"17777"_qs << u"more than the 12 permission bits"_qs;
    }
    void refusesWhatMgmtRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!FileMode::parse(text, &error));
        QCOMPARE(error,
                 u"mode must be octal, like 0644, or symbolic, like u=rw,go=r, not %1: %2"_qs.arg(
                     text, why));
    }
    void octalHasFourDigits()
    {
        QCOMPARE(FileMode::octal(0644), u"0644"_qs);
        QCOMPARE(FileMode::octal(04755), u"4755"_qs);
        QCOMPARE(FileMode::octal(0), u"0000"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFileMode)
#include "tst_filemode.moc"
