#pragma once

#include <QList>

#include <vector>

class QGraphicsItem;
class QGraphicsScene;

namespace converge {

/// The items of a GraphScene that are neither nodes nor edges (group boxes, merged edges,
/// overlays, editor handles): a handful beside the 250,000 items of a 100,000-resource graph.
///
/// Finding them means looking at every item, so the list is made again only when the scene's
/// item list changed. QGraphicsScene hands its list out as an implicitly shared copy, and any
/// addition or removal detaches the scene's list from the copy kept here. GUI thread only.
class OtherItems
{
public:
    /// The items of scene that are not a NodeItem or an EdgeItem, in the scene's item order.
    const std::vector<QGraphicsItem *> &of(const QGraphicsScene &scene);

private:
    QList<QGraphicsItem *> m_seen; ///< the scene's list when m_items was made
    std::vector<QGraphicsItem *> m_items;
    bool m_made = false;
};

} // namespace converge
