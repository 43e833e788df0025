#pragma once

#include <QDockWidget>
#include <QString>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace converge {

struct Resource;
struct RunRecord;
class Value;

/// What one resource is and how its last run went: kind, name, parameters, meta parameters,
/// and state, start, duration, exit code and tries; with Keep Converging, how often it was
/// repaired and why last. GUI thread only.
class DetailsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DetailsDock(QWidget *parent = nullptr);

    /// What Keep Converging did to a resource since its watch began.
    struct Repairs
    {
        int count = 0;     ///< checks that changed something
        QString lastCause; ///< why the last of them ran ("content changed"); empty when none
    };

    /// Shows resource; record is its last run, or nullptr when it has not run; repairs when
    /// the graph is or was watched. Copies what it shows: the pointers need not outlive the
    /// call. nullptr resource shows an empty page.
    void showResource(const Resource *resource, const RunRecord *record,
                      const std::optional<Repairs> &repairs = std::nullopt);
    /// Puts editor (the property editor) above the run details; the dock takes ownership.
    void setEditor(QWidget *editor);
    /// The value shown for a property path such as "Last run/State", for tests.
    QString value(const QString &path) const;

private:
    static void addValue(QTreeWidgetItem *parent, const QString &key, const Value &value);

    QTreeWidget *m_tree;
};

} // namespace converge
