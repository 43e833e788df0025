#pragma once

#include "editor/grapheditor.h"
#include "model/diagnostic.h"
#include "model/resource.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace converge {

class ParameterField;

/// The Details dock's editor for one resource: its name (checked as typed: unique per kind),
/// a typed field per known parameter of its kind, the meta parameters, and the parameters
/// Converge does not know, shown as loaded and kept.
///
/// Every committed field with a valid value becomes one undo command on the editor's stack; the
/// form follows the model afterwards, so undo shows up here too. A typed value that
/// GraphValidator (the check `validate` and `run` make) refuses for its field never reaches the
/// model: it stays in the field as typed, marked with the reason, and is held by the document's
/// LiveValidator, which lists it in Problems, marks the node and blocks runs until it is fixed.
/// Values loaded from the file that a run would refuse are marked the same way. Read-only while the
/// editor refuses edits (during a run). GUI thread only.
class PropertyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyEditor(GraphEditor *editor, QWidget *parent = nullptr);

    /// Edits id, or shows nothing for InvalidId.
    void showResource(ResourceId id);
    ResourceId resource() const { return m_id; }

    /// For tests and the inline rename: the field of a parameter, or nullptr.
    ParameterField *field(GraphEditor::Section section, const QString &name) const;
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QString nameProblem() const;
    /// What a run would refuse about the resource that no single field explains, or empty.
    QString resourceProblem() const;
    /// The text shown for a parameter Converge does not know, or empty.
    QString unknownValue(GraphEditor::Section section, const QString &name) const;

    /// Why name cannot be given to the resource key (empty when it can): empty, or taken.
    static QString nameProblem(const Graph &graph, const QString &key, const QString &name);

private:
    /// Problems sorted to the fields they name (message and diagnostic), and the rest.
    struct Placed
    {
        std::vector<std::pair<QString, Diagnostic>> fields; ///< parallel to m_fields
        QStringList unplaced;
    };
    Placed place(const Diagnostics &diagnostics) const;
    static QString fieldLabel(const ParameterField *field);
    void rebuild();
    void refreshSoon();
    void refresh();
    void commit(ParameterField *field);
    void commitName();
    void checkName();
    void showProblems();
    void addSection(const QString &title);
    QLabel *problemLabel(const QString &objectName);
    void addUnknown(GraphEditor::Section section, const Value &map);

    GraphEditor *m_editor;
    ResourceId m_id = InvalidId;
    Resource m_shown; ///< what the form was built from, to see whether the model moved on
    bool m_refreshQueued = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_resourceProblem = nullptr; ///< under the kind: what no field explains
    std::vector<ParameterField *> m_fields;
};

} // namespace converge
