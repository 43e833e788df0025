#pragma once

#include <QMenu>

namespace converge {

/// File → Examples: one entry per example graph bundled under `:/examples`.
///
/// Choosing one copies it to the user's data folder (examples/NAME.yaml), unless a copy is
/// already there, and reports that path, so the graph opens as an ordinary file that can be
/// edited, saved and reloaded; a copy the user changed is opened as it is, never overwritten.
class ExamplesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ExamplesMenu(QWidget *parent = nullptr);

    /// The writable copy of the bundled example `name` ("web-server.yaml"), created when
    /// missing. Returns an empty string, with a warning shown to the user, when it cannot be
    /// written.
    QString materialise(const QString &name);

signals:
    /// The user chose an example; `path` is the writable copy to open.
    void exampleChosen(const QString &path);
};

} // namespace converge
