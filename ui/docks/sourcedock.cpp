#include "docks/sourcedock.h"

#include "docks/sourceview.h"

#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextDocument>

namespace converge {

SourceDock::SourceDock(QWidget *parent)
    : QDockWidget(tr("Source"), parent), m_view(new SourceView), m_empty(new QLabel)
{
    setObjectName(QStringLiteral("SourceDock"));
    m_empty->setText(tr("The graph has not been read from a file."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *stack = new QStackedWidget(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_view);
    setWidget(stack);
}

void SourceDock::setFile(const QString &file)
{
    m_file = file;
    auto *stack = static_cast<QStackedWidget *>(widget());
    stack->setCurrentWidget(file.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    setWindowTitle(file.isEmpty() ? tr("Source")
                                  : tr("Source: %1").arg(QFileInfo(file).fileName()));
    setToolTip({});
}

void SourceDock::setText(std::unique_ptr<QTextDocument> text, Kind kind, const QString &why)
{
    const int scrolled = m_view->verticalScrollBar()->value();
    m_view->setText(std::move(text));
    m_view->verticalScrollBar()->setValue(scrolled);
    setKind(kind, why);
}

void SourceDock::changeText(const std::vector<SavedTextDiff::Change> &changes, Kind kind,
                            const QString &why)
{
    m_view->changeText(changes);
    setKind(kind, why);
}

void SourceDock::setKind(Kind kind, const QString &why)
{
    if (m_file.isEmpty())
        return;
    const QString name = QFileInfo(m_file).fileName();
    switch (kind) {
    case Kind::AsRead:
        setWindowTitle(tr("Source: %1").arg(name));
        setToolTip({});
        break;
    case Kind::Edited:
        setWindowTitle(tr("Source: %1 (as Save would write it)").arg(name));
        setToolTip({});
        break;
    case Kind::Rewritten:
        setWindowTitle(tr("Source: %1 (Save would rewrite it in full)").arg(name));
        setToolTip(tr("Comments and layout would not be kept: %1").arg(why));
        break;
    }
}

void SourceDock::setErrorLines(std::vector<int> lines)
{
    m_view->setErrorLines(std::move(lines));
}

bool SourceDock::showLine(int line)
{
    if (m_file.isEmpty() || !m_view->showLine(line))
        return false;
    show();
    raise();
    return true;
}

void SourceDock::highlightLine(int line)
{
    m_view->highlightLine(line);
}

} // namespace converge
