#include "resources/cancellation.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <cstdint>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace converge {

Cancellation::Cancellation() : m_fd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

Cancellation::~Cancellation()
{
    if (m_fd >= 0)
        close(m_fd);
}

void Cancellation::trigger()
{
    if (m_triggered.exchange(true, std::memory_order_acq_rel))
        return;
    const std::uint64_t one = 1;
    // An eventfd write of 8 bytes cannot be short; failure would only mean a closed fd.
    [[maybe_unused]] auto written = write(m_fd, &one, sizeof one);
}

bool Cancellation::waitFor(qint64 ms) const
{
    QDeadlineTimer deadline(ms);
    while (!isTriggered()) {
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        pollfd p{m_fd, POLLIN, 0};
        if (poll(&p, 1, int(std::min<qint64>(left, 1 << 30))) < 0 && errno != EINTR)
            return isTriggered();
    }
    return true;
}

} // namespace converge
