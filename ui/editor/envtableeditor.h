#pragma once

#include "model/value.h"

#include <QWidget>

#include <optional>

class QTableWidget;

namespace converge {

/// Environment variables as a two-column table (name, value) with Add and Remove buttons.
///
/// Emits edited() once per finished change (a cell edited, a row added with a name, a row
/// removed); rows without a name are left out of value(). GUI thread only.
class EnvTableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvTableEditor(QWidget *parent = nullptr);

    /// Shows a map of scalars; anything else shows as an empty table.
    void setValue(const Value &value);
    /// The table as a map in row order, or nothing when it has no named rows.
    std::optional<Value> value() const;
    QTableWidget *table() const { return m_table; }

signals:
    void edited();

private:
    void addRow(const QString &name, const QString &text);

    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace converge
