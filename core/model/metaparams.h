#pragma once

#include "model/diagnostic.h"
#include "model/value.h"

#include <QString>

#include <limits>
#include <vector>

namespace converge {

/// One entry of mgmt's `sema:` list: "id" or "id:N" asks for N units (default 1) of the
/// counting semaphore `id`, shared by every resource that names it.
struct SemaphoreRequest
{
    QString id;
    int count = 1;
    friend bool operator==(const SemaphoreRequest &, const SemaphoreRequest &) = default;
};

/// Typed view of a resource's `meta:` map, with mgmt's defaults for absent keys.
///
/// The map itself stays in Resource::meta (unknown keys kept for round trips); this is what the
/// engine and the property editor read. parse() never fails: a value of the wrong type keeps the
/// default and adds an error pointing at the value. Any thread may call it.
struct MetaParams
{
    static constexpr int RetryForever = -1;

    bool noop = false;      ///< check only, never apply
    int retry = 0;          ///< extra attempts after a failure; RetryForever for no limit
    qint64 delayMs = 0;     ///< pause between attempts, in milliseconds (as mgmt's `delay`)
    qint64 timeoutMs = 0;   ///< whole-resource deadline in milliseconds; 0 means none
    qint64 pollSeconds = 0; ///< mgmt's polling interval in seconds; 0 means event driven
    /// Events per second (mgmt's rate.Limit, a float); `.inf`, the default, means no limit.
    double limit = std::numeric_limits<double>::infinity();
    /// Events let through at once; a finite limit needs at least 1 (mgmt: "permanently limited").
    int burst = 0;
    std::vector<SemaphoreRequest> sema;
    bool autoEdge = true;
    bool autoGroup = true;
    bool hidden = false; ///< mgmt's hidden: in the graph, never checked nor applied

    /// Reads `meta` (a map or null). Wrong types, malformed `sema` entries and a finite `limit`
    /// without `burst` are appended to diagnostics as errors at the offending value, in `file`,
    /// naming `resource` ("kind/name").
    /// Unknown keys are ignored here (they stay in the map).
    static MetaParams parse(const Value &meta, const QString &file = {},
                            const QString &resource = {}, Diagnostics *diagnostics = nullptr);

    friend bool operator==(const MetaParams &, const MetaParams &) = default;
};

} // namespace converge
