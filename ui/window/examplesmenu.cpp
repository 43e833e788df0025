#include "window/examplesmenu.h"

#include "formats/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

// Q_INIT_RESOURCE must be used outside any namespace. The examples live in a static library,
// where nothing else would make the linker keep their resource object.
static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace converge {

namespace {

const QString resourceFolder = QStringLiteral(":/examples");

// "build-pipeline.yaml" -> "Build Pipeline"
QString displayName(const QString &fileName)
{
    QStringList words = QFileInfo(fileName).completeBaseName().split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(u' ');
}

// The titles displayName() makes of the bundled examples, named here so that lupdate puts them
// in the catalogues; an example added later shows its English title until it is listed.
[[maybe_unused]] const char *const exampleTitles[] = {
    QT_TRANSLATE_NOOP("converge::ExamplesMenu", "Build Pipeline"),
    QT_TRANSLATE_NOOP("converge::ExamplesMenu", "Fan In Fan Out"),
    QT_TRANSLATE_NOOP("converge::ExamplesMenu", "Web Server"),
};

} // namespace

ExamplesMenu::ExamplesMenu(QWidget *parent) : QMenu(tr("&Examples"), parent)
{
    initExampleResources();
    const QStringList names =
        QDir(resourceFolder).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QAction *action = addAction(tr(displayName(name).toUtf8().constData()));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] {
            const QString path = materialise(name);
            if (!path.isEmpty())
                emit exampleChosen(path);
        });
    }
    setEnabled(!names.isEmpty());
}

QString ExamplesMenu::materialise(const QString &name)
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                      QStringLiteral("/examples"));
    const QString path = folder.filePath(name);
    if (QFile::exists(path))
        return path;
    QFile bundled(resourceFolder + u'/' + name);
    QString error;
    if (!OutputFile::makeFolder(folder.path(), &error)) {
        QMessageBox::warning(parentWidget(), tr("Cannot Open Example"), error);
        return {};
    }
    if (!bundled.copy(path)) {
        QMessageBox::warning(parentWidget(), tr("Cannot Open Example"),
                             tr("Could not copy the example to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), bundled.errorString()));
        return {};
    }
    // Resource files copy read-only; the copy is the user's to edit.
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    return path;
}

} // namespace converge
