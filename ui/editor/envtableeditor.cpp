#include "editor/envtableeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace converge {

EnvTableEditor::EnvTableEditor(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 2))
{
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

void EnvTableEditor::addRow(const QString &name, const QString &text)
{
    const bool filling = std::exchange(m_filling, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(text));
    m_filling = filling;
}

void EnvTableEditor::setValue(const Value &value)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const Value::MapEntry &entry : value.entries())
        addRow(entry.first, entry.second.text());
    m_filling = false;
}

std::optional<Value> EnvTableEditor::value() const
{
    Value map = Value::map();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        const QString text = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        // Environment values are strings: quote what YAML would read as a number or boolean.
        const Value plain = Value::scalar(text);
        map.insert(name,
                   plain.isString() ? plain : Value::scalar(text, Value::Style::DoubleQuoted));
    }
    if (map.entries().empty())
        return std::nullopt;
    return map;
}

} // namespace converge
