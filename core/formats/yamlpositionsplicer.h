#pragma once

#include "formats/yamlsource.h"
#include "formats/yamltextsplice.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace converge {

/// YamlSplicer's part for the node positions under `converge: positions:`: a moved or renamed
/// resource changes its numbers or name in place, a resource without a position (any more)
/// loses its entry, and new ones follow the last entry, written its way (or a new `converge:`
/// key when the file had none). Its messages are the splicer's. Lives for one splice; the
/// arguments must outlive it.
class YamlPositionSplicer
{
    Q_DECLARE_TR_FUNCTIONS(YamlSplicer)

public:
    /// ownOf maps the graph's resources to the source's, editedOf the other way.
    YamlPositionSplicer(const YamlSource &source, const Graph &graph, YamlTextSplice &splice,
                        const QHash<ResourceId, ResourceId> &ownOf,
                        const QHash<ResourceId, ResourceId> &editedOf);

    /// Adds the position edits to the splice; false, with the reason in *why, when one cannot
    /// be made in place.
    bool splice(QString *why);

private:
    bool insertPositions(const std::vector<ResourceId> &added);
    bool fail(const QString &why);

    const YamlSource &m_source;
    const Graph &m_graph;
    YamlTextSplice &m_splice;
    const QHash<ResourceId, ResourceId> &m_ownOf;
    const QHash<ResourceId, ResourceId> &m_editedOf;
    QString *m_why = nullptr;
};

} // namespace converge
