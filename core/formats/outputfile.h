#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace converge {

/// A file the user asked Converge to write (a saved graph, an export, `--events`): written so
/// that it is never half there, and never something other than what was named.
///
/// A regular file (or a new one) is written to a temporary file beside it, synced, and renamed
/// over it, so a crash or a full disk leaves the old file whole; an existing file keeps its
/// mode (and, as root, its owner). A symlink is followed and its target replaced, as an editor
/// does. Anything else that exists at the path (a character device like /dev/null or a
/// terminal, a FIFO someone reads from) is opened and written in place: replacing it with a
/// regular file would break the machine, and is never what the user meant. Every failure says
/// the operation, the path and the system's reason. One thread at a time.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    explicit OutputFile(QString path);
    /// Removes the temporary file unless commit() succeeded.
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Prepares the writing; false with errorString(). Opening a FIFO waits for a reader.
    bool open();
    bool isOpen() const { return m_fd >= 0; }
    /// Appends data; false with errorString() on the first failure, and every call after it.
    bool write(QByteArrayView data);
    /// Makes what was written the file's content; false with errorString(), the old file kept.
    bool commit();
    QString errorString() const { return m_error; }

    /// Writes data to path in one go; false with a translated *error.
    static bool save(const QString &path, QByteArrayView data, QString *error);
    /// Creates path and its missing parents; false with "cannot create folder PATH: reason".
    static bool makeFolder(const QString &path, QString *error);
    /// True when a and b name the same existing file, through links and `..`.
    static bool sameFile(const QString &a, const QString &b);

private:
    enum class Step
    {
        Open,
        CreateIn,
        SetMode,
        SetOwner,
        Write,
        Replace,
    };
    /// "cannot <step> %1: %2", translated.
    static QString message(Step step);
    /// Keeps the first failure, naming step, path and the system's reason for error (an errno),
    /// and gives up the writing.
    bool fail(Step step, const QString &path, int error);
    void discard();

    QString m_path;      ///< what the caller named
    QString m_target;    ///< what is written: m_path with symlinks followed
    QString m_temporary; ///< empty when writing in place
    int m_fd = -1;
    QString m_error;
};

} // namespace converge
