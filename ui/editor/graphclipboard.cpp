#include "editor/graphclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace converge {

QString GraphClipboard::mimeType()
{
    return QStringLiteral("application/x-converge-yamlgraph");
}

void GraphClipboard::put(const GraphFragment &fragment)
{
    const QByteArray yaml = fragment.toYaml();
    auto *data = new QMimeData;
    data->setData(mimeType(), yaml);
    data->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(data);
}

bool GraphClipboard::take(GraphFragment *fragment, QString *error)
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data || (!data->hasFormat(mimeType()) && !data->hasText())) {
        *error = QApplication::translate("GraphClipboard", "The clipboard holds no text");
        return false;
    }
    const QByteArray yaml =
        data->hasFormat(mimeType()) ? data->data(mimeType()) : data->text().toUtf8();
    return GraphFragment::fromYaml(yaml, fragment, error);
}

} // namespace converge
