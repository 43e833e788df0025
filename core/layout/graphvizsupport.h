#pragma once

// Internal to core: shared by the .cpp files that call Graphviz. Never include from a header.

#include <cgraph.h>

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace converge::graphviz {

/// The one lock every Graphviz call runs under: cgraph and gvc keep global state (the parser,
/// the error handler, string pools), so two threads must never be inside them at once.
QMutex &mutex();

struct GraphDeleter
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
/// A root graph closed by agclose() when it goes out of scope (with the lock held).
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

/// Collects what Graphviz reports through agerr() while it lives, instead of letting it print
/// to stderr. Construct with mutex() held; one at a time.
class ErrorCapture
{
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    /// Every message so far, in order, with its "Error: " or "Warning: " prefix.
    const QList<QByteArray> &messages() const { return m_messages; }
    /// All messages as one text, for error strings.
    QString text() const;

private:
    static int receive(char *message);
    QList<QByteArray> m_messages;
};

/// Sets an attribute on a node, edge or graph, declaring it (default "") on first use.
void setAttribute(void *object, const char *name, const QString &value);
/// The object's value of an attribute as UTF-8 decoded text.
QString attributeText(void *object, Agsym_t *symbol);

/// Whether name is an attribute Graphviz itself interprets on objects of kind (AGRAPH, AGNODE
/// or AGEDGE): presentation and layout attributes, which are not resource parameters.
bool isGraphvizAttribute(int kind, QStringView name);

} // namespace converge::graphviz
