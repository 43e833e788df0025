#include "translationloader.h"

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

void TestTranslationLoader::englishRemovesEveryTranslator()
{
    TranslationLoader::install(QStringLiteral("de"));
    QCOMPARE(TranslationLoader::install(QStringLiteral("en")), QLocale::c());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
