#include "validatecommand.h"

#include "engine/graphvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace converge {

namespace {

/// Translation context for the subcommand's messages.
class ValidateMessages
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static QString description() { return tr("Check mgmt graph files and report every problem."); }
    static QString fileOption() { return tr("A graph file to check (same as a positional FILE)."); }
    static QString files() { return tr("Graph files in mgmt's YAML format."); }
    static QString noFile() { return tr("converge validate: no file given"); }
    static QString summary(const QString &file, int resources, int edges)
    {
        return tr("%1: %2 resources, %3 edges").arg(file).arg(resources).arg(edges);
    }
};

} // namespace

int ValidateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(ValidateMessages::description());
    parser.addHelpOption();
    const QCommandLineOption fileOption(u"file"_qs, ValidateMessages::fileOption(), u"FILE"_qs);
    parser.addOption(fileOption);
    parser.addPositionalArgument(u"FILE"_qs, ValidateMessages::files(), u"FILE..."_qs);
    if (!parser.parse(arguments)) {
        err << u"converge validate: "_qs << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_qs)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.values(fileOption) + parser.positionalArguments();
    if (files.isEmpty()) {
        err << ValidateMessages::noFile() << Qt::endl << parser.helpText();
        return 2;
    }
    bool allValid = true;
    for (const QString &file : files) {
        const YamlGraphReader::Result result = GraphValidator::validateFile(file);
        for (const Diagnostic &d : result.diagnostics)
            err << d.toStringWithContext() << Qt::endl;
        if (result.ok()) {
            out << ValidateMessages::summary(file, result.graph.resourceCount(),
                                             result.graph.edgeCount())
                << Qt::endl;
        }
        allValid = allValid && result.ok();
    }
    return allValid ? 0 : 1;
}

} // namespace converge
