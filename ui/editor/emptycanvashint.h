#pragma once

#include <QLabel>

namespace converge {

class GraphModel;
class GraphView;

/// The words on an empty canvas: what to do first ("Drag a kind from the palette, or open an
/// example"). Shown, centred on the view, exactly while the graph has no resource; it takes no
/// clicks, so a double-click or a drop reaches the canvas under it.
///
/// A child of the view's viewport; follows the model's signals. GUI thread only.
class EmptyCanvasHint : public QLabel
{
    Q_OBJECT
public:
    EmptyCanvasHint(const GraphModel *model, GraphView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void centre();

    const GraphModel *m_model;
};

} // namespace converge
