#include "layout/graphvizsupport.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace converge::graphviz {

namespace {

ErrorCapture *g_capture = nullptr;

// From Graphviz's attribute reference (https://graphviz.org/doc/info/attrs.html), by the kind of
// object they apply to. Sorted for binary search.
constexpr std::array<std::string_view, 49> NodeAttributes{"URL",
                                                          "area",
                                                          "class",
                                                          "color",
                                                          "colorscheme",
                                                          "comment",
                                                          "distortion",
                                                          "fillcolor",
                                                          "fixedsize",
                                                          "fontcolor",
                                                          "fontname",
                                                          "fontsize",
                                                          "gradientangle",
                                                          "group",
                                                          "height",
                                                          "href",
                                                          "id",
                                                          "image",
                                                          "imagepos",
                                                          "imagescale",
                                                          "label",
                                                          "labelloc",
                                                          "layer",
                                                          "margin",
                                                          "nojustify",
                                                          "ordering",
                                                          "orientation",
                                                          "penwidth",
                                                          "peripheries",
                                                          "pin",
                                                          "pos",
                                                          "rects",
                                                          "regular",
                                                          "root",
                                                          "samplepoints",
                                                          "shape",
                                                          "shapefile",
                                                          "showboxes",
                                                          "sides",
                                                          "skew",
                                                          "sortv",
                                                          "style",
                                                          "target",
                                                          "tooltip",
                                                          "vertices",
                                                          "width",
                                                          "xlabel",
                                                          "xlp",
                                                          "z"};
constexpr std::array<std::string_view, 67> EdgeAttributes{"URL",
                                                          "arrowhead",
                                                          "arrowsize",
                                                          "arrowtail",
                                                          "class",
                                                          "color",
                                                          "colorscheme",
                                                          "comment",
                                                          "constraint",
                                                          "decorate",
                                                          "dir",
                                                          "edgeURL",
                                                          "edgehref",
                                                          "edgetarget",
                                                          "edgetooltip",
                                                          "fillcolor",
                                                          "fontcolor",
                                                          "fontname",
                                                          "fontsize",
                                                          "headURL",
                                                          "head_lp",
                                                          "headclip",
                                                          "headhref",
                                                          "headlabel",
                                                          "headport",
                                                          "headtarget",
                                                          "headtooltip",
                                                          "href",
                                                          "id",
                                                          "key",
                                                          "label",
                                                          "labelURL",
                                                          "labelangle",
                                                          "labeldistance",
                                                          "labelfloat",
                                                          "labelfontcolor",
                                                          "labelfontname",
                                                          "labelfontsize",
                                                          "labelhref",
                                                          "labeltarget",
                                                          "labeltooltip",
                                                          "layer",
                                                          "len",
                                                          "lhead",
                                                          "lp",
                                                          "ltail",
                                                          "minlen",
                                                          "nojustify",
                                                          "penwidth",
                                                          "pos",
                                                          "samehead",
                                                          "sametail",
                                                          "showboxes",
                                                          "style",
                                                          "tailURL",
                                                          "tail_lp",
                                                          "tailclip",
                                                          "tailhref",
                                                          "taillabel",
                                                          "tailport",
                                                          "tailtarget",
                                                          "tailtooltip",
                                                          "target",
                                                          "tooltip",
                                                          "weight",
                                                          "xlabel",
                                                          "xlp"};
constexpr std::array<std::string_view, 92> GraphAttributes{"Damping",
                                                           "K",
                                                           "URL",
                                                           "_background",
                                                           "bb",
                                                           "bgcolor",
                                                           "center",
                                                           "charset",
                                                           "class",
                                                           "clusterrank",
                                                           "color",
                                                           "colorscheme",
                                                           "comment",
                                                           "compound",
                                                           "concentrate",
                                                           "defaultdist",
                                                           "dim",
                                                           "dimen",
                                                           "diredgeconstraints",
                                                           "dpi",
                                                           "epsilon",
                                                           "esep",
                                                           "fillcolor",
                                                           "fontcolor",
                                                           "fontname",
                                                           "fontnames",
                                                           "fontpath",
                                                           "fontsize",
                                                           "forcelabels",
                                                           "gradientangle",
                                                           "href",
                                                           "id",
                                                           "imagepath",
                                                           "inputscale",
                                                           "label",
                                                           "label_scheme",
                                                           "labeljust",
                                                           "labelloc",
                                                           "landscape",
                                                           "layerlistsep",
                                                           "layers",
                                                           "layerselect",
                                                           "layersep",
                                                           "layout",
                                                           "levels",
                                                           "levelsgap",
                                                           "lheight",
                                                           "lp",
                                                           "lwidth",
                                                           "margin",
                                                           "maxiter",
                                                           "mclimit",
                                                           "mindist",
                                                           "mode",
                                                           "model",
                                                           "mosek",
                                                           "newrank",
                                                           "nodesep",
                                                           "nojustify",
                                                           "normalize",
                                                           "notranslate",
                                                           "nslimit",
                                                           "nslimit1",
                                                           "ordering",
                                                           "orientation",
                                                           "outputorder",
                                                           "overlap",
                                                           "overlap_scaling",
                                                           "overlap_shrink",
                                                           "pack",
                                                           "packmode",
                                                           "pad",
                                                           "page",
                                                           "pagedir",
                                                           "quadtree",
                                                           "quantum",
                                                           "rankdir",
                                                           "ranksep",
                                                           "ratio",
                                                           "remincross",
                                                           "repulsiveforce",
                                                           "resolution",
                                                           "root",
                                                           "rotate",
                                                           "rotation",
                                                           "scale",
                                                           "searchsize",
                                                           "sep",
                                                           "showboxes",
                                                           "size",
                                                           "smoothing",
                                                           "splines"};

template <size_t N>
bool contains(const std::array<std::string_view, N> &names, std::string_view name)
{
    return std::binary_search(names.begin(), names.end(), name);
}

} // namespace

QMutex &mutex()
{
    static QMutex lock;
    return lock;
}

ErrorCapture::ErrorCapture()
{
    g_capture = this;
    agseterrf(&ErrorCapture::receive);
    agseterr(AGWARN);
    agreseterrors();
}

ErrorCapture::~ErrorCapture()
{
    g_capture = nullptr;
}

int ErrorCapture::receive(char *message)
{
    // Graphviz calls this from inside agerr() while the capturing thread holds mutex().
    // One agerr() arrives in pieces ("Error", ": ", the text): a piece continues the message
    // before it until that one has ended with its newline.
    if (!g_capture)
        return 0;
    auto &messages = g_capture->m_messages;
    if (!messages.isEmpty() && !messages.last().endsWith('\n'))
        messages.last() += message;
    else
        messages.append(QByteArray(message));
    return 0;
}

QString ErrorCapture::text() const
{
    QByteArray all;
    for (const QByteArray &message : m_messages)
        all += message;
    return QString::fromUtf8(all).trimmed();
}

void setAttribute(void *object, const char *name, const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    agsafeset(object, const_cast<char *>(name), utf8.data(), const_cast<char *>(""));
}

QString attributeText(void *object, Agsym_t *symbol)
{
    return QString::fromUtf8(agxget(object, symbol));
}

bool isGraphvizAttribute(int kind, QStringView name)
{
    const QByteArray latin = name.toLatin1();
    const std::string_view view(latin.constData(), size_t(latin.size()));
    switch (kind) {
    case AGNODE:
        return contains(NodeAttributes, view);
    case AGEDGE: // also AGOUTEDGE
    case AGINEDGE:
        return contains(EdgeAttributes, view);
    default:
        return contains(GraphAttributes, view);
    }
}

} // namespace converge::graphviz
