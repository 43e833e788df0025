#pragma once

#include <QDialog>

namespace converge {

/// Help > Legend: what each run state looks like (colour, glyph, border) and what the canvas's
/// marks mean (selection, highlighted edges, automatic edges, the critical path, resources
/// that cannot run here). Drawn from the same StatePalette the nodes use, so it cannot drift.
/// Modeless; GUI thread only.
class LegendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LegendDialog(QWidget *parent = nullptr);
};

} // namespace converge
