#include "editor/commands/removeelementscommand.h"
#include "window/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace converge;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLineWinsOverSettingAndSystem_data();
    void commandLineWinsOverSettingAndSystem();
    void germanTranslatesQtsOwnStrings();
    void englishPluralsWithoutParentheses_data();
    void englishPluralsWithoutParentheses();
    void germanStaysGerman();
    void englishRemovesTheOtherLanguages();

private:
    QTemporaryDir m_settingsDir;
};

void TestTranslationLoader::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTranslationLoader::commandLineWinsOverSettingAndSystem_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QByteArrayList>("remaining");

    QTest::newRow("separate value")
        << QByteArrayList{"converge", "--lang", "fr", "g.yaml"} << QStringLiteral("de")
        << QStringLiteral("fr") << QByteArrayList{"converge", "g.yaml"};
    QTest::newRow("joined value") << QByteArrayList{"converge", "run", "--lang=de_AT", "g.yaml"}
                                  << QString() << QStringLiteral("de_AT")
                                  << QByteArrayList{"converge", "run", "g.yaml"};
    QTest::newRow("setting") << QByteArrayList{"converge"} << QStringLiteral("de")
                             << QStringLiteral("de") << QByteArrayList{"converge"};
    QTest::newRow("after --") << QByteArrayList{"converge", "--", "--lang", "fr"}
                              << QStringLiteral("de") << QStringLiteral("de")
                              << QByteArrayList{"converge", "--", "--lang", "fr"};
    QTest::newRow("value missing")
        << QByteArrayList{"converge", "--lang"} << QString() << QLocale::system().name()
        << QByteArrayList{"converge", "--lang"};
    QTest::newRow("system") << QByteArrayList{"converge"} << QString() << QLocale::system().name()
                            << QByteArrayList{"converge"};
}

void TestTranslationLoader::commandLineWinsOverSettingAndSystem()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QFETCH(QByteArrayList, remaining);
    QSettings().setValue(TranslationLoader::settingsKey(), setting);

    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    int argc = int(arguments.size());
    TranslationLoader::takeLanguageOption(argc, argv.data());

    QCOMPARE(TranslationLoader::requestedLanguage(), expected);
    QByteArrayList left;
    for (int i = 0; i < argc; ++i)
        left.append(argv[i]);
    QCOMPARE(left, remaining);
    QCOMPARE(argv[argc], nullptr);
}

void TestTranslationLoader::germanTranslatesQtsOwnStrings()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's German catalogue (qt6-translations-l10n) is not installed");
    auto restore = qScopeGuard([] { TranslationLoader::install(QStringLiteral("en")); });

    TranslationLoader::install(QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(QLocale().language(), QLocale::German);

    TranslationLoader::install(QStringLiteral("fr_FR"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

namespace {

/// The Edit menu's undo text for deleting these resources, or only these edges.
QString deleteText(int resources, int edges)
{
    GraphFragment removed;
    for (int i = 0; i < resources; ++i) {
        Resource resource;
        resource.kind = u"exec"_qs;
        resource.name = u"r%1"_qs.arg(i);
        removed.resources.push_back(resource);
    }
    for (int i = 0; i < edges; ++i)
        removed.edges.push_back({u"exec/a"_qs, u"exec/b"_qs, {}, std::nullopt});
    return RemoveElementsCommand(nullptr, removed).text();
}

QString failedAfter(int tries)
{
    return QCoreApplication::translate("RunCommand", "failed in %1 s after %n attempt(s)", nullptr,
                                       tries)
        .arg(u"0.5"_qs);
}

} // namespace

void TestTranslationLoader::englishPluralsWithoutParentheses_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale::Language>("numbers");

    QTest::newRow("English") << QStringLiteral("en") << QLocale::English;
    QTest::newRow("British") << QStringLiteral("en_GB") << QLocale::English;
    QTest::newRow("C locale") << QStringLiteral("C") << QLocale::C;
    // No Italian catalogue: the interface falls back to English, numbers stay Italian.
    QTest::newRow("Italian") << QStringLiteral("it_IT") << QLocale::Italian;
}

void TestTranslationLoader::englishPluralsWithoutParentheses()
{
    QFETCH(QString, language);
    QFETCH(QLocale::Language, numbers);
    auto restore = qScopeGuard([] { TranslationLoader::install(QStringLiteral("en")); });

    QCOMPARE(TranslationLoader::install(language).language(), QLocale::English);
    QCOMPARE(QLocale().language(), numbers);
    QCOMPARE(deleteText(2, 1), u"Delete 2 resources"_qs);
    QCOMPARE(deleteText(0, 1), u"Delete 1 edge"_qs);
    QCOMPARE(deleteText(0, 3), u"Delete 3 edges"_qs);
    QCOMPARE(
        QCoreApplication::translate("RemoveElementsCommand", "Delete %n resource(s)", nullptr, 1),
        u"Delete 1 resource"_qs);
    QCOMPARE(failedAfter(1), u"failed in 0.5 s after 1 attempt"_qs);
    QCOMPARE(failedAfter(4), u"failed in 0.5 s after 4 attempts"_qs);
}

void TestTranslationLoader::germanStaysGerman()
{
    auto restore = qScopeGuard([] { TranslationLoader::install(QStringLiteral("en")); });

    QCOMPARE(TranslationLoader::install(QStringLiteral("de_DE")).language(), QLocale::German);
    QCOMPARE(deleteText(2, 1), u"2 Ressourcen löschen"_qs);
    QCOMPARE(deleteText(0, 1), u"1 Kante löschen"_qs);
    QCOMPARE(failedAfter(1), u"fehlgeschlagen in 0.5 s nach 1 Versuch"_qs);
}

void TestTranslationLoader::englishRemovesTheOtherLanguages()
{
    TranslationLoader::install(QStringLiteral("de"));
    QCOMPARE(TranslationLoader::install(QStringLiteral("en")).language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(deleteText(2, 0), u"Delete 2 resources"_qs);
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
