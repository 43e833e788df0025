#include "validatecommand.h"

#include <QCoreApplication>
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
};

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: converge COMMAND [OPTIONS] [FILE...]") << u"\n\n"_qs
        << tr("Draw, lay out and run mgmt resource graphs in parallel.") << u"\n\n"_qs
        << tr("Commands:") << u'\n';
    for (const Subcommand &c : subcommands)
        out << u"  "_qs << QString::fromLatin1(c.name).leftJustified(12) << tr(c.summary) << u'\n';
    out << u'\n' << tr("Options:") << u'\n' << u"  --help      "_qs << tr("show this help") << u'\n'
        << u"  --version   "_qs << tr("show the version") << u'\n' << u'\n'
        << tr("Run `converge COMMAND --help` for a command's options.") << u'\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // The desktop GUI starts here, before any QCoreApplication exists, when there are no
    // arguments or the only argument is a file to open. printHelp() should then list
    // `converge FILE`: tools/bootstrap.sh opens the demo in the GUI when --help shows that.
    QCoreApplication app(argc, argv);
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
