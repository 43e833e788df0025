#include "editor/edgepropertiesdock.h"

#include "document/document.h"
#include "editor/commands/setedgenotifycommand.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "model/graphmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>

namespace converge {

EdgePropertiesDock::EdgePropertiesDock(GraphEditor *editor, QWidget *parent)
    : QDockWidget(tr("Edge"), parent), m_editor(editor), m_pages(new QStackedWidget),
      m_from(new QLabel), m_to(new QLabel), m_name(new QLabel),
      m_notify(new QCheckBox(tr("&Notify")))
{
    setObjectName(u"EdgeDock"_qs);
    auto *hint = new QLabel(tr("Click an edge to see where it goes and whether it notifies."));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(hint);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    for (QLabel *label : {m_from, m_to, m_name})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("From:"), m_from);
    layout->addRow(tr("To:"), m_to);
    layout->addRow(tr("Name:"), m_name);
    m_notify->setObjectName(u"EdgeNotify"_qs);
    m_notify->setToolTip(tr("When the prerequisite changes something, send the dependent a "
                            "refresh (mgmt's notify)"));
    layout->addRow(QString(), m_notify);
    m_pages->addWidget(form);
    setWidget(m_pages);

    connect(m_notify, &QCheckBox::clicked, this, &EdgePropertiesDock::notifyToggled);
    // Whatever changes the edge or an end's name (undo, a rename, a run) shows here at once.
    const GraphModel *model = m_editor->document()->model();
    for (auto signal : {&GraphModel::edgeChanged, &GraphModel::edgeRemoved})
        connect(model, signal, this, &EdgePropertiesDock::refresh);
    connect(model, &GraphModel::resourceRenamed, this, &EdgePropertiesDock::refresh);
    connect(model, &GraphModel::graphReset, this, &EdgePropertiesDock::refresh);
    connect(model, &GraphModel::lockedChanged, this, &EdgePropertiesDock::refresh);
    refresh();
}

void EdgePropertiesDock::showEdge(EdgeId id)
{
    m_edge = id;
    refresh();
}

void EdgePropertiesDock::refresh()
{
    const Graph &graph = m_editor->graph();
    if (m_edge == InvalidId || !graph.containsEdge(m_edge)) {
        m_edge = InvalidId;
        m_pages->setCurrentIndex(0);
        return;
    }
    const Edge &edge = graph.edge(m_edge);
    m_from->setText(graph.resource(edge.from).key());
    m_to->setText(graph.resource(edge.to).key());
    m_name->setText(edge.name);
    m_notify->setChecked(edge.notify);
    m_notify->setEnabled(m_editor->canEdit());
    m_pages->setCurrentIndex(1);
}

void EdgePropertiesDock::notifyToggled(bool notify)
{
    const Graph &graph = m_editor->graph();
    if (m_edge == InvalidId || !graph.containsEdge(m_edge))
        return;
    m_editor->push(SetEdgeNotifyCommand::forEdge(m_editor, m_edge, notify));
    refresh();
}

} // namespace converge
