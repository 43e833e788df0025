#pragma once

#include "resources/resourcewatch.h"

#include <QString>

#include <memory>
#include <vector>

namespace converge {

/// Several watches acting as one resource's watch: mgmt's file watches its path, its
/// `source` and its fragments, exec its watchcmd, watchfiles and `creates`.
///
/// Events of a part with a label are reported as "label: cause" (a change to a file's source
/// says so). When one part fails, the others are stopped and the whole watch fails, as mgmt's
/// Watch returns on the first error. Lives on the reactor thread (see ResourceWatch).
class CompositeWatch : public ResourceWatch
{
public:
    explicit CompositeWatch(WatchSink sink);
    ~CompositeWatch() override;

    /// The sink a part reporting under `label` (empty: as is) must be made with.
    WatchSink partSink(const QString &label);
    void add(std::unique_ptr<ResourceWatch> part);
    bool isEmpty() const { return m_parts.empty(); }

    void start() override;
    void stop() override;

private:
    WatchSink m_sink;
    std::vector<std::unique_ptr<ResourceWatch>> m_parts;
    bool m_running = false;
};

} // namespace converge
