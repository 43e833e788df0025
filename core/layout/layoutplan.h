#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace converge {

/// What a layout will do, decided before any engine runs: the graph's connected pieces, the
/// engine each one gets, and every translated text the result may carry.
///
/// Deciding and running are apart so that running needs no translation: make() runs in the
/// application (it may call tr() and read its settings), and execute() runs in the layout helper
/// (converge-layout, started by LayoutProcess), which receives the plan as toBytes() wrote it
/// and loads no translation. execute() only computes geometry: Graphviz, RankPlacement and
/// packing on memory the plan owns. Value type; any thread.
class LayoutPlan
{
    Q_DECLARE_TR_FUNCTIONS(LayoutPlan)
public:
    /// One connected piece and how it is laid out.
    struct Piece
    {
        GraphvizLayout::Input input;
        /// A Graphviz engine name, LayeredEngine, GridEngine (resources without edges) or
        /// RankEngine.
        QString engine;
    };
    /// Why execute() failed: the engine that failed and Graphviz's own (untranslated) words.
    struct Failure
    {
        QString engine;
        QString graphvizText;
    };

    /// Converge's layered layout (LayeredLayout), one of GraphvizLayout::engines().
    static constexpr char16_t LayeredEngine[] = u"layered";
    /// Pieces without edges are placed in a grid, without an engine.
    static constexpr char16_t GridEngine[] = u"grid";
    /// Converge's own rank placement (RankPlacement), for pieces too big for every engine.
    static constexpr char16_t RankEngine[] = u"ranks";

    /// Splits input into pieces and chooses each one's engine. Nothing, with a translated
    /// *error, when an engine asked for by name cannot lay out a piece safely.
    static std::optional<LayoutPlan> make(const GraphvizLayout::Input &input, QString *error);
    /// Lays out every piece and packs them; GraphLayout::engine and note are the plan's. Blocks
    /// for the whole run. Calls no tr() and takes no lock but Graphviz's. On failure returns
    /// nothing and fills *failure.
    std::optional<GraphLayout> execute(Failure *failure) const;
    /// The translated message for a failure of execute().
    static QString describe(const Failure &failure);

    /// The plan as bytes, for the layout helper's standard input.
    QByteArray toBytes() const;
    /// The plan toBytes() wrote; nothing when bytes are anything else (truncated, corrupt).
    static std::optional<LayoutPlan> fromBytes(const QByteArray &bytes);

    const std::vector<Piece> &pieces() const { return m_pieces; }
    /// The engine that speaks for the whole layout: the biggest piece's.
    const QString &engine() const { return m_engine; }

private:
    std::vector<Piece> m_pieces;
    LayoutDirection m_direction = LayoutDirection::TopToBottom;
    QString m_engine; ///< the biggest piece's engine speaks for the whole layout
    QString m_note;   ///< and why it was chosen, translated
};

} // namespace converge
