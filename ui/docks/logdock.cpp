#include "docks/logdock.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace converge {

namespace {
// Enough for any one resource's story and a long merged run; older lines drop off first.
constexpr size_t MaxLines = 200000;
constexpr int MaxShownBlocks = 50000;
// Lines written into the view per event-loop pass (some milliseconds of text layout): a burst
// of output, or a redraw over a long run, is shown over the next passes instead of in one
// long stall of the window.
constexpr size_t MaxWrittenPerPass = 1000;
} // namespace

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent), m_text(new QPlainTextEdit), m_filter(new QLineEdit),
      m_all(new QCheckBox(tr("&All resources")))
{
    setObjectName(QStringLiteral("LogDock"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(MaxShownBlocks);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_filter->setPlaceholderText(tr("Filter lines"));
    m_filter->setClearButtonEnabled(true);
    m_all->setChecked(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_all);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, &LogDock::redraw);
    connect(m_all, &QCheckBox::toggled, this, &LogDock::redraw);
    redraw();
}

void LogDock::appendLines(std::vector<Line> lines)
{
    for (Line &line : lines) {
        m_lines.push_back(std::move(line));
        if (matches(m_lines.back()))
            m_unwritten.push_back(&m_lines.back());
    }
    while (m_lines.size() > MaxLines) {
        // A line dropped before it was written is not written at all.
        if (!m_unwritten.empty() && m_unwritten.front() == &m_lines.front())
            m_unwritten.pop_front();
        m_lines.pop_front();
    }
    writePending();
}

void LogDock::clear()
{
    m_unwritten.clear();
    m_lines.clear();
    m_text->clear();
    m_hasText = false;
}

void LogDock::setResource(ResourceId id, const QString &key)
{
    if (id == m_resource)
        return;
    m_resource = id;
    m_resourceKey = key;
    if (!m_all->isChecked())
        redraw();
}

void LogDock::setShowAll(bool all)
{
    m_all->setChecked(all);
}

bool LogDock::showsAll() const
{
    return m_all->isChecked();
}

QString LogDock::visibleText() const
{
    return m_text->toPlainText();
}

bool LogDock::matches(const Line &line) const
{
    if (line.kind == Line::Kind::Summary)
        return true;
    if (!m_all->isChecked() && line.resource != m_resource)
        return false;
    const QString filter = m_filter->text();
    return filter.isEmpty() || line.text.contains(filter, Qt::CaseInsensitive) ||
           (m_all->isChecked() && line.prefix.contains(filter, Qt::CaseInsensitive));
}

void LogDock::redraw()
{
    m_text->clear();
    m_hasText = false;
    m_unwritten.clear();
    for (const Line &line : m_lines) {
        if (matches(line))
            m_unwritten.push_back(&line);
    }
    writePending();
    m_text->setPlaceholderText(m_all->isChecked() || m_resource != InvalidId
                                   ? tr("No output yet.")
                                   : tr("Select a resource, or check \"All resources\", to "
                                        "see output."));
    if (m_all->isChecked())
        setWindowTitle(tr("Log"));
    else if (m_resource == InvalidId)
        setWindowTitle(tr("Log: no resource selected"));
    else
        setWindowTitle(tr("Log: %1").arg(m_resourceKey));
}

void LogDock::writePending()
{
    // Older lines would only be pushed out of the view by the newer ones.
    if (m_unwritten.size() > size_t(MaxShownBlocks))
        m_unwritten.erase(m_unwritten.begin(), m_unwritten.end() - MaxShownBlocks);
    const auto end = m_unwritten.begin() + std::min(m_unwritten.size(), MaxWrittenPerPass);
    write(std::vector<const Line *>(m_unwritten.begin(), end));
    m_unwritten.erase(m_unwritten.begin(), end);
    if (!m_unwritten.empty() && !m_writeQueued) {
        m_writeQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_writeQueued = false;
            writePending();
        });
    }
}

void LogDock::write(const std::vector<const Line *> &lines)
{
    if (lines.empty())
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    // Follow new output only while the user is at the bottom; reading older lines is not
    // interrupted.
    const bool follow = bar->value() >= bar->maximum() - 2;
    const int keptPosition = bar->value();

    QTextCharFormat normal;
    QTextCharFormat error;
    error.setForeground(QColor(0xd5, 0x5e, 0x00)); // Okabe-Ito vermillion, legible on both
    QTextCharFormat message;
    message.setForeground(palette().color(QPalette::PlaceholderText));
    message.setFontItalic(true);
    QTextCharFormat summary;
    summary.setFontWeight(QFont::Bold);
    QTextCharFormat time;
    time.setForeground(palette().color(QPalette::PlaceholderText));

    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const bool merged = m_all->isChecked();
    for (const Line *line : lines) {
        if (m_hasText)
            cursor.insertBlock();
        m_hasText = true;
        const QTextCharFormat &format = line->kind == Line::Kind::Stderr    ? error
                                        : line->kind == Line::Kind::Message ? message
                                        : line->kind == Line::Kind::Summary ? summary
                                                                            : normal;
        if (!line->time.isEmpty())
            cursor.insertText(line->time + u' ', time);
        if (merged && !line->prefix.isEmpty()) {
            QTextCharFormat prefixFormat = format;
            prefixFormat.setFontWeight(QFont::Bold);
            cursor.insertText(line->prefix + QStringLiteral(": "), prefixFormat);
        }
        cursor.insertText(line->text, format);
    }
    cursor.endEditBlock();
    bar->setValue(follow ? bar->maximum() : keptPosition);
}

} // namespace converge
