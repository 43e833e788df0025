#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <utility>

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

// Scanned by hand rather than with QCommandLineParser: this runs before the command line is
// parsed, so that the parser's own help and error texts are already translated. Returns the
// index of the option and how many arguments it takes up (0 when absent).
std::pair<qsizetype, qsizetype> findLanguageOption(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return {i, 2};
        if (argument.startsWith(option + u'='))
            return {i, 1};
    }
    return {0, 0};
}

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString TranslationLoader::requestedLanguage(const QStringList &arguments)
{
    const auto [index, length] = findLanguageOption(arguments);
    if (length == 2)
        return arguments.at(index + 1);
    if (length == 1)
        return arguments.at(index).section(u'=', 1);
    const QString stored = QSettings().value(settingsKey()).toString();
    return stored.isEmpty() ? QLocale::system().name() : stored;
}

QStringList TranslationLoader::withoutLanguageOption(const QStringList &arguments)
{
    const auto [index, length] = findLanguageOption(arguments);
    QStringList rest = arguments;
    rest.remove(index, length);
    return rest;
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

QStringList TranslationLoader::installFromArguments(const QStringList &arguments)
{
    install(requestedLanguage(arguments));
    return withoutLanguageOption(arguments);
}

} // namespace converge
