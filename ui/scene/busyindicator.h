#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace converge {

/// A status-bar "working" sign: what is being done and an indeterminate progress bar.
/// Hidden while idle. GUI thread only.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    /// Shows what (e.g. "Laying out") when busy, hides otherwise.
    void setBusy(bool busy, const QString &what);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace converge
