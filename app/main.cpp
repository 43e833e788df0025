#include "exportcommand.h"
#include "runcommand.h"
#include "terminationsignals.h"
#include "validatecommand.h"

#include "document/documentfile.h"
#include "layout/layoutprocess.h"
#include "resources/descendantreaper.h"
#include "resources/processlimits.h"
#include "window/mainwindow.h"
#include "window/translationloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

using namespace converge;

namespace {

/// One `converge NAME ...` subcommand. To add one, write its class and add a row below.
struct Subcommand
{
    const char *name;
    const char *summary; ///< one line for --help, translated at print time
    int (*run)(const QStringList &arguments);
};

const Subcommand subcommands[] = {
    {"validate", QT_TRANSLATE_NOOP("main", "check graph files and report every problem"),
     &ValidateCommand::run},
    {"export", QT_TRANSLATE_NOOP("main", "save a graph's picture as DOT, PNG, SVG or PDF"),
     &ExportCommand::run},
    {"run", QT_TRANSLATE_NOOP("main", "run a graph: check and apply its resources in parallel"),
     &RunCommand::run},
};

/// The command line's translation context, a class so that lupdate sees the texts below.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void printHelp(QTextStream &out)
{
    out << Main::tr("Usage: converge COMMAND [OPTIONS] [FILE...]") << u'\n'
        << Main::tr("       converge FILE     open FILE in the window; no arguments open it empty")
        << u"\n\n"_qs << Main::tr("Draw, lay out and run mgmt resource graphs in parallel.")
        << u"\n\n"_qs << Main::tr("Commands:") << u'\n';
    for (const Subcommand &c : subcommands)
        out << u"  "_qs << QString::fromLatin1(c.name).leftJustified(12) << Main::tr(c.summary)
            << u'\n';
    out << u'\n' << Main::tr("Options:") << u'\n' << u"  --help      "_qs
        << Main::tr("show this help") << u'\n' << u"  --version   "_qs
        << Main::tr("show the version") << u'\n' << u'\n'
        << Main::tr("Run `converge COMMAND --help` for a command's options.") << u'\n';
}

/// True when the command line asks for the window: no arguments, or one file to open.
bool wantsGui(int argc, char *argv[])
{
    if (argc < 2)
        return true;
    const QString first = QString::fromLocal8Bit(argv[1]);
    for (const Subcommand &c : subcommands) {
        if (first == QLatin1String(c.name))
            return false;
    }
    return argc == 2 && !first.startsWith(u'-') &&
           (QFileInfo(first).isFile() || first.endsWith(u".yaml") || first.endsWith(u".yml"));
}

/// The layout helper of this `converge`: beside it in a build tree, under libexec when
/// installed. Read from /proc so that it holds before any application object exists.
QString layoutHelperPath()
{
    const QDir here(QFileInfo(QFileInfo(u"/proc/self/exe"_qs).canonicalFilePath()).absolutePath());
    const QString beside = here.filePath(u"converge-layout"_qs);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(here.filePath(QStringLiteral(CONVERGE_LAYOUT_HELPER_RELATIVE)));
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // A closed terminal or a SIGTERM ends the window without a clean close: the recovery file
    // keeps unsaved work, and the window's engine cancels its run and waits for its commands.
    const TerminationSignals termination([] { QCoreApplication::exit(130); });
    TranslationLoader::installPreferred();
    int code = 0;
    {
        MainWindow window;
        window.show();
        // Work a crash left behind is offered first, before anything could replace it.
        window.documentFile()->offerRecovery();
        if (argc > 1)
            window.openFile(QString::fromLocal8Bit(argv[1]));
        code = app.exec();
    }
    // Daemons of the window's commands that hid from their tag were adopted all the same; the
    // window starts no other process, so every child left is one of them.
    DescendantReaper::endAdopted(true);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // One identity for the window and the command line, so that both read the same settings
    // (the language chosen in the window, for one). Qt keeps it for the application object
    // that either path creates below.
    // Before any thread exists: descriptors for as many commands as the hard limit allows,
    // and the orphans of every command this process starts come back to it, to be ended.
    ProcessLimits::raiseDescriptorLimit();
    DescendantReaper::becomeSubreaper();
    LayoutProcess::setHelperPath(layoutHelperPath());
    QCoreApplication::setOrganizationName(u"Converge"_qs);
    QCoreApplication::setApplicationName(u"converge"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVERGE_VERSION));
    TranslationLoader::takeLanguageOption(argc, argv);
    // The window, before any QCoreApplication exists: it needs a QApplication.
    if (wantsGui(argc, argv))
        return runGui(argc, argv);
    const std::unique_ptr<QCoreApplication> app = ExportCommand::createApplication(argc, argv);
    TranslationLoader::installPreferred();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString first = arguments.value(0);
    if (first == u"--version" || first == u"-v") {
        out << u"converge "_qs << QCoreApplication::applicationVersion() << u'\n';
        return 0;
    }
    if (first == u"--help" || first == u"-h") {
        printHelp(out);
        return 0;
    }
    for (const Subcommand &c : subcommands) {
        if (first == QLatin1String(c.name))
            return c.run(arguments);
    }
    if (first.isEmpty())
        err << Main::tr("converge: no command given") << u'\n';
    else
        err << Main::tr("converge: unknown command %1").arg(first) << u'\n';
    printHelp(err);
    return 2;
}
