#pragma once

#include <QLocale>
#include <QString>

namespace converge {

/// Chooses the user interface language and installs Qt's and Converge's translators.
///
/// The language comes from `--lang CODE` (or `--lang=CODE`) on the command line, else from the
/// setting `ui/language`, else from the system locale. Converge's catalogues are embedded
/// (`:/i18n/converge_<lang>.qm`; English has one for its plural forms); Qt's own strings
/// (standard buttons, dialogs) come from the system's Qt translations when installed. main()
/// calls takeLanguageOption() before the application object exists and installPreferred() once
/// it does, with the organisation and application names set, since they locate the setting.
/// GUI thread only.
class TranslationLoader
{
public:
    /// The settings key that holds the preferred language; empty means "follow the system".
    static QString settingsKey();

    /// Removes `--lang CODE` or `--lang=CODE` (before any `--`) from argv, shifting the rest
    /// down and decreasing argc, as Qt does with its own options, so that the command line
    /// parser never sees it. Remembers CODE for requestedLanguage() and returns it; returns
    /// an empty string, and forgets any earlier CODE, when the option is absent.
    static QString takeLanguageOption(int &argc, char **argv);

    /// The language asked for: the remembered `--lang`, else the setting, else the system,
    /// as a locale name such as "de" or "fr_FR".
    static QString requestedLanguage();

    /// Installs translators for `language` ("de", "fr_CA", "en", or "C" for English).
    /// Translators installed by an earlier call are removed first, so it may be called again.
    /// Sets the default QLocale accordingly. The English catalogue, which holds only the plural
    /// forms, is always installed beneath the others, so that English is also the fallback.
    /// Returns the locale whose Converge catalogue was loaded, or English when none matched
    /// `language`: the interface then stays in English, which is not an error. Needs the
    /// application object.
    static QLocale install(const QString &language);

    /// install(requestedLanguage()).
    static QLocale installPreferred();
};

} // namespace converge
