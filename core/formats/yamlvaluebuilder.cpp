#include "formats/yamlvaluebuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace converge {

namespace {

/// Translation context for the builder's messages.
class BuilderMessages
{
    Q_DECLARE_TR_FUNCTIONS(YamlValueBuilder)

public:
    static QString duplicateKey(const QString &key) { return tr("duplicate key %1").arg(key); }
    static QString keyNotText() { return tr("a map key must be text, not a list or a map"); }
    static QString unknownAlias() { return tr("alias to an unknown anchor"); }
    static QString aliasBomb(qint64 limit)
    {
        return tr("aliases expand to more than %1 values").arg(limit);
    }
    static QString tooDeep(int limit) { return tr("nesting is deeper than %1 levels").arg(limit); }
};

qint64 countNodes(const Value &value)
{
    qint64 n = 1;
    for (const Value &item : value.items())
        n += countNodes(item);
    for (const Value::MapEntry &entry : value.entries())
        n += countNodes(entry.second);
    return n;
}

bool isNullWord(const std::string &text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

bool isPlainTag(const std::string &tag)
{
    return tag.empty() || tag == "?";
}

constexpr size_t MaxInternedLength = 16;

/// Keys repeat on every resource; of the values, short words do ("exec", "present"), while text
/// with digits is mostly unique names that would only fill the table and slow every lookup.
bool worthInterning(const std::string &text, bool key)
{
    if (text.size() > MaxInternedLength)
        return false;
    return key ||
           std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
constexpr size_t MaxInterned = 8192;
constexpr qsizetype BigMap = 32;

} // namespace

YamlValueBuilder::YamlValueBuilder(const QByteArray &source, Sink sink)
    : m_source(source), m_sink(std::move(sink))
{}

void YamlValueBuilder::OnDocumentStart(const YAML::Mark &)
{
    m_hasDocument = true;
}

void YamlValueBuilder::OnDocumentEnd() {}

void YamlValueBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (m_skipped > 0)
        return;
    Value v;
    // yaml-cpp marks an empty value where the next token starts, often the next line; the key
    // is where a reader looks for the missing value.
    const bool mapValue =
        !m_frames.empty() && m_frames.back().value.isMap() && !m_frames.back().expectingKey;
    v.setLocation(mapValue ? m_path.back().keyLocation : location(mark));
    if (!acceptKey(v))
        add(std::move(v), anchor);
}

void YamlValueBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (m_skipped > 0)
        return;
    Value v;
    const auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) {
        error(location(mark), BuilderMessages::unknownAlias());
    } else if (m_aliasNodes + it->second.second > MaxAliasNodes) {
        if (m_aliasNodes <= MaxAliasNodes)
            error(location(mark), BuilderMessages::aliasBomb(MaxAliasNodes));
        m_aliasNodes = MaxAliasNodes + 1;
    } else {
        m_aliasNodes += it->second.second;
        v = it->second.first;
    }
    v.setLocation(location(mark));
    if (!acceptKey(v))
        add(std::move(v), 0);
}

void YamlValueBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag,
                                YAML::anchor_t anchor, const std::string &text)
{
    if (m_skipped > 0)
        return;
    Value::Style style = styleAt(m_source, mark.pos);
    if (style == Value::Style::Plain && !isPlainTag(tag)) // `!!str 12`: a string all the same
        style = Value::Style::DoubleQuoted;
    if (style == Value::Style::Plain && isNullWord(text)) {
        OnNull(mark, anchor);
        return;
    }
    const bool key =
        !m_frames.empty() && m_frames.back().value.isMap() && m_frames.back().expectingKey;
    Value v = Value::scalar(worthInterning(text, key) ? intern(text) : QString::fromStdString(text),
                            style);
    v.setLocation(location(mark));
    if (!acceptKey(v))
        add(std::move(v), anchor);
}

void YamlValueBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &,
                                       YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
    open(Value::list(), mark, anchor);
}

void YamlValueBuilder::OnSequenceEnd()
{
    close();
}

void YamlValueBuilder::OnMapStart(const YAML::Mark &mark, const std::string &,
                                  YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
    open(Value::map(), mark, anchor);
}

void YamlValueBuilder::OnMapEnd()
{
    close();
}

void YamlValueBuilder::open(Value value, const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (m_skipped > 0 || int(m_frames.size()) == MaxDepth) {
        if (!m_tooDeep)
            error(location(mark), BuilderMessages::tooDeep(MaxDepth));
        m_tooDeep = true;
        ++m_skipped;
        return;
    }
    value.setLocation(location(mark));
    Frame frame;
    frame.value = std::move(value);
    frame.anchor = anchor;
    m_frames.push_back(std::move(frame));
    m_path.emplace_back();
}

void YamlValueBuilder::close()
{
    if (m_skipped > 0) {
        // The outermost left-out collection still fills its place, so its parent stays in step.
        if (--m_skipped == 0) {
            Value placeholder;
            if (!acceptKey(placeholder))
                add(std::move(placeholder), 0);
        }
        return;
    }
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    m_path.pop_back();
    if (!m_frames.empty() && m_frames.back().value.isMap() && m_frames.back().expectingKey) {
        error(frame.value.location(), BuilderMessages::keyNotText());
        Value emptyKey;
        acceptKey(emptyKey);
        return;
    }
    add(std::move(frame.value), frame.anchor);
}

bool YamlValueBuilder::acceptKey(const Value &value)
{
    if (m_frames.empty() || !m_frames.back().value.isMap() || !m_frames.back().expectingKey)
        return false;
    Frame &frame = m_frames.back();
    PathStep &step = m_path.back();
    step.key = value.text();
    step.keyLocation = value.location();
    frame.expectingKey = false;
    frame.duplicate = duplicateKey(frame, step.key);
    if (frame.duplicate)
        error(step.keyLocation, BuilderMessages::duplicateKey(step.key));
    return true;
}

bool YamlValueBuilder::duplicateKey(Frame &frame, const QString &key)
{
    const auto &entries = frame.value.entries();
    if (frame.keys.isEmpty() && entries.size() < size_t(BigMap))
        return frame.value.find(key) != nullptr;
    if (frame.keys.isEmpty()) {
        for (const Value::MapEntry &e : entries)
            frame.keys.insert(e.first);
    }
    if (frame.keys.contains(key))
        return true;
    frame.keys.insert(key);
    return false;
}

void YamlValueBuilder::add(Value value, YAML::anchor_t anchor)
{
    if (anchor != 0)
        m_anchors[anchor] = {value, countNodes(value)};
    if (m_frames.empty()) {
        m_root = std::move(value);
        return;
    }
    Frame &frame = m_frames.back();
    PathStep &step = m_path.back();
    if (frame.value.isList())
        step.index = frame.count;
    ++frame.count;
    const bool taken = m_sink && m_sink(m_path, value);
    if (frame.value.isList()) {
        if (!taken)
            frame.value.append(std::move(value));
        return;
    }
    frame.expectingKey = true;
    // A duplicate key keeps its first value, as the message about it says where that is.
    if (!taken && !frame.duplicate)
        frame.value.entries().emplace_back(step.key, std::move(value));
}

Value::Style YamlValueBuilder::styleAt(const QByteArray &source, qsizetype offset)
{
    // Anchors and tags (`&a 'x'`, `!!str "x"`) come before the quote the style is seen in.
    qsizetype i = offset;
    const qsizetype n = source.size();
    while (i >= 0 && i < n && (source[i] == '&' || source[i] == '!')) {
        while (i < n && source[i] != ' ' && source[i] != '\n')
            ++i;
        while (i < n && source[i] == ' ')
            ++i;
    }
    if (i < 0 || i >= n)
        return Value::Style::Plain;
    switch (source[i]) {
    case '\'':
        return Value::Style::SingleQuoted;
    case '"':
        return Value::Style::DoubleQuoted;
    case '|':
        return Value::Style::Literal;
    case '>':
        return Value::Style::Folded;
    default:
        return Value::Style::Plain;
    }
}

const QString &YamlValueBuilder::intern(const std::string &text)
{
    const auto it = m_interned.find(text);
    if (it != m_interned.end())
        return it->second;
    if (m_interned.size() >= MaxInterned) {
        // Past the cap the table would only hold unique names; hand out a fresh string.
        static thread_local QString scratch;
        scratch = QString::fromStdString(text);
        return scratch;
    }
    return m_interned.emplace(text, QString::fromStdString(text)).first->second;
}

void YamlValueBuilder::error(SourceLocation at, const QString &message)
{
    Diagnostic d;
    d.location = at;
    d.message = message;
    m_diagnostics.append(d);
}

} // namespace converge
