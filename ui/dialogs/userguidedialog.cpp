#include "dialogs/userguidedialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must be used outside any namespace. The bundled guide lives in a static
// library, whose resources are only registered when asked.
static void initGuideResource()
{
    Q_INIT_RESOURCE(docs);
}

namespace converge {

QStringList UserGuideDialog::candidates()
{
    initGuideResource();
    const QDir app(QCoreApplication::applicationDirPath());
    return {app.absoluteFilePath(u"../share/doc/converge/user-guide.md"_qs),
            // A build tree: build/app/converge or build/tests/tst_... next to the sources.
            app.absoluteFilePath(u"../../docs/user-guide.md"_qs), u":/docs/user-guide.md"_qs};
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser)
{
    setObjectName(u"UserGuideDialog"_qs);
    setWindowTitle(tr("Converge User Guide"));
    m_text->setOpenExternalLinks(true);
    for (const QString &path : candidates()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        m_source = path;
        // Pictures are named relative to the guide.
        m_text->setSearchPaths({QFileInfo(path).absolutePath()});
        m_text->setMarkdown(QString::fromUtf8(file.readAll()));
        break;
    }
    if (m_source.isEmpty())
        m_text->setPlainText(
            tr("The user guide was not found; looked in:\n%1").arg(candidates().join(u'\n')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 640);
}

} // namespace converge
