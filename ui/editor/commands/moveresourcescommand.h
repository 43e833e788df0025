#pragma once

#include <QPointF>
#include <QString>
#include <QUndoCommand>

#include <optional>
#include <utility>
#include <vector>

namespace converge {

class GraphEditor;

/// Moves resources. Every mouse move of one drag pushes one of these with the same drag number;
/// they merge, so a whole drag is one undo step. The editor must outlive the command.
class MoveResourcesCommand : public QUndoCommand
{
public:
    using Positions = std::vector<std::pair<QString, std::optional<QPointF>>>;
    enum
    {
        Id = 0x4d6f7665
    };

    /// before and after name the same resources by key, in the same order.
    MoveResourcesCommand(GraphEditor *editor, int drag, Positions before, Positions after);

    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    int m_drag;
    Positions m_before;
    Positions m_after;
};

} // namespace converge
