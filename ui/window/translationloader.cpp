#include "window/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace converge {

namespace {

// Owned by the application object, so they live exactly as long as it does; kept here only
// to be removed again when the language changes.
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool installTranslator(const QLocale &locale, const QString &catalogue, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, catalogue, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
    return true;
}

// The `--lang` given on the command line, taken out of argv before the application parses it.
QString &languageOverride()
{
    static QString language;
    return language;
}

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString TranslationLoader::takeLanguageOption(int &argc, char **argv)
{
    // Scanned by hand rather than with QCommandLineParser: this runs before any application
    // object exists, so that the command line's own help and error texts can be translated.
    languageOverride().clear();
    const QByteArray option = QByteArrayLiteral("--lang");
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        int taken = 0;
        if (argument == option && i + 1 < argc) {
            languageOverride() = QString::fromLocal8Bit(argv[i + 1]);
            taken = 2;
        } else if (argument.startsWith(option + '=')) {
            languageOverride() = QString::fromLocal8Bit(argument.mid(option.size() + 1));
            taken = 1;
        }
        if (taken > 0) {
            std::copy(argv + i + taken, argv + argc + 1, argv + i); // keeps argv[argc] == nullptr
            argc -= taken;
            break;
        }
    }
    return languageOverride();
}

QString TranslationLoader::requestedLanguage()
{
    if (!languageOverride().isEmpty())
        return languageOverride();
    const QString stored = QSettings().value(settingsKey()).toString();
    return stored.isEmpty() ? QLocale::system().name() : stored;
}

QLocale TranslationLoader::install(const QString &language)
{
    for (QTranslator *translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();

    const QLocale locale(language);
    QLocale::setDefault(locale);
    // English holds only the plural forms ("1 attempt", "2 attempts"). It goes in first and
    // under every other language, so that a language without a catalogue, or a text that a
    // catalogue lacks, still reads as proper English rather than "1 attempt(s)".
    const QLocale english(QLocale::English);
    installTranslator(english, QStringLiteral("converge"), QStringLiteral(":/i18n"));
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return english;

    // Qt's catalogue next: translators installed later are asked first, so Converge's own
    // wording wins where both translate the same context.
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!installTranslator(locale, QStringLiteral("converge"), QStringLiteral(":/i18n")))
        return english;
    return locale;
}

QLocale TranslationLoader::installPreferred()
{
    return install(requestedLanguage());
}

} // namespace converge
