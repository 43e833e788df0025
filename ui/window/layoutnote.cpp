#include "window/layoutnote.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStatusBar>

namespace converge {

LayoutNote::LayoutNote(const Document *document, QStatusBar *statusBar)
    : QLabel(statusBar), m_document(document)
{
    setObjectName(u"layoutNote"_qs);
    statusBar->addWidget(this, 1);
    // QStatusBar hides its normal widgets under a message, but a relayout while a run starts
    // showed the label again and both texts were drawn over each other (seen with the Run
    // button's status tip). Tie the label to the message explicitly.
    connect(statusBar, &QStatusBar::messageChanged, this,
            [this](const QString &message) { setVisible(message.isEmpty()); });
    connect(document, &Document::layoutReady, this, &LayoutNote::layoutReady);
    connect(document, &Document::layoutFailed, this, &LayoutNote::layoutFailed);
    connect(document, &Document::loadFailed, this, &LayoutNote::loadFailed);
    // A new graph (New, Close, recovery) gets no layout: a note about the old one would lie.
    connect(document, &Document::loaded, this, &QLabel::clear);
}

void LayoutNote::layoutReady(const GraphLayout &layout)
{
    QString info = tr("%1 resources laid out by %2 in %3 s")
                       .arg(QLocale().toString(m_document->graph().resourceCount()), layout.engine,
                            QLocale().toString(layout.seconds, 'f', 2));
    if (!layout.note.isEmpty())
        info += QStringLiteral(" \u2014 ") + layout.note;
    setText(info);
}

void LayoutNote::layoutFailed(const QString &message)
{
    setText(tr("Layout failed: %1").arg(message));
}

void LayoutNote::loadFailed()
{
    setText(tr("Could not open the file: see Problems"));
}

} // namespace converge
