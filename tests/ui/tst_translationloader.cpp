#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLineWinsOverSettingAndSystem_data();
    void commandLineWinsOverSettingAndSystem();
    void languageOptionIsRemovedForTheParser();
    void germanTranslatesQtsOwnStrings();
    void englishRemovesEveryTranslator();

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
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");

    const QString app = QStringLiteral("converge");
    QTest::newRow("separate value")
        << QStringList{app, QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("de")
        << QStringLiteral("fr");
    QTest::newRow("joined value") << QStringList{app, QStringLiteral("run"),
                                                 QStringLiteral("--lang=de_AT")}
                                  << QString() << QStringLiteral("de_AT");
    QTest::newRow("setting") << QStringList{app} << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("after --") << QStringList{app, QStringLiteral("--"), QStringLiteral("--lang"),
                                             QStringLiteral("fr")}
                              << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("system") << QStringList{app} << QString() << QLocale::system().name();
}

void TestTranslationLoader::commandLineWinsOverSettingAndSystem()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QSettings().setValue(TranslationLoader::settingsKey(), setting);
    QCOMPARE(TranslationLoader::requestedLanguage(arguments), expected);
}

void TestTranslationLoader::languageOptionIsRemovedForTheParser()
{
    const QString app = QStringLiteral("converge");
    const QString run = QStringLiteral("run");
    const QString file = QStringLiteral("g.yaml");
    QCOMPARE(TranslationLoader::withoutLanguageOption(
                 {app, run, QStringLiteral("--lang"), QStringLiteral("de"), file}),
             QStringList({app, run, file}));
    QCOMPARE(TranslationLoader::withoutLanguageOption({app, QStringLiteral("--lang=fr"), file}),
             QStringList({app, file}));
    const QStringList untouched{app, run, QStringLiteral("--"), QStringLiteral("--lang=fr")};
    QCOMPARE(TranslationLoader::withoutLanguageOption(untouched), untouched);
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

void TestTranslationLoader::englishRemovesEveryTranslator()
{
    TranslationLoader::install(QStringLiteral("de"));
    QCOMPARE(TranslationLoader::install(QStringLiteral("en")), QLocale::c());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
