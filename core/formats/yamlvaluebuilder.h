#pragma once

#include "model/diagnostic.h"
#include "model/value.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace converge {

/// Turns yaml-cpp parser events into Value trees, keeping each scalar's style and location.
///
/// Large inputs stay lean because a Sink can take values as they complete (a resource, an edge)
/// instead of leaving them in the tree. Map keys and short scalars are interned so repeated
/// text shares one QString. Problems yaml-cpp does not catch (duplicate keys, unknown aliases,
/// alias bombs, very deep nesting) become errors in diagnostics() without a file name. A
/// collection deeper than MaxDepth is reported where it opens and stands as a null in its parent:
/// nothing inside it is built, so the tree (and the recursion that copies or frees it) stays
/// MaxDepth deep whatever the input. Used by one thread for one document; the source buffer must
/// outlive the builder.
class YamlValueBuilder : public YAML::EventHandler
{
public:
    /// Where a completing value sits: one step per enclosing collection, root first.
    struct PathStep
    {
        QString key; ///< the value's key when the parent is a map
        SourceLocation keyLocation;
        int index = -1; ///< the value's position when the parent is a list
    };
    using Path = std::vector<PathStep>;
    /// Called for every value inside the root as it completes; returns true when it took the
    /// value (moved it away), so the value is left out of its parent.
    using Sink = std::function<bool(const Path &path, Value &value)>;

    static constexpr int MaxDepth = 64;
    static constexpr qint64 MaxAliasNodes = 1000000;

    YamlValueBuilder(const QByteArray &source, Sink sink);

    bool hasDocument() const { return m_hasDocument; }
    /// The document's root, with taken values left out.
    Value &root() { return m_root; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;

    /// The style of the scalar that starts at offset in source, past any anchor or tag.
    static Value::Style styleAt(const QByteArray &source, qsizetype offset);

    /// 1-based location of a yaml-cpp mark (which is 0-based).
    static SourceLocation location(const YAML::Mark &mark)
    {
        return {mark.line + 1, mark.column + 1};
    }

private:
    struct Frame
    {
        Value value;
        YAML::anchor_t anchor = 0;
        bool expectingKey = true;
        bool duplicate = false; ///< the pending key was seen before: drop its value
        int count = 0;          ///< children seen, taken ones included
        QSet<QString> keys;     ///< filled only for big maps, where a linear search would be slow
    };

    void open(Value value, const YAML::Mark &mark, YAML::anchor_t anchor);
    void close();
    void add(Value value, YAML::anchor_t anchor);
    bool acceptKey(const Value &value);
    bool duplicateKey(Frame &frame, const QString &key);
    const QString &intern(const std::string &text);
    void error(SourceLocation at, const QString &message);

    const QByteArray &m_source;
    Sink m_sink;
    Value m_root;
    bool m_hasDocument = false;
    bool m_tooDeep = false; ///< the error about MaxDepth was given (once per document)
    int m_skipped = 0;      ///< open collections past MaxDepth, whose events are dropped
    std::vector<Frame> m_frames;
    Path m_path;
    std::unordered_map<YAML::anchor_t, std::pair<Value, qint64>> m_anchors;
    qint64 m_aliasNodes = 0;
    std::unordered_map<std::string, QString> m_interned;
    Diagnostics m_diagnostics;
};

} // namespace converge
