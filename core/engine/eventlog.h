#pragma once

#include "model/runevent.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace converge {

/// The ordered, append-only event stream of one run, written by many threads without a lock.
///
/// A writer reserves the next index with one atomic increment, fills a 24-byte slot that never
/// moves (blocks double in size and are never reallocated), then marks it written. The
/// published stream is the prefix of written slots; readers extend it lazily, so a writer
/// never waits for another. The order of reservations is the stream order, so an event
/// appended after another was visible is after it in the stream. A writer preempted between
/// reserving and writing holds back the events after it from readers until it resumes;
/// nothing is lost or reordered.
///
/// Why so lean: a run of noop resources appends two events per resource, and with a mutex and
/// a 48-byte event per slot the log took a third of each resource's time, most of it in page
/// faults on fresh memory. Slots hold no QString (text is rare: output lines and messages
/// keep theirs behind a pointer), and the first block, sized for the events the run expects,
/// is populated before the run starts.
///
/// The log also carries the "a consumer has been told" flag that coalesces notifications:
/// append() returns true only when it raised the flag, and the consumer decides when to lower
/// it again (see Engine). Thread-safe.
class EventLog
{
public:
    /// expected sizes the first block; more events are fine.
    explicit EventLog(qsizetype expected = 0);
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;
    /// Requires that no append() is still running.
    ~EventLog();

    /// Appends events next to each other; returns true when it raised the notification flag,
    /// i.e. the caller should schedule a notification.
    bool append(std::span<const RunEvent> events);
    bool append(const RunEvent &event) { return append({&event, 1}); }
    /// Lowers the flag, so that the next append() asks for a notification again. Returns the
    /// published size at that moment: any event beyond it will be notified by its writer.
    qsizetype lowerNotification();
    /// Raises the flag unless a writer already did; true when this call raised it.
    bool raiseNotification();
    /// An event could not be stored for want of memory: the stream ends before the first such
    /// event, and later ones are dropped. append() itself never throws.
    bool truncated() const;
    /// Events published so far (every slot before this index is written).
    qsizetype size() const;
    /// See Engine::readEvents().
    qsizetype read(qsizetype from, std::vector<RunEvent> *out, qsizetype max) const;

private:
    /// Zero bytes are an unwritten slot, so fresh anonymous memory needs no initialising.
    struct Slot
    {
        qint64 timeUs;
        ResourceId resource;
        RunEvent::Type type;
        ResourceState state;
        std::uint8_t flags; ///< Changed, StderrStream
        std::uint8_t written;
        QString *text; ///< owned; null for state events
    };
    static_assert(sizeof(Slot) == 24);
    static constexpr int MaxBlocks = 40; ///< m_firstBlock << 40 slots: more than memory holds

    /// Block b holds m_firstBlock << b slots, starting at m_firstBlock * (2^b - 1).
    int blockOf(qsizetype index) const;
    qsizetype blockStart(int b) const { return m_firstBlock * ((qsizetype(1) << b) - 1); }
    qsizetype blockBytes(int b) const { return (m_firstBlock << b) * qsizetype(sizeof(Slot)); }
    /// The slot, allocating its block if no writer did yet; null without memory for it.
    Slot *slotFor(qsizetype index);
    /// The slot, or null when its block is not mapped yet.
    Slot *slotAt(qsizetype index) const;

    const qsizetype m_firstBlock;
    // Apart from each other: every writer increments m_reserved, readers move m_published,
    // and the flag is mostly read.
    alignas(64) std::atomic<qsizetype> m_reserved{0};
    alignas(64) mutable std::atomic<qsizetype> m_published{0};
    alignas(64) std::atomic<bool> m_notified{false};
    alignas(64) std::array<std::atomic<Slot *>, MaxBlocks> m_blocks{};
    static constexpr qsizetype NotTruncated = std::numeric_limits<qsizetype>::max();
    std::atomic<qsizetype> m_truncatedAt{NotTruncated}; ///< first event that found no memory
};

} // namespace converge
