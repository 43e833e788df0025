#include "translationloader.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

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

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QCommandLineOption TranslationLoader::languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("converge::TranslationLoader",
                                    "Use the language CODE (de, fr, en) instead of the system's."),
        QStringLiteral("CODE"));
}

QString TranslationLoader::requestedLanguage(const QStringList &arguments)
{
    // Scanned by hand rather than with QCommandLineParser: this runs before the command line
    // is parsed, so that the parser's own help and error texts are already translated.
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
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
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QLocale::c();

    // Qt's catalogue first: translators installed later are asked first, so Converge's own
    // wording wins where both translate the same context.
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!installTranslator(locale, QStringLiteral("converge"), QStringLiteral(":/i18n")))
        return QLocale::c();
    return locale;
}

QLocale TranslationLoader::installFromArguments()
{
    return install(requestedLanguage(QCoreApplication::arguments()));
}

} // namespace converge
