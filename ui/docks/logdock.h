#pragma once

#include "model/resource.h"

#include <QDockWidget>

#include <deque>
#include <vector>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace converge {

/// The run's output: the selected resource's stdout/stderr, or every resource merged with a
/// "kind/name" prefix; a filter box; autoscroll that pauses while the user has scrolled up.
///
/// Lines arrive in batches (one per screen refresh) and are kept here, bounded, so switching
/// resource or filter redraws from memory. A large batch reaches the view over several
/// event-loop passes, a bounded number of lines each, so the window keeps answering; the
/// view keeps the newest lines. GUI thread only.
class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    struct Line
    {
        enum class Kind : std::uint8_t
        {
            Stdout,  ///< the command's standard output
            Stderr,  ///< the command's standard error, drawn in the error colour
            Message, ///< Converge's own note about the resource (retry, timeout, state)
            Summary, ///< how a run ended: shown whatever resource or filter is chosen
        };
        ResourceId resource = InvalidId;
        Kind kind = Kind::Stdout;
        QString prefix; ///< "kind/name", shown when every resource is merged
        QString time;   ///< when it happened ("14:03:07.215"), shown first; may be empty
        QString text;
    };

    explicit LogDock(QWidget *parent = nullptr);

    /// Appends a batch; shows what matches the current resource and filter.
    void appendLines(std::vector<Line> lines);
    /// Forgets every line, e.g. when a new run starts.
    void clear();
    /// Follows this resource (InvalidId: none selected). Ignored while "All" is checked.
    void setResource(ResourceId id, const QString &key);
    /// Shows every resource merged (true) or only the followed one.
    void setShowAll(bool all);
    bool showsAll() const;
    /// The text currently shown, for tests and copy.
    QString visibleText() const;

private:
    bool matches(const Line &line) const;
    void redraw();
    /// Writes a bounded batch of m_unwritten and queues the rest for the next pass.
    void writePending();
    void write(const std::vector<const Line *> &lines);

    std::deque<Line> m_lines;
    std::deque<const Line *> m_unwritten; ///< matching lines of m_lines not yet in the view
    bool m_writeQueued = false;
    ResourceId m_resource = InvalidId;
    QString m_resourceKey;
    bool m_hasText = false; ///< the next line starts a new block
    QPlainTextEdit *m_text;
    QLineEdit *m_filter;
    QCheckBox *m_all;
};

} // namespace converge
