#include "resources/processlimits.h"

#include <QThread>

#include <algorithm>
#include <limits>
#include <sys/resource.h>

namespace converge {

long ProcessLimits::raiseDescriptorLimit()
{
    rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            limit.rlim_cur = before;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<long>::max()
                                           : long(limit.rlim_cur);
}

int ProcessLimits::maxConcurrentCommands()
{
    rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1;
    // Beyond a few thousand commands, threads and memory run out before descriptors do.
    constexpr long Ceiling = 4096;
    const long soft =
        limit.rlim_cur == RLIM_INFINITY ? Ceiling * DescriptorsPerCommand : long(limit.rlim_cur);
    const long spare = soft - ReservedDescriptors - QThread::idealThreadCount();
    return int(std::clamp(spare / DescriptorsPerCommand, 1L, Ceiling));
}

} // namespace converge
