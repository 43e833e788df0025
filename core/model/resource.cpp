#include "model/resource.h"

namespace converge {

QString Resource::displayName() const
{
    QString title = kind;
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title + u'[' + name + u']';
}

} // namespace converge
