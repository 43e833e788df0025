#pragma once

#include <QDialog>

namespace converge {

/// Help → About: the application's icon, version and licence, and the licences of the
/// libraries it links (Qt, Graphviz, yaml-cpp), with a button for Qt's own About box.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace converge
