// Build-time tool: renders the application's SVG icon to the PNG sizes that icon themes and
// AppStream expect, so the SVG stays the single source and no binary images live in git.
// Usage: converge-iconrender ICON.svg OUTDIR SIZE...  (writes OUTDIR/SIZExSIZE/converge.png)

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: converge-iconrender ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << args.at(1) << ": error: not a valid SVG\n";
        return 1;
    }
    const QDir out(args.at(2));
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0) {
            err << "error: bad size '" << sizeText << "'\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1x%1").arg(size);
        const QString path = out.filePath(folder + QStringLiteral("/converge.png"));
        if (!out.mkpath(folder) || !image.save(path, "PNG")) {
            err << path << ": error: cannot write\n";
            return 1;
        }
    }
    return 0;
}
