#include "docks/detailsdock.h"

#include "model/resource.h"
#include "model/resourcestate.h"
#include "model/runrecord.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>

#include <cmath>

namespace converge {

namespace {
QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &key, const QString &value = {})
{
    return new QTreeWidgetItem(parent, {key, value});
}

QString formatSeconds(double seconds)
{
    return seconds < 60 ? DetailsDock::tr("%1 s").arg(QLocale().toString(seconds, 'f', 3))
                        : DetailsDock::tr("%1 min %2 s")
                              .arg(int(seconds) / 60)
                              .arg(QLocale().toString(std::fmod(seconds, 60.0), 'f', 1));
}
} // namespace

DetailsDock::DetailsDock(QWidget *parent)
    : QDockWidget(tr("Details"), parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("DetailsDock"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Property"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setWidget(m_tree);
    showResource(nullptr, nullptr);
}

void DetailsDock::showResource(const Resource *resource, const RunRecord *record,
                               const std::optional<Repairs> &repairs)
{
    m_tree->clear();
    if (!resource) {
        auto *hint = new QTreeWidgetItem(m_tree, {tr("Select a resource to see its details.")});
        hint->setFlags(Qt::NoItemFlags);
        hint->setFirstColumnSpanned(true);
        return;
    }
    auto *general = new QTreeWidgetItem(m_tree, {tr("Resource")});
    addRow(general, tr("Kind"), resource->kind);
    addRow(general, tr("Name"), resource->fileName());
    if (resource->location.isValid())
        addRow(general, tr("Line"), QString::number(resource->location.line));

    auto *params = new QTreeWidgetItem(m_tree, {tr("Parameters")});
    for (const Value::MapEntry &entry : resource->params.entries())
        addValue(params, entry.first, entry.second);
    auto *meta = new QTreeWidgetItem(m_tree, {tr("Meta parameters")});
    for (const Value::MapEntry &entry : resource->meta.entries())
        addValue(meta, entry.first, entry.second);
    if (meta->childCount() == 0)
        addRow(meta, tr("(defaults)"));

    auto *run = new QTreeWidgetItem(m_tree, {tr("Last run")});
    if (!record) {
        addRow(run, tr("State"), tr("not run yet"));
    } else {
        addRow(run, tr("State"), stateLabel(record->state));
        if (isFinal(record->state) && record->state != ResourceState::Skipped)
            addRow(run, tr("Changed"), record->changed ? tr("yes") : tr("no"));
        addRow(run, tr("Start"),
               record->startUs < 0 ? tr("not started")
                                   : tr("+%1").arg(formatSeconds(record->startUs / 1e6)));
        if (record->endUs >= 0 && record->startUs >= 0)
            addRow(run, tr("Duration"), formatSeconds(record->seconds()));
        addRow(run, tr("Exit code"),
               record->exitCode < 0 ? tr("none") : QString::number(record->exitCode));
        addRow(run, tr("Tries"), QString::number(record->tries));
        if (!record->error.isEmpty())
            addRow(run, tr("Error"), record->error)->setToolTip(1, record->error);
    }
    if (repairs) {
        auto *watch = new QTreeWidgetItem(m_tree, {tr("Keep converging")});
        addRow(watch, tr("Repairs"), QString::number(repairs->count));
        addRow(watch, tr("Last cause"),
               repairs->lastCause.isEmpty() ? tr("none") : repairs->lastCause);
    }
    m_tree->expandAll();
}

void DetailsDock::setEditor(QWidget *editor)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(editor);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 160});
    setWidget(splitter);
}

QString DetailsDock::value(const QString &path) const
{
    const QStringList parts = path.split(u'/');
    QTreeWidgetItem *item = nullptr;
    for (const QString &part : parts) {
        const int count = item ? item->childCount() : m_tree->topLevelItemCount();
        QTreeWidgetItem *next = nullptr;
        for (int i = 0; i < count && !next; ++i) {
            QTreeWidgetItem *child = item ? item->child(i) : m_tree->topLevelItem(i);
            if (child->text(0) == part)
                next = child;
        }
        if (!next)
            return {};
        item = next;
    }
    return item ? item->text(1) : QString();
}

void DetailsDock::addValue(QTreeWidgetItem *parent, const QString &key, const Value &value)
{
    QTreeWidgetItem *row = addRow(parent, key);
    switch (value.type()) {
    case Value::Type::Null:
        row->setText(1, QStringLiteral("~"));
        break;
    case Value::Type::Scalar:
        row->setText(1, value.text());
        row->setToolTip(1, value.text());
        break;
    case Value::Type::List:
        for (size_t i = 0; i < value.items().size(); ++i)
            addValue(row, QStringLiteral("[%1]").arg(i), value.items()[i]);
        break;
    case Value::Type::Map:
        for (const Value::MapEntry &entry : value.entries())
            addValue(row, entry.first, entry.second);
        break;
    }
}

} // namespace converge
