#pragma once

#include <QDockWidget>

class QListWidget;

namespace converge {

/// The kinds a graph can hold, to drag onto the canvas (or to pick for a double-click there).
///
/// exec, file, noop and timer run here; pkg, svc and the other mgmt kinds can be drawn and saved
/// but not run, and are marked so (greyed, "cannot run here"). A drag carries the kind under
/// SceneEditor::kindMimeType(). GUI thread only.
class KindPaletteDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit KindPaletteDock(QWidget *parent = nullptr);

    /// The kind currently picked.
    QString currentKind() const;
    void setCurrentKind(const QString &kind);
    /// Every kind listed, runnable ones first.
    static QStringList kinds();

signals:
    void currentKindChanged(const QString &kind);

private:
    QListWidget *m_list;
};

} // namespace converge
