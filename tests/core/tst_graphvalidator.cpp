#include "enginetesting.h"

#include "engine/graphvalidator.h"

#include <QTest>

using namespace converge;
using namespace converge::testing;

/// GraphValidator on graphs built in memory, as the window's editor leaves them: the reader's
/// checks did not see these values, so the validator (and the run) must.
class TestGraphValidator : public QObject
{
    Q_OBJECT

private:
    static QString messages(const Diagnostics &diagnostics)
    {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        return lines.join(u'\n');
    }

    /// exec/a with args and shell, which ExecResource::create refuses.
    static ResourceId argsWithShell(Graph &g)
    {
        const ResourceId a =
            add(g, u"exec"_qs, u"a"_qs, {{u"cmd", u"echo"_qs}, {u"shell", u"/bin/sh"_qs}});
        Value args = Value::list();
        args.append(Value::scalar(u"x"_qs));
        g.resource(a).params.insert(u"args"_qs, args);
        return a;
    }

private slots:
    void anEdgeToAMissingResourceIsRefusedAsTheReaderSaysItUntilItExists()
    {
        const YamlGraphReader::Result read = YamlGraphReader::readData(
            "graph: g\nresources:\n  exec:\n  - name: a\n    cmd: \"true\"\nedges:\n"
            "- name: toGhost\n  from: {kind: exec, name: a}\n  to: {kind: exec, name: ghost}\n",
            u"g.yaml"_qs);
        const QString expected = u"g.yaml:9:7: error: edge toGhost: no resource exec/ghost"_qs;
        QCOMPARE(messages(read.diagnostics), expected);
        Graph g = read.graph;
        QCOMPARE(g.resourceCount(), 1);
        QCOMPARE(g.danglingEdgeIds().size(), size_t(1));
        RunOptions options;
        options.fileName = u"g.yaml"_qs;
        QCOMPARE(messages(GraphValidator::validate(g, options)), expected);
        QCOMPARE(GraphValidator::validate(g, options).front().resource, u"exec/a"_qs);

        add(g, u"exec"_qs, u"ghost"_qs, {{u"cmd", u"true"_qs}});
        QCOMPARE(messages(GraphValidator::validate(g, options)), QString());
        QCOMPARE(g.edgeCount(), 1);
    }

    void valuesOfTheWrongTypeAreRefusedAsTheReaderRefusesThem()
    {
        Graph g;
        add(g, u"exec"_qs, u"a"_qs, {{u"cmd", u"true"_qs}, {u"timeout", u"soon"_qs}});
        RunOptions options;
        options.fileName = u"g.yaml"_qs;
        QCOMPARE(messages(GraphValidator::validate(g, options)),
                 u"g.yaml: error: exec/a: timeout: expected a whole number, got \"soon\""_qs);
    }

    void validateResourceAsksTheResourceItself()
    {
        Graph g;
        const ResourceId a = argsWithShell(g);
        QCOMPARE(messages(GraphValidator::validateResource(g.resource(a))),
                 u"error: exec/a: args cannot be used with shell"_qs);
        QCOMPARE(messages(GraphValidator::validate(g)),
                 u"error: exec/a: args cannot be used with shell"_qs);
    }

    void uncollectedExportedResourcesAreLeftOut()
    {
        // mgmt never builds them here, so what they hold cannot stop a run.
        Graph g;
        g.resource(argsWithShell(g)).exported = true;
        QCOMPARE(messages(GraphValidator::validate(g)), QString());
        g.collect = Value::list();
        Value byKind = Value::map();
        byKind.insert(u"kind"_qs, Value::scalar(u"exec"_qs));
        g.collect.append(byKind);
        QCOMPARE(messages(GraphValidator::validate(g)),
                 u"error: exec/a: args cannot be used with shell"_qs);
    }
};

QTEST_GUILESS_MAIN(TestGraphValidator)
#include "tst_graphvalidator.moc"
