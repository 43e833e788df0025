#pragma once

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace converge {

struct Resource;
struct RunRecord;
class Value;

/// What one resource is and how its last run went: kind, name, parameters, meta parameters,
/// and state, start, duration, exit code and tries. GUI thread only.
class DetailsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DetailsDock(QWidget *parent = nullptr);

    /// Shows resource; record is its last run, or nullptr when it has not run. Copies what it
    /// shows: the pointers need not outlive the call. nullptr resource shows an empty page.
    void showResource(const Resource *resource, const RunRecord *record);
    /// Puts editor (the property editor) above the run details; the dock takes ownership.
    void setEditor(QWidget *editor);
    /// The value shown for a property path such as "Last run/State", for tests.
    QString value(const QString &path) const;

private:
    static void addValue(QTreeWidgetItem *parent, const QString &key, const Value &value);

    QTreeWidget *m_tree;
};

} // namespace converge
