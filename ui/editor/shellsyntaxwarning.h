#pragma once

#include "model/resource.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace converge {

class GraphEditor;

/// The property editor's warning under an exec resource whose `cmd` is written for a shell
/// but has no `shell`: mgmt then splits cmd at white space and starts the program itself, so
/// `echo done > out.txt` prints "done > out.txt" and writes nothing. Names the first piece of
/// shell syntax and offers the one-click fix, "Set shell: /bin/sh" (one undo step).
///
/// Built by the property editor for the resource it shows; follows that resource's changes in
/// the model and hides while there is nothing to say. GUI thread only.
class ShellSyntaxWarning : public QWidget
{
    Q_OBJECT
public:
    ShellSyntaxWarning(GraphEditor *editor, ResourceId id, QWidget *parent = nullptr);

    /// The first piece of cmd that only a shell understands: an operator or a redirection
    /// outside quotes (> < | ; & and the like), an expansion ($, `, a leading ~, a glob), or a
    /// quote itself, which without a shell reaches the program as a character. Empty when cmd
    /// means the same with and without a shell.
    static QString shellSyntax(const QString &cmd);

private:
    void follow(ResourceId changed);
    void setShell();

    GraphEditor *m_editor;
    ResourceId m_id;
    QLabel *m_text;
};

} // namespace converge
