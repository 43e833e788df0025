<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DirectorySync</name>
    <message numerus="yes">
        <source>%n more change(s) not listed</source>
        <translation>
            <numerusform>%n more change not listed</numerusform>
            <numerusform>%n more changes not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message numerus="yes">
        <source>%n resources: laid out with %1 instead of %2 to stay fast</source>
        <translation>
            <numerusform>%n resource: laid out with %1 instead of %2 to stay fast</numerusform>
            <numerusform>%n resources: laid out with %1 instead of %2 to stay fast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot lay out a connected group of %n resources and %2 edges: Graphviz&apos;s %1 crashes or runs for minutes on graphs this big; leave the engine to Converge or use sfdp</source>
        <translation>
            <numerusform>%1 cannot lay out a connected group of %n resource and %2 edges: Graphviz&apos;s %1 crashes or runs for minutes on graphs this big; leave the engine to Converge or use sfdp</numerusform>
            <numerusform>%1 cannot lay out a connected group of %n resources and %2 edges: Graphviz&apos;s %1 crashes or runs for minutes on graphs this big; leave the engine to Converge or use sfdp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources: placed in ranks by Converge, as every Graphviz engine would take minutes</source>
        <translation>
            <numerusform>%n resource: placed in ranks by Converge, as every Graphviz engine would take minutes</numerusform>
            <numerusform>%n resources: placed in ranks by Converge, as every Graphviz engine would take minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveResourcesCommand</name>
    <message numerus="yes">
        <source>Move %n resource(s)</source>
        <translation>
            <numerusform>Move %n resource</numerusform>
            <numerusform>Move %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveElementsCommand</name>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>Delete %n edge</numerusform>
            <numerusform>Delete %n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>Delete %n resource</numerusform>
            <numerusform>Delete %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceToolTip</name>
    <message numerus="yes">
        <source>Repaired %n time(s) while watching</source>
        <translation>
            <numerusform>Repaired %n time while watching</numerusform>
            <numerusform>Repaired %n times while watching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>failed in %1 s after %n attempt(s)</source>
        <translation>
            <numerusform>failed in %1 s after %n attempt</numerusform>
            <numerusform>failed in %1 s after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>%n converged</source>
        <translation>
            <numerusform>%n converged</numerusform>
            <numerusform>%n converged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionCommands</name>
    <message numerus="yes">
        <source>Paste %n resource(s)</source>
        <translation>
            <numerusform>Paste %n resource</numerusform>
            <numerusform>Paste %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n resource(s)</source>
        <translation>
            <numerusform>Duplicate %n resource</numerusform>
            <numerusform>Duplicate %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::DryRunReport</name>
    <message numerus="yes">
        <source>, %n could not be checked</source>
        <translation>
            <numerusform>, %n could not be checked</numerusform>
            <numerusform>, %n could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::FindBar</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::GroupActions</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::RunActions</name>
    <message numerus="yes">
        <source>This graph cannot run here: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>This graph cannot run here: %n problem must be fixed first.</numerusform>
            <numerusform>This graph cannot run here: %n problems must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>%n would change</numerusform>
            <numerusform>%n would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already converged</source>
        <translation>
            <numerusform>%n already converged</numerusform>
            <numerusform>%n already converged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done (%1 changed)</source>
        <translation>
            <numerusform>%n done (%1 changed)</numerusform>
            <numerusform>%n done (%1 changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::RunFilesController</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
