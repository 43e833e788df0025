#pragma once

#include "model/diagnostic.h"

#include <QLabel>

class QStatusBar;

namespace converge {

class Document;
struct GraphLayout;

/// The status bar's note on the document's picture: how many resources which Graphviz engine
/// laid out in how long (with the layout's own note), or why the layout or the load failed.
/// It hides while the status bar shows a message, so the two are never drawn over each
/// other.
///
/// Owned by the status bar it adds itself to; the document must outlive it. GUI thread only.
class LayoutNote : public QLabel
{
    Q_OBJECT
public:
    /// Adds the note to statusBar as its stretching normal widget.
    LayoutNote(const Document *document, QStatusBar *statusBar);

private:
    void layoutReady(const GraphLayout &layout);
    void layoutFailed(const QString &message);
    void loadFailed();

    const Document *m_document;
};

} // namespace converge
