#include "exportcommand.h"
#include "runcommand.h"
#include "validatecommand.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: converge COMMAND [OPTIONS] [FILE...]") << u'\n'
        << tr("       converge FILE     open FILE in the window; no arguments open it empty")
        << u"\n\n"_qs << tr("Draw, lay out and run mgmt resource graphs in parallel.") << u"\n\n"_qs
        << tr("Commands:") << u'\n';
    for (const Subcommand &c : subcommands)
        out << u"  "_qs << QString::fromLatin1(c.name).leftJustified(12) << tr(c.summary) << u'\n';
    out << u'\n' << tr("Options:") << u'\n' << u"  --help      "_qs << tr("show this help") << u'\n'
        << u"  --version   "_qs << tr("show the version") << u'\n' << u'\n'
        << tr("Run `converge COMMAND --help` for a command's options.") << u'\n';
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

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Converge"_qs);
    QApplication::setApplicationName(u"converge"_qs);
    QApplication::setApplicationVersion(QStringLiteral(CONVERGE_VERSION));
    MainWindow window;
    window.show();
    if (argc > 1)
        window.openFile(QString::fromLocal8Bit(argv[1]));
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // The window, before any QCoreApplication exists: it needs a QApplication.
    if (wantsGui(argc, argv))
        return runGui(argc, argv);
    const std::unique_ptr<QCoreApplication> app = ExportCommand::createApplication(argc, argv);
    QCoreApplication::setApplicationName(u"converge"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVERGE_VERSION));
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
        err << tr("converge: no command given") << u'\n';
    else
        err << tr("converge: unknown command %1").arg(first) << u'\n';
    printHelp(err);
    return 2;
}
