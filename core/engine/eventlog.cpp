#include "engine/eventlog.h"

#include <algorithm>
#include <bit>
#include <new>

#include <sys/mman.h>

namespace converge {

namespace {

enum : std::uint8_t
{
    Changed = 1,
    StderrStream = 2,
};

/// Zeroed memory straight from the kernel; populate maps every page at once, which is much
/// cheaper than taking one page fault per page in the middle of a run. Null when there is no
/// memory: the log runs on pool threads, where an exception would end the process.
void *mapZeroed(qsizetype bytes, bool populate)
{
    void *p = mmap(nullptr, size_t(bytes), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | (populate ? MAP_POPULATE : 0), -1, 0);
    return p == MAP_FAILED ? nullptr : p;
}

} // namespace

EventLog::EventLog(qsizetype expected)
    : m_firstBlock(qsizetype(std::bit_ceil(std::uint64_t(std::max<qsizetype>(expected, 4096)))))
{
    // Without memory for it now, the first writer tries again (and truncates the log if it
    // fails too).
    m_blocks[0].store(static_cast<Slot *>(mapZeroed(blockBytes(0), true)),
                      std::memory_order_relaxed);
}

EventLog::~EventLog()
{
    const qsizetype size = m_reserved.load(std::memory_order_acquire);
    for (int b = 0; b < MaxBlocks; ++b) {
        Slot *block = m_blocks[b].load(std::memory_order_acquire);
        if (!block)
            continue;
        const qsizetype used = std::clamp<qsizetype>(size - blockStart(b), 0, m_firstBlock << b);
        for (qsizetype i = 0; i < used; ++i)
            delete block[i].text;
        munmap(block, size_t(blockBytes(b)));
    }
}

int EventLog::blockOf(qsizetype index) const
{
    return std::bit_width(std::uint64_t(index / m_firstBlock + 1)) - 1;
}

EventLog::Slot *EventLog::slotFor(qsizetype index)
{
    const int b = blockOf(index);
    if (b >= MaxBlocks)
        return nullptr;
    Slot *block = m_blocks[b].load(std::memory_order_acquire);
    if (!block) {
        // Whoever first needs a block maps it; a writer that loses the race unmaps its copy.
        auto *fresh = static_cast<Slot *>(mapZeroed(blockBytes(b), false));
        if (!fresh)
            return nullptr;
        if (m_blocks[b].compare_exchange_strong(block, fresh, std::memory_order_acq_rel))
            block = fresh;
        else
            munmap(fresh, size_t(blockBytes(b)));
    }
    return block + (index - blockStart(b));
}

EventLog::Slot *EventLog::slotAt(qsizetype index) const
{
    const int b = blockOf(index);
    if (b >= MaxBlocks)
        return nullptr;
    Slot *block = m_blocks[b].load(std::memory_order_acquire);
    return block ? block + (index - blockStart(b)) : nullptr;
}

bool EventLog::append(std::span<const RunEvent> events)
{
    const qsizetype first =
        m_reserved.fetch_add(qsizetype(events.size()), std::memory_order_relaxed);
    for (size_t i = 0; i < events.size(); ++i) {
        const RunEvent &event = events[i];
        Slot *written = slotFor(first + qsizetype(i));
        if (!written) {
            // Out of memory: the stream ends before this event (readers never pass an unwritten
            // slot), and the writer learns it from truncated().
            qsizetype end = m_truncatedAt.load();
            while (first + qsizetype(i) < end &&
                   !m_truncatedAt.compare_exchange_weak(end, first + qsizetype(i))) {
            }
            break;
        }
        Slot &slot = *written;
        slot.timeUs = event.timeUs;
        slot.resource = event.resource;
        slot.type = event.type;
        slot.state = event.state;
        slot.flags = (event.changed ? Changed : 0) |
                     (event.stream == RunEvent::Stream::Stderr ? StderrStream : 0);
        // A copy shares the text; only the small QString object is allocated, and without
        // memory for it the event keeps no text rather than throwing on a pool thread.
        slot.text =
            event.type == RunEvent::Type::State ? nullptr : new (std::nothrow) QString(event.text);
        // Sequentially consistent, as is the flag's load below and lowerNotification()'s
        // store and scan: either this writer sees the flag lowered and notifies, or the
        // consumer that lowered it sees this slot written.
        std::atomic_ref(slot.written).store(1);
    }
    return !m_notified.load() && !m_notified.exchange(true);
}

bool EventLog::truncated() const
{
    return m_truncatedAt.load() != NotTruncated;
}

qsizetype EventLog::lowerNotification()
{
    m_notified.store(false);
    return size();
}

bool EventLog::raiseNotification()
{
    return !m_notified.exchange(true);
}

qsizetype EventLog::size() const
{
    qsizetype published = m_published.load(std::memory_order_acquire);
    const qsizetype reserved = m_reserved.load(std::memory_order_acquire);
    qsizetype end = published;
    while (end < reserved) {
        Slot *slot = slotAt(end);
        if (!slot || std::atomic_ref(slot->written).load() == 0)
            break;
        ++end;
    }
    // Readers may race; the published size only ever grows.
    while (end > published &&
           !m_published.compare_exchange_weak(published, end, std::memory_order_acq_rel)) {
    }
    return std::max(end, published);
}

qsizetype EventLog::read(qsizetype from, std::vector<RunEvent> *out, qsizetype max) const
{
    const qsizetype size = this->size();
    from = std::clamp<qsizetype>(from, 0, size);
    const qsizetype to = max < 0 ? size : std::min(size, from + max);
    out->reserve(out->size() + size_t(to - from));
    for (qsizetype i = from; i < to; ++i) {
        const Slot &slot = *slotAt(i);
        RunEvent &e = out->emplace_back();
        e.timeUs = slot.timeUs;
        e.resource = slot.resource;
        e.type = slot.type;
        e.state = slot.state;
        e.changed = slot.flags & Changed;
        e.stream = slot.flags & StderrStream ? RunEvent::Stream::Stderr : RunEvent::Stream::Stdout;
        if (slot.text)
            e.text = *slot.text;
    }
    return to;
}

} // namespace converge
