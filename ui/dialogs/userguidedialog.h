#pragma once

#include <QDialog>

class QTextBrowser;

namespace converge {

/// Help > User Guide: docs/user-guide.md rendered in a window, read from where the app is
/// installed (share/doc/converge), else from the source tree next to a build, else from the
/// copy bundled into the program, so it is there however Converge was started. Modeless; GUI
/// thread only.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// Where the guide was read from (a file path, or ":/docs/user-guide.md").
    QString source() const { return m_source; }
    /// Every place looked at, in order; the first that exists wins.
    static QStringList candidates();

private:
    QTextBrowser *m_text;
    QString m_source;
};

} // namespace converge
