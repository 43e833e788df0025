#include "document/document.h"
#include "window/mainwindow.h"
#include "window/translationloader.h"

#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <functional>
#include <memory>
#include <vector>

using namespace converge;

/// The window a German or French user sees: started through the same `--lang` path as main(),
/// its menus, actions and status bar must speak the language, and no menu may have two entries
/// on the same Alt key.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Does what main() does with `converge --lang LANGUAGE`.
    static QLocale startWith(const char *language)
    {
        QByteArrayList arguments{"converge", "--lang", language};
        std::vector<char *> argv;
        for (QByteArray &argument : arguments)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        int argc = int(arguments.size());
        TranslationLoader::takeLanguageOption(argc, argv.data());
        return TranslationLoader::installPreferred();
    }

    /// Every menu of the window, the menu bar's and their submenus, depth first.
    static QList<QMenu *> menus(MainWindow &window)
    {
        QList<QMenu *> found;
        std::function<void(QAction *)> visit = [&](QAction *action) {
            if (QMenu *menu = action->menu()) {
                found.append(menu);
                for (QAction *child : menu->actions())
                    visit(child);
            }
        };
        for (QAction *action : window.menuBar()->actions())
            visit(action);
        return found;
    }

    /// "Menu title > action text" of every command that has an Alt key (a '&' in its text).
    static QStringList commands(MainWindow &window)
    {
        QStringList texts;
        for (QAction *action : window.menuBar()->actions())
            texts.append(action->text());
        for (QMenu *menu : menus(window)) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    texts.append(menu->title() + u" > "_qs + action->text());
            }
        }
        return texts;
    }

    static QString mnemonic(const QString &text)
    {
        const qsizetype at = QString(text).replace(u"&&"_qs, u"__"_qs).indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.mid(at + 1, 1).toLower() : QString();
    }

    /// "menu: key used by A and B" for every clash among a menu's entries (and the bar's).
    static QStringList mnemonicClashes(MainWindow &window)
    {
        QList<QList<QAction *>> groups{window.menuBar()->actions()};
        for (QMenu *menu : menus(window))
            groups.append(menu->actions());
        QStringList clashes;
        for (const QList<QAction *> &group : groups) {
            QHash<QString, QString> owner;
            for (QAction *action : group) {
                const QString key = mnemonic(action->text());
                if (key.isEmpty() || !action->isVisible())
                    continue;
                if (owner.contains(key))
                    clashes.append(u"%1: '%2' and '%3'"_qs.arg(key, owner[key], action->text()));
                owner.insert(key, action->text());
            }
        }
        return clashes;
    }

    static QString statusText(MainWindow &window)
    {
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u" | "_qs);
    }

    /// The English texts of the same commands, to see which ones a catalogue left alone.
    QStringList englishCommands()
    {
        startWith("en");
        MainWindow english;
        return commands(english);
    }

    void checkEveryCommandTranslated(const char *language)
    {
        const QStringList english = englishCommands();
        startWith(language);
        MainWindow window;
        const QStringList translated = commands(window);
        QCOMPARE(translated.size(), english.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QString text = english[i].section(u" > "_qs, -1);
            // Engine names, dock toggles, examples and recent files ("&1 g.yaml") are names,
            // not commands; French writes "&Direction" as English does.
            static const QRegularExpression recentFile(u"^&\\d "_qs);
            if (mnemonic(text).isEmpty() || text.contains(recentFile) || text == u"&Direction")
                continue;
            if (translated[i].section(u" > "_qs, -1) == text)
                untranslated.append(english[i]);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u", "_qs)));
        const QStringList clashes = mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_qs)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_qs));
    }

    void cleanup() { startWith("en"); }

    void germanMenusActionsAndStatusBar()
    {
        QCOMPARE(startWith("de").language(), QLocale::German);
        MainWindow window;
        window.show();

        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        for (const QString &title :
             {u"&Datei"_qs, u"&Bearbeiten"_qs, u"&Ansicht"_qs, u"Aus&führen"_qs, u"&Hilfe"_qs})
            QVERIFY2(titles.contains(title), qPrintable(titles.join(u", "_qs)));

        const QStringList texts = commands(window);
        for (const QString &text :
             {u"&Datei > Ö&ffnen…"_qs, u"&Datei > B&eenden"_qs, u"&Bearbeiten > &Löschen"_qs,
              u"&Ansicht > &In Fenster einpassen"_qs, u"Aus&führen > &Probelauf"_qs,
              u"Aus&führen > &Stopp"_qs, u"&Beispiele > Webserver"_qs})
            QVERIFY2(texts.contains(text), qPrintable(texts.join(u", "_qs)));

        QSignalSpy laidOut(window.document(), &Document::layoutReady);
        window.openFile(QStringLiteral(CONVERGE_EXAMPLES_DIR "/exec1.yaml"));
        QVERIFY(laidOut.wait(20000));
        // German words and a German decimal comma: "4 Ressourcen von dot in 0,02 s angeordnet".
        static const QRegularExpression laidOutText(
            u"^4 Ressourcen von dot in \\d+,\\d\\d s angeordnet"_qs);
        QTRY_VERIFY2(statusText(window).contains(laidOutText), qPrintable(statusText(window)));
    }

    void everyGermanCommandTranslatedWithoutAltKeyClashes() { checkEveryCommandTranslated("de"); }

    void frenchLoads()
    {
        QCOMPARE(startWith("fr").language(), QLocale::French);
        MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QVERIFY2(titles.contains(u"&Fichier"_qs), qPrintable(titles.join(u", "_qs)));
        QVERIFY2(titles.contains(u"&Exécuter"_qs), qPrintable(titles.join(u", "_qs)));
        QVERIFY2(commands(window).contains(u"&Exécuter > Exécution à &blanc"_qs),
                 qPrintable(commands(window).join(u", "_qs)));
    }

    void everyFrenchCommandTranslatedWithoutAltKeyClashes() { checkEveryCommandTranslated("fr"); }

    void toolbarsFitTheDefaultWidth_data()
    {
        QTest::addColumn<QByteArray>("language");
        for (const char *language : {"en", "de", "fr"})
            QTest::newRow(language) << QByteArray(language);
    }

    /// At the window's first size every toolbar button shows: none hides behind a toolbar's
    /// » extension button, in any of the three languages.
    void toolbarsFitTheDefaultWidth()
    {
        QFETCH(QByteArray, language);
        startWith(language.constData());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            if (!bar->isVisible())
                continue;
            const auto *extension = bar->findChild<QWidget *>(u"qt_toolbar_ext_button"_qs);
            QVERIFY2(extension && !extension->isVisible(),
                     qPrintable(u"%1 toolbar overflows at %2 px"_qs.arg(bar->windowTitle())
                                    .arg(window.width())));
        }
    }

    /// The undo text for moving n resources at once.
    static QString moveText(int n)
    {
        return QCoreApplication::translate("MoveResourcesCommand", "Move %n resource(s)", nullptr,
                                           n);
    }

    void pluralsFollowEachLanguage()
    {
        startWith("en");
        QCOMPARE(moveText(1), u"Move 1 resource"_qs);
        QCOMPARE(moveText(2), u"Move 2 resources"_qs);
        startWith("de");
        QCOMPARE(QCoreApplication::translate("RunReport", "%n failed", nullptr, 1),
                 u"1 fehlgeschlagen"_qs);
        QCOMPARE(moveText(1), u"1 Ressource verschieben"_qs);
        QCOMPARE(moveText(0), u"0 Ressourcen verschieben"_qs);
        startWith("fr");
        // French uses the singular for 0 and 1.
        QCOMPARE(moveText(0), u"Déplacer 0 ressource"_qs);
        QCOMPARE(moveText(2), u"Déplacer 2 ressources"_qs);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
