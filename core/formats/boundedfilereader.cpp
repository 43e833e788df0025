#include "formats/boundedfilereader.h"

#include <QFile>

namespace converge {

QString BoundedFileReader::tooLarge(qint64 maxBytes)
{
    return tr("file is larger than %1 MB, the most Converge reads").arg(maxBytes / (1024 * 1024));
}

std::optional<QByteArray> BoundedFileReader::read(const QString &path, qint64 maxBytes,
                                                  Diagnostics *diagnostics)
{
    const auto fail = [&](const QString &message) {
        Diagnostic d;
        d.file = path;
        d.message = message;
        diagnostics->append(d);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(tr("cannot read: %1").arg(file.errorString()));
    // A regular file's size is enough to refuse a big one unread, and to read a small one with
    // one allocation; it is never trusted as the end.
    if (file.size() > maxBytes) {
        return fail(tr("file is too large (%1 MB); Converge reads graphs up to %2 MB")
                        .arg(QString::number(double(file.size()) / (1024 * 1024), 'f', 1))
                        .arg(maxBytes / (1024 * 1024)));
    }
    constexpr qint64 Chunk = 1024 * 1024;
    QByteArray data;
    data.reserve(qsizetype(std::min(file.size(), maxBytes) + 1));
    for (;;) {
        const qint64 want = std::min(Chunk, maxBytes + 1 - data.size());
        const qsizetype before = data.size();
        data.resize(before + qsizetype(want));
        const qint64 got = file.read(data.data() + before, want);
        if (got < 0)
            return fail(tr("cannot read: %1").arg(file.errorString()));
        data.resize(before + qsizetype(got));
        if (data.size() > maxBytes)
            return fail(tooLarge(maxBytes));
        if (got == 0)
            return data;
    }
}

} // namespace converge
