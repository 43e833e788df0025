#include "docks/sourceview.h"

#include <QPainter>
#include <QTextBlock>

#include <algorithm>

namespace converge {

namespace {
const QColor ErrorText(0xc0, 0x1c, 0x28);
constexpr int MarginPadding = 6;
} // namespace

/// The margin widget: SourceView paints it, as the line numbers follow its scrolling.
class SourceView::Margin : public QWidget
{
public:
    explicit Margin(SourceView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintMargin(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent), m_margin(new Margin(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont fixed(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::Monospace);
    setFont(fixed);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(marginWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateMargin);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SourceView::updateSelections);
    setViewportMargins(marginWidth(), 0, 0, 0);
}

int SourceView::marginWidth() const
{
    return marginWidth(blockCount());
}

int SourceView::marginWidth(int lines) const
{
    const int digits = int(QString::number(std::max(1, lines)).size());
    // Room for the "!" that marks an error line, then the number.
    return 2 * MarginPadding + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

void SourceView::setErrorLines(std::vector<int> lines)
{
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    m_errorLines = std::move(lines);
    updateSelections();
    m_margin->update();
}

void SourceView::setText(std::unique_ptr<QTextDocument> text)
{
    // The first document belongs to the view's text control, which deletes it itself.
    QTextDocument *old = document()->parent() == this ? document() : nullptr;
    // Each change of the viewport's width lays out every line again (QPlainTextDocumentLayout),
    // a sixth of a second for 10 MB: the margin for the new line count is set before the text,
    // so that taking the text is the only time.
    setViewportMargins(marginWidth(text->blockCount()), 0, 0, 0);
    text->setParent(this);
    setDocument(text.release());
    delete old;
    updateSelections();
}

void SourceView::changeText(const std::vector<SavedTextDiff::Change> &changes)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // From the end, so that each change leaves the positions of the ones before it valid.
    for (auto change = changes.rbegin(); change != changes.rend(); ++change) {
        cursor.setPosition(int(change->begin));
        cursor.setPosition(int(change->end), QTextCursor::KeepAnchor);
        cursor.insertText(change->text);
    }
    cursor.endEditBlock();
    updateSelections();
}

void SourceView::highlightLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    ensureCursorVisible();
}

bool SourceView::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return false;
    setTextCursor(QTextCursor(block));
    centerCursor();
    return true;
}

int SourceView::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), marginWidth(), r.height()));
}

void SourceView::updateMargin(const QRect &rect, int dy)
{
    if (dy != 0)
        m_margin->scroll(0, dy);
    else
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
}

void SourceView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor base = palette().color(QPalette::Base);
    QColor errorBack = ErrorText;
    errorBack.setAlphaF(0.18);
    for (int line : m_errorLines) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(errorBack);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(s);
    }
    QTextEdit::ExtraSelection current;
    current.cursor = textCursor();
    current.cursor.clearSelection();
    current.format.setBackground(
        palette().color(QPalette::Highlight).lighter(base.lightness() > 128 ? 170 : 60));
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    selections.append(current);
    setExtraSelections(selections);
}

void SourceView::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int width = m_margin->width() - MarginPadding;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        const bool error = std::binary_search(m_errorLines.begin(), m_errorLines.end(), line);
        if (block.isVisible() && top + lineHeight >= event->rect().top()) {
            QFont font = painter.font();
            font.setBold(error);
            painter.setFont(font);
            painter.setPen(error ? ErrorText : palette().color(QPalette::PlaceholderText));
            const QRect row(0, top, width, lineHeight);
            painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            if (error)
                painter.drawText(row.adjusted(MarginPadding, 0, 0, 0),
                                 Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("!"));
        }
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

} // namespace converge
