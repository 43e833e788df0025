#include "resources/fileowner.h"

#include <QTest>

#include <unistd.h>

using namespace converge;

using Kind = FileOwner::Kind;

/// FileOwner resolves `owner` and `group` as mgmt's GetUID/GetGID: a known id first, then a
/// name; anything the databases do not know is refused.
class TestFileOwner : public QObject
{
    Q_OBJECT
private slots:
    void resolvesNamesAndIds()
    {
        QString error;
        QCOMPARE(FileOwner::resolve(Kind::User, u"root"_qs, &error)->id(), 0u);
        QCOMPARE(FileOwner::resolve(Kind::User, u"0"_qs, &error)->id(), 0u);
        QCOMPARE(FileOwner::resolve(Kind::User, u"nobody"_qs, &error)->id(), 65534u);
        QCOMPARE(FileOwner::resolve(Kind::Group, u"root"_qs, &error)->id(), 0u);
        QCOMPARE(FileOwner::resolve(Kind::Group, u"65534"_qs, &error)->id(), 65534u);
        QCOMPARE(FileOwner::resolve(Kind::User, u"1"_qs, &error)->text(), u"1"_qs);
    }
    void refusesUnknownUsersAndGroups()
    {
        QString error;
        QVERIFY(!FileOwner::resolve(Kind::User, u"no-such-user-xyz"_qs, &error));
        QCOMPARE(error, u"unknown user no-such-user-xyz"_qs);
        QVERIFY(!FileOwner::resolve(Kind::Group, u"4000000"_qs, &error));
        QCOMPARE(error, u"unknown group 4000000"_qs);
    }
    void namesIdsForReports()
    {
        QCOMPARE(FileOwner::nameOf(Kind::User, 0), u"root"_qs);
        QCOMPARE(FileOwner::nameOf(Kind::Group, 0), u"root"_qs);
        QCOMPARE(FileOwner::nameOf(Kind::User, 4000000), u"4000000"_qs);
    }
    void onlyRootMayGiveFilesAway()
    {
        QString error;
        const std::optional<FileOwner> self =
            FileOwner::resolve(Kind::User, QString::number(geteuid()), &error);
        QVERIFY(self && self->isAllowed());
        const std::optional<FileOwner> root = FileOwner::resolve(Kind::User, u"root"_qs, &error);
        QCOMPARE(root->isAllowed(), geteuid() == 0);
    }
};

QTEST_GUILESS_MAIN(TestFileOwner)
#include "tst_fileowner.moc"
