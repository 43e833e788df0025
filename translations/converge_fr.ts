<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>file is larger than %1 MB, the most Converge reads</source>
        <translation>le fichier dépasse %1 Mo, le maximum que Converge lit</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is too large (%1 MB); Converge reads graphs up to %2 MB</source>
        <translation>fichier trop volumineux (%1 Mo)&#xa0;; Converge lit les graphes jusqu&apos;à %2 Mo</translation>
    </message>
</context>
<context>
    <name>DanglingEdges</name>
    <message>
        <source>%1: no resource %2/%3</source>
        <translation>%1 : aucune ressource %2/%3</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Resource graph drawn by Converge</source>
        <translation>Graphe de ressources dessiné par Converge</translation>
    </message>
    <message>
        <source>cannot draw the PDF page</source>
        <translation>impossible de dessiner la page PDF</translation>
    </message>
    <message>
        <source>%1: unknown format; use .dot, .png, .svg or .pdf</source>
        <translation>%1&#xa0;: format inconnu&#xa0;; utilisez .dot, .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>there is no graph to export</source>
        <translation>il n&apos;y a aucun graphe à exporter</translation>
    </message>
    <message>
        <source>there is no picture to export</source>
        <translation>il n&apos;y a aucune image à exporter</translation>
    </message>
    <message>
        <source>the picture is too large at scale %1</source>
        <translation>l&apos;image est trop grande à l&apos;échelle %1</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>impossible de disposer le graphe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message>
        <source>cannot read source directory %1: %2</source>
        <translation>impossible de lire le répertoire source %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s) not listed</source>
        <translation>
            <numerusform>%n autre modification non listée</numerusform>
            <numerusform>%n autres modifications non listées</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read directory %1: %2</source>
        <translation>impossible de lire le répertoire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory; force: true replaces it</source>
        <translation>%1 n&apos;est pas un répertoire&#xa0;; force: true le remplace</translation>
    </message>
    <message>
        <source>removed (force): %1</source>
        <translation>supprimé (force)&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>created: %1/</source>
        <translation>créé&#xa0;: %1/</translation>
    </message>
    <message>
        <source>cannot create directory %1: %2</source>
        <translation>impossible de créer le répertoire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>removed: %1/</source>
        <translation>supprimé&#xa0;: %1/</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DotReader</name>
    <message>
        <source>syntax error: unexpected end of file</source>
        <translation>erreur de syntaxe&#xa0;: fin de fichier inattendue</translation>
    </message>
    <message>
        <source>node %1: another node is already resource %2</source>
        <translation>nœud %1&#xa0;: un autre nœud est déjà la ressource %2</translation>
    </message>
    <message>
        <source>undirected graph: Converge reads only a &apos;digraph&apos;, whose edges (&apos;-&gt;&apos;) say which resource runs first</source>
        <translation>graphe non orienté&#xa0;: Converge ne lit qu&apos;un &apos;digraph&apos;, dont les arêtes (&apos;-&gt;&apos;) indiquent quelle ressource s&apos;exécute en premier</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>no graph found</source>
        <translation>aucun graphe trouvé</translation>
    </message>
    <message>
        <source>syntax error at &apos;%1&apos;</source>
        <translation>erreur de syntaxe à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>: expected a node or a subgraph after &apos;%1&apos;</source>
        <translation>&#xa0;: nœud ou sous-graphe attendu après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>: expected a value after &apos;=&apos;</source>
        <translation>&#xa0;: valeur attendue après &apos;=&apos;</translation>
    </message>
    <message>
        <source>: expected an attribute name</source>
        <translation>&#xa0;: nom d&apos;attribut attendu</translation>
    </message>
</context>
<context>
    <name>DotText</name>
    <message>
        <source>unterminated quoted string: expected &apos;&quot;&apos; before the end of the file</source>
        <translation>chaîne entre guillemets non terminée&#xa0;: &apos;&quot;&apos; attendu avant la fin du fichier</translation>
    </message>
    <message>
        <source>quoted string of %1 bytes: Graphviz reads at most %2</source>
        <translation>chaîne entre guillemets de %1 octets&#xa0;: Graphviz lit au plus %2</translation>
    </message>
    <message>
        <source>value joined with &apos;+&apos; is over %1 bytes, the most Converge reads</source>
        <translation>la valeur jointe avec &apos;+&apos; dépasse %1 octets, le maximum que Converge lit</translation>
    </message>
    <message>
        <source>unterminated HTML string: expected &apos;&gt;&apos; before the end of the file</source>
        <translation>chaîne HTML non terminée&#xa0;: &apos;&gt;&apos; attendu avant la fin du fichier</translation>
    </message>
    <message>
        <source>HTML string of %1 bytes: Graphviz reads at most %2</source>
        <translation>chaîne HTML de %1 octets&#xa0;: Graphviz lit au plus %2</translation>
    </message>
    <message>
        <source>not a text file (NUL byte); expected DOT</source>
        <translation>pas un fichier texte (octet NUL)&#xa0;; DOT attendu</translation>
    </message>
    <message>
        <source>unterminated comment: expected &apos;*/&apos; before the end of the file</source>
        <translation>commentaire non terminé&#xa0;: &apos;*/&apos; attendu avant la fin du fichier</translation>
    </message>
    <message>
        <source>text after the end of the graph: Converge reads one graph per file</source>
        <translation>texte après la fin du graphe&#xa0;: Converge lit un graphe par fichier</translation>
    </message>
    <message>
        <source>identifier of %1 bytes: Graphviz reads at most %2</source>
        <translation>identifiant de %1 octets&#xa0;: Graphviz lit au plus %2</translation>
    </message>
</context>
<context>
    <name>DotWriter</name>
    <message>
        <source>Graphviz could not write the graph: %1</source>
        <translation>Graphviz n&apos;a pas pu écrire le graphe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the graph cannot be written as DOT (line %1): %2</source>
        <translation>impossible d&apos;écrire le graphe en DOT (ligne %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExecAttempt</name>
    <message>
        <source>creates %1 is missing</source>
        <translation>creates %1 est absent</translation>
    </message>
    <message>
        <source>ifcmd `%1` exited 0 and printed something else than ifequals</source>
        <translation>ifcmd `%1` a terminé avec 0 et affiché autre chose que ifequals</translation>
    </message>
    <message>
        <source>ifcmd `%1` exited 0</source>
        <translation>ifcmd `%1` a terminé avec 0</translation>
    </message>
    <message>
        <source>nifcmd `%1` exited %2</source>
        <translation>nifcmd `%1` a terminé avec %2</translation>
    </message>
    <message>
        <source>no ifcmd, nifcmd or creates</source>
        <translation>ni ifcmd, ni nifcmd, ni creates</translation>
    </message>
    <message>
        <source>would run `%1`: %2</source>
        <translation>exécuterait `%1`&#xa0;: %2</translation>
    </message>
    <message>
        <source>would run `%1`, then `%2`: %3</source>
        <translation>exécuterait `%1`, puis `%2`&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ExecIdentity</name>
    <message>
        <source>user %1 does not exist</source>
        <translation>l&apos;utilisateur %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>group %1 does not exist</source>
        <translation>le groupe %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>running as root is required to run a command as another user or group</source>
        <translation>il faut être root pour exécuter une commande sous un autre utilisateur ou groupe</translation>
    </message>
</context>
<context>
    <name>ExecResource</name>
    <message>
        <source>args cannot be used with shell</source>
        <translation>args ne peut pas être utilisé avec shell</translation>
    </message>
    <message>
        <source>args cannot be used when cmd has arguments</source>
        <translation>args ne peut pas être utilisé quand cmd a des arguments</translation>
    </message>
    <message>
        <source>cmd is empty</source>
        <translation>cmd est vide</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 annulé</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1&#xa0;: délai dépassé</translation>
    </message>
    <message>
        <source>%1 killed by signal %2</source>
        <translation>%1 tué par le signal %2</translation>
    </message>
    <message>
        <source>%1 failed to start: %2</source>
        <translation>%1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 a terminé avec %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds from 0 to %1, not %2</source>
        <translation>timeout doit être un nombre entier de secondes de 0 à %1, pas %2</translation>
    </message>
    <message>
        <source>invalid variable name %1 in env</source>
        <translation>nom de variable %1 non valide dans env</translation>
    </message>
    <message>
        <source>the path %1 in watchfiles must be absolute</source>
        <translation>le chemin %1 dans watchfiles doit être absolu</translation>
    </message>
    <message>
        <source>creates must be an absolute path</source>
        <translation>creates doit être un chemin absolu</translation>
    </message>
    <message>
        <source>mtimes needs the state mgmt keeps between runs, which Converge does not keep</source>
        <translation>mtimes nécessite l&apos;état que mgmt conserve entre les exécutions, que Converge ne conserve pas</translation>
    </message>
    <message>
        <source>%1: %2 output lines not shown (the first %3 and the last %4 of each stream are)</source>
        <translation>%1&#xa0;: %2 lignes de sortie non affichées (les %3 premières et les %4 dernières de chaque flux le sont)</translation>
    </message>
    <message>
        <source>ifcmd exited with %1</source>
        <translation>ifcmd a terminé avec %1</translation>
    </message>
    <message>
        <source>ifequals matched</source>
        <translation>ifequals correspond</translation>
    </message>
    <message>
        <source>ifequals_stdout matched</source>
        <translation>ifequals_stdout correspond</translation>
    </message>
    <message>
        <source>nifcmd exited with %1</source>
        <translation>nifcmd a terminé avec %1</translation>
    </message>
    <message>
        <source>%1 not used: Converge has no send/recv</source>
        <translation>%1 non utilisé&#xa0;: Converge n&apos;a pas de send/recv</translation>
    </message>
    <message>
        <source>notified: as in mgmt, exec is not refreshable and its checks still decide whether cmd runs</source>
        <translation>notifié&#xa0;: comme dans mgmt, exec n&apos;est pas rafraîchissable et ses vérifications décident toujours si cmd s&apos;exécute</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>%1 used only while watching (converge run --watch)</source>
        <translation>%1 utilisé seulement pendant la surveillance (converge run --watch)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Lay out a graph and save its picture as DOT, PNG, SVG or PDF.</source>
        <translation>Disposer un graphe et enregistrer son image en DOT, PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>Where to save; the extension picks the format: .dot, .gv, .png, .svg or .pdf.</source>
        <translation>Où enregistrer&#xa0;; l&apos;extension choisit le format&#xa0;: .dot, .gv, .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>TB (top to bottom, default) or LR (left to right).</source>
        <translation>TB (de haut en bas, par défaut) ou LR (de gauche à droite).</translation>
    </message>
    <message>
        <source>PNG pixels per point, 0.1 to 16 (default: 2).</source>
        <translation>Pixels PNG par point, de 0.1 à 16 (par défaut&#xa0;: 2).</translation>
    </message>
    <message>
        <source>PNG and SVG: leave the background transparent.</source>
        <translation>PNG et SVG&#xa0;: laisser le fond transparent.</translation>
    </message>
    <message>
        <source>A yamlgraph or DOT file.</source>
        <translation>Un fichier yamlgraph ou DOT.</translation>
    </message>
    <message>
        <source>give exactly one graph file</source>
        <translation>indiquez exactement un fichier de graphe</translation>
    </message>
    <message>
        <source>give the output file with -o OUT</source>
        <translation>indiquez le fichier de sortie avec -o OUT</translation>
    </message>
    <message>
        <source>%1: unknown format; use .dot, .png, .svg or .pdf</source>
        <translation>%1&#xa0;: format inconnu&#xa0;; utilisez .dot, .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>unknown layout engine %1; use one of: %2</source>
        <translation>moteur de disposition inconnu %1&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown direction %1; use TB or LR</source>
        <translation>direction inconnue %1&#xa0;; utilisez TB ou LR</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.1 to 16</source>
        <translation>--scale doit être un nombre de 0.1 à 16</translation>
    </message>
    <message>
        <source>Colour the nodes with the final states of a run recorded by &apos;converge run --events&apos;.</source>
        <translation>Colorer les nœuds selon les états finaux d&apos;une exécution enregistrée par &apos;converge run --events&apos;.</translation>
    </message>
    <message>
        <source>%1 is an input; choose another output file</source>
        <translation>%1 est une entrée&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>laid out with %1</source>
        <translation>disposé avec %1</translation>
    </message>
    <message>
        <source>laid out with %1; %2</source>
        <translation>disposé avec %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Layout engine: %1. Without it Converge chooses: dot where it is quick, else its own layered layout, or for a graph with cycles sfdp (ranks beyond sfdp&apos;s reach).</source>
        <translation>Moteur de disposition&#xa0;: %1. Sans cette option, Converge choisit&#xa0;: dot là où il est rapide, sinon sa propre disposition en couches, ou pour un graphe avec des cycles sfdp (des rangs au-delà de la portée de sfdp).</translation>
    </message>
</context>
<context>
    <name>FileAttributes</name>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat impossible sur %1&#xa0;: %2</translation>
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
        <translation>chown impossible sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>mode %1 -&gt; %2</source>
        <translation>mode %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cannot chmod %1: %2</source>
        <translation>chmod impossible sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileContentSync</name>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat impossible sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist, and without state: exists it is not created</source>
        <translation>%1 n&apos;existe pas, et sans state: exists il n&apos;est pas créé</translation>
    </message>
    <message>
        <source>%1 is a directory; force: true replaces it by a file</source>
        <translation>%1 est un répertoire&#xa0;; force: true le remplace par un fichier</translation>
    </message>
    <message>
        <source>removed directory (force)</source>
        <translation>répertoire supprimé (force)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>le contenu diffère</translation>
    </message>
    <message>
        <source>mode %1 -&gt; %2</source>
        <translation>mode %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>impossible d&apos;ouvrir %1 en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being checked</source>
        <translation>%1 a été remplacé pendant sa vérification</translation>
    </message>
    <message>
        <source>cannot read the source for %1: %2</source>
        <translation>impossible de lire la source de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation>impossible de tronquer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot chmod %1: %2</source>
        <translation>chmod impossible sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read source %1: %2</source>
        <translation>impossible de lire la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>source %1 is not a regular file</source>
        <translation>la source %1 n&apos;est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>FileMode</name>
    <message>
        <source>mode must be octal, like 0644, or symbolic, like u=rw,go=r, not %1: %2</source>
        <translation>mode doit être octal, comme 0644, ou symbolique, comme u=rw,go=r, pas %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>more than the 12 permission bits</source>
        <translation>plus que les 12 bits de permission</translation>
    </message>
    <message>
        <source>only = assignments are accepted, as in mgmt</source>
        <translation>seules les affectations = sont acceptées, comme dans mgmt</translation>
    </message>
    <message>
        <source>%1 needs exactly one =</source>
        <translation>%1 nécessite exactement un =</translation>
    </message>
    <message>
        <source>%1 names every class, so it must stand alone</source>
        <translation>%1 nomme toutes les classes, il doit donc être seul</translation>
    </message>
    <message>
        <source>unknown class %1 in %2</source>
        <translation>classe %1 inconnue dans %2</translation>
    </message>
    <message>
        <source>class %1 is named twice</source>
        <translation>la classe %1 est nommée deux fois</translation>
    </message>
    <message>
        <source>unknown permission %1 in %2</source>
        <translation>permission %1 inconnue dans %2</translation>
    </message>
</context>
<context>
    <name>FileOwner</name>
    <message>
        <source>unknown user %1</source>
        <translation>utilisateur %1 inconnu</translation>
    </message>
    <message>
        <source>unknown group %1</source>
        <translation>groupe %1 inconnu</translation>
    </message>
</context>
<context>
    <name>FileResource</name>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat impossible sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove directory %1: %2</source>
        <translation>impossible de supprimer le répertoire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create directory %1: %2</source>
        <translation>impossible de créer le répertoire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory; force: true replaces it</source>
        <translation>%1 existe et n&apos;est pas un répertoire&#xa0;; force: true le remplace</translation>
    </message>
    <message>
        <source>removed file (force)</source>
        <translation>fichier supprimé (force)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>cannot read link %1: %2</source>
        <translation>impossible de lire le lien %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a symlink; force: true removes it</source>
        <translation>%1 n&apos;est pas un lien symbolique&#xa0;; force: true le supprime</translation>
    </message>
    <message>
        <source>%1 exists and is not a symlink; force: true replaces it</source>
        <translation>%1 existe et n&apos;est pas un lien symbolique&#xa0;; force: true le remplace</translation>
    </message>
    <message>
        <source>symlink -&gt; %1</source>
        <translation>symlink -&gt; %1</translation>
    </message>
    <message>
        <source>cannot create symlink %1: %2</source>
        <translation>impossible de créer le lien symbolique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (noop: not done)</source>
        <translation>%1 (noop&#xa0;: non fait)</translation>
    </message>
</context>
<context>
    <name>FileSnapshot</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>mode changed</source>
        <translation>mode modifié</translation>
    </message>
    <message>
        <source>owner changed</source>
        <translation>propriétaire modifié</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>contenu modifié</translation>
    </message>
</context>
<context>
    <name>FileSpec</name>
    <message>
        <source>dirname must end with a slash: %1</source>
        <translation>dirname doit se terminer par une barre oblique&#xa0;: %1</translation>
    </message>
    <message>
        <source>basename must not start with a slash: %1</source>
        <translation>basename ne doit pas commencer par une barre oblique&#xa0;: %1</translation>
    </message>
    <message>
        <source>selinux contexts are not supported by Converge</source>
        <translation>les contextes selinux ne sont pas pris en charge par Converge</translation>
    </message>
    <message>
        <source>path must be absolute: %1</source>
        <translation>path doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>state must be exists or absent, not %1</source>
        <translation>state doit être exists ou absent, pas %1</translation>
    </message>
    <message>
        <source>a path cannot contain a NUL byte: %1</source>
        <translation>un chemin ne peut pas contenir d&apos;octet NUL&#xa0;: %1</translation>
    </message>
    <message>
        <source>only one of content, source and fragments can be given</source>
        <translation>un seul parmi content, source et fragments peut être indiqué</translation>
    </message>
    <message>
        <source>symlink needs a source to point to</source>
        <translation>symlink nécessite une source vers laquelle pointer</translation>
    </message>
    <message>
        <source>content, source and fragments cannot be given with state: absent</source>
        <translation>content, source et fragments ne peuvent pas être indiqués avec state: absent</translation>
    </message>
    <message>
        <source>path and source must both be directories (ending in /) or both not</source>
        <translation>path et source doivent être tous deux des répertoires (terminés par /) ou aucun des deux</translation>
    </message>
    <message>
        <source>source must be absolute: %1</source>
        <translation>source doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a directory (path ending in /) cannot have content, fragments or symlink</source>
        <translation>un répertoire (path terminé par /) ne peut pas avoir content, fragments ou symlink</translation>
    </message>
    <message>
        <source>a source directory is copied only with recurse: true</source>
        <translation>un répertoire source n&apos;est copié qu&apos;avec recurse: true</translation>
    </message>
    <message>
        <source>purge needs recurse: true</source>
        <translation>purge nécessite recurse: true</translation>
    </message>
    <message>
        <source>recurse cannot be used to copy a single file</source>
        <translation>recurse ne peut pas servir à copier un seul fichier</translation>
    </message>
    <message>
        <source>fragment must be absolute: %1</source>
        <translation>le fragment doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the path is inside its own fragment %1</source>
        <translation>le chemin se trouve dans son propre fragment %1</translation>
    </message>
    <message>
        <source>purge cannot be combined with content or fragments</source>
        <translation>purge ne peut pas être combiné avec content ou fragments</translation>
    </message>
    <message>
        <source>symlink cannot be combined with content or fragments</source>
        <translation>symlink ne peut pas être combiné avec content ou fragments</translation>
    </message>
    <message>
        <source>symlink cannot be combined with recurse or purge</source>
        <translation>symlink ne peut pas être combiné avec recurse ou purge</translation>
    </message>
    <message>
        <source>mode cannot be set on a symlink: a link has no mode of its own</source>
        <translation>mode ne peut pas être défini sur un lien symbolique&#xa0;: un lien n&apos;a pas de mode propre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 can only be set by root; Converge runs as uid %3</source>
        <translation>%1 %2 ne peut être défini que par root&#xa0;; Converge s&apos;exécute en tant qu&apos;uid %3</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>cannot watch %1 (inotify_add_watch): %2</source>
        <translation>impossible de surveiller %1 (inotify_add_watch)&#xa0;: %2</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>contenu modifié</translation>
    </message>
    <message>
        <source>%1: the inotify watch limit is reached (raise it with sysctl fs.inotify.max_user_watches); checking every %2 ms instead</source>
        <translation>%1&#xa0;: la limite de surveillances inotify est atteinte (augmentez-la avec sysctl fs.inotify.max_user_watches)&#xa0;; vérification toutes les %2 ms à la place</translation>
    </message>
</context>
<context>
    <name>FragmentsReader</name>
    <message>
        <source>cannot read fragment %1: %2</source>
        <translation>impossible de lire le fragment %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read fragment directory %1: %2</source>
        <translation>impossible de lire le répertoire de fragments %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GraphAssembler</name>
    <message>
        <source>resources: %1: expected a list of resources, got %2</source>
        <translation>resources&#xa0;: %1&#xa0;: liste de ressources attendue, %2 obtenu</translation>
    </message>
    <message>
        <source>kind %1 is not supported: its resources load but will not run</source>
        <translation>le type %1 n&apos;est pas pris en charge&#xa0;: ses ressources se chargent mais ne s&apos;exécuteront pas</translation>
    </message>
    <message>
        <source>resources: %1: item %2</source>
        <translation>resources&#xa0;: %1&#xa0;: élément %2</translation>
    </message>
    <message>
        <source>%1: expected a map with a name, got %2</source>
        <translation>%1&#xa0;: map avec un name attendue, %2 obtenu</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>%1: name: expected a string, got %2</source>
        <translation>%1&#xa0;: name&#xa0;: chaîne attendue, %2 obtenu</translation>
    </message>
    <message>
        <source>edges: item %1</source>
        <translation>edges&#xa0;: élément %1</translation>
    </message>
    <message>
        <source>%1: expected a map with name, from and to, got %2</source>
        <translation>%1&#xa0;: map avec name, from et to attendue, %2 obtenu</translation>
    </message>
    <message>
        <source>edge %1</source>
        <translation>arête %1</translation>
    </message>
    <message>
        <source>%1: notify: expected true or false, got %2</source>
        <translation>%1&#xa0;: notify&#xa0;: true ou false attendu, %2 obtenu</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1&#xa0;: %2 manquant</translation>
    </message>
    <message>
        <source>%1: %2: expected a map with kind and name, got %3</source>
        <translation>%1&#xa0;: %2&#xa0;: map avec kind et name attendue, %3 obtenu</translation>
    </message>
    <message>
        <source>%1: %2: missing %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 manquant</translation>
    </message>
    <message>
        <source>top level: expected a map with graph, resources and edges, got %1</source>
        <translation>niveau supérieur&#xa0;: map avec graph, resources et edges attendue, %1 obtenu</translation>
    </message>
    <message>
        <source>graph: missing (mgmt needs a graph name)</source>
        <translation>graph&#xa0;: manquant (mgmt exige un nom de graphe)</translation>
    </message>
    <message>
        <source>graph: expected a graph name, got %1</source>
        <translation>graph&#xa0;: nom de graphe attendu, %1 obtenu</translation>
    </message>
    <message>
        <source>comment: expected a string, got %1</source>
        <translation>comment&#xa0;: chaîne attendue, %1 obtenu</translation>
    </message>
    <message>
        <source>%1: expected a map from kind to a list of resources, got %2</source>
        <translation>%1&#xa0;: map du type vers une liste de ressources attendue, %2 obtenu</translation>
    </message>
    <message>
        <source>edges: expected a list of edges, got %1</source>
        <translation>edges&#xa0;: liste d&apos;arêtes attendue, %1 obtenu</translation>
    </message>
    <message>
        <source>converge: expected a map, got %1; ignored</source>
        <translation>converge&#xa0;: map attendue, %1 obtenu&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>converge: positions: expected kind, name, x and y; ignored</source>
        <translation>converge&#xa0;: positions&#xa0;: kind, name, x et y attendus&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>converge: positions: no resource %1/%2; ignored</source>
        <translation>converge&#xa0;: positions&#xa0;: aucune ressource %1/%2&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown kind %1: mgmt has no such resource; did you mean %2?</source>
        <translation>type %1 inconnu&#xa0;: mgmt n&apos;a pas de telle ressource&#xa0;; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>unknown kind %1: mgmt has no such resource</source>
        <translation>type %1 inconnu&#xa0;: mgmt n&apos;a pas de telle ressource</translation>
    </message>
    <message>
        <source>%1: name: contains a NUL character (\0), which no name can hold</source>
        <translation>%1&#xa0;: name&#xa0;: contient un caractère NUL (\0), qu&apos;aucun nom ne peut contenir</translation>
    </message>
    <message>
        <source>%1 repeats the resource at line %2:%3 exactly: merged into one, as mgmt does</source>
        <translation>%1 répète exactement la ressource de la ligne %2:%3&#xa0;: fusionnées en une seule, comme le fait mgmt</translation>
    </message>
    <message>
        <source>duplicate resource %1 differs from the one at line %2:%3 (mgmt merges only exact repeats)</source>
        <translation>la ressource en double %1 diffère de celle de la ligne %2:%3 (mgmt ne fusionne que les répétitions exactes)</translation>
    </message>
    <message>
        <source>%1: %2 is exported and not collected, so mgmt has no such resource to connect</source>
        <translation>%1&#xa0;: %2 est exportée et non collectée, mgmt n&apos;a donc pas de telle ressource à relier</translation>
    </message>
    <message>
        <source>%1: self-loop on %2</source>
        <translation>%1&#xa0;: boucle sur %2</translation>
    </message>
    <message>
        <source>%1 repeats the edge %2 -&gt; %3 at line %4: kept once, with this one&apos;s notify, as mgmt does</source>
        <translation>%1 répète l&apos;arête %2 -&gt; %3 de la ligne %4&#xa0;: conservée une fois, avec le notify de celle-ci, comme le fait mgmt</translation>
    </message>
    <message>
        <source>%1: exported (@@) and no collect takes kind %2: it does not run, as under mgmt</source>
        <translation>%1&#xa0;: exportée (@@) et aucun collect ne prend le type %2&#xa0;: elle ne s&apos;exécute pas, comme sous mgmt</translation>
    </message>
</context>
<context>
    <name>GraphClipboard</name>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Le presse-papiers ne contient pas de texte</translation>
    </message>
</context>
<context>
    <name>GraphComparison</name>
    <message>
        <source>%1: export (@@) differs</source>
        <translation>%1&#xa0;: l&apos;export (@@) diffère</translation>
    </message>
    <message>
        <source>%1: parameters differ</source>
        <translation>%1&#xa0;: les paramètres diffèrent</translation>
    </message>
    <message>
        <source>%1: meta differs</source>
        <translation>%1&#xa0;: meta diffère</translation>
    </message>
    <message>
        <source>%1: position differs</source>
        <translation>%1&#xa0;: la position diffère</translation>
    </message>
    <message>
        <source>graph: the name differs</source>
        <translation>graph&#xa0;: le nom diffère</translation>
    </message>
    <message>
        <source>comment differs</source>
        <translation>comment diffère</translation>
    </message>
    <message>
        <source>a top-level key differs</source>
        <translation>une clé de niveau supérieur diffère</translation>
    </message>
    <message>
        <source>%1 resources instead of %2</source>
        <translation>%1 ressources au lieu de %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <source>%1 edges instead of %2</source>
        <translation>%1 arêtes au lieu de %2</translation>
    </message>
    <message>
        <source>the edge %1 is missing</source>
        <translation>l&apos;arête %1 manque</translation>
    </message>
    <message>
        <source>the edge %1 differs</source>
        <translation>l&apos;arête %1 diffère</translation>
    </message>
    <message>
        <source>the edge %1 -&gt; %2 is missing</source>
        <translation>l'arête %1 -&gt; %2 manque</translation>
    </message>
    <message>
        <source>the edge %1 -&gt; %2 is extra</source>
        <translation>l'arête %1 -&gt; %2 est en trop</translation>
    </message>
</context>
<context>
    <name>GraphFragment</name>
    <message>
        <source>the text holds no resources</source>
        <translation>le texte ne contient aucune ressource</translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message numerus="yes">
        <source>%n resources: laid out with %1 instead of %2 to stay fast</source>
        <translation>
            <numerusform>%n ressource&#xa0;: disposée avec %1 au lieu de %2 pour rester rapide</numerusform>
            <numerusform>%n ressources&#xa0;: disposées avec %1 au lieu de %2 pour rester rapide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot lay out a connected group of %n resources and %2 edges: Graphviz&apos;s %1 crashes or runs for minutes on graphs this big; leave the engine to Converge or use sfdp</source>
        <translation>
            <numerusform>%1 ne peut pas disposer un groupe connexe de %n ressource et %2 arêtes&#xa0;: %1 de Graphviz plante ou tourne pendant des minutes sur des graphes aussi grands&#xa0;; laissez le choix du moteur à Converge ou utilisez sfdp</numerusform>
            <numerusform>%1 ne peut pas disposer un groupe connexe de %n ressources et %2 arêtes&#xa0;: %1 de Graphviz plante ou tourne pendant des minutes sur des graphes aussi grands&#xa0;; laissez le choix du moteur à Converge ou utilisez sfdp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources: placed in ranks by Converge, as every Graphviz engine would take minutes</source>
        <translation>
            <numerusform>%n ressource&#xa0;: placée en rangs par Converge, car tout moteur Graphviz prendrait des minutes</numerusform>
            <numerusform>%n ressources&#xa0;: placées en rangs par Converge, car tout moteur Graphviz prendrait des minutes</numerusform>
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
        <translation>impossible de démarrer la surveillance des fichiers (inotify_init1)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LayoutPlan</name>
    <message>
        <source>Graphviz could not lay out the graph with %1: %2</source>
        <translation>Graphviz n&apos;a pas pu disposer le graphe avec %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LayoutProcess</name>
    <message>
        <source>cannot start the layout helper: its path is unknown (set %1)</source>
        <translation>impossible de lancer l&apos;assistant de disposition&#xa0;: son chemin est inconnu (définir %1)</translation>
    </message>
    <message>
        <source>cannot start the layout helper: memfd_create: %1</source>
        <translation>impossible de lancer l&apos;assistant de disposition&#xa0;: memfd_create&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start the layout helper: writing its plan: %1</source>
        <translation>impossible de lancer l&apos;assistant de disposition&#xa0;: écriture de son plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start the layout helper: pipe: %1</source>
        <translation>impossible de lancer l&apos;assistant de disposition&#xa0;: pipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start the layout helper %1: %2</source>
        <translation>impossible de lancer l&apos;assistant de disposition %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the %1 layout took longer than its time budget (%2 s) and was stopped; try the automatic engine or a faster one</source>
        <translation>la disposition %1 a dépassé son budget de temps (%2 s) et a été arrêtée&#xa0;; essayez le moteur automatique ou un plus rapide</translation>
    </message>
    <message>
        <source>the %1 layout used up its time budget (%2 s of CPU); try the automatic engine or a faster one</source>
        <translation>la disposition %1 a épuisé son budget de temps (%2 s de CPU)&#xa0;; essayez le moteur automatique ou un plus rapide</translation>
    </message>
    <message>
        <source>the %1 layout crashed (signal %2: %3); the graph is unchanged: try another engine</source>
        <translation>la disposition %1 a planté (signal %2&#xa0;: %3)&#xa0;; le graphe est inchangé&#xa0;: essayez un autre moteur</translation>
    </message>
    <message>
        <source>the %1 layout ran out of its memory budget (%2 MB); try the automatic engine or a faster one</source>
        <translation>la disposition %1 a épuisé son budget de mémoire (%2 Mo)&#xa0;; essayez le moteur automatique ou un plus rapide</translation>
    </message>
    <message>
        <source>the layout helper ended (exit status %1) without a readable result</source>
        <translation>l&apos;assistant de disposition s&apos;est terminé (code de sortie %1) sans résultat lisible</translation>
    </message>
</context>
<context>
    <name>MetaParams</name>
    <message>
        <source>meta %1: expected an integer (-1 for forever), got %2</source>
        <translation>meta %1&#xa0;: entier attendu (-1 pour toujours), %2 obtenu</translation>
    </message>
    <message>
        <source>meta %1: expected a whole number of at least %2, got %3</source>
        <translation>meta %1&#xa0;: entier d&apos;au moins %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>meta %1: expected true or false, got %2</source>
        <translation>meta %1&#xa0;: true ou false attendu, %2 obtenu</translation>
    </message>
    <message>
        <source>meta %1: expected a number of at least 0, got %2</source>
        <translation>meta %1&#xa0;: nombre d&apos;au moins 0 attendu, %2 obtenu</translation>
    </message>
    <message>
        <source>meta sema: expected a list of &quot;id&quot; or &quot;id:N&quot;, got %1</source>
        <translation>meta sema&#xa0;: liste de &quot;id&quot; ou &quot;id:N&quot; attendue, %1 obtenu</translation>
    </message>
    <message>
        <source>meta sema: expected &quot;id&quot; or &quot;id:N&quot;, got %1</source>
        <translation>meta sema&#xa0;: &quot;id&quot; ou &quot;id:N&quot; attendu, %1 obtenu</translation>
    </message>
    <message>
        <source>meta sema: expected &quot;id&quot; or &quot;id:N&quot; with N &gt; 0, got %1</source>
        <translation>meta sema&#xa0;: &quot;id&quot; ou &quot;id:N&quot; avec N &gt; 0 attendu, %1 obtenu</translation>
    </message>
    <message>
        <source>meta: expected a map, got %1</source>
        <translation>meta&#xa0;: map attendue, %1 obtenu</translation>
    </message>
    <message>
        <source>meta limit: a limit of %1 events per second with burst 0 lets no event through (mgmt refuses it as permanently limited); set burst to 1 or more, or limit to .inf</source>
        <translation>meta limit&#xa0;: un limit de %1 événements par seconde avec burst 0 ne laisse passer aucun événement (mgmt le refuse comme limité en permanence)&#xa0;; réglez burst à 1 ou plus, ou limit à .inf</translation>
    </message>
</context>
<context>
    <name>MoveResourcesCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n resource(s)</source>
        <translation>
            <numerusform>Déplacer %n ressource</numerusform>
            <numerusform>Déplacer %n ressources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeContext</name>
    <message>
        <source>output truncated after %1 lines</source>
        <translation>sortie tronquée après %1 lignes</translation>
    </message>
</context>
<context>
    <name>NoopResource</name>
    <message>
        <source>received a notification</source>
        <translation>notification reçue</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation>impossible de définir le mode de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set the owner of %1: %2</source>
        <translation>impossible de définir le propriétaire de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>impossible de remplacer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OutputSplitter</name>
    <message>
        <source> [line cut after %1 bytes]</source>
        <translation> [ligne coupée après %1 octets]</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>cannot create a pipe for %1: %2</source>
        <translation>impossible de créer un tube pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the command contains a NUL byte, which would cut it short</source>
        <translation>la commande contient un octet NUL, qui la tronquerait</translation>
    </message>
    <message>
        <source>argument %1 contains a NUL byte, which would cut it short</source>
        <translation>l&apos;argument %1 contient un octet NUL, qui le tronquerait</translation>
    </message>
    <message>
        <source>environment variable %1 contains a NUL byte or &apos;=&apos; in its name</source>
        <translation>la variable d&apos;environnement %1 contient un octet NUL ou &apos;=&apos; dans son nom</translation>
    </message>
    <message>
        <source>the working directory contains a NUL byte, which would cut it short</source>
        <translation>le répertoire de travail contient un octet NUL, qui le tronquerait</translation>
    </message>
    <message>
        <source>cannot change directory to %1: %2</source>
        <translation>impossible de changer de répertoire vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot run %1 as user %2 and group %3: %4</source>
        <translation>impossible d&apos;exécuter %1 en tant qu&apos;utilisateur %2 et groupe %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Reactor</name>
    <message>
        <source>cannot create an epoll instance: %1</source>
        <translation>impossible de créer une instance epoll&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the reactor&apos;s wake-up eventfd: %1</source>
        <translation>impossible de créer l&apos;eventfd de réveil du réacteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot watch descriptor %1: %2</source>
        <translation>impossible de surveiller le descripteur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecordedRun</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;t&quot; must be a number of seconds, 0 or more</source>
        <translation>&quot;t&quot; doit être un nombre de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>&quot;resource&quot; must be a string &quot;kind/name&quot;</source>
        <translation>&quot;resource&quot; doit être une chaîne &quot;kind/name&quot;</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation>état inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be &quot;stdout&quot; or &quot;stderr&quot;</source>
        <translation>&quot;stream&quot; doit être &quot;stdout&quot; ou &quot;stderr&quot;</translation>
    </message>
    <message>
        <source>an output event needs a string &quot;line&quot;</source>
        <translation>un événement de sortie exige une chaîne &quot;line&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the graph has no resource %1: its events are left out</source>
        <translation>le graphe n&apos;a pas de ressource %1&#xa0;: ses événements sont ignorés</translation>
    </message>
    <message>
        <source>&quot;refresh&quot; must be a string &quot;kind/name&quot;</source>
        <translation>&quot;refresh&quot; doit être une chaîne &quot;kind/name&quot;</translation>
    </message>
    <message>
        <source>an event needs &quot;state&quot;, &quot;stream&quot;, &quot;message&quot; or &quot;refresh&quot;</source>
        <translation>un événement nécessite &quot;state&quot;, &quot;stream&quot;, &quot;message&quot; ou &quot;refresh&quot;</translation>
    </message>
</context>
<context>
    <name>RelayoutCommand</name>
    <message>
        <source>Re-layout with %1</source>
        <translation>Redisposer avec %1</translation>
    </message>
</context>
<context>
    <name>RemoveElementsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>Supprimer %n arête</numerusform>
            <numerusform>Supprimer %n arêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>Supprimer %n ressource</numerusform>
            <numerusform>Supprimer %n ressources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameResourceCommand</name>
    <message>
        <source>Rename %1/%2 to %3</source>
        <translation>Renommer %1/%2 en %3</translation>
    </message>
</context>
<context>
    <name>ResourceGrouping</name>
    <message>
        <source>component %1</source>
        <translation>composante %1</translation>
    </message>
</context>
<context>
    <name>ResourceSchema</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>a map of strings</source>
        <translation>une map de chaînes</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>une map</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1&#xa0;: %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got %3</source>
        <translation>%1&#xa0;: l&apos;un de %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>%1: contains a NUL character (\0), which no command, path or environment entry can hold</source>
        <translation>%1&#xa0;: contient un caractère NUL (\0), qu&apos;aucune commande, aucun chemin ni aucune entrée d&apos;environnement ne peut contenir</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2: mgmt ignores it</source>
        <translation>%1&#xa0;: paramètre inconnu %2&#xa0;: mgmt l&apos;ignore</translation>
    </message>
    <message>
        <source>%1: unknown parameter %2: mgmt ignores it; did you mean %3?</source>
        <translation>%1&#xa0;: paramètre inconnu %2&#xa0;: mgmt l&apos;ignore&#xa0;; vouliez-vous dire %3 ?</translation>
    </message>
</context>
<context>
    <name>ResourceState</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ResourceToolTip</name>
    <message>
        <source>Cannot run here: Converge runs only %1 resources.</source>
        <translation>Non exécutable ici&#xa0;: Converge n&apos;exécute que les ressources %1.</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Durée&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Code de sortie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n time(s) while watching</source>
        <translation>
            <numerusform>Réparée %n fois pendant la surveillance</numerusform>
            <numerusform>Réparée %n fois pendant la surveillance</numerusform>
        </translation>
    </message>
    <message>
        <source>Last cause: %1</source>
        <translation>Dernière cause&#xa0;: %1</translation>
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
        <translation>fragment %1</translation>
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
        <translation>converge run&#xa0;: %1</translation>
    </message>
    <message>
        <source>give exactly one graph file</source>
        <translation>indiquez exactement un fichier de graphe</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not %2</source>
        <translation>%1 attend un entier, pas %2</translation>
    </message>
    <message>
        <source>Run a graph: check each resource and change what is not converged, in parallel.</source>
        <translation>Exécuter un graphe&#xa0;: vérifier chaque ressource et modifier en parallèle ce qui n&apos;est pas convergé.</translation>
    </message>
    <message>
        <source>The graph file (same as FILE).</source>
        <translation>Le fichier de graphe (comme FILE).</translation>
    </message>
    <message>
        <source>Run at most N resources at once (default: all that are ready).</source>
        <translation>Exécuter au plus N ressources à la fois (par défaut&#xa0;: toutes celles qui sont prêtes).</translation>
    </message>
    <message>
        <source>Check only; report what would change.</source>
        <translation>Vérifier seulement&#xa0;; signaler ce qui changerait.</translation>
    </message>
    <message>
        <source>Write the graph with its final states as DOT.</source>
        <translation>Écrire le graphe avec ses états finaux en DOT.</translation>
    </message>
    <message>
        <source>Write every event as a JSON line.</source>
        <translation>Écrire chaque événement sous forme de ligne JSON.</translation>
    </message>
    <message>
        <source>A graph in mgmt&apos;s YAML format.</source>
        <translation>Un graphe au format YAML de mgmt.</translation>
    </message>
    <message>
        <source>Check start</source>
        <translation>Début de la vérification</translation>
    </message>
    <message>
        <source>Apply start</source>
        <translation>Début de l&apos;application</translation>
    </message>
    <message>
        <source>already converged, checked in %1 s</source>
        <translation>déjà convergé, vérifié en %1 s</translation>
    </message>
    <message>
        <source>would change (noop)</source>
        <translation>changerait (noop)</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>terminé en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>failed in %1 s after %n attempt(s)</source>
        <translation>
            <numerusform>échoué en %1 s après %n tentative</numerusform>
            <numerusform>échoué en %1 s après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: a prerequisite did not converge</source>
        <translation>ignoré&#xa0;: un prérequis n&apos;a pas convergé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>non convergé</translation>
    </message>
    <message>
        <source> (noop)</source>
        <translation> (noop)</translation>
    </message>
    <message>
        <source>%1: %2 done (%3 %4), %5 failed, %6 skipped</source>
        <translation>%1&#xa0;: %2 terminées (%3 %4), %5 échouées, %6 ignorées</translation>
    </message>
    <message>
        <source>would change</source>
        <translation>changeraient</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiées</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 annulées</translation>
    </message>
    <message>
        <source> in %1 s; critical path %2 s</source>
        <translation> en %1 s&#xa0;; chemin critique %2 s</translation>
    </message>
    <message>
        <source>Save the picture with its final states as PNG.</source>
        <translation>Enregistrer l&apos;image avec ses états finaux en PNG.</translation>
    </message>
    <message>
        <source>Save the picture with its final states as SVG.</source>
        <translation>Enregistrer l&apos;image avec ses états finaux en SVG.</translation>
    </message>
    <message>
        <source>--%1 names the graph file itself; choose another file</source>
        <translation>--%1 désigne le fichier du graphe lui-même&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>After the first pass keep watching every resource and repair what drifts, as mgmt does; follow the graph file.</source>
        <translation>Après la première passe, continuer à surveiller chaque ressource et réparer ce qui dérive, comme le fait mgmt&#xa0;; suivre le fichier de graphe.</translation>
    </message>
    <message>
        <source>Exit S seconds after the graph converged; with --watch, exit 0 once nothing happened for S seconds.</source>
        <translation>Quitter S secondes après la convergence du graphe&#xa0;; avec --watch, quitter avec 0 dès que rien ne s&apos;est passé pendant S secondes.</translation>
    </message>
    <message>
        <source>watch: %1 has errors; the running graph stays</source>
        <translation>surveillance&#xa0;: %1 contient des erreurs&#xa0;; le graphe en cours reste en place</translation>
    </message>
    <message>
        <source>watch: %1 changed: %2 kept, %3 restarted, %4 removed, %5 added</source>
        <translation>surveillance&#xa0;: %1 modifié&#xa0;: %2 conservées, %3 redémarrées, %4 supprimées, %5 ajoutées</translation>
    </message>
    <message>
        <source>watch: %1: %2</source>
        <translation>surveillance&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>watch: %1: held for good by meta limit/burst</source>
        <translation>surveillance&#xa0;: %1&#xa0;: retenue définitivement par meta limit/burst</translation>
    </message>
    <message>
        <source>watch: %1: held %2 ms by meta limit/burst</source>
        <translation>surveillance&#xa0;: %1&#xa0;: retenue %2 ms par meta limit/burst</translation>
    </message>
    <message>
        <source>watch: %1: checking (%2)</source>
        <translation>surveillance&#xa0;: %1&#xa0;: vérification (%2)</translation>
    </message>
    <message>
        <source>watch: %1: watch failed: %2</source>
        <translation>surveillance&#xa0;: %1&#xa0;: échec de la surveillance&#xa0;: %2</translation>
    </message>
    <message>
        <source>watch: converged for %1 s</source>
        <translation>surveillance&#xa0;: convergé depuis %1 s</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Run report: %1</source>
        <translation>Rapport d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n converged</source>
        <translation>
            <numerusform>%n convergée</numerusform>
            <numerusform>%n convergées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s in all</source>
        <translation>%1 s au total</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>démarré %1</translation>
    </message>
    <message>
        <source>Critical path (%1 s): %2</source>
        <translation>Chemin critique (%1 s)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Début (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Fin (s)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Last output</source>
        <translation>Dernière sortie</translation>
    </message>
    <message>
        <source>Refreshed by</source>
        <translation>Rafraîchie par</translation>
    </message>
</context>
<context>
    <name>SelectionCommands</name>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Rien à coller&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n resource(s)</source>
        <translation>
            <numerusform>Coller %n ressource</numerusform>
            <numerusform>Coller %n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n resource(s)</source>
        <translation>
            <numerusform>Dupliquer %n ressource</numerusform>
            <numerusform>Dupliquer %n ressources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetEdgeNotifyCommand</name>
    <message>
        <source>Notify along %1 -&gt; %2</source>
        <translation>Notifier via %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Stop notifying along %1 -&gt; %2</source>
        <translation>Ne plus notifier via %1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
</context>
<context>
    <name>SignalName</name>
    <message>
        <source>invalid sig %1, did you mean %2?</source>
        <translation>sig %1 non valide, vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>invalid sig %1</source>
        <translation>sig %1 non valide</translation>
    </message>
</context>
<context>
    <name>SymlinkGuard</name>
    <message>
        <source>refusing to follow %1: a symlink owned by %2 in the world-writable sticky directory %3, which the kernel&apos;s protected_symlinks rule forbids</source>
        <translation>refus de suivre %1&#xa0;: un lien symbolique appartenant à %2 dans le répertoire sticky accessible en écriture à tous %3, ce que la règle protected_symlinks du noyau interdit</translation>
    </message>
</context>
<context>
    <name>TimerResource</name>
    <message>
        <source>interval must be a whole number of seconds from 1 to 4294967295 (mgmt&apos;s ticker cannot tick every %1 seconds)</source>
        <translation>interval doit être un nombre entier de secondes de 1 à 4294967295 (le ticker de mgmt ne peut pas battre toutes les %1 secondes)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check mgmt graph files and report every problem.</source>
        <translation>Vérifier des fichiers de graphe mgmt et signaler chaque problème.</translation>
    </message>
    <message>
        <source>A graph file to check (same as a positional FILE).</source>
        <translation>Un fichier de graphe à vérifier (comme un FILE positionnel).</translation>
    </message>
    <message>
        <source>Graph files in mgmt&apos;s YAML format.</source>
        <translation>Fichiers de graphe au format YAML de mgmt.</translation>
    </message>
    <message>
        <source>converge validate: no file given</source>
        <translation>converge validate&#xa0;: aucun fichier indiqué</translation>
    </message>
    <message>
        <source>%1: %2 resources, %3 edges</source>
        <translation>%1&#xa0;: %2 ressources, %3 arêtes</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>watchcmd: %1</source>
        <translation>watchcmd&#xa0;: %1</translation>
    </message>
    <message>
        <source>watchcmd: cannot wait for process %1 (pidfd_open): %2</source>
        <translation>watchcmd&#xa0;: impossible d&apos;attendre le processus %1 (pidfd_open)&#xa0;: %2</translation>
    </message>
    <message>
        <source>watchcmd: cannot wait for its output: %1</source>
        <translation>watchcmd&#xa0;: impossible d&apos;attendre sa sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>watchcmd ended (waitpid: %1)</source>
        <translation>watchcmd s&apos;est terminé (waitpid&#xa0;: %1)</translation>
    </message>
    <message>
        <source>watchcmd was killed by signal %1</source>
        <translation>watchcmd a été tué par le signal %1</translation>
    </message>
    <message>
        <source>watchcmd ended with exit status %1</source>
        <translation>watchcmd s&apos;est terminé avec le code de sortie %1</translation>
    </message>
</context>
<context>
    <name>WatchCoordinator</name>
    <message>
        <source>refresh from %1</source>
        <translation>rafraîchissement de %1</translation>
    </message>
    <message>
        <source>poked by %1</source>
        <translation>relancée par %1</translation>
    </message>
    <message>
        <source>new in the graph</source>
        <translation>nouvelle dans le graphe</translation>
    </message>
</context>
<context>
    <name>WatchSupervisor</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1; watching again after %2 ms (retries left: %3)</source>
        <translation>%1&#xa0;; reprise de la surveillance après %2 ms (tentatives restantes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>watch restarted</source>
        <translation>surveillance redémarrée</translation>
    </message>
</context>
<context>
    <name>YamlGraphReader</name>
    <message>
        <source>file is too large (%1 MB); Converge reads graphs up to %2 MB</source>
        <translation>fichier trop volumineux (%1 Mo)&#xa0;; Converge lit les graphes jusqu&apos;à %2 Mo</translation>
    </message>
    <message>
        <source>not a text file (NUL byte); expected YAML</source>
        <translation>pas un fichier texte (octet NUL)&#xa0;; YAML attendu</translation>
    </message>
    <message>
        <source>empty file: expected a map with graph, resources and edges</source>
        <translation>fichier vide&#xa0;: map avec graph, resources et edges attendue</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid YAML: a tab in the indentation; YAML indents with spaces only</source>
        <translation>YAML non valide&#xa0;: une tabulation dans l&apos;indentation&#xa0;; YAML n&apos;indente qu&apos;avec des espaces</translation>
    </message>
    <message>
        <source>invalid YAML: illegal map value: no key can start here; check the indentation, or quote a value that holds &quot;: &quot;</source>
        <translation>YAML non valide&#xa0;: valeur de map illégale&#xa0;: aucune clé ne peut commencer ici&#xa0;; vérifiez l&apos;indentation, ou mettez entre guillemets une valeur contenant &quot;: &quot;</translation>
    </message>
    <message>
        <source>invalid YAML: end of map flow not found: a { is never closed by }</source>
        <translation>YAML non valide&#xa0;: fin de map en flux introuvable&#xa0;: un { n&apos;est jamais fermé par }</translation>
    </message>
    <message>
        <source>invalid YAML: end of sequence flow not found: a [ is never closed by ]</source>
        <translation>YAML non valide&#xa0;: fin de séquence en flux introuvable&#xa0;: un [ n&apos;est jamais fermé par ]</translation>
    </message>
    <message>
        <source>invalid YAML: %1: check the indentation</source>
        <translation>YAML non valide&#xa0;: %1&#xa0;: vérifiez l&apos;indentation</translation>
    </message>
</context>
<context>
    <name>YamlGraphWriter</name>
    <message>
        <source>cannot save: %1</source>
        <translation>enregistrement impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>YamlSplicer</name>
    <message>
        <source>two changes fall on the same lines</source>
        <translation>deux modifications portent sur les mêmes lignes</translation>
    </message>
    <message>
        <source>the changed text does not read back: %1</source>
        <translation>le texte modifié ne se relit pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>the changed text does not read back as the graph (%1)</source>
        <translation>le texte modifié ne se relit pas comme le graphe (%1)</translation>
    </message>
    <message>
        <source>a top-level key other than graph and comment changed</source>
        <translation>une clé de niveau supérieur autre que graph et comment a changé</translation>
    </message>
    <message>
        <source>the graph&apos;s name cannot be changed in place</source>
        <translation>le nom du graphe ne peut pas être modifié sur place</translation>
    </message>
    <message>
        <source>the comment cannot be changed in place</source>
        <translation>le commentaire ne peut pas être modifié sur place</translation>
    </message>
    <message>
        <source>%1 is not a block list item: it cannot be removed alone</source>
        <translation>%1 n&apos;est pas un élément de liste en bloc&#xa0;: il ne peut pas être supprimé seul</translation>
    </message>
    <message>
        <source>the kind %1 cannot be removed in place</source>
        <translation>le type %1 ne peut pas être supprimé sur place</translation>
    </message>
    <message>
        <source>the name of %1 cannot be changed in place</source>
        <translation>le nom de %1 ne peut pas être modifié sur place</translation>
    </message>
    <message>
        <source>%1: %2 cannot be changed in place</source>
        <translation>%1&#xa0;: %2 ne peut pas être modifié sur place</translation>
    </message>
    <message>
        <source>%1: %2 cannot be added in place</source>
        <translation>%1&#xa0;: %2 ne peut pas être ajouté sur place</translation>
    </message>
    <message>
        <source>%1: meta cannot be changed in place</source>
        <translation>%1&#xa0;: meta ne peut pas être modifié sur place</translation>
    </message>
    <message>
        <source>the file has no resource for %1 to follow</source>
        <translation>le fichier ne contient aucune ressource après laquelle placer %1</translation>
    </message>
    <message>
        <source>%1 is not in a block list: %2 cannot follow it</source>
        <translation>%1 n&apos;est pas dans une liste en bloc&#xa0;: %2 ne peut pas être placé après</translation>
    </message>
    <message>
        <source>the file has no kind for a new kind to follow</source>
        <translation>le fichier ne contient aucun type après lequel placer un nouveau type</translation>
    </message>
    <message>
        <source>the edge %1 cannot name %2 in place</source>
        <translation>l&apos;arête %1 ne peut pas désigner %2 sur place</translation>
    </message>
    <message>
        <source>the edge %1 cannot be renamed in place</source>
        <translation>l&apos;arête %1 ne peut pas être renommée sur place</translation>
    </message>
    <message>
        <source>the edge %1 changed a key Converge does not edit</source>
        <translation>l&apos;arête %1 a modifié une clé que Converge ne modifie pas</translation>
    </message>
    <message>
        <source>the edge %1 cannot change notify in place</source>
        <translation>l&apos;arête %1 ne peut pas modifier notify sur place</translation>
    </message>
    <message>
        <source>an edge at line %1 is not a block list item: it cannot be removed alone</source>
        <translation>une arête à la ligne %1 n&apos;est pas un élément de liste en bloc&#xa0;: elle ne peut pas être supprimée seule</translation>
    </message>
    <message>
        <source>the edges are not a block list: a new edge cannot follow them</source>
        <translation>les arêtes ne forment pas une liste en bloc&#xa0;: une nouvelle arête ne peut pas être placée après</translation>
    </message>
    <message>
        <source>the edges key holds something a new edge cannot follow</source>
        <translation>la clé edges contient quelque chose après quoi une nouvelle arête ne peut pas être placée</translation>
    </message>
    <message>
        <source>the position of %1 cannot be changed in place</source>
        <translation>la position de %1 ne peut pas être modifiée sur place</translation>
    </message>
    <message>
        <source>a position cannot be removed in place</source>
        <translation>une position ne peut pas être supprimée sur place</translation>
    </message>
    <message>
        <source>the converge key holds no positions for new ones to follow</source>
        <translation>la clé converge ne contient aucune position après laquelle placer les nouvelles</translation>
    </message>
    <message>
        <source>a new position cannot follow the file&apos;s positions</source>
        <translation>une nouvelle position ne peut pas être placée après les positions du fichier</translation>
    </message>
    <message>
        <source>the edge %1 cannot gain notify in place</source>
        <translation>l&apos;arête %1 ne peut pas recevoir notify sur place</translation>
    </message>
</context>
<context>
    <name>YamlValueBuilder</name>
    <message>
        <source>duplicate key %1</source>
        <translation>clé %1 en double</translation>
    </message>
    <message>
        <source>a map key must be text, not a list or a map</source>
        <translation>une clé de map doit être du texte, pas une liste ni une map</translation>
    </message>
    <message>
        <source>alias to an unknown anchor</source>
        <translation>alias vers une ancre inconnue</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 values</source>
        <translation>les alias se développent en plus de %1 valeurs</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>l&apos;imbrication dépasse %1 niveaux</translation>
    </message>
</context>
<context>
    <name>converge::AboutDialog</name>
    <message>
        <source>About Converge</source>
        <translation>À propos de Converge</translation>
    </message>
    <message>
        <source>Draw, lay out and run mgmt resource graphs in parallel.</source>
        <translation>Dessiner, disposer et exécuter en parallèle des graphes de ressources mgmt.</translation>
    </message>
    <message>
        <source>Converge is free software under the MIT licence.</source>
        <translation>Converge est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>It is built on these libraries, each under its own licence:</source>
        <translation>Il repose sur ces bibliothèques, chacune sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>Qt %1: GNU LGPL version 3</source>
        <translation>Qt %1&#xa0;: GNU LGPL version 3</translation>
    </message>
    <message>
        <source>Graphviz: Eclipse Public License 1.0</source>
        <translation>Graphviz&#xa0;: Eclipse Public License 1.0</translation>
    </message>
    <message>
        <source>yaml-cpp: MIT licence</source>
        <translation>yaml-cpp&#xa0;: licence MIT</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>converge::AutoEdgeOverlay</name>
    <message>
        <source>Automatic edge: mgmt orders these resources by the path one of them manages (meta autoedge)</source>
        <translation>Arête automatique&#xa0;: mgmt ordonne ces ressources selon le chemin que l&apos;une d&apos;elles gère (meta autoedge)</translation>
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
        <translation>type de ressource %1 non pris en charge&#xa0;: seuls exec, file, noop et timer peuvent s&apos;exécuter</translation>
    </message>
</context>
<context>
    <name>converge::ContextMenus</name>
    <message>
        <source>&amp;Add Here</source>
        <translation>&amp;Ajouter ici</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>&amp;Coller ici</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Delete Edge</source>
        <translation>&amp;Supprimer l&apos;arête</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Notifier</translation>
    </message>
    <message>
        <source>Send the dependent a refresh when the prerequisite changes something (mgmt&apos;s notify)</source>
        <translation>Envoyer un rafraîchissement à la ressource dépendante quand le prérequis modifie quelque chose (le notify de mgmt)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>C&amp;onnect From Here</source>
        <translation>&amp;Relier depuis ici</translation>
    </message>
    <message>
        <source>Click another resource to make it depend on this one</source>
        <translation>Cliquer sur une autre ressource pour la rendre dépendante de celle-ci</translation>
    </message>
</context>
<context>
    <name>converge::DanglingEdgeView</name>
    <message>
        <source>missing %1</source>
        <translation>%1 manquante</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select a resource to see its details.</source>
        <translation>Sélectionnez une ressource.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Meta parameters</source>
        <translation>Méta-paramètres</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(valeurs par défaut)</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>pas encore exécutée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarrée</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Keep converging</source>
        <translation>Maintenir la convergence</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Réparations</translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation>Dernière cause</translation>
    </message>
</context>
<context>
    <name>converge::Document</name>
    <message>
        <source>Laying out</source>
        <translation>Disposition en cours</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>converge::DocumentFile</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty graph</source>
        <translation>Commencer un graphe vide</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the graph as mgmt YAML, with node positions</source>
        <translation>Enregistrer le graphe en YAML mgmt, avec les positions des nœuds</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the graph under another name</source>
        <translation>Enregistrer le graphe sous un autre nom</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The graph has unsaved changes. Save them first?</source>
        <translation>Le graphe a des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>Save Graph</source>
        <translation>Enregistrer le graphe</translation>
    </message>
    <message>
        <source>mgmt YAML graphs (*.yaml *.yml)</source>
        <translation>Graphes YAML mgmt (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Could not save %1:
%2
The file on disk is unchanged.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;:
%2
Le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Editing is blocked while the graph runs</source>
        <translation>L&apos;édition est bloquée pendant l&apos;exécution du graphe</translation>
    </message>
    <message>
        <source>Recover Unsaved Work?</source>
        <translation>Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Converge did not close properly. Unsaved changes to %1 were kept automatically at %2. Recover them?</source>
        <translation>Converge ne s&apos;est pas fermé correctement. Les modifications non enregistrées de %1 ont été conservées automatiquement dans %2. Les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>an untitled graph</source>
        <translation>un graphe sans titre</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recovered the unsaved work</source>
        <translation>Travail non enregistré récupéré</translation>
    </message>
    <message>
        <source>Saved %1, rewritten in full (comments and layout not kept): %2</source>
        <translation>%1 enregistré, entièrement réécrit (commentaires et mise en forme non conservés)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk; your unsaved edits are kept and Keep Converging goes on with the graph it runs. Reload to take the file&apos;s version.</source>
        <translation>%1 a changé sur le disque&#xa0;; vos modifications non enregistrées sont conservées et Maintenir la convergence continue avec le graphe qu&apos;il exécute. Recharger prend la version du fichier.</translation>
    </message>
    <message>
        <source>Waiting for the save of %1 to finish</source>
        <translation>En attente de la fin de l'enregistrement de %1</translation>
    </message>
</context>
<context>
    <name>converge::DryRunReport</name>
    <message>
        <source>%1 would change, %2 already converged</source>
        <translation>%1 changeraient, %2 déjà convergées</translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be checked</source>
        <translation>
            <numerusform>, %n n&apos;a pas pu être vérifiée</numerusform>
            <numerusform>, %n n&apos;ont pas pu être vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignorée</numerusform>
            <numerusform>, %n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n annulée</numerusform>
            <numerusform>, %n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>would change</source>
        <translation>changerait</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>exécution à blanc</translation>
    </message>
</context>
<context>
    <name>converge::EdgePropertiesDock</name>
    <message>
        <source>Edge</source>
        <translation>Arête</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Notifier</translation>
    </message>
    <message>
        <source>Click an edge to see where it goes and whether it notifies.</source>
        <translation>Cliquez sur une arête pour voir où elle mène et si elle notifie.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>When the prerequisite changes something, send the dependent a refresh (mgmt&apos;s notify)</source>
        <translation>Quand le prérequis modifie quelque chose, envoyer un rafraîchissement à la ressource dépendante (le notify de mgmt)</translation>
    </message>
</context>
<context>
    <name>converge::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Remove the selected resources and put them on the clipboard</source>
        <translation>Retirer les ressources sélectionnées et les mettre dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected resources as mgmt YAML</source>
        <translation>Copier les ressources sélectionnées en YAML mgmt</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Add the resources on the clipboard; taken names get a suffix</source>
        <translation>Ajouter les ressources du presse-papiers&#xa0;; les noms déjà pris reçoivent un suffixe</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected resources next to themselves</source>
        <translation>Copier les ressources sélectionnées à côté d&apos;elles-mêmes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected resources and their edges</source>
        <translation>Supprimer les ressources sélectionnées et leurs arêtes</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename the selected resource in place</source>
        <translation>Renommer la ressource sélectionnée sur place</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every resource</source>
        <translation>Sélectionner toutes les ressources</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find a resource by kind or name</source>
        <translation>Rechercher une ressource par type ou par nom</translation>
    </message>
    <message>
        <source>&amp;Connect Mode</source>
        <translation>Re&amp;lier</translation>
    </message>
    <message>
        <source>Drag from one resource to another to add a dependency (or hold Shift while dragging)</source>
        <translation>Glisser d&apos;une ressource à une autre pour ajouter une dépendance (ou maintenir Maj en glissant)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>Moved and new resources land on a %1-point grid</source>
        <translation>Les ressources déplacées et nouvelles se placent sur une grille de %1 points</translation>
    </message>
    <message>
        <source>Re-&amp;layout</source>
        <translation>Redis&amp;poser</translation>
    </message>
    <message>
        <source>Lay the graph out again with Graphviz (one undo step)</source>
        <translation>Redisposer le graphe avec Graphviz (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Editing is blocked while the graph runs</source>
        <translation>L&apos;édition est bloquée pendant l&apos;exécution du graphe</translation>
    </message>
    <message>
        <source>Editing is blocked while the graph runs: stop the run or wait for it to finish.</source>
        <translation>L&apos;édition est bloquée pendant l&apos;exécution du graphe&#xa0;: arrêtez l&apos;exécution ou attendez sa fin.</translation>
    </message>
</context>
<context>
    <name>converge::EmptyCanvasHint</name>
    <message>
        <source>Drag a kind from the palette, or open an example</source>
        <translation>Glissez un type depuis la palette, ou ouvrez un exemple</translation>
    </message>
</context>
<context>
    <name>converge::Engine</name>
    <message>
        <source>cycle: %1</source>
        <translation>cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>cycle through automatic edges (meta autoedge) among: %1; set autoedge: false on one of them</source>
        <translation>cycle formé par des arêtes automatiques (meta autoedge) entre&#xa0;: %1&#xa0;; mettez autoedge: false sur l’une d’elles</translation>
    </message>
</context>
<context>
    <name>converge::EngineRun</name>
    <message>
        <source>%1; retrying in %2 ms (attempt %3 of %4)</source>
        <translation>%1&#xa0;; nouvelle tentative dans %2 ms (tentative %3 sur %4)</translation>
    </message>
    <message>
        <source>no memory left for the run&apos;s events: the run was stopped</source>
        <translation>plus de mémoire pour les événements de l&apos;exécution&#xa0;: l&apos;exécution a été arrêtée</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>converge::ExamplesMenu</name>
    <message>
        <source>&amp;Examples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>Cannot Open Example</source>
        <translation>Impossible d&apos;ouvrir l&apos;exemple</translation>
    </message>
    <message>
        <source>Could not copy the example to %1: %2</source>
        <translation>Impossible de copier l&apos;exemple vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Build Pipeline</source>
        <translation>Chaîne de construction</translation>
    </message>
    <message>
        <source>Fan In Fan Out</source>
        <translation>Fan-in et fan-out</translation>
    </message>
    <message>
        <source>Web Server</source>
        <translation>Serveur web</translation>
    </message>
</context>
<context>
    <name>converge::ExportController</name>
    <message>
        <source>Pixels per point: 1 is the size on screen at 100 %</source>
        <translation>Pixels par point&#xa0;: 1 est la taille à l&apos;écran à 100 %</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond &amp;transparent</translation>
    </message>
    <message>
        <source>&amp;Export Diagram...</source>
        <translation>Exporter le &amp;diagramme…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG, SVG, PDF or Graphviz DOT</source>
        <translation>Enregistrer le diagramme en PNG, SVG, PDF ou Graphviz DOT</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Show the &amp;critical path</source>
        <translation>Afficher le c&amp;hemin critique</translation>
    </message>
    <message>
        <source>Keep the glow along the run&apos;s longest chain in the picture</source>
        <translation>Conserver dans l&apos;image la lueur le long de la plus longue chaîne de l&apos;exécution</translation>
    </message>
    <message>
        <source>%1 Options</source>
        <translation>Options %1</translation>
    </message>
</context>
<context>
    <name>converge::FilterDock</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Partie d&apos;un nom</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> niveaux</translation>
    </message>
    <message>
        <source>How far up and down from the selection Focus reaches</source>
        <translation>Jusqu&apos;où la focalisation s&apos;étend vers le haut et vers le bas depuis la sélection</translation>
    </message>
    <message>
        <source>Focus on Selection</source>
        <translation>Focaliser sur la sélection</translation>
    </message>
    <message>
        <source>Failed and Neighbours</source>
        <translation>Échouées et voisines</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Showing %1 of %2 resources</source>
        <translation>%1 ressources affichées sur %2</translation>
    </message>
    <message>
        <source>Select the resources to focus on first.</source>
        <translation>Sélectionnez d&apos;abord les ressources sur lesquelles focaliser.</translation>
    </message>
    <message>
        <source>No resource has failed.</source>
        <translation>Aucune ressource n&apos;a échoué.</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
</context>
<context>
    <name>converge::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find a resource: kind/name</source>
        <translation>Rechercher une ressource&#xa0;: type/nom</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>No resource matches “%1”</source>
        <translation>Aucune ressource ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>converge::GroupActions</name>
    <message>
        <source>&amp;Group By</source>
        <translation>&amp;Grouper par</translation>
    </message>
    <message>
        <source>Name &amp;Prefix</source>
        <translation>&amp;Préfixe du nom</translation>
    </message>
    <message>
        <source>Name Prefix &amp;Of My Choice…</source>
        <translation>Préfixe de mon &amp;choix…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Connected Component</source>
        <translation>Composante co&amp;nnexe</translation>
    </message>
    <message>
        <source>mgmt &amp;Autogroup</source>
        <translation>&amp;Autogroup de mgmt</translation>
    </message>
    <message>
        <source>Group the resources whose names start with a text</source>
        <translation>Grouper les ressources dont le nom commence par un texte</translation>
    </message>
    <message>
        <source>Group the noop resources mgmt would merge into one (Converge runs them one by one)</source>
        <translation>Grouper les ressources noop que mgmt fusionnerait en une seule (Converge les exécute une par une)</translation>
    </message>
    <message>
        <source>Group by Name Prefix</source>
        <translation>Grouper par préfixe du nom</translation>
    </message>
    <message>
        <source>Group the resources whose names start with:</source>
        <translation>Grouper les ressources dont le nom commence par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Collapse Group</source>
        <translation>Re&amp;plier le groupe</translation>
    </message>
    <message>
        <source>Show the groups of the selected resources as one box each</source>
        <translation>Afficher chaque groupe des ressources sélectionnées comme une seule boîte</translation>
    </message>
    <message>
        <source>&amp;Expand Group</source>
        <translation>Déplier le gro&amp;upe</translation>
    </message>
    <message>
        <source>Show the resources of the selected group boxes again</source>
        <translation>Afficher à nouveau les ressources des boîtes de groupe sélectionnées</translation>
    </message>
    <message>
        <source>Collapse &amp;All Groups</source>
        <translation>Replier tous les group&amp;es</translation>
    </message>
    <message>
        <source>E&amp;xpand All Groups</source>
        <translation>Dépl&amp;ier tous les groupes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>mgmt&apos;s autogroup is too costly to work out for this graph: too many noop resources depend on each other</source>
        <translation>l&apos;autogroup de mgmt est trop coûteux à calculer pour ce graphe&#xa0;: trop de ressources noop dépendent les unes des autres</translation>
    </message>
    <message>
        <source>The selected resources are in no group</source>
        <translation>Les ressources sélectionnées n&apos;appartiennent à aucun groupe</translation>
    </message>
    <message>
        <source>The collapsed groups could not be laid out: %1</source>
        <translation>Les groupes repliés n&apos;ont pas pu être disposés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>converge::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Lister tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;About Converge</source>
        <translation>À &amp;propos de Converge</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read how to open, edit, run and export graphs</source>
        <translation>Lire comment ouvrir, modifier, exécuter et exporter des graphes</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>What each colour, glyph and highlight on the canvas means</source>
        <translation>Ce que signifient chaque couleur, chaque symbole et chaque surbrillance sur le canevas</translation>
    </message>
</context>
<context>
    <name>converge::KindPaletteDock</name>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click the canvas, to add a %1 resource</source>
        <translation>Glisser sur le canevas, ou double-cliquer sur le canevas, pour ajouter une ressource %1</translation>
    </message>
    <message>
        <source>%1 (cannot run here)</source>
        <translation>%1 (non exécutable ici)</translation>
    </message>
    <message>
        <source>%1 resources are drawn and saved, but Converge cannot run them on this machine</source>
        <translation>Les ressources %1 sont dessinées et enregistrées, mais Converge ne peut pas les exécuter sur cette machine</translation>
    </message>
</context>
<context>
    <name>converge::LayoutNote</name>
    <message>
        <source>%1 resources laid out by %2 in %3 s</source>
        <translation>%1 ressources disposées par %2 en %3 s</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Échec de la disposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not open the file: see Problems</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: voir Problèmes</translation>
    </message>
</context>
<context>
    <name>converge::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Not run yet, or waiting for its prerequisites</source>
        <translation>Pas encore exécutée, ou en attente de ses prérequis</translation>
    </message>
    <message>
        <source>Checking or applying now; the border moves</source>
        <translation>Vérification ou application en cours&#xa0;; la bordure bouge</translation>
    </message>
    <message>
        <source>Converged: checked, and changed where needed</source>
        <translation>Convergée&#xa0;: vérifiée, et modifiée si nécessaire</translation>
    </message>
    <message>
        <source>Check or apply failed after every retry, or timed out</source>
        <translation>La vérification ou l&apos;application a échoué après toutes les tentatives, ou a dépassé le délai</translation>
    </message>
    <message>
        <source>Not run because a prerequisite failed or was skipped</source>
        <translation>Non exécutée car un prérequis a échoué ou a été ignoré</translation>
    </message>
    <message>
        <source>The run was stopped before it finished</source>
        <translation>L&apos;exécution a été arrêtée avant sa fin</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>A ring around selected resources; their edges and a clicked edge are drawn in this colour</source>
        <translation>Un anneau autour des ressources sélectionnées&#xa0;; leurs arêtes et une arête cliquée sont dessinées dans cette couleur</translation>
    </message>
    <message>
        <source>Automatic edge</source>
        <translation>Arête automatique</translation>
    </message>
    <message>
        <source>Dashed: an edge mgmt adds by itself (a file after the directory it lives in)</source>
        <translation>En pointillés&#xa0;: une arête que mgmt ajoute de lui-même (un fichier après le répertoire qui le contient)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>A glow along the chain of resources that took longest; shown after a run, in exports only when asked for</source>
        <translation>Une lueur le long de la chaîne de ressources qui a pris le plus de temps&#xa0;; affichée après une exécution, dans les exports seulement sur demande</translation>
    </message>
    <message>
        <source>∅ Cannot run here</source>
        <translation>∅ Non exécutable ici</translation>
    </message>
    <message>
        <source>Greyed and hatched: Converge loads and saves this kind but does not run it</source>
        <translation>Grisé et hachuré&#xa0;: Converge charge et enregistre ce type mais ne l&apos;exécute pas</translation>
    </message>
</context>
<context>
    <name>converge::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;All resources</source>
        <translation>&amp;Toutes les ressources</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Pas encore de sortie.</translation>
    </message>
    <message>
        <source>Select a resource, or check &quot;All resources&quot;, to see output.</source>
        <translation>Sélectionnez une ressource, ou cochez «&#xa0;Toutes les ressources&#xa0;», pour voir la sortie.</translation>
    </message>
    <message>
        <source>Log: no resource selected</source>
        <translation>Journal&#xa0;: aucune ressource sélectionnée</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>converge::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an mgmt YAML graph</source>
        <translation>Ouvrir un graphe YAML mgmt</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Read the file again from disk</source>
        <translation>Relire le fichier depuis le disque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Select Area by Dragging</source>
        <translation>&amp;Sélectionner une zone en glissant</translation>
    </message>
    <message>
        <source>Drag selects nodes instead of moving the view</source>
        <translation>Glisser sélectionne des nœuds au lieu de déplacer la vue</translation>
    </message>
    <message>
        <source>&amp;Top to Bottom</source>
        <translation>De &amp;haut en bas</translation>
    </message>
    <message>
        <source>&amp;Left to Right</source>
        <translation>De &amp;gauche à droite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Layout &amp;Engine</source>
        <translation>&amp;Moteur de disposition</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Stop the Run?</source>
        <translation>Arrêter l&apos;exécution&#xa0;?</translation>
    </message>
    <message>
        <source>A run is still going. Quitting stops it and terminates its commands.</source>
        <translation>Une exécution est encore en cours. Quitter l&apos;arrête et met fin à ses commandes.</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Ouvrir un graphe</translation>
    </message>
    <message>
        <source>Run in Progress</source>
        <translation>Exécution en cours</translation>
    </message>
    <message>
        <source>Stop the run before opening another file.</source>
        <translation>Arrêtez l&apos;exécution avant d&apos;ouvrir un autre fichier.</translation>
    </message>
    <message>
        <source>Untitled[*] — Converge</source>
        <translation>Sans titre[*] — Converge</translation>
    </message>
    <message>
        <source>%1[*] — Converge</source>
        <translation>%1[*] — Converge</translation>
    </message>
    <message>
        <source>Graphs (*.yaml *.yml *.dot *.gv);;mgmt YAML graphs (*.yaml *.yml);;Graphviz DOT (*.dot *.gv);;All files (*)</source>
        <translation>Graphes (*.yaml *.yml *.dot *.gv);;Graphes YAML mgmt (*.yaml *.yml);;Graphviz DOT (*.dot *.gv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the graph and start an empty one</source>
        <translation>Fermer le graphe et en commencer un vide</translation>
    </message>
    <message>
        <source>Show &amp;Failed and Neighbours</source>
        <translation>Afficher les échouées et leurs &amp;voisines</translation>
    </message>
    <message>
        <source>Show All &amp;Resources</source>
        <translation>Afficher t&amp;outes les ressources</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatique</translation>
    </message>
    <message>
        <source>[saving…] </source>
        <translation>[enregistrement…] </translation>
    </message>
</context>
<context>
    <name>converge::OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>converge::OverviewMap</name>
    <message>
        <source>The whole graph: drag the rectangle or click to move the view</source>
        <translation>Le graphe entier&#xa0;: faites glisser le rectangle ou cliquez pour déplacer la vue</translation>
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
        <translation>Choisir un chemin</translation>
    </message>
    <message>
        <source>Choose a Path</source>
        <translation>Choisir un chemin</translation>
    </message>
    <message>
        <source>one item per line</source>
        <translation>un élément par ligne</translation>
    </message>
</context>
<context>
    <name>converge::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation>Problèmes (%1 erreurs, %2 avertissements)</translation>
    </message>
</context>
<context>
    <name>converge::PropertyEditor</name>
    <message>
        <source>Select one resource to edit it.</source>
        <translation>Sélectionnez une ressource à modifier.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (cannot run here)</source>
        <translation>%1 (non exécutable ici)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Meta parameters</source>
        <translation>Méta-paramètres</translation>
    </message>
    <message>
        <source>Other parameters (kept as loaded)</source>
        <translation>Autres paramètres (conservés tels que chargés)</translation>
    </message>
    <message>
        <source>Other meta parameters (kept as loaded)</source>
        <translation>Autres méta-paramètres (conservés tels que chargés)</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>Un nom ne peut pas être vide</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space</source>
        <translation>Un nom ne peut pas commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>%1/%2 already exists: names are unique per kind</source>
        <translation>%1/%2 existe déjà&#xa0;: les noms sont uniques par type</translation>
    </message>
</context>
<context>
    <name>converge::RecentFiles</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider la liste</translation>
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
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run every resource, each as soon as its prerequisites are done</source>
        <translation>Exécuter chaque ressource dès que ses prérequis sont terminés</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>Exécution à &amp;blanc</translation>
    </message>
    <message>
        <source>Check every resource and report what would change</source>
        <translation>Vérifier chaque ressource et signaler ce qui changerait</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the run, or the loading or layout in progress</source>
        <translation>Arrêter l&apos;exécution, ou le chargement ou la disposition en cours</translation>
    </message>
    <message>
        <source>Run &amp;Selected</source>
        <translation>Exécuter la &amp;sélection</translation>
    </message>
    <message>
        <source>Run the selected resources and their prerequisites</source>
        <translation>Exécuter les ressources sélectionnées et leurs prérequis</translation>
    </message>
    <message>
        <source>Re-run &amp;Failed</source>
        <translation>&amp;Réexécuter les échouées</translation>
    </message>
    <message>
        <source>Run the failed resources again, and what they skipped</source>
        <translation>Réexécuter les ressources échouées, et ce qu&apos;elles ont fait ignorer</translation>
    </message>
    <message>
        <source>Run &amp;This</source>
        <translation>Exécuter &amp;celle-ci</translation>
    </message>
    <message>
        <source>Run &amp;Up To Here</source>
        <translation>Exécuter &amp;jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>Afficher le jour&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>Copier le no&amp;m</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
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
        <translation>Exécution impossible</translation>
    </message>
    <message numerus="yes">
        <source>This graph cannot run here: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Ce graphe n&apos;est pas exécutable ici&#xa0;: %n problème doit d&apos;abord être corrigé.</numerusform>
            <numerusform>Ce graphe n&apos;est pas exécutable ici&#xa0;: %n problèmes doivent d&apos;abord être corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>
… and %1 more in Problems.</source>
        <translation>
… et %1 autres dans Problèmes.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>exécution à blanc</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>Run stopped after %1 s:</source>
        <translation>Exécution arrêtée après %1 s&#xa0;:</translation>
    </message>
    <message>
        <source>Dry run finished in %1 s:</source>
        <translation>Exécution à blanc terminée en %1 s&#xa0;:</translation>
    </message>
    <message>
        <source>Run finished in %1 s:</source>
        <translation>Exécution terminée en %1 s&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>%n changerait</numerusform>
            <numerusform>%n changeraient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already converged</source>
        <translation>
            <numerusform>%n déjà convergée</numerusform>
            <numerusform>%n déjà convergées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done (%1 changed)</source>
        <translation>
            <numerusform>%n terminée (modifiées&#xa0;: %1)</numerusform>
            <numerusform>%n terminées (modifiées&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Converging</source>
        <translation>&amp;Maintenir la convergence</translation>
    </message>
    <message>
        <source>After Run&apos;s first pass keep watching every resource and repair what drifts, until Stop</source>
        <translation>Après la première passe, continuer à surveiller chaque ressource et réparer ce qui dérive, jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>surveillance</translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>dérive&#xa0;: %1</translation>
    </message>
    <message>
        <source>held for good by meta limit/burst</source>
        <translation>retenue définitivement par meta limit/burst</translation>
    </message>
    <message>
        <source>held %1 ms by meta limit/burst</source>
        <translation>retenue %1 ms par meta limit/burst</translation>
    </message>
    <message>
        <source>checking (%1)</source>
        <translation>vérification (%1)</translation>
    </message>
    <message>
        <source>repair failed</source>
        <translation>réparation échouée</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>réparée</translation>
    </message>
    <message>
        <source>watch failed: %1</source>
        <translation>surveillance échouée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has errors (see Problems): Keep Converging keeps running the graph it had</source>
        <translation>%1 contient des erreurs (voir Problèmes)&#xa0;: Maintenir la convergence continue d&apos;exécuter le graphe qu&apos;il avait</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
</context>
<context>
    <name>converge::RunController</name>
    <message>
        <source>a run is going: stop it before a replay</source>
        <translation>une exécution est en cours&#xa0;: arrêtez-la avant une relecture</translation>
    </message>
    <message>
        <source>open the graph the run was recorded from first</source>
        <translation>ouvrez d&apos;abord le graphe dont l&apos;exécution a été enregistrée</translation>
    </message>
    <message>
        <source>cannot keep converging: %1</source>
        <translation>impossible de maintenir la convergence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>converge::RunEvent</name>
    <message>
        <source>received a refresh from %1</source>
        <translation>rafraîchissement reçu de %1</translation>
    </message>
</context>
<context>
    <name>converge::RunFilesController</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Run &amp;Report...</source>
        <translation>Enregistrer le rapport d&apos;exécu&amp;tion…</translation>
    </message>
    <message>
        <source>Open Recorded R&amp;un...</source>
        <translation>Re&amp;jouer une exécution enregistrée…</translation>
    </message>
    <message>
        <source>Save what the last run did, per resource, as JSON and as an HTML page</source>
        <translation>Enregistrer ce qu&apos;a fait la dernière exécution, par ressource, en JSON et en page HTML</translation>
    </message>
    <message>
        <source>Replay a run recorded with &apos;converge run --events&apos; on the graph</source>
        <translation>Rejouer sur le graphe une exécution enregistrée avec &apos;converge run --events&apos;</translation>
    </message>
    <message>
        <source>Save Run Report</source>
        <translation>Enregistrer le rapport d&apos;exécution</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>JSON report, with an HTML page beside it (*.json)</source>
        <translation>Rapport JSON, avec une page HTML à côté (*.json)</translation>
    </message>
    <message>
        <source>Saving the Report Failed</source>
        <translation>Échec de l&apos;enregistrement du rapport</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>%1 et %2 enregistrés</translation>
    </message>
    <message>
        <source>Open Recorded Run</source>
        <translation>Rejouer une exécution enregistrée</translation>
    </message>
    <message>
        <source>Recorded runs (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Exécutions enregistrées (*.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Replay the Run</source>
        <translation>Impossible de rejouer l&apos;exécution</translation>
    </message>
    <message>
        <source>Replaying with Gaps</source>
        <translation>Relecture avec des lacunes</translation>
    </message>
</context>
<context>
    <name>converge::RunStatusWidget</name>
    <message>
        <source>Resources %1</source>
        <translation>Ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Elapsed time of the run</source>
        <translation>Temps écoulé de l&apos;exécution</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>How long every resource has stayed converged while watching</source>
        <translation>Depuis combien de temps chaque ressource reste convergée pendant la surveillance</translation>
    </message>
    <message>
        <source>repairing</source>
        <translation>réparation en cours</translation>
    </message>
    <message>
        <source>converged for %1 s</source>
        <translation>convergé depuis %1 s</translation>
    </message>
</context>
<context>
    <name>converge::SceneEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>%1 already depends on %2</source>
        <translation>%1 dépend déjà de %2</translation>
    </message>
    <message>
        <source>Not connected: %1 -&gt; %2 would close the cycle %3</source>
        <translation>Non relié&#xa0;: %1 -&gt; %2 fermerait le cycle %3</translation>
    </message>
    <message>
        <source>Connect %1 -&gt; %2</source>
        <translation>Relier %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Drag to another resource to make it depend on this one</source>
        <translation>Glisser sur une autre ressource pour la rendre dépendante de celle-ci</translation>
    </message>
    <message>
        <source>Expand the collapsed groups to move resources: while they are collapsed, resources are not where the file puts them</source>
        <translation>Dépliez les groupes pour déplacer des ressources&#xa0;: tant qu&apos;ils sont repliés, les ressources ne sont pas là où le fichier les place</translation>
    </message>
</context>
<context>
    <name>converge::ShellSyntaxWarning</name>
    <message>
        <source>Set shell: %1</source>
        <translation>Définir shell: %1</translation>
    </message>
    <message>
        <source>⚠ %1 is shell syntax, but cmd runs without a shell: mgmt splits it at spaces and hands %1 to the program as text.</source>
        <translation>⚠ %1 est une syntaxe shell, mais cmd s&apos;exécute sans shell&#xa0;: mgmt découpe la commande aux espaces et passe %1 au programme comme texte.</translation>
    </message>
</context>
<context>
    <name>converge::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>converge::SourceDock</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The graph has not been read from a file.</source>
        <translation>Le graphe n&apos;a pas été lu depuis un fichier.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1 (as Save would write it)</source>
        <translation>Source&#xa0;: %1 (telle que l&apos;enregistrement l&apos;écrirait)</translation>
    </message>
    <message>
        <source>Source: %1 (Save would rewrite it in full)</source>
        <translation>Source&#xa0;: %1 (l&apos;enregistrement la réécrirait entièrement)</translation>
    </message>
    <message>
        <source>Comments and layout would not be kept: %1</source>
        <translation>Les commentaires et la mise en forme ne seraient pas conservés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>converge::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in on the time axis (Ctrl+wheel)</source>
        <translation>Zoomer sur l&apos;axe du temps (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Afficher toute l&apos;exécution</translation>
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
        <translation>Guide de l&apos;utilisateur de Converge</translation>
    </message>
    <message>
        <source>The user guide was not found; looked in:
%1</source>
        <translation>Le guide de l&apos;utilisateur est introuvable&#xa0;; recherché dans&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>check graph files and report every problem</source>
        <translation>vérifier des fichiers de graphe et signaler chaque problème</translation>
    </message>
    <message>
        <source>save a graph&apos;s picture as DOT, PNG, SVG or PDF</source>
        <translation>enregistrer l&apos;image d&apos;un graphe en DOT, PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>run a graph: check and apply its resources in parallel</source>
        <translation>exécuter un graphe&#xa0;: vérifier et appliquer ses ressources en parallèle</translation>
    </message>
    <message>
        <source>Usage: converge COMMAND [OPTIONS] [FILE...]</source>
        <translation>Usage&#xa0;: converge COMMANDE [OPTIONS] [FICHIER...]</translation>
    </message>
    <message>
        <source>       converge FILE     open FILE in the window; no arguments open it empty</source>
        <translation>       converge FICHIER  ouvrir FICHIER dans la fenêtre&#xa0;; sans argument, elle s&apos;ouvre vide</translation>
    </message>
    <message>
        <source>Draw, lay out and run mgmt resource graphs in parallel.</source>
        <translation>Dessiner, disposer et exécuter en parallèle des graphes de ressources mgmt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Run `converge COMMAND --help` for a command&apos;s options.</source>
        <translation>Lancez `converge COMMANDE --help` pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>converge: no command given</source>
        <translation>converge&#xa0;: aucune commande indiquée</translation>
    </message>
    <message>
        <source>converge: unknown command %1</source>
        <translation>converge&#xa0;: commande inconnue %1</translation>
    </message>
</context>
</TS>
