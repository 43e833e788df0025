// Differential fuzz target: the same bytes through BlockYamlScanner and through yaml-cpp's own
// parser. Whenever the scanner accepts an input (scan() returns true), yaml-cpp must accept it
// too and send exactly the same events, marks, tags and styles; a refusal is the clean
// fall-back YamlGraphReader relies on, and needs no comparison. Any difference aborts with
// both event lists, which is what libFuzzer (and the replay) report as a crash.
#include "formats/blockyamlscanner.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// Writes every event as one line of text, so two streams compare with ==.
class EventLog : public YAML::EventHandler
{
public:
    std::vector<std::string> events;

    void OnDocumentStart(const YAML::Mark &mark) override { add("document", mark); }
    void OnDocumentEnd() override { events.emplace_back("end document"); }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        add("null", mark, {}, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        add("alias", mark, {}, anchor);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        add("scalar", mark, tag, anchor, "'" + value + "'");
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        add("list", mark, tag, anchor, "style " + std::to_string(int(style)));
    }
    void OnSequenceEnd() override { events.emplace_back("end list"); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        add("map", mark, tag, anchor, "style " + std::to_string(int(style)));
    }
    void OnMapEnd() override { events.emplace_back("end map"); }

private:
    void add(const char *what, const YAML::Mark &mark, const std::string &tag = {},
             YAML::anchor_t anchor = 0, const std::string &detail = {})
    {
        events.push_back(std::string(what) + " at " + std::to_string(mark.line) + ":" +
                         std::to_string(mark.column) + " (" + std::to_string(mark.pos) + ") tag '" +
                         tag + "' anchor " + std::to_string(anchor) + " " + detail);
    }
};

[[noreturn]] void disagree(const char *why, const EventLog &fast, const EventLog &reference)
{
    std::fprintf(stderr, "BlockYamlScanner disagrees with yaml-cpp: %s\n--- scanner\n", why);
    for (const std::string &e : fast.events)
        std::fprintf(stderr, "%s\n", e.c_str());
    std::fprintf(stderr, "--- yaml-cpp\n");
    for (const std::string &e : reference.events)
        std::fprintf(stderr, "%s\n", e.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // YamlGraphReader refuses a NUL byte before either parser sees the text.
    if (bytes.contains('\0'))
        return 0;
    EventLog fast;
    converge::BlockYamlScanner scanner(bytes, fast);
    if (!scanner.scan())
        return 0;
    EventLog reference;
    std::istringstream stream(bytes.toStdString());
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(reference);
    } catch (const YAML::Exception &e) {
        disagree(e.what(), fast, reference);
    }
    if (fast.events != reference.events)
        disagree("different events", fast, reference);
    return 0;
}
