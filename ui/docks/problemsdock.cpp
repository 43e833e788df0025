#include "docks/problemsdock.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

namespace converge {

namespace {
enum Column
{
    MessageColumn,
    ResourceColumn,
    LocationColumn
};
constexpr int IndexRole = Qt::UserRole;
} // namespace

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(tr("Problems"), parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ProblemsDock"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Message"), tr("Resource"), tr("Location")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ResourceColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LocationColumn, QHeaderView::ResizeToContents);
    setWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProblemsDock::activate);
}

void ProblemsDock::setDiagnostics(const Diagnostics &diagnostics)
{
    m_tree->clear();
    m_diagnostics = diagnostics;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    items.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics) {
        QString location = QFileInfo(d.file).fileName();
        if (d.location.isValid()) {
            location += QStringLiteral(":%1").arg(d.location.line);
            if (d.location.column > 0)
                location += QStringLiteral(":%1").arg(d.location.column);
        }
        auto *item = new QTreeWidgetItem({d.message, d.resource, location});
        item->setIcon(MessageColumn, d.isError() ? errorIcon : warningIcon);
        item->setToolTip(MessageColumn,
                         d.toStringWithContext().toHtmlEscaped().prepend(QStringLiteral("<pre>")) +
                             QStringLiteral("</pre>"));
        item->setToolTip(LocationColumn, d.file);
        item->setData(MessageColumn, IndexRole, int(items.size()));
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    const int errors = int(std::count_if(diagnostics.begin(), diagnostics.end(),
                                         [](const Diagnostic &d) { return d.isError(); }));
    setWindowTitle(
        diagnostics.isEmpty()
            ? tr("Problems")
            : tr("Problems (%1 errors, %2 warnings)").arg(errors).arg(diagnostics.size() - errors));
}

int ProblemsDock::count() const
{
    return m_tree->topLevelItemCount();
}

void ProblemsDock::activate(QTreeWidgetItem *item)
{
    const int index = item->data(MessageColumn, IndexRole).toInt();
    if (index >= 0 && index < m_diagnostics.size())
        emit problemActivated(m_diagnostics.at(index));
}

} // namespace converge
