#pragma once

#include "resources/resourcewatch.h"

#include <QCoreApplication>

#include <memory>

namespace converge {

class InotifyHub;
class Reactor;
struct ProcessSpec;
struct Resource;

/// Makes each resource's watch as mgmt's Watch for its kind watches, wrapped in meta
/// retry/delay (WatchSupervisor):
/// - meta `poll: N` (N > 0): a check every N seconds instead of any watch ("poll");
/// - file: its path (its tree with `recurse`), its `source` and each fragment;
/// - exec: `watchcmd` (with `watchshell`, `watchcwd`, `env`, `user`, `group`), each path of
///   `watchfiles` and `creates`;
/// - timer: a tick every `interval` seconds ("timer");
/// - noop, exec with nothing to watch, and meta `hidden`: no watch (mgmt's Watch then only
///   sends its startup event), so create() returns nullptr.
/// The graph must have passed validation (a user that does not exist is refused there).
/// Used on the reactor thread; the reactor and the hub must outlive every watch it made.
class ResourceWatchFactory
{
    Q_DECLARE_TR_FUNCTIONS(ResourceWatchFactory)
public:
    ResourceWatchFactory(Reactor &reactor, InotifyHub &hub);

    std::unique_ptr<ResourceWatch> create(const Resource &resource, WatchSink sink) const;

    /// The watch command of an exec resource as mgmt runs it, or an empty program when it has
    /// no `watchcmd`.
    static ProcessSpec watchCommandSpec(const Resource &resource);

private:
    std::unique_ptr<ResourceWatch> createUnsupervised(const Resource &resource,
                                                      WatchSink sink) const;

    Reactor &m_reactor;
    InotifyHub &m_hub;
};

} // namespace converge
