#include "editor/emptycanvashint.h"

#include "model/graphmodel.h"
#include "scene/graphview.h"

#include <QEvent>

namespace converge {

EmptyCanvasHint::EmptyCanvasHint(const GraphModel *model, GraphView *view)
    : QLabel(view->viewport()), m_model(model)
{
    setObjectName(u"EmptyCanvasHint"_qs);
    setText(tr("Drag a kind from the palette, or open an example"));
    setAlignment(Qt::AlignCenter);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    setFont(larger);
    view->viewport()->installEventFilter(this);
    connect(model, &GraphModel::graphReset, this, &EmptyCanvasHint::follow);
    connect(model, &GraphModel::resourceAdded, this, &EmptyCanvasHint::follow);
    connect(model, &GraphModel::resourceRemoved, this, &EmptyCanvasHint::follow);
    follow();
}

bool EmptyCanvasHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        centre();
    return false;
}

void EmptyCanvasHint::follow()
{
    setVisible(m_model->graph().resourceCount() == 0);
    centre();
}

void EmptyCanvasHint::centre()
{
    adjustSize();
    const QWidget *viewport = parentWidget();
    move((viewport->width() - width()) / 2, (viewport->height() - height()) / 2);
}

} // namespace converge
