#include "docks/sourcedock.h"

#include "docks/sourceview.h"

#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>

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

void SourceDock::setSource(const QString &file, const QByteArray &text)
{
    m_file = file;
    m_view->setPlainText(QString::fromUtf8(text));
    m_view->setErrorLines({});
    auto *stack = static_cast<QStackedWidget *>(widget());
    stack->setCurrentWidget(file.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    setWindowTitle(file.isEmpty() ? tr("Source")
                                  : tr("Source: %1 (as read)").arg(QFileInfo(file).fileName()));
}

void SourceDock::setDiagnostics(const Diagnostics &diagnostics)
{
    std::vector<int> lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError() && d.location.isValid() && d.file == m_file)
            lines.push_back(d.location.line);
    }
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

} // namespace converge
