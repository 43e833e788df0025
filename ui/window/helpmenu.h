#pragma once

#include <QMenu>

class QAction;

namespace converge {

/// The Help menu: User Guide, Legend (the states' looks and the canvas's marks), Keyboard
/// Shortcuts (built from the window's actions each time it opens, so it lists exactly what the
/// window binds) and About Converge.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    /// `window` is the main window whose actions are listed; the menu is its child.
    explicit HelpMenu(QWidget *window);

    /// Shows the keyboard shortcuts dialog for the window's current actions; returns at once.
    void showShortcuts();
    /// Shows the user guide; returns at once.
    void showUserGuide();
    /// Shows the legend of states and marks; returns at once.
    void showLegend();
    /// Shows the About dialog; returns at once.
    void showAbout();
};

} // namespace converge
