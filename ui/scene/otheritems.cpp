#include "scene/otheritems.h"

#include "scene/edgeitem.h"
#include "scene/nodeitem.h"

#include <QGraphicsScene>

namespace converge {

const std::vector<QGraphicsItem *> &OtherItems::of(const QGraphicsScene &scene)
{
    const QList<QGraphicsItem *> all = scene.items(Qt::AscendingOrder);
    if (m_made && all.isSharedWith(m_seen))
        return m_items;
    m_seen = all;
    m_made = true;
    m_items.clear();
    for (QGraphicsItem *item : all) {
        if (item->type() != NodeItem::Type && item->type() != EdgeItem::Type)
            m_items.push_back(item);
    }
    return m_items;
}

} // namespace converge
