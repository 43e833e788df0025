#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace converge {

/// Chooses the user interface language and installs Qt's and Converge's translators.
///
/// The language comes from `--lang CODE` (or `--lang=CODE`) on the command line, else from the
/// setting `ui/language`, else from the system locale. Converge's catalogues are embedded
/// (`:/i18n/converge_<lang>.qm`); Qt's own strings (standard buttons, dialogs) come from the
/// system's Qt translations when installed. GUI thread only, after the application object exists.
class TranslationLoader
{
public:
    /// The settings key that holds the preferred language; empty means "follow the system".
    static QString settingsKey();

    /// The language asked for by `arguments` (as QCoreApplication::arguments() gives them),
    /// the setting, or the system, in that order, as a locale name such as "de" or "fr_FR".
    static QString requestedLanguage(const QStringList &arguments);

    /// Installs translators for `language` ("de", "fr_CA", "C" or "en" for none). Translators
    /// installed by an earlier call are removed first, so it may be called again. Sets the
    /// default QLocale accordingly. Returns the locale whose Converge catalogue was loaded, or
    /// QLocale::c() when none matched: the interface then stays in English, which is not an
    /// error.
    static QLocale install(const QString &language);

    /// `arguments` without the `--lang` option and its value, for the command line parser.
    static QStringList withoutLanguageOption(const QStringList &arguments);

    /// The one call main() makes, before parsing its command line: installs the language that
    /// `arguments` (all of them, program name first), the setting or the system ask for, and
    /// returns the arguments without `--lang`.
    static QStringList installFromArguments(const QStringList &arguments);
};

} // namespace converge
