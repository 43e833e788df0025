<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>file is larger than %1 MB, the most Converge reads</source>
        <translation>Datei ist größer als %1 MB, das Maximum, das Converge liest</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is too large (%1 MB); Converge reads graphs up to %2 MB</source>
        <translation>Datei ist zu groß (%1 MB); Converge liest Graphen bis %2 MB</translation>
    </message>
</context>
<context>
    <name>DanglingEdges</name>
    <message>
        <source>%1: no resource %2/%3</source>
        <translation>%1: keine Ressource %2/%3</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz-DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Resource graph drawn by Converge</source>
        <translation>Ressourcengraph, gezeichnet von Converge</translation>
    </message>
    <message>
        <source>cannot draw the PDF page</source>
        <translation>PDF-Seite kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1: unknown format; use .dot, .png, .svg or .pdf</source>
        <translation>%1: unbekanntes Format; .dot, .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <source>there is no graph to export</source>
        <translation>es gibt keinen Graphen zum Exportieren</translation>
    </message>
    <message>
        <source>there is no picture to export</source>
        <translation>es gibt kein Bild zum Exportieren</translation>
    </message>
    <message>
        <source>the picture is too large at scale %1</source>
        <translation>das Bild ist bei Maßstab %1 zu groß</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>Layout des Graphen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message>
        <source>cannot read source directory %1: %2</source>
        <translation>Quellverzeichnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s) not listed</source>
        <translation>
            <numerusform>%n weitere Änderung nicht aufgeführt</numerusform>
            <numerusform>%n weitere Änderungen nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read directory %1: %2</source>
        <translation>Verzeichnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory; force: true replaces it</source>
        <translation>%1 ist kein Verzeichnis; force: true ersetzt es</translation>
    </message>
    <message>
        <source>removed (force): %1</source>
        <translation>entfernt (force): %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>created: %1/</source>
        <translation>angelegt: %1/</translation>
    </message>
    <message>
        <source>cannot create directory %1: %2</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>removed: %1/</source>
        <translation>entfernt: %1/</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
</context>
<context>
    <name>DotReader</name>
    <message>
        <source>syntax error: unexpected end of file</source>
        <translation>Syntaxfehler: unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>node %1: another node is already resource %2</source>
        <translation>Knoten %1: ein anderer Knoten ist bereits Ressource %2</translation>
    </message>
    <message>
        <source>undirected graph: Converge reads only a &apos;digraph&apos;, whose edges (&apos;-&gt;&apos;) say which resource runs first</source>
        <translation>ungerichteter Graph: Converge liest nur einen &apos;digraph&apos;, dessen Kanten (&apos;-&gt;&apos;) sagen, welche Ressource zuerst ausgeführt wird</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>Zyklus: %1</translation>
    </message>
    <message>
        <source>no graph found</source>
        <translation>kein Graph gefunden</translation>
    </message>
    <message>
        <source>syntax error at &apos;%1&apos;</source>
        <translation>Syntaxfehler bei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>: expected a node or a subgraph after &apos;%1&apos;</source>
        <translation>: Knoten oder Subgraph nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>: expected a value after &apos;=&apos;</source>
        <translation>: Wert nach &apos;=&apos; erwartet</translation>
    </message>
    <message>
        <source>: expected an attribute name</source>
        <translation>: Attributname erwartet</translation>
    </message>
</context>
<context>
    <name>DotText</name>
    <message>
        <source>unterminated quoted string: expected &apos;&quot;&apos; before the end of the file</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen: &apos;&quot;&apos; vor dem Dateiende erwartet</translation>
    </message>
    <message>
        <source>quoted string of %1 bytes: Graphviz reads at most %2</source>
        <translation>Zeichenkette in Anführungszeichen mit %1 Bytes: Graphviz liest höchstens %2</translation>
    </message>
    <message>
        <source>value joined with &apos;+&apos; is over %1 bytes, the most Converge reads</source>
        <translation>mit &apos;+&apos; verbundener Wert ist länger als %1 Bytes, das Maximum, das Converge liest</translation>
    </message>
    <message>
        <source>unterminated HTML string: expected &apos;&gt;&apos; before the end of the file</source>
        <translation>nicht abgeschlossene HTML-Zeichenkette: &apos;&gt;&apos; vor dem Dateiende erwartet</translation>
    </message>
    <message>
        <source>HTML string of %1 bytes: Graphviz reads at most %2</source>
        <translation>HTML-Zeichenkette mit %1 Bytes: Graphviz liest höchstens %2</translation>
    </message>
    <message>
        <source>not a text file (NUL byte); expected DOT</source>
        <translation>keine Textdatei (NUL-Byte); DOT erwartet</translation>
    </message>
    <message>
        <source>unterminated comment: expected &apos;*/&apos; before the end of the file</source>
        <translation>nicht abgeschlossener Kommentar: &apos;*/&apos; vor dem Dateiende erwartet</translation>
    </message>
    <message>
        <source>text after the end of the graph: Converge reads one graph per file</source>
        <translation>Text nach dem Ende des Graphen: Converge liest einen Graphen pro Datei</translation>
    </message>
    <message>
        <source>identifier of %1 bytes: Graphviz reads at most %2</source>
        <translation>Bezeichner mit %1 Bytes: Graphviz liest höchstens %2</translation>
    </message>
</context>
<context>
    <name>DotWriter</name>
    <message>
        <source>Graphviz could not write the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht schreiben: %1</translation>
    </message>
    <message>
        <source>the graph cannot be written as DOT (line %1): %2</source>
        <translation>der Graph kann nicht als DOT geschrieben werden (Zeile %1): %2</translation>
    </message>
</context>
<context>
    <name>ExecAttempt</name>
    <message>
        <source>creates %1 is missing</source>
        <translation>creates %1 fehlt</translation>
    </message>
    <message>
        <source>ifcmd `%1` exited 0 and printed something else than ifequals</source>
        <translation>ifcmd `%1` endete mit 0 und gab etwas anderes als ifequals aus</translation>
    </message>
    <message>
        <source>ifcmd `%1` exited 0</source>
        <translation>ifcmd `%1` endete mit 0</translation>
    </message>
    <message>
        <source>nifcmd `%1` exited %2</source>
        <translation>nifcmd `%1` endete mit %2</translation>
    </message>
    <message>
        <source>no ifcmd, nifcmd or creates</source>
        <translation>kein ifcmd, nifcmd oder creates</translation>
    </message>
    <message>
        <source>would run `%1`: %2</source>
        <translation>würde `%1` ausführen: %2</translation>
    </message>
    <message>
        <source>would run `%1`, then `%2`: %3</source>
        <translation>würde `%1` und dann `%2` ausführen: %3</translation>
    </message>
</context>
<context>
    <name>ExecIdentity</name>
    <message>
        <source>user %1 does not exist</source>
        <translation>Benutzer %1 existiert nicht</translation>
    </message>
    <message>
        <source>group %1 does not exist</source>
        <translation>Gruppe %1 existiert nicht</translation>
    </message>
    <message>
        <source>running as root is required to run a command as another user or group</source>
        <translation>Root-Rechte sind nötig, um einen Befehl als anderer Benutzer oder andere Gruppe auszuführen</translation>
    </message>
</context>
<context>
    <name>ExecResource</name>
    <message>
        <source>args cannot be used with shell</source>
        <translation>args kann nicht zusammen mit shell verwendet werden</translation>
    </message>
    <message>
        <source>args cannot be used when cmd has arguments</source>
        <translation>args kann nicht verwendet werden, wenn cmd Argumente hat</translation>
    </message>
    <message>
        <source>cmd is empty</source>
        <translation>cmd ist leer</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1 killed by signal %2</source>
        <translation>%1 durch Signal %2 beendet</translation>
    </message>
    <message>
        <source>%1 failed to start: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 endete mit %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds from 0 to %1, not %2</source>
        <translation>timeout muss eine ganze Zahl von Sekunden zwischen 0 und %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>invalid variable name %1 in env</source>
        <translation>ungültiger Variablenname %1 in env</translation>
    </message>
    <message>
        <source>the path %1 in watchfiles must be absolute</source>
        <translation>der Pfad %1 in watchfiles muss absolut sein</translation>
    </message>
    <message>
        <source>creates must be an absolute path</source>
        <translation>creates muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>mtimes needs the state mgmt keeps between runs, which Converge does not keep</source>
        <translation>mtimes braucht den Zustand, den mgmt zwischen Ausführungen behält, den Converge nicht behält</translation>
    </message>
    <message>
        <source>%1: %2 output lines not shown (the first %3 and the last %4 of each stream are)</source>
        <translation>%1: %2 Ausgabezeilen nicht angezeigt (die ersten %3 und die letzten %4 jedes Datenstroms werden angezeigt)</translation>
    </message>
    <message>
        <source>ifcmd exited with %1</source>
        <translation>ifcmd endete mit %1</translation>
    </message>
    <message>
        <source>ifequals matched</source>
        <translation>ifequals stimmte überein</translation>
    </message>
    <message>
        <source>ifequals_stdout matched</source>
        <translation>ifequals_stdout stimmte überein</translation>
    </message>
    <message>
        <source>nifcmd exited with %1</source>
        <translation>nifcmd endete mit %1</translation>
    </message>
    <message>
        <source>%1 not used: Converge has no send/recv</source>
        <translation>%1 nicht verwendet: Converge hat kein send/recv</translation>
    </message>
    <message>
        <source>notified: as in mgmt, exec is not refreshable and its checks still decide whether cmd runs</source>
        <translation>benachrichtigt: wie in mgmt ist exec nicht auffrischbar, und seine Prüfungen entscheiden weiterhin, ob cmd läuft</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 used only while watching (converge run --watch)</source>
        <translation>%1 nur beim Überwachen verwendet (converge run --watch)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Lay out a graph and save its picture as DOT, PNG, SVG or PDF.</source>
        <translation>Einen Graphen anordnen und sein Bild als DOT, PNG, SVG oder PDF speichern.</translation>
    </message>
    <message>
        <source>Where to save; the extension picks the format: .dot, .gv, .png, .svg or .pdf.</source>
        <translation>Wohin speichern; die Endung bestimmt das Format: .dot, .gv, .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>TB (top to bottom, default) or LR (left to right).</source>
        <translation>TB (von oben nach unten, Standard) oder LR (von links nach rechts).</translation>
    </message>
    <message>
        <source>PNG pixels per point, 0.1 to 16 (default: 2).</source>
        <translation>PNG-Pixel pro Punkt, 0.1 bis 16 (Standard: 2).</translation>
    </message>
    <message>
        <source>PNG and SVG: leave the background transparent.</source>
        <translation>PNG und SVG: Hintergrund transparent lassen.</translation>
    </message>
    <message>
        <source>A yamlgraph or DOT file.</source>
        <translation>Eine yamlgraph- oder DOT-Datei.</translation>
    </message>
    <message>
        <source>give exactly one graph file</source>
        <translation>genau eine Graphdatei angeben</translation>
    </message>
    <message>
        <source>give the output file with -o OUT</source>
        <translation>die Ausgabedatei mit -o OUT angeben</translation>
    </message>
    <message>
        <source>%1: unknown format; use .dot, .png, .svg or .pdf</source>
        <translation>%1: unbekanntes Format; .dot, .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <source>unknown layout engine %1; use one of: %2</source>
        <translation>unbekannte Layout-Engine %1; eine davon verwenden: %2</translation>
    </message>
    <message>
        <source>unknown direction %1; use TB or LR</source>
        <translation>unbekannte Richtung %1; TB oder LR verwenden</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.1 to 16</source>
        <translation>--scale muss eine Zahl von 0.1 bis 16 sein</translation>
    </message>
    <message>
        <source>Colour the nodes with the final states of a run recorded by &apos;converge run --events&apos;.</source>
        <translation>Die Knoten mit den Endzuständen einer mit &apos;converge run --events&apos; aufgezeichneten Ausführung einfärben.</translation>
    </message>
    <message>
        <source>%1 is an input; choose another output file</source>
        <translation>%1 ist eine Eingabe; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>laid out with %1</source>
        <translation>mit %1 angeordnet</translation>
    </message>
    <message>
        <source>laid out with %1; %2</source>
        <translation>mit %1 angeordnet; %2</translation>
    </message>
    <message>
        <source>Layout engine: %1. Without it Converge chooses: dot where it is quick, else its own layered layout, or for a graph with cycles sfdp (ranks beyond sfdp&apos;s reach).</source>
        <translation>Layout-Engine: %1. Ohne diese Angabe wählt Converge: dot, wo es schnell ist, sonst sein eigenes Schichten-Layout, oder für einen Graphen mit Zyklen sfdp (Ränge, wo sfdp nicht mehr reicht).</translation>
    </message>
</context>
<context>
    <name>FileAttributes</name>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>owner %1 -&gt; %2</source>
        <translation>owner %1 -&gt; %2</translation>
    </message>
    <message>
        <source>group %1 -&gt; %2</source>
        <translation>group %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cannot chown %1: %2</source>
        <translation>chown für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>mode %1 -&gt; %2</source>
        <translation>mode %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cannot chmod %1: %2</source>
        <translation>chmod für %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>FileContentSync</name>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 does not exist, and without state: exists it is not created</source>
        <translation>%1 existiert nicht, und ohne state: exists wird es nicht angelegt</translation>
    </message>
    <message>
        <source>%1 is a directory; force: true replaces it by a file</source>
        <translation>%1 ist ein Verzeichnis; force: true ersetzt es durch eine Datei</translation>
    </message>
    <message>
        <source>removed directory (force)</source>
        <translation>Verzeichnis entfernt (force)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>Inhalt unterscheidet sich</translation>
    </message>
    <message>
        <source>mode %1 -&gt; %2</source>
        <translation>mode %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being checked</source>
        <translation>%1 wurde ersetzt, während es geprüft wurde</translation>
    </message>
    <message>
        <source>cannot read the source for %1: %2</source>
        <translation>die Quelle für %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation>%1 kann nicht gekürzt werden: %2</translation>
    </message>
    <message>
        <source>cannot chmod %1: %2</source>
        <translation>chmod für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot read source %1: %2</source>
        <translation>Quelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>source %1 is not a regular file</source>
        <translation>Quelle %1 ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>FileMode</name>
    <message>
        <source>mode must be octal, like 0644, or symbolic, like u=rw,go=r, not %1: %2</source>
        <translation>mode muss oktal sein, wie 0644, oder symbolisch, wie u=rw,go=r, nicht %1: %2</translation>
    </message>
    <message>
        <source>more than the 12 permission bits</source>
        <translation>mehr als die 12 Rechte-Bits</translation>
    </message>
    <message>
        <source>only = assignments are accepted, as in mgmt</source>
        <translation>nur =-Zuweisungen werden akzeptiert, wie in mgmt</translation>
    </message>
    <message>
        <source>%1 needs exactly one =</source>
        <translation>%1 braucht genau ein =</translation>
    </message>
    <message>
        <source>%1 names every class, so it must stand alone</source>
        <translation>%1 nennt jede Klasse und muss daher allein stehen</translation>
    </message>
    <message>
        <source>unknown class %1 in %2</source>
        <translation>unbekannte Klasse %1 in %2</translation>
    </message>
    <message>
        <source>class %1 is named twice</source>
        <translation>Klasse %1 wird zweimal genannt</translation>
    </message>
    <message>
        <source>unknown permission %1 in %2</source>
        <translation>unbekanntes Recht %1 in %2</translation>
    </message>
</context>
<context>
    <name>FileOwner</name>
    <message>
        <source>unknown user %1</source>
        <translation>unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>unknown group %1</source>
        <translation>unbekannte Gruppe %1</translation>
    </message>
</context>
<context>
    <name>FileResource</name>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove directory %1: %2</source>
        <translation>Verzeichnis %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot create directory %1: %2</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory; force: true replaces it</source>
        <translation>%1 existiert und ist kein Verzeichnis; force: true ersetzt es</translation>
    </message>
    <message>
        <source>removed file (force)</source>
        <translation>Datei entfernt (force)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>cannot read link %1: %2</source>
        <translation>Link %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a symlink; force: true removes it</source>
        <translation>%1 ist kein symbolischer Link; force: true entfernt es</translation>
    </message>
    <message>
        <source>%1 exists and is not a symlink; force: true replaces it</source>
        <translation>%1 existiert und ist kein symbolischer Link; force: true ersetzt es</translation>
    </message>
    <message>
        <source>symlink -&gt; %1</source>
        <translation>symlink -&gt; %1</translation>
    </message>
    <message>
        <source>cannot create symlink %1: %2</source>
        <translation>symbolischer Link %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 (noop: not done)</source>
        <translation>%1 (noop: nicht ausgeführt)</translation>
    </message>
</context>
<context>
    <name>FileSnapshot</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>mode changed</source>
        <translation>Rechte geändert</translation>
    </message>
    <message>
        <source>owner changed</source>
        <translation>Eigentümer geändert</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>Inhalt geändert</translation>
    </message>
</context>
<context>
    <name>FileSpec</name>
    <message>
        <source>dirname must end with a slash: %1</source>
        <translation>dirname muss mit einem Schrägstrich enden: %1</translation>
    </message>
    <message>
        <source>basename must not start with a slash: %1</source>
        <translation>basename darf nicht mit einem Schrägstrich beginnen: %1</translation>
    </message>
    <message>
        <source>selinux contexts are not supported by Converge</source>
        <translation>selinux-Kontexte werden von Converge nicht unterstützt</translation>
    </message>
    <message>
        <source>path must be absolute: %1</source>
        <translation>path muss absolut sein: %1</translation>
    </message>
    <message>
        <source>state must be exists or absent, not %1</source>
        <translation>state muss exists oder absent sein, nicht %1</translation>
    </message>
    <message>
        <source>a path cannot contain a NUL byte: %1</source>
        <translation>ein Pfad darf kein NUL-Byte enthalten: %1</translation>
    </message>
    <message>
        <source>only one of content, source and fragments can be given</source>
        <translation>nur eines von content, source und fragments kann angegeben werden</translation>
    </message>
    <message>
        <source>symlink needs a source to point to</source>
        <translation>symlink braucht eine source als Ziel</translation>
    </message>
    <message>
        <source>content, source and fragments cannot be given with state: absent</source>
        <translation>content, source und fragments können nicht mit state: absent angegeben werden</translation>
    </message>
    <message>
        <source>path and source must both be directories (ending in /) or both not</source>
        <translation>path und source müssen beide Verzeichnisse sein (mit / am Ende) oder beide nicht</translation>
    </message>
    <message>
        <source>source must be absolute: %1</source>
        <translation>source muss absolut sein: %1</translation>
    </message>
    <message>
        <source>a directory (path ending in /) cannot have content, fragments or symlink</source>
        <translation>ein Verzeichnis (path endet mit /) kann kein content, fragments oder symlink haben</translation>
    </message>
    <message>
        <source>a source directory is copied only with recurse: true</source>
        <translation>ein Quellverzeichnis wird nur mit recurse: true kopiert</translation>
    </message>
    <message>
        <source>purge needs recurse: true</source>
        <translation>purge braucht recurse: true</translation>
    </message>
    <message>
        <source>recurse cannot be used to copy a single file</source>
        <translation>recurse kann nicht zum Kopieren einer einzelnen Datei verwendet werden</translation>
    </message>
    <message>
        <source>fragment must be absolute: %1</source>
        <translation>Fragment muss absolut sein: %1</translation>
    </message>
    <message>
        <source>the path is inside its own fragment %1</source>
        <translation>der Pfad liegt in seinem eigenen Fragment %1</translation>
    </message>
    <message>
        <source>purge cannot be combined with content or fragments</source>
        <translation>purge kann nicht mit content oder fragments kombiniert werden</translation>
    </message>
    <message>
        <source>symlink cannot be combined with content or fragments</source>
        <translation>symlink kann nicht mit content oder fragments kombiniert werden</translation>
    </message>
    <message>
        <source>symlink cannot be combined with recurse or purge</source>
        <translation>symlink kann nicht mit recurse oder purge kombiniert werden</translation>
    </message>
    <message>
        <source>mode cannot be set on a symlink: a link has no mode of its own</source>
        <translation>mode kann nicht für einen symbolischen Link gesetzt werden: ein Link hat keine eigenen Rechte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 can only be set by root; Converge runs as uid %3</source>
        <translation>%1 %2 kann nur von root gesetzt werden; Converge läuft als uid %3</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>cannot watch %1 (inotify_add_watch): %2</source>
        <translation>%1 kann nicht überwacht werden (inotify_add_watch): %2</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>Inhalt geändert</translation>
    </message>
    <message>
        <source>%1: the inotify watch limit is reached (raise it with sysctl fs.inotify.max_user_watches); checking every %2 ms instead</source>
        <translation>%1: das inotify-Watch-Limit ist erreicht (mit sysctl fs.inotify.max_user_watches erhöhen); stattdessen wird alle %2 ms geprüft</translation>
    </message>
</context>
<context>
    <name>FragmentsReader</name>
    <message>
        <source>cannot read fragment %1: %2</source>
        <translation>Fragment %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read fragment directory %1: %2</source>
        <translation>Fragmentverzeichnis %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>GraphAssembler</name>
    <message>
        <source>resources: %1: expected a list of resources, got %2</source>
        <translation>resources: %1: Liste von Ressourcen erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>kind %1 is not supported: its resources load but will not run</source>
        <translation>Art %1 wird nicht unterstützt: ihre Ressourcen werden geladen, aber nicht ausgeführt</translation>
    </message>
    <message>
        <source>resources: %1: item %2</source>
        <translation>resources: %1: Eintrag %2</translation>
    </message>
    <message>
        <source>%1: expected a map with a name, got %2</source>
        <translation>%1: Map mit name erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: name: expected a string, got %2</source>
        <translation>%1: name: Zeichenkette erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>edges: item %1</source>
        <translation>edges: Eintrag %1</translation>
    </message>
    <message>
        <source>%1: expected a map with name, from and to, got %2</source>
        <translation>%1: Map mit name, from und to erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>edge %1</source>
        <translation>Kante %1</translation>
    </message>
    <message>
        <source>%1: notify: expected true or false, got %2</source>
        <translation>%1: notify: true oder false erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1: %2 fehlt</translation>
    </message>
    <message>
        <source>%1: %2: expected a map with kind and name, got %3</source>
        <translation>%1: %2: Map mit kind und name erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>%1: %2: missing %3</source>
        <translation>%1: %2: %3 fehlt</translation>
    </message>
    <message>
        <source>top level: expected a map with graph, resources and edges, got %1</source>
        <translation>oberste Ebene: Map mit graph, resources und edges erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>graph: missing (mgmt needs a graph name)</source>
        <translation>graph: fehlt (mgmt braucht einen Graphnamen)</translation>
    </message>
    <message>
        <source>graph: expected a graph name, got %1</source>
        <translation>graph: Graphname erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>comment: expected a string, got %1</source>
        <translation>comment: Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1: expected a map from kind to a list of resources, got %2</source>
        <translation>%1: Map von Art auf Liste von Ressourcen erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>edges: expected a list of edges, got %1</source>
        <translation>edges: Liste von Kanten erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>converge: expected a map, got %1; ignored</source>
        <translation>converge: Map erwartet, %1 erhalten; ignoriert</translation>
    </message>
    <message>
        <source>converge: positions: expected kind, name, x and y; ignored</source>
        <translation>converge: positions: kind, name, x und y erwartet; ignoriert</translation>
    </message>
    <message>
        <source>converge: positions: no resource %1/%2; ignored</source>
        <translation>converge: positions: keine Ressource %1/%2; ignoriert</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>Zyklus: %1</translation>
    </message>
    <message>
        <source>unknown kind %1: mgmt has no such resource; did you mean %2?</source>
        <translation>unbekannte Art %1: mgmt hat keine solche Ressource; meinten Sie %2?</translation>
    </message>
    <message>
        <source>unknown kind %1: mgmt has no such resource</source>
        <translation>unbekannte Art %1: mgmt hat keine solche Ressource</translation>
    </message>
    <message>
        <source>%1: name: contains a NUL character (\0), which no name can hold</source>
        <translation>%1: name: enthält ein NUL-Zeichen (\0), das kein Name enthalten kann</translation>
    </message>
    <message>
        <source>%1 repeats the resource at line %2:%3 exactly: merged into one, as mgmt does</source>
        <translation>%1 wiederholt die Ressource in Zeile %2:%3 exakt: zu einer zusammengeführt, wie in mgmt</translation>
    </message>
    <message>
        <source>duplicate resource %1 differs from the one at line %2:%3 (mgmt merges only exact repeats)</source>
        <translation>doppelte Ressource %1 unterscheidet sich von der in Zeile %2:%3 (mgmt führt nur exakte Wiederholungen zusammen)</translation>
    </message>
    <message>
        <source>%1: %2 is exported and not collected, so mgmt has no such resource to connect</source>
        <translation>%1: %2 ist exportiert und nicht gesammelt, also hat mgmt keine solche Ressource zum Verbinden</translation>
    </message>
    <message>
        <source>%1: self-loop on %2</source>
        <translation>%1: Schleife auf %2</translation>
    </message>
    <message>
        <source>%1 repeats the edge %2 -&gt; %3 at line %4: kept once, with this one&apos;s notify, as mgmt does</source>
        <translation>%1 wiederholt die Kante %2 -&gt; %3 aus Zeile %4: einmal behalten, mit dem notify dieser Kante, wie in mgmt</translation>
    </message>
    <message>
        <source>%1: exported (@@) and no collect takes kind %2: it does not run, as under mgmt</source>
        <translation>%1: exportiert (@@) und kein collect nimmt die Art %2: sie läuft nicht, wie unter mgmt</translation>
    </message>
</context>
<context>
    <name>GraphClipboard</name>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Die Zwischenablage enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>GraphComparison</name>
    <message>
        <source>%1: export (@@) differs</source>
        <translation>%1: Export (@@) unterscheidet sich</translation>
    </message>
    <message>
        <source>%1: parameters differ</source>
        <translation>%1: Parameter unterscheiden sich</translation>
    </message>
    <message>
        <source>%1: meta differs</source>
        <translation>%1: meta unterscheidet sich</translation>
    </message>
    <message>
        <source>%1: position differs</source>
        <translation>%1: Position unterscheidet sich</translation>
    </message>
    <message>
        <source>graph: the name differs</source>
        <translation>graph: der Name unterscheidet sich</translation>
    </message>
    <message>
        <source>comment differs</source>
        <translation>comment unterscheidet sich</translation>
    </message>
    <message>
        <source>a top-level key differs</source>
        <translation>ein Schlüssel der obersten Ebene unterscheidet sich</translation>
    </message>
    <message>
        <source>%1 resources instead of %2</source>
        <translation>%1 Ressourcen statt %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 edges instead of %2</source>
        <translation>%1 Kanten statt %2</translation>
    </message>
    <message>
        <source>the edge %1 is missing</source>
        <translation>die Kante %1 fehlt</translation>
    </message>
    <message>
        <source>the edge %1 differs</source>
        <translation>die Kante %1 unterscheidet sich</translation>
    </message>
    <message>
        <source>the edge %1 -&gt; %2 is missing</source>
        <translation>die Kante %1 -&gt; %2 fehlt</translation>
    </message>
    <message>
        <source>the edge %1 -&gt; %2 is extra</source>
        <translation>die Kante %1 -&gt; %2 ist zu viel</translation>
    </message>
</context>
<context>
    <name>GraphFragment</name>
    <message>
        <source>the text holds no resources</source>
        <translation>der Text enthält keine Ressourcen</translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message numerus="yes">
        <source>%n resources: laid out with %1 instead of %2 to stay fast</source>
        <translation>
            <numerusform>%n Ressource: mit %1 statt %2 angeordnet, um schnell zu bleiben</numerusform>
            <numerusform>%n Ressourcen: mit %1 statt %2 angeordnet, um schnell zu bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot lay out a connected group of %n resources and %2 edges: Graphviz&apos;s %1 crashes or runs for minutes on graphs this big; leave the engine to Converge or use sfdp</source>
        <translation>
            <numerusform>%1 kann eine zusammenhängende Gruppe von %n Ressource und %2 Kanten nicht anordnen: %1 von Graphviz stürzt bei so großen Graphen ab oder läuft minutenlang; die Engine Converge überlassen oder sfdp verwenden</numerusform>
            <numerusform>%1 kann eine zusammenhängende Gruppe von %n Ressourcen und %2 Kanten nicht anordnen: %1 von Graphviz stürzt bei so großen Graphen ab oder läuft minutenlang; die Engine Converge überlassen oder sfdp verwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources: placed in ranks by Converge, as every Graphviz engine would take minutes</source>
        <translation>
            <numerusform>%n Ressource: von Converge in Ränge gesetzt, da jede Graphviz-Engine Minuten bräuchte</numerusform>
            <numerusform>%n Ressourcen: von Converge in Ränge gesetzt, da jede Graphviz-Engine Minuten bräuchte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InotifyHub</name>
    <message>
        <source>cannot start watching files (inotify_init1): %1</source>
        <translation>die Dateiüberwachung kann nicht gestartet werden (inotify_init1): %1</translation>
    </message>
</context>
<context>
    <name>LayoutPlan</name>
    <message>
        <source>Graphviz could not lay out the graph with %1: %2</source>
        <translation>Graphviz konnte den Graphen nicht mit %1 anordnen: %2</translation>
    </message>
</context>
<context>
    <name>LayoutProcess</name>
    <message>
        <source>cannot start the layout helper: its path is unknown (set %1)</source>
        <translation>das Layout-Hilfsprogramm kann nicht gestartet werden: sein Pfad ist unbekannt (%1 setzen)</translation>
    </message>
    <message>
        <source>cannot start the layout helper: memfd_create: %1</source>
        <translation>das Layout-Hilfsprogramm kann nicht gestartet werden: memfd_create: %1</translation>
    </message>
    <message>
        <source>cannot start the layout helper: writing its plan: %1</source>
        <translation>das Layout-Hilfsprogramm kann nicht gestartet werden: Schreiben seines Plans: %1</translation>
    </message>
    <message>
        <source>cannot start the layout helper: pipe: %1</source>
        <translation>das Layout-Hilfsprogramm kann nicht gestartet werden: pipe: %1</translation>
    </message>
    <message>
        <source>cannot start the layout helper %1: %2</source>
        <translation>das Layout-Hilfsprogramm %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the %1 layout took longer than its time budget (%2 s) and was stopped; try the automatic engine or a faster one</source>
        <translation>das %1-Layout brauchte länger als sein Zeitbudget (%2 s) und wurde angehalten; versuchen Sie die automatische oder eine schnellere Engine</translation>
    </message>
    <message>
        <source>the %1 layout used up its time budget (%2 s of CPU); try the automatic engine or a faster one</source>
        <translation>das %1-Layout hat sein Zeitbudget aufgebraucht (%2 s CPU); versuchen Sie die automatische oder eine schnellere Engine</translation>
    </message>
    <message>
        <source>the %1 layout crashed (signal %2: %3); the graph is unchanged: try another engine</source>
        <translation>das %1-Layout ist abgestürzt (Signal %2: %3); der Graph ist unverändert: versuchen Sie eine andere Engine</translation>
    </message>
    <message>
        <source>the %1 layout ran out of its memory budget (%2 MB); try the automatic engine or a faster one</source>
        <translation>das %1-Layout hat sein Speicherbudget (%2 MB) überschritten; versuchen Sie die automatische oder eine schnellere Engine</translation>
    </message>
    <message>
        <source>the layout helper ended (exit status %1) without a readable result</source>
        <translation>das Layout-Hilfsprogramm endete (Exit-Status %1) ohne lesbares Ergebnis</translation>
    </message>
</context>
<context>
    <name>MetaParams</name>
    <message>
        <source>meta %1: expected an integer (-1 for forever), got %2</source>
        <translation>meta %1: ganze Zahl erwartet (-1 für unbegrenzt), %2 erhalten</translation>
    </message>
    <message>
        <source>meta %1: expected a whole number of at least %2, got %3</source>
        <translation>meta %1: ganze Zahl von mindestens %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>meta %1: expected true or false, got %2</source>
        <translation>meta %1: true oder false erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>meta %1: expected a number of at least 0, got %2</source>
        <translation>meta %1: Zahl von mindestens 0 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>meta sema: expected a list of &quot;id&quot; or &quot;id:N&quot;, got %1</source>
        <translation>meta sema: Liste von &quot;id&quot; oder &quot;id:N&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>meta sema: expected &quot;id&quot; or &quot;id:N&quot;, got %1</source>
        <translation>meta sema: &quot;id&quot; oder &quot;id:N&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>meta sema: expected &quot;id&quot; or &quot;id:N&quot; with N &gt; 0, got %1</source>
        <translation>meta sema: &quot;id&quot; oder &quot;id:N&quot; mit N &gt; 0 erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>meta: expected a map, got %1</source>
        <translation>meta: Map erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>meta limit: a limit of %1 events per second with burst 0 lets no event through (mgmt refuses it as permanently limited); set burst to 1 or more, or limit to .inf</source>
        <translation>meta limit: ein limit von %1 Ereignissen pro Sekunde mit burst 0 lässt kein Ereignis durch (mgmt lehnt es als dauerhaft begrenzt ab); burst auf 1 oder mehr setzen oder limit auf .inf</translation>
    </message>
</context>
<context>
    <name>MoveResourcesCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource verschieben</numerusform>
            <numerusform>%n Ressourcen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeContext</name>
    <message>
        <source>output truncated after %1 lines</source>
        <translation>Ausgabe nach %1 Zeilen abgeschnitten</translation>
    </message>
</context>
<context>
    <name>NoopResource</name>
    <message>
        <source>received a notification</source>
        <translation>Benachrichtigung erhalten</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>in %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation>die Rechte von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot set the owner of %1: %2</source>
        <translation>der Eigentümer von %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>OutputSplitter</name>
    <message>
        <source> [line cut after %1 bytes]</source>
        <translation> [Zeile nach %1 Bytes abgeschnitten]</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>cannot create a pipe for %1: %2</source>
        <translation>für %1 kann keine Pipe angelegt werden: %2</translation>
    </message>
    <message>
        <source>the command contains a NUL byte, which would cut it short</source>
        <translation>der Befehl enthält ein NUL-Byte, das ihn abschneiden würde</translation>
    </message>
    <message>
        <source>argument %1 contains a NUL byte, which would cut it short</source>
        <translation>Argument %1 enthält ein NUL-Byte, das es abschneiden würde</translation>
    </message>
    <message>
        <source>environment variable %1 contains a NUL byte or &apos;=&apos; in its name</source>
        <translation>Umgebungsvariable %1 enthält ein NUL-Byte oder &apos;=&apos; im Namen</translation>
    </message>
    <message>
        <source>the working directory contains a NUL byte, which would cut it short</source>
        <translation>das Arbeitsverzeichnis enthält ein NUL-Byte, das es abschneiden würde</translation>
    </message>
    <message>
        <source>cannot change directory to %1: %2</source>
        <translation>Wechsel in das Verzeichnis %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot run %1 as user %2 and group %3: %4</source>
        <translation>%1 kann nicht als Benutzer %2 und Gruppe %3 ausgeführt werden: %4</translation>
    </message>
</context>
<context>
    <name>Reactor</name>
    <message>
        <source>cannot create an epoll instance: %1</source>
        <translation>epoll-Instanz kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the reactor&apos;s wake-up eventfd: %1</source>
        <translation>Weck-eventfd des Reaktors kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>cannot watch descriptor %1: %2</source>
        <translation>Deskriptor %1 kann nicht überwacht werden: %2</translation>
    </message>
</context>
<context>
    <name>RecordedRun</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;t&quot; must be a number of seconds, 0 or more</source>
        <translation>&quot;t&quot; muss eine Zahl von Sekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>&quot;resource&quot; must be a string &quot;kind/name&quot;</source>
        <translation>&quot;resource&quot; muss eine Zeichenkette &quot;kind/name&quot; sein</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation>unbekannter Zustand &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be &quot;stdout&quot; or &quot;stderr&quot;</source>
        <translation>&quot;stream&quot; muss &quot;stdout&quot; oder &quot;stderr&quot; sein</translation>
    </message>
    <message>
        <source>an output event needs a string &quot;line&quot;</source>
        <translation>ein Ausgabe-Ereignis braucht eine Zeichenkette &quot;line&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the graph has no resource %1: its events are left out</source>
        <translation>der Graph hat keine Ressource %1: ihre Ereignisse werden ausgelassen</translation>
    </message>
    <message>
        <source>&quot;refresh&quot; must be a string &quot;kind/name&quot;</source>
        <translation>&quot;refresh&quot; muss eine Zeichenkette &quot;kind/name&quot; sein</translation>
    </message>
    <message>
        <source>an event needs &quot;state&quot;, &quot;stream&quot;, &quot;message&quot; or &quot;refresh&quot;</source>
        <translation>ein Ereignis braucht &quot;state&quot;, &quot;stream&quot;, &quot;message&quot; oder &quot;refresh&quot;</translation>
    </message>
</context>
<context>
    <name>RelayoutCommand</name>
    <message>
        <source>Re-layout with %1</source>
        <translation>Neu anordnen mit %1</translation>
    </message>
</context>
<context>
    <name>RemoveElementsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>%n Kante löschen</numerusform>
            <numerusform>%n Kanten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource löschen</numerusform>
            <numerusform>%n Ressourcen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameResourceCommand</name>
    <message>
        <source>Rename %1/%2 to %3</source>
        <translation>%1/%2 in %3 umbenennen</translation>
    </message>
</context>
<context>
    <name>ResourceGrouping</name>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
</context>
<context>
    <name>ResourceSchema</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a map of strings</source>
        <translation>eine Map von Zeichenketten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got %3</source>
        <translation>%1: eines von %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>%1: contains a NUL character (\0), which no command, path or environment entry can hold</source>
        <translation>%1: enthält ein NUL-Zeichen (\0), das kein Befehl, Pfad oder Umgebungseintrag enthalten kann</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2: mgmt ignores it</source>
        <translation>%1: unbekannter Parameter %2: mgmt ignoriert ihn</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2: mgmt ignores it; did you mean %3?</source>
        <translation>%1: unbekannter Parameter %2: mgmt ignoriert ihn; meinten Sie %3?</translation>
    </message>
</context>
<context>
    <name>ResourceState</name>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ResourceToolTip</name>
    <message>
        <source>Cannot run here: Converge runs only %1 resources.</source>
        <translation>Hier nicht ausführbar: Converge führt nur %1-Ressourcen aus.</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Exit-Code: %1</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n time(s) while watching</source>
        <translation>
            <numerusform>%n-mal beim Überwachen repariert</numerusform>
            <numerusform>%n-mal beim Überwachen repariert</numerusform>
        </translation>
    </message>
    <message>
        <source>Last cause: %1</source>
        <translation>Letzte Ursache: %1</translation>
    </message>
</context>
<context>
    <name>ResourceWatchFactory</name>
    <message>
        <source>poll</source>
        <translation>poll</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>fragment %1</source>
        <translation>Fragment %1</translation>
    </message>
    <message>
        <source>watchfiles %1</source>
        <translation>watchfiles %1</translation>
    </message>
    <message>
        <source>creates</source>
        <translation>creates</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>converge run: %1</source>
        <translation>converge run: %1</translation>
    </message>
    <message>
        <source>give exactly one graph file</source>
        <translation>genau eine Graphdatei angeben</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not %2</source>
        <translation>%1 erwartet eine ganze Zahl, nicht %2</translation>
    </message>
    <message>
        <source>Run a graph: check each resource and change what is not converged, in parallel.</source>
        <translation>Einen Graphen ausführen: jede Ressource prüfen und parallel ändern, was nicht konvergiert ist.</translation>
    </message>
    <message>
        <source>The graph file (same as FILE).</source>
        <translation>Die Graphdatei (wie FILE).</translation>
    </message>
    <message>
        <source>Run at most N resources at once (default: all that are ready).</source>
        <translation>Höchstens N Ressourcen gleichzeitig ausführen (Standard: alle bereiten).</translation>
    </message>
    <message>
        <source>Check only; report what would change.</source>
        <translation>Nur prüfen; melden, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Write the graph with its final states as DOT.</source>
        <translation>Den Graphen mit seinen Endzuständen als DOT schreiben.</translation>
    </message>
    <message>
        <source>Write every event as a JSON line.</source>
        <translation>Jedes Ereignis als JSON-Zeile schreiben.</translation>
    </message>
    <message>
        <source>A graph in mgmt&apos;s YAML format.</source>
        <translation>Ein Graph im YAML-Format von mgmt.</translation>
    </message>
    <message>
        <source>Check start</source>
        <translation>Prüfung beginnt</translation>
    </message>
    <message>
        <source>Apply start</source>
        <translation>Anwendung beginnt</translation>
    </message>
    <message>
        <source>already converged, checked in %1 s</source>
        <translation>bereits konvergiert, in %1 s geprüft</translation>
    </message>
    <message>
        <source>would change (noop)</source>
        <translation>würde ändern (noop)</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>fertig in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>failed in %1 s after %n attempt(s)</source>
        <translation>
            <numerusform>fehlgeschlagen in %1 s nach %n Versuch</numerusform>
            <numerusform>fehlgeschlagen in %1 s nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: a prerequisite did not converge</source>
        <translation>übersprungen: eine Voraussetzung ist nicht konvergiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <source> (noop)</source>
        <translation> (noop)</translation>
    </message>
    <message>
        <source>%1: %2 done (%3 %4), %5 failed, %6 skipped</source>
        <translation>%1: %2 fertig (%3 %4), %5 fehlgeschlagen, %6 übersprungen</translation>
    </message>
    <message>
        <source>would change</source>
        <translation>würden ändern</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 abgebrochen</translation>
    </message>
    <message>
        <source> in %1 s; critical path %2 s</source>
        <translation> in %1 s; kritischer Pfad %2 s</translation>
    </message>
    <message>
        <source>Save the picture with its final states as PNG.</source>
        <translation>Das Bild mit den Endzuständen als PNG speichern.</translation>
    </message>
    <message>
        <source>Save the picture with its final states as SVG.</source>
        <translation>Das Bild mit den Endzuständen als SVG speichern.</translation>
    </message>
    <message>
        <source>--%1 names the graph file itself; choose another file</source>
        <translation>--%1 nennt die Graphdatei selbst; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>After the first pass keep watching every resource and repair what drifts, as mgmt does; follow the graph file.</source>
        <translation>Nach dem ersten Durchlauf jede Ressource weiter überwachen und Abweichungen beheben, wie mgmt es tut; der Graphdatei folgen.</translation>
    </message>
    <message>
        <source>Exit S seconds after the graph converged; with --watch, exit 0 once nothing happened for S seconds.</source>
        <translation>S Sekunden nach der Konvergenz des Graphen beenden; mit --watch mit 0 beenden, sobald S Sekunden lang nichts geschehen ist.</translation>
    </message>
    <message>
        <source>watch: %1 has errors; the running graph stays</source>
        <translation>Überwachung: %1 enthält Fehler; der laufende Graph bleibt bestehen</translation>
    </message>
    <message>
        <source>watch: %1 changed: %2 kept, %3 restarted, %4 removed, %5 added</source>
        <translation>Überwachung: %1 geändert: %2 beibehalten, %3 neu gestartet, %4 entfernt, %5 hinzugefügt</translation>
    </message>
    <message>
        <source>watch: %1: %2</source>
        <translation>Überwachung: %1: %2</translation>
    </message>
    <message>
        <source>watch: %1: held for good by meta limit/burst</source>
        <translation>Überwachung: %1: durch meta limit/burst dauerhaft zurückgehalten</translation>
    </message>
    <message>
        <source>watch: %1: held %2 ms by meta limit/burst</source>
        <translation>Überwachung: %1: %2 ms durch meta limit/burst zurückgehalten</translation>
    </message>
    <message>
        <source>watch: %1: checking (%2)</source>
        <translation>Überwachung: %1: wird geprüft (%2)</translation>
    </message>
    <message>
        <source>watch: %1: watch failed: %2</source>
        <translation>Überwachung: %1: Überwachung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>watch: converged for %1 s</source>
        <translation>Überwachung: seit %1 s konvergiert</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Run report: %1</source>
        <translation>Ausführungsbericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n converged</source>
        <translation>
            <numerusform>%n konvergiert</numerusform>
            <numerusform>%n konvergiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s in all</source>
        <translation>%1 s insgesamt</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>Critical path (%1 s): %2</source>
        <translation>Kritischer Pfad (%1 s): %2</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Start (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Ende (s)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Last output</source>
        <translation>Letzte Ausgabe</translation>
    </message>
    <message>
        <source>Refreshed by</source>
        <translation>Aufgefrischt durch</translation>
    </message>
</context>
<context>
    <name>SelectionCommands</name>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nichts einzufügen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource einfügen</numerusform>
            <numerusform>%n Ressourcen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource duplizieren</numerusform>
            <numerusform>%n Ressourcen duplizieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetEdgeNotifyCommand</name>
    <message>
        <source>Notify along %1 -&gt; %2</source>
        <translation>Über %1 -&gt; %2 benachrichtigen</translation>
    </message>
    <message>
        <source>Stop notifying along %1 -&gt; %2</source>
        <translation>Über %1 -&gt; %2 nicht mehr benachrichtigen</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>SignalName</name>
    <message>
        <source>invalid sig %1, did you mean %2?</source>
        <translation>ungültiges sig %1, meinten Sie %2?</translation>
    </message>
    <message>
        <source>invalid sig %1</source>
        <translation>ungültiges sig %1</translation>
    </message>
</context>
<context>
    <name>SymlinkGuard</name>
    <message>
        <source>refusing to follow %1: a symlink owned by %2 in the world-writable sticky directory %3, which the kernel&apos;s protected_symlinks rule forbids</source>
        <translation>%1 wird nicht gefolgt: ein symbolischer Link, der %2 gehört, im für alle beschreibbaren Sticky-Verzeichnis %3, was die Kernel-Regel protected_symlinks verbietet</translation>
    </message>
</context>
<context>
    <name>TimerResource</name>
    <message>
        <source>interval must be a whole number of seconds from 1 to 4294967295 (mgmt&apos;s ticker cannot tick every %1 seconds)</source>
        <translation>interval muss eine ganze Zahl von Sekunden von 1 bis 4294967295 sein (mgmts Ticker kann nicht alle %1 Sekunden ticken)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check mgmt graph files and report every problem.</source>
        <translation>mgmt-Graphdateien prüfen und jedes Problem melden.</translation>
    </message>
    <message>
        <source>A graph file to check (same as a positional FILE).</source>
        <translation>Eine zu prüfende Graphdatei (wie ein positionelles FILE).</translation>
    </message>
    <message>
        <source>Graph files in mgmt&apos;s YAML format.</source>
        <translation>Graphdateien im YAML-Format von mgmt.</translation>
    </message>
    <message>
        <source>converge validate: no file given</source>
        <translation>converge validate: keine Datei angegeben</translation>
    </message>
    <message>
        <source>%1: %2 resources, %3 edges</source>
        <translation>%1: %2 Ressourcen, %3 Kanten</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>watchcmd: %1</source>
        <translation>watchcmd: %1</translation>
    </message>
    <message>
        <source>watchcmd: cannot wait for process %1 (pidfd_open): %2</source>
        <translation>watchcmd: auf Prozess %1 kann nicht gewartet werden (pidfd_open): %2</translation>
    </message>
    <message>
        <source>watchcmd: cannot wait for its output: %1</source>
        <translation>watchcmd: auf seine Ausgabe kann nicht gewartet werden: %1</translation>
    </message>
    <message>
        <source>watchcmd ended (waitpid: %1)</source>
        <translation>watchcmd beendet (waitpid: %1)</translation>
    </message>
    <message>
        <source>watchcmd was killed by signal %1</source>
        <translation>watchcmd wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>watchcmd ended with exit status %1</source>
        <translation>watchcmd endete mit Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>WatchCoordinator</name>
    <message>
        <source>refresh from %1</source>
        <translation>Auffrischung von %1</translation>
    </message>
    <message>
        <source>poked by %1</source>
        <translation>angestoßen durch %1</translation>
    </message>
    <message>
        <source>new in the graph</source>
        <translation>neu im Graphen</translation>
    </message>
</context>
<context>
    <name>WatchSupervisor</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1; watching again after %2 ms (retries left: %3)</source>
        <translation>%1; erneute Überwachung nach %2 ms (verbleibende Versuche: %3)</translation>
    </message>
    <message>
        <source>watch restarted</source>
        <translation>Überwachung neu gestartet</translation>
    </message>
</context>
<context>
    <name>YamlGraphReader</name>
    <message>
        <source>file is too large (%1 MB); Converge reads graphs up to %2 MB</source>
        <translation>Datei ist zu groß (%1 MB); Converge liest Graphen bis %2 MB</translation>
    </message>
    <message>
        <source>not a text file (NUL byte); expected YAML</source>
        <translation>keine Textdatei (NUL-Byte); YAML erwartet</translation>
    </message>
    <message>
        <source>empty file: expected a map with graph, resources and edges</source>
        <translation>leere Datei: Map mit graph, resources und edges erwartet</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>invalid YAML: a tab in the indentation; YAML indents with spaces only</source>
        <translation>ungültiges YAML: ein Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>invalid YAML: illegal map value: no key can start here; check the indentation, or quote a value that holds &quot;: &quot;</source>
        <translation>ungültiges YAML: unzulässiger Map-Wert: hier kann kein Schlüssel beginnen; die Einrückung prüfen oder einen Wert, der &quot;: &quot; enthält, in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>invalid YAML: end of map flow not found: a { is never closed by }</source>
        <translation>ungültiges YAML: Ende der Map-Flow-Notation nicht gefunden: ein { wird nie durch } geschlossen</translation>
    </message>
    <message>
        <source>invalid YAML: end of sequence flow not found: a [ is never closed by ]</source>
        <translation>ungültiges YAML: Ende der Sequenz-Flow-Notation nicht gefunden: ein [ wird nie durch ] geschlossen</translation>
    </message>
    <message>
        <source>invalid YAML: %1: check the indentation</source>
        <translation>ungültiges YAML: %1: die Einrückung prüfen</translation>
    </message>
</context>
<context>
    <name>YamlGraphWriter</name>
    <message>
        <source>cannot save: %1</source>
        <translation>kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>YamlSplicer</name>
    <message>
        <source>two changes fall on the same lines</source>
        <translation>zwei Änderungen betreffen dieselben Zeilen</translation>
    </message>
    <message>
        <source>the changed text does not read back: %1</source>
        <translation>der geänderte Text lässt sich nicht wieder einlesen: %1</translation>
    </message>
    <message>
        <source>the changed text does not read back as the graph (%1)</source>
        <translation>der geänderte Text ergibt beim Wiedereinlesen nicht den Graphen (%1)</translation>
    </message>
    <message>
        <source>a top-level key other than graph and comment changed</source>
        <translation>ein Schlüssel der obersten Ebene außer graph und comment wurde geändert</translation>
    </message>
    <message>
        <source>the graph&apos;s name cannot be changed in place</source>
        <translation>der Name des Graphen kann nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>the comment cannot be changed in place</source>
        <translation>der Kommentar kann nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>%1 is not a block list item: it cannot be removed alone</source>
        <translation>%1 ist kein Eintrag einer Blockliste: er kann nicht einzeln entfernt werden</translation>
    </message>
    <message>
        <source>the kind %1 cannot be removed in place</source>
        <translation>die Art %1 kann nicht direkt entfernt werden</translation>
    </message>
    <message>
        <source>the name of %1 cannot be changed in place</source>
        <translation>der Name von %1 kann nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>%1: %2 cannot be changed in place</source>
        <translation>%1: %2 kann nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>%1: %2 cannot be added in place</source>
        <translation>%1: %2 kann nicht direkt hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1: meta cannot be changed in place</source>
        <translation>%1: meta kann nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>the file has no resource for %1 to follow</source>
        <translation>die Datei enthält keine Ressource, hinter die %1 gesetzt werden kann</translation>
    </message>
    <message>
        <source>%1 is not in a block list: %2 cannot follow it</source>
        <translation>%1 steht nicht in einer Blockliste: %2 kann nicht dahinter gesetzt werden</translation>
    </message>
    <message>
        <source>the file has no kind for a new kind to follow</source>
        <translation>die Datei enthält keine Art, hinter die eine neue Art gesetzt werden kann</translation>
    </message>
    <message>
        <source>the edge %1 cannot name %2 in place</source>
        <translation>die Kante %1 kann %2 nicht direkt nennen</translation>
    </message>
    <message>
        <source>the edge %1 cannot be renamed in place</source>
        <translation>die Kante %1 kann nicht direkt umbenannt werden</translation>
    </message>
    <message>
        <source>the edge %1 changed a key Converge does not edit</source>
        <translation>bei der Kante %1 wurde ein Schlüssel geändert, den Converge nicht bearbeitet</translation>
    </message>
    <message>
        <source>the edge %1 cannot change notify in place</source>
        <translation>bei der Kante %1 kann notify nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>an edge at line %1 is not a block list item: it cannot be removed alone</source>
        <translation>eine Kante in Zeile %1 ist kein Eintrag einer Blockliste: sie kann nicht einzeln entfernt werden</translation>
    </message>
    <message>
        <source>the edges are not a block list: a new edge cannot follow them</source>
        <translation>die Kanten sind keine Blockliste: eine neue Kante kann nicht dahinter gesetzt werden</translation>
    </message>
    <message>
        <source>the edges key holds something a new edge cannot follow</source>
        <translation>der Schlüssel edges enthält etwas, hinter das keine neue Kante gesetzt werden kann</translation>
    </message>
    <message>
        <source>the position of %1 cannot be changed in place</source>
        <translation>die Position von %1 kann nicht direkt geändert werden</translation>
    </message>
    <message>
        <source>a position cannot be removed in place</source>
        <translation>eine Position kann nicht direkt entfernt werden</translation>
    </message>
    <message>
        <source>the converge key holds no positions for new ones to follow</source>
        <translation>der Schlüssel converge enthält keine Positionen, hinter die neue gesetzt werden können</translation>
    </message>
    <message>
        <source>a new position cannot follow the file&apos;s positions</source>
        <translation>eine neue Position kann nicht hinter die Positionen der Datei gesetzt werden</translation>
    </message>
    <message>
        <source>the edge %1 cannot gain notify in place</source>
        <translation>die Kante %1 kann notify nicht direkt erhalten</translation>
    </message>
</context>
<context>
    <name>YamlValueBuilder</name>
    <message>
        <source>duplicate key %1</source>
        <translation>doppelter Schlüssel %1</translation>
    </message>
    <message>
        <source>a map key must be text, not a list or a map</source>
        <translation>ein Map-Schlüssel muss Text sein, keine Liste oder Map</translation>
    </message>
    <message>
        <source>alias to an unknown anchor</source>
        <translation>Alias auf einen unbekannten Anker</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 values</source>
        <translation>Aliase expandieren zu mehr als %1 Werten</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
</context>
<context>
    <name>converge::AboutDialog</name>
    <message>
        <source>About Converge</source>
        <translation>Über Converge</translation>
    </message>
    <message>
        <source>Draw, lay out and run mgmt resource graphs in parallel.</source>
        <translation>mgmt-Ressourcengraphen zeichnen, anordnen und parallel ausführen.</translation>
    </message>
    <message>
        <source>Converge is free software under the MIT licence.</source>
        <translation>Converge ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>It is built on these libraries, each under its own licence:</source>
        <translation>Es baut auf diesen Bibliotheken auf, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>Qt %1: GNU LGPL version 3</source>
        <translation>Qt %1: GNU LGPL Version 3</translation>
    </message>
    <message>
        <source>Graphviz: Eclipse Public License 1.0</source>
        <translation>Graphviz: Eclipse Public License 1.0</translation>
    </message>
    <message>
        <source>yaml-cpp: MIT licence</source>
        <translation>yaml-cpp: MIT-Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>converge::AutoEdgeOverlay</name>
    <message>
        <source>Automatic edge: mgmt orders these resources by the path one of them manages (meta autoedge)</source>
        <translation>Automatische Kante: mgmt ordnet diese Ressourcen nach dem Pfad, den eine von ihnen verwaltet (meta autoedge)</translation>
    </message>
</context>
<context>
    <name>converge::BusyIndicator</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>converge::CheckApply</name>
    <message>
        <source>unsupported resource kind %1: only exec, file, noop and timer can run</source>
        <translation>nicht unterstützte Ressourcenart %1: nur exec, file, noop und timer können laufen</translation>
    </message>
</context>
<context>
    <name>converge::ContextMenus</name>
    <message>
        <source>&amp;Add Here</source>
        <translation>Hier &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>Hier &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
        <source>&amp;Delete Edge</source>
        <translation>Kante &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Benachrichtigen</translation>
    </message>
    <message>
        <source>Send the dependent a refresh when the prerequisite changes something (mgmt&apos;s notify)</source>
        <translation>Der abhängigen Ressource eine Auffrischung senden, wenn die Voraussetzung etwas ändert (notify von mgmt)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>C&amp;onnect From Here</source>
        <translation>Von hier &amp;verbinden</translation>
    </message>
    <message>
        <source>Click another resource to make it depend on this one</source>
        <translation>Auf eine andere Ressource klicken, um sie von dieser abhängig zu machen</translation>
    </message>
</context>
<context>
    <name>converge::DanglingEdgeView</name>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
</context>
<context>
    <name>converge::DetailsDock</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a resource to see its details.</source>
        <translation>Ressource für Details auswählen.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Meta parameters</source>
        <translation>Meta-Parameter</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(Standardwerte)</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Keep converging</source>
        <translation>Konvergent halten</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation>Letzte Ursache</translation>
    </message>
</context>
<context>
    <name>converge::Document</name>
    <message>
        <source>Laying out</source>
        <translation>Layout wird berechnet</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>converge::DocumentFile</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty graph</source>
        <translation>Einen leeren Graphen beginnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the graph as mgmt YAML, with node positions</source>
        <translation>Den Graphen als mgmt-YAML speichern, mit Knotenpositionen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the graph under another name</source>
        <translation>Den Graphen unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The graph has unsaved changes. Save them first?</source>
        <translation>Der Graph hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Save Graph</source>
        <translation>Graph speichern</translation>
    </message>
    <message>
        <source>mgmt YAML graphs (*.yaml *.yml)</source>
        <translation>mgmt-YAML-Graphen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save %1:
%2
The file on disk is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden:
%2
Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Editing is blocked while the graph runs</source>
        <translation>Bearbeiten ist gesperrt, solange der Graph ausgeführt wird</translation>
    </message>
    <message>
        <source>Recover Unsaved Work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Converge did not close properly. Unsaved changes to %1 were kept automatically at %2. Recover them?</source>
        <translation>Converge wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden automatisch in %2 aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>an untitled graph</source>
        <translation>einem unbenannten Graphen</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Recovered the unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt</translation>
    </message>
    <message>
        <source>Saved %1, rewritten in full (comments and layout not kept): %2</source>
        <translation>%1 gespeichert, vollständig neu geschrieben (Kommentare und Formatierung nicht erhalten): %2</translation>
    </message>
    <message>
        <source>%1 changed on disk; your unsaved edits are kept and Keep Converging goes on with the graph it runs. Reload to take the file&apos;s version.</source>
        <translation>%1 wurde auf der Platte geändert; Ihre ungespeicherten Änderungen bleiben erhalten, und Konvergent halten läuft mit seinem Graphen weiter. Neu laden übernimmt die Fassung der Datei.</translation>
    </message>
    <message>
        <source>Waiting for the save of %1 to finish</source>
        <translation>Warte, bis %1 fertig gespeichert ist</translation>
    </message>
</context>
<context>
    <name>converge::DryRunReport</name>
    <message>
        <source>%1 would change, %2 already converged</source>
        <translation>%1 würden ändern, %2 bereits konvergiert</translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be checked</source>
        <translation>
            <numerusform>, %n konnte nicht geprüft werden</numerusform>
            <numerusform>, %n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>would change</source>
        <translation>würde ändern</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
</context>
<context>
    <name>converge::EdgePropertiesDock</name>
    <message>
        <source>Edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Benachrichtigen</translation>
    </message>
    <message>
        <source>Click an edge to see where it goes and whether it notifies.</source>
        <translation>Auf eine Kante klicken, um zu sehen, wohin sie führt und ob sie benachrichtigt.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>When the prerequisite changes something, send the dependent a refresh (mgmt&apos;s notify)</source>
        <translation>Wenn die Voraussetzung etwas ändert, der abhängigen Ressource eine Auffrischung senden (notify von mgmt)</translation>
    </message>
</context>
<context>
    <name>converge::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Remove the selected resources and put them on the clipboard</source>
        <translation>Die ausgewählten Ressourcen entfernen und in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected resources as mgmt YAML</source>
        <translation>Die ausgewählten Ressourcen als mgmt-YAML kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add the resources on the clipboard; taken names get a suffix</source>
        <translation>Die Ressourcen aus der Zwischenablage hinzufügen; vergebene Namen erhalten ein Suffix</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected resources next to themselves</source>
        <translation>Die ausgewählten Ressourcen daneben kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected resources and their edges</source>
        <translation>Die ausgewählten Ressourcen und ihre Kanten löschen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected resource in place</source>
        <translation>Die ausgewählte Ressource direkt umbenennen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Select every resource</source>
        <translation>Alle Ressourcen auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find a resource by kind or name</source>
        <translation>Eine Ressource nach Art oder Name suchen</translation>
    </message>
    <message>
        <source>&amp;Connect Mode</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Drag from one resource to another to add a dependency (or hold Shift while dragging)</source>
        <translation>Von einer Ressource zu einer anderen ziehen, um eine Abhängigkeit hinzuzufügen (oder beim Ziehen Umschalt halten)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am &amp;Gitter ausrichten</translation>
    </message>
    <message>
        <source>Moved and new resources land on a %1-point grid</source>
        <translation>Verschobene und neue Ressourcen rasten auf einem %1-Punkt-Gitter ein</translation>
    </message>
    <message>
        <source>Re-&amp;layout</source>
        <translation>&amp;Neu anordnen</translation>
    </message>
    <message>
        <source>Lay the graph out again with Graphviz (one undo step)</source>
        <translation>Den Graphen mit Graphviz neu anordnen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Editing is blocked while the graph runs</source>
        <translation>Bearbeiten ist gesperrt, solange der Graph ausgeführt wird</translation>
    </message>
    <message>
        <source>Editing is blocked while the graph runs: stop the run or wait for it to finish.</source>
        <translation>Bearbeiten ist gesperrt, solange der Graph ausgeführt wird: Ausführung stoppen oder ihr Ende abwarten.</translation>
    </message>
</context>
<context>
    <name>converge::EmptyCanvasHint</name>
    <message>
        <source>Drag a kind from the palette, or open an example</source>
        <translation>Eine Art aus der Palette ziehen oder ein Beispiel öffnen</translation>
    </message>
</context>
<context>
    <name>converge::Engine</name>
    <message>
        <source>cycle: %1</source>
        <translation>Zyklus: %1</translation>
    </message>
    <message>
        <source>cycle through automatic edges (meta autoedge) among: %1; set autoedge: false on one of them</source>
        <translation>Zyklus über automatische Kanten (meta autoedge) zwischen: %1; setzen Sie autoedge: false bei einer davon</translation>
    </message>
</context>
<context>
    <name>converge::EngineRun</name>
    <message>
        <source>%1; retrying in %2 ms (attempt %3 of %4)</source>
        <translation>%1; neuer Versuch in %2 ms (Versuch %3 von %4)</translation>
    </message>
    <message>
        <source>no memory left for the run&apos;s events: the run was stopped</source>
        <translation>für die Ereignisse der Ausführung ist kein Speicher mehr frei: die Ausführung wurde gestoppt</translation>
    </message>
</context>
<context>
    <name>converge::EnvTableEditor</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>converge::ExamplesMenu</name>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Cannot Open Example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not copy the example to %1: %2</source>
        <translation>Das Beispiel konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>Build Pipeline</source>
        <translation>Build-Pipeline</translation>
    </message>
    <message>
        <source>Fan In Fan Out</source>
        <translation>Fan-in und Fan-out</translation>
    </message>
    <message>
        <source>Web Server</source>
        <translation>Webserver</translation>
    </message>
</context>
<context>
    <name>converge::ExportController</name>
    <message>
        <source>Pixels per point: 1 is the size on screen at 100 %</source>
        <translation>Pixel pro Punkt: 1 ist die Bildschirmgröße bei 100 %</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Export Diagram...</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF or Graphviz DOT</source>
        <translation>Das Diagramm als PNG, SVG, PDF oder Graphviz-DOT speichern</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>graph</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Show the &amp;critical path</source>
        <translation>&amp;Kritischen Pfad zeigen</translation>
    </message>
    <message>
        <source>Keep the glow along the run&apos;s longest chain in the picture</source>
        <translation>Das Leuchten entlang der längsten Kette der Ausführung im Bild behalten</translation>
    </message>
    <message>
        <source>%1 Options</source>
        <translation>%1-Optionen</translation>
    </message>
</context>
<context>
    <name>converge::FilterDock</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Teil eines Namens</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Zustand</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>How far up and down from the selection Focus reaches</source>
        <translation>Wie weit der Fokus von der Auswahl aus nach oben und unten reicht</translation>
    </message>
    <message>
        <source>Focus on Selection</source>
        <translation>Auf Auswahl fokussieren</translation>
    </message>
    <message>
        <source>Failed and Neighbours</source>
        <translation>Fehlgeschlagene und Nachbarn</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Showing %1 of %2 resources</source>
        <translation>%1 von %2 Ressourcen werden angezeigt</translation>
    </message>
    <message>
        <source>Select the resources to focus on first.</source>
        <translation>Zuerst die Ressourcen auswählen, auf die fokussiert werden soll.</translation>
    </message>
    <message>
        <source>No resource has failed.</source>
        <translation>Keine Ressource ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Beliebige Art</translation>
    </message>
</context>
<context>
    <name>converge::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find a resource: kind/name</source>
        <translation>Ressource suchen: Art/Name</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>No resource matches “%1”</source>
        <translation>Keine Ressource passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::GroupActions</name>
    <message>
        <source>&amp;Group By</source>
        <translation>&amp;Gruppieren nach</translation>
    </message>
    <message>
        <source>Name &amp;Prefix</source>
        <translation>Namens&amp;präfix</translation>
    </message>
    <message>
        <source>Name Prefix &amp;Of My Choice…</source>
        <translation>&amp;Eigenes Namenspräfix…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Connected Component</source>
        <translation>&amp;Zusammenhangskomponente</translation>
    </message>
    <message>
        <source>mgmt &amp;Autogroup</source>
        <translation>mgmt-A&amp;utogroup</translation>
    </message>
    <message>
        <source>Group the resources whose names start with a text</source>
        <translation>Die Ressourcen gruppieren, deren Namen mit einem Text beginnen</translation>
    </message>
    <message>
        <source>Group the noop resources mgmt would merge into one (Converge runs them one by one)</source>
        <translation>Die noop-Ressourcen gruppieren, die mgmt zu einer zusammenfassen würde (Converge führt sie einzeln aus)</translation>
    </message>
    <message>
        <source>Group by Name Prefix</source>
        <translation>Nach Namenspräfix gruppieren</translation>
    </message>
    <message>
        <source>Group the resources whose names start with:</source>
        <translation>Die Ressourcen gruppieren, deren Namen beginnen mit:</translation>
    </message>
    <message>
        <source>&amp;Collapse Group</source>
        <translation>Gruppe einkla&amp;ppen</translation>
    </message>
    <message>
        <source>Show the groups of the selected resources as one box each</source>
        <translation>Die Gruppen der ausgewählten Ressourcen als je einen Kasten zeigen</translation>
    </message>
    <message>
        <source>&amp;Expand Group</source>
        <translation>Gruppe a&amp;usklappen</translation>
    </message>
    <message>
        <source>Show the resources of the selected group boxes again</source>
        <translation>Die Ressourcen der ausgewählten Gruppenkästen wieder zeigen</translation>
    </message>
    <message>
        <source>Collapse &amp;All Groups</source>
        <translation>Alle Gruppen ei&amp;nklappen</translation>
    </message>
    <message>
        <source>E&amp;xpand All Groups</source>
        <translation>Alle Gruppen au&amp;sklappen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>mgmt&apos;s autogroup is too costly to work out for this graph: too many noop resources depend on each other</source>
        <translation>mgmts Autogroup ist für diesen Graphen zu aufwendig zu berechnen: zu viele noop-Ressourcen hängen voneinander ab</translation>
    </message>
    <message>
        <source>The selected resources are in no group</source>
        <translation>Die ausgewählten Ressourcen gehören zu keiner Gruppe</translation>
    </message>
    <message>
        <source>The collapsed groups could not be laid out: %1</source>
        <translation>Die eingeklappten Gruppen konnten nicht angeordnet werden: %1</translation>
    </message>
</context>
<context>
    <name>converge::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters auflisten</translation>
    </message>
    <message>
        <source>&amp;About Converge</source>
        <translation>Ü&amp;ber Converge</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Read how to open, edit, run and export graphs</source>
        <translation>Lesen, wie man Graphen öffnet, bearbeitet, ausführt und exportiert</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>What each colour, glyph and highlight on the canvas means</source>
        <translation>Was jede Farbe, jedes Symbol und jede Hervorhebung auf der Zeichenfläche bedeutet</translation>
    </message>
</context>
<context>
    <name>converge::KindPaletteDock</name>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click the canvas, to add a %1 resource</source>
        <translation>Auf die Zeichenfläche ziehen oder doppelt auf die Zeichenfläche klicken, um eine %1-Ressource hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 (cannot run here)</source>
        <translation>%1 (hier nicht ausführbar)</translation>
    </message>
    <message>
        <source>%1 resources are drawn and saved, but Converge cannot run them on this machine</source>
        <translation>%1-Ressourcen werden gezeichnet und gespeichert, aber Converge kann sie auf diesem Rechner nicht ausführen</translation>
    </message>
</context>
<context>
    <name>converge::LayoutNote</name>
    <message>
        <source>%1 resources laid out by %2 in %3 s</source>
        <translation>%1 Ressourcen von %2 in %3 s angeordnet</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Layout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not open the file: see Problems</source>
        <translation>Die Datei konnte nicht geöffnet werden: siehe Probleme</translation>
    </message>
</context>
<context>
    <name>converge::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Not run yet, or waiting for its prerequisites</source>
        <translation>Noch nicht ausgeführt oder wartet auf ihre Voraussetzungen</translation>
    </message>
    <message>
        <source>Checking or applying now; the border moves</source>
        <translation>Wird gerade geprüft oder angewendet; der Rahmen bewegt sich</translation>
    </message>
    <message>
        <source>Converged: checked, and changed where needed</source>
        <translation>Konvergiert: geprüft und wo nötig geändert</translation>
    </message>
    <message>
        <source>Check or apply failed after every retry, or timed out</source>
        <translation>Prüfen oder Anwenden ist nach allen Wiederholungen fehlgeschlagen oder hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Not run because a prerequisite failed or was skipped</source>
        <translation>Nicht ausgeführt, weil eine Voraussetzung fehlgeschlagen ist oder übersprungen wurde</translation>
    </message>
    <message>
        <source>The run was stopped before it finished</source>
        <translation>Die Ausführung wurde gestoppt, bevor sie fertig war</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>A ring around selected resources; their edges and a clicked edge are drawn in this colour</source>
        <translation>Ein Ring um ausgewählte Ressourcen; ihre Kanten und eine angeklickte Kante werden in dieser Farbe gezeichnet</translation>
    </message>
    <message>
        <source>Automatic edge</source>
        <translation>Automatische Kante</translation>
    </message>
    <message>
        <source>Dashed: an edge mgmt adds by itself (a file after the directory it lives in)</source>
        <translation>Gestrichelt: eine Kante, die mgmt von selbst hinzufügt (eine Datei nach dem Verzeichnis, in dem sie liegt)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>A glow along the chain of resources that took longest; shown after a run, in exports only when asked for</source>
        <translation>Ein Leuchten entlang der Kette von Ressourcen, die am längsten gedauert hat; nach einer Ausführung gezeigt, in Exporten nur auf Wunsch</translation>
    </message>
    <message>
        <source>∅ Cannot run here</source>
        <translation>∅ Hier nicht ausführbar</translation>
    </message>
    <message>
        <source>Greyed and hatched: Converge loads and saves this kind but does not run it</source>
        <translation>Ausgegraut und schraffiert: Converge lädt und speichert diese Art, führt sie aber nicht aus</translation>
    </message>
</context>
<context>
    <name>converge::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;All resources</source>
        <translation>&amp;Alle Ressourcen</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Noch keine Ausgabe.</translation>
    </message>
    <message>
        <source>Select a resource, or check &quot;All resources&quot;, to see output.</source>
        <translation>Eine Ressource auswählen oder „Alle Ressourcen“ ankreuzen, um die Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Log: no resource selected</source>
        <translation>Protokoll: keine Ressource ausgewählt</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>converge::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an mgmt YAML graph</source>
        <translation>Einen mgmt-YAML-Graphen öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the file again from disk</source>
        <translation>Die Datei erneut vom Datenträger lesen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Select Area by Dragging</source>
        <translation>Durch Ziehen &amp;auswählen</translation>
    </message>
    <message>
        <source>Drag selects nodes instead of moving the view</source>
        <translation>Ziehen wählt Knoten aus, statt die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>&amp;Top to Bottom</source>
        <translation>Von &amp;oben nach unten</translation>
    </message>
    <message>
        <source>&amp;Left to Right</source>
        <translation>Von &amp;links nach rechts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Layout &amp;Engine</source>
        <translation>Layout-&amp;Engine</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Stop the Run?</source>
        <translation>Ausführung stoppen?</translation>
    </message>
    <message>
        <source>A run is still going. Quitting stops it and terminates its commands.</source>
        <translation>Eine Ausführung läuft noch. Beenden stoppt sie und beendet ihre Befehle.</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Graph öffnen</translation>
    </message>
    <message>
        <source>Run in Progress</source>
        <translation>Ausführung läuft</translation>
    </message>
    <message>
        <source>Stop the run before opening another file.</source>
        <translation>Die Ausführung stoppen, bevor eine andere Datei geöffnet wird.</translation>
    </message>
    <message>
        <source>Untitled[*] — Converge</source>
        <translation>Unbenannt[*] — Converge</translation>
    </message>
    <message>
        <source>%1[*] — Converge</source>
        <translation>%1[*] — Converge</translation>
    </message>
    <message>
        <source>Graphs (*.yaml *.yml *.dot *.gv);;mgmt YAML graphs (*.yaml *.yml);;Graphviz DOT (*.dot *.gv);;All files (*)</source>
        <translation>Graphen (*.yaml *.yml *.dot *.gv);;mgmt-YAML-Graphen (*.yaml *.yml);;Graphviz-DOT (*.dot *.gv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the graph and start an empty one</source>
        <translation>Den Graphen schließen und einen leeren beginnen</translation>
    </message>
    <message>
        <source>Show &amp;Failed and Neighbours</source>
        <translation>&amp;Fehlgeschlagene und Nachbarn zeigen</translation>
    </message>
    <message>
        <source>Show All &amp;Resources</source>
        <translation>A&amp;lle Ressourcen zeigen</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>[saving…] </source>
        <translation>[speichert…] </translation>
    </message>
</context>
<context>
    <name>converge::OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>converge::OverviewMap</name>
    <message>
        <source>The whole graph: drag the rectangle or click to move the view</source>
        <translation>Der ganze Graph: das Rechteck ziehen oder klicken, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>converge::ParameterField</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a path</source>
        <translation>Einen Pfad wählen</translation>
    </message>
    <message>
        <source>Choose a Path</source>
        <translation>Pfad wählen</translation>
    </message>
    <message>
        <source>one item per line</source>
        <translation>ein Eintrag pro Zeile</translation>
    </message>
</context>
<context>
    <name>converge::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation>Probleme (%1 Fehler, %2 Warnungen)</translation>
    </message>
</context>
<context>
    <name>converge::PropertyEditor</name>
    <message>
        <source>Select one resource to edit it.</source>
        <translation>Eine Ressource zum Bearbeiten auswählen.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 (cannot run here)</source>
        <translation>%1 (hier nicht ausführbar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Meta parameters</source>
        <translation>Meta-Parameter</translation>
    </message>
    <message>
        <source>Other parameters (kept as loaded)</source>
        <translation>Weitere Parameter (bleiben wie geladen)</translation>
    </message>
    <message>
        <source>Other meta parameters (kept as loaded)</source>
        <translation>Weitere Meta-Parameter (bleiben wie geladen)</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>Ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space</source>
        <translation>Ein Name darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>%1/%2 already exists: names are unique per kind</source>
        <translation>%1/%2 existiert bereits: Namen sind je Art eindeutig</translation>
    </message>
</context>
<context>
    <name>converge::RecentFiles</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>converge::RunActions</name>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Run every resource, each as soon as its prerequisites are done</source>
        <translation>Jede Ressource ausführen, sobald ihre Voraussetzungen fertig sind</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Check every resource and report what would change</source>
        <translation>Jede Ressource prüfen und melden, was sich ändern würde</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the run, or the loading or layout in progress</source>
        <translation>Die Ausführung oder das laufende Laden bzw. Layout stoppen</translation>
    </message>
    <message>
        <source>Run &amp;Selected</source>
        <translation>&amp;Auswahl ausführen</translation>
    </message>
    <message>
        <source>Run the selected resources and their prerequisites</source>
        <translation>Die ausgewählten Ressourcen und ihre Voraussetzungen ausführen</translation>
    </message>
    <message>
        <source>Re-run &amp;Failed</source>
        <translation>Fehlgeschlagene &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Run the failed resources again, and what they skipped</source>
        <translation>Die fehlgeschlagenen Ressourcen erneut ausführen, samt dem, was sie übersprungen haben</translation>
    </message>
    <message>
        <source>Run &amp;This</source>
        <translation>&amp;Diese ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Up To Here</source>
        <translation>&amp;Bis hierher ausführen</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>&amp;Protokoll zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>[%1 %2/%3] </source>
        <translation>[%1 %2/%3] </translation>
    </message>
    <message>
        <source>[%1] </source>
        <translation>[%1] </translation>
    </message>
    <message>
        <source>Cannot Run</source>
        <translation>Ausführen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>This graph cannot run here: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Dieser Graph ist hier nicht ausführbar: Zuerst muss %n Problem behoben werden.</numerusform>
            <numerusform>Dieser Graph ist hier nicht ausführbar: Zuerst müssen %n Probleme behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>
… and %1 more in Problems.</source>
        <translation>
… und %1 weitere unter Probleme.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>Run stopped after %1 s:</source>
        <translation>Ausführung nach %1 s gestoppt:</translation>
    </message>
    <message>
        <source>Dry run finished in %1 s:</source>
        <translation>Probelauf in %1 s beendet:</translation>
    </message>
    <message>
        <source>Run finished in %1 s:</source>
        <translation>Ausführung in %1 s beendet:</translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>%n würde ändern</numerusform>
            <numerusform>%n würden ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already converged</source>
        <translation>
            <numerusform>%n bereits konvergiert</numerusform>
            <numerusform>%n bereits konvergiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done (%1 changed)</source>
        <translation>
            <numerusform>%n fertig (%1 geändert)</numerusform>
            <numerusform>%n fertig (%1 geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Converging</source>
        <translation>&amp;Konvergent halten</translation>
    </message>
    <message>
        <source>After Run&apos;s first pass keep watching every resource and repair what drifts, until Stop</source>
        <translation>Nach dem ersten Durchlauf jede Ressource weiter überwachen und reparieren, was abweicht, bis zum Stopp</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>held for good by meta limit/burst</source>
        <translation>durch meta limit/burst dauerhaft zurückgehalten</translation>
    </message>
    <message>
        <source>held %1 ms by meta limit/burst</source>
        <translation>%1 ms durch meta limit/burst zurückgehalten</translation>
    </message>
    <message>
        <source>checking (%1)</source>
        <translation>prüft (%1)</translation>
    </message>
    <message>
        <source>repair failed</source>
        <translation>Reparatur fehlgeschlagen</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>watch failed: %1</source>
        <translation>Überwachung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 has errors (see Problems): Keep Converging keeps running the graph it had</source>
        <translation>%1 enthält Fehler (siehe Probleme): Konvergent halten führt den bisherigen Graphen weiter aus</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird gestoppt</translation>
    </message>
</context>
<context>
    <name>converge::RunController</name>
    <message>
        <source>a run is going: stop it before a replay</source>
        <translation>eine Ausführung läuft: vor einer Wiedergabe stoppen</translation>
    </message>
    <message>
        <source>open the graph the run was recorded from first</source>
        <translation>zuerst den Graphen öffnen, von dem die Ausführung aufgezeichnet wurde</translation>
    </message>
    <message>
        <source>cannot keep converging: %1</source>
        <translation>kann nicht konvergent halten: %1</translation>
    </message>
</context>
<context>
    <name>converge::RunEvent</name>
    <message>
        <source>received a refresh from %1</source>
        <translation>Auffrischung von %1 erhalten</translation>
    </message>
</context>
<context>
    <name>converge::RunFilesController</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Run &amp;Report...</source>
        <translation>&amp;Ausführungsbericht speichern…</translation>
    </message>
    <message>
        <source>Open Recorded R&amp;un...</source>
        <translation>Aufgezeichnete Ausführung &amp;wiedergeben…</translation>
    </message>
    <message>
        <source>Save what the last run did, per resource, as JSON and as an HTML page</source>
        <translation>Speichern, was die letzte Ausführung je Ressource getan hat, als JSON und als HTML-Seite</translation>
    </message>
    <message>
        <source>Replay a run recorded with &apos;converge run --events&apos; on the graph</source>
        <translation>Eine mit &apos;converge run --events&apos; aufgezeichnete Ausführung auf dem Graphen wiedergeben</translation>
    </message>
    <message>
        <source>Save Run Report</source>
        <translation>Ausführungsbericht speichern</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>JSON report, with an HTML page beside it (*.json)</source>
        <translation>JSON-Bericht, mit einer HTML-Seite daneben (*.json)</translation>
    </message>
    <message>
        <source>Saving the Report Failed</source>
        <translation>Speichern des Berichts fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>%1 und %2 gespeichert</translation>
    </message>
    <message>
        <source>Open Recorded Run</source>
        <translation>Aufgezeichnete Ausführung wiedergeben</translation>
    </message>
    <message>
        <source>Recorded runs (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Aufgezeichnete Ausführungen (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Replay the Run</source>
        <translation>Ausführung kann nicht wiedergegeben werden</translation>
    </message>
    <message>
        <source>Replaying with Gaps</source>
        <translation>Wiedergabe mit Lücken</translation>
    </message>
</context>
<context>
    <name>converge::RunStatusWidget</name>
    <message>
        <source>Resources %1</source>
        <translation>Ressourcen: %1</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Elapsed time of the run</source>
        <translation>Verstrichene Zeit der Ausführung</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>How long every resource has stayed converged while watching</source>
        <translation>Wie lange jede Ressource beim Überwachen konvergiert geblieben ist</translation>
    </message>
    <message>
        <source>repairing</source>
        <translation>repariert gerade</translation>
    </message>
    <message>
        <source>converged for %1 s</source>
        <translation>seit %1 s konvergiert</translation>
    </message>
</context>
<context>
    <name>converge::SceneEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 already depends on %2</source>
        <translation>%1 hängt bereits von %2 ab</translation>
    </message>
    <message>
        <source>Not connected: %1 -&gt; %2 would close the cycle %3</source>
        <translation>Nicht verbunden: %1 -&gt; %2 würde den Zyklus %3 schließen</translation>
    </message>
    <message>
        <source>Connect %1 -&gt; %2</source>
        <translation>%1 -&gt; %2 verbinden</translation>
    </message>
    <message>
        <source>Drag to another resource to make it depend on this one</source>
        <translation>Auf eine andere Ressource ziehen, um sie von dieser abhängig zu machen</translation>
    </message>
    <message>
        <source>Expand the collapsed groups to move resources: while they are collapsed, resources are not where the file puts them</source>
        <translation>Klappen Sie die Gruppen auf, um Ressourcen zu verschieben: solange sie eingeklappt sind, stehen die Ressourcen nicht dort, wo die Datei sie hinsetzt</translation>
    </message>
</context>
<context>
    <name>converge::ShellSyntaxWarning</name>
    <message>
        <source>Set shell: %1</source>
        <translation>shell: %1 setzen</translation>
    </message>
    <message>
        <source>⚠ %1 is shell syntax, but cmd runs without a shell: mgmt splits it at spaces and hands %1 to the program as text.</source>
        <translation>⚠ %1 ist Shell-Syntax, aber cmd läuft ohne Shell: mgmt trennt den Befehl an Leerzeichen und übergibt %1 dem Programm als Text.</translation>
    </message>
</context>
<context>
    <name>converge::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>converge::SourceDock</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The graph has not been read from a file.</source>
        <translation>Der Graph wurde nicht aus einer Datei gelesen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Source: %1 (as Save would write it)</source>
        <translation>Quelle: %1 (wie Speichern sie schreiben würde)</translation>
    </message>
    <message>
        <source>Source: %1 (Save would rewrite it in full)</source>
        <translation>Quelle: %1 (Speichern würde sie ganz neu schreiben)</translation>
    </message>
    <message>
        <source>Comments and layout would not be kept: %1</source>
        <translation>Kommentare und Formatierung blieben nicht erhalten: %1</translation>
    </message>
</context>
<context>
    <name>converge::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in on the time axis (Ctrl+wheel)</source>
        <translation>Die Zeitachse vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Die ganze Ausführung zeigen</translation>
    </message>
</context>
<context>
    <name>converge::TimelineView</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>converge::UserGuideDialog</name>
    <message>
        <source>Converge User Guide</source>
        <translation>Converge-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide was not found; looked in:
%1</source>
        <translation>Das Benutzerhandbuch wurde nicht gefunden; gesucht in:
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>check graph files and report every problem</source>
        <translation>Graphdateien prüfen und jedes Problem melden</translation>
    </message>
    <message>
        <source>save a graph&apos;s picture as DOT, PNG, SVG or PDF</source>
        <translation>das Bild eines Graphen als DOT, PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>run a graph: check and apply its resources in parallel</source>
        <translation>einen Graphen ausführen: seine Ressourcen parallel prüfen und anwenden</translation>
    </message>
    <message>
        <source>Usage: converge COMMAND [OPTIONS] [FILE...]</source>
        <translation>Aufruf: converge BEFEHL [OPTIONEN] [DATEI...]</translation>
    </message>
    <message>
        <source>       converge FILE     open FILE in the window; no arguments open it empty</source>
        <translation>       converge DATEI    DATEI im Fenster öffnen; ohne Argumente öffnet es leer</translation>
    </message>
    <message>
        <source>Draw, lay out and run mgmt resource graphs in parallel.</source>
        <translation>mgmt-Ressourcengraphen zeichnen, anordnen und parallel ausführen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version zeigen</translation>
    </message>
    <message>
        <source>Run `converge COMMAND --help` for a command&apos;s options.</source>
        <translation>`converge BEFEHL --help` zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>converge: no command given</source>
        <translation>converge: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>converge: unknown command %1</source>
        <translation>converge: unbekannter Befehl %1</translation>
    </message>
</context>
</TS>
