#pragma once

#include <atomic>
#include <cstddef>
#include <utility>
#include <vector>

namespace converge {

/// A vector whose copies share their elements in chunks of 256, copied on write one chunk at a
/// time. A Graph of 100,000 resources is copied for every save, preview and run; copying it
/// element by element took 80 ms of the GUI thread, sharing its chunks takes microseconds, and
/// an edit afterwards copies only the chunk it touches.
///
/// Reads never copy: writes go through mutableAt() and the other mutators, so that a read on a
/// non-const vector does not copy a shared chunk by accident. Copies may be read and released on
/// other threads while this one writes: a chunk is written in place only when no copy holds it.
template <typename T> class ChunkedVector
{
public:
    ChunkedVector() = default;
    ChunkedVector(const ChunkedVector &other) : m_chunks(other.m_chunks), m_size(other.m_size)
    {
        for (Chunk *chunk : m_chunks)
            chunk->refs.fetch_add(1, std::memory_order_relaxed);
    }
    ChunkedVector(ChunkedVector &&other) noexcept
        : m_chunks(std::move(other.m_chunks)), m_size(std::exchange(other.m_size, 0))
    {
        other.m_chunks.clear();
    }
    ChunkedVector &operator=(ChunkedVector other) noexcept
    {
        std::swap(m_chunks, other.m_chunks);
        std::swap(m_size, other.m_size);
        return *this;
    }
    ~ChunkedVector()
    {
        for (Chunk *chunk : m_chunks)
            release(chunk);
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return m_chunks[i >> ChunkBits]->items[i & Mask]; }

    /// The element for writing; copies its chunk first when a copy of this vector shares it.
    T &mutableAt(std::size_t i) { return own(i >> ChunkBits).items[i & Mask]; }

    void push_back(T item)
    {
        if ((m_size & Mask) == 0) {
            m_chunks.push_back(new Chunk);
            m_chunks.back()->items.reserve(ChunkSize);
        }
        own(m_chunks.size() - 1).items.push_back(std::move(item));
        ++m_size;
    }

private:
    static constexpr std::size_t ChunkBits = 8;
    static constexpr std::size_t ChunkSize = std::size_t(1) << ChunkBits;
    static constexpr std::size_t Mask = ChunkSize - 1;

    struct Chunk
    {
        std::atomic<int> refs{1};
        std::vector<T> items;
    };

    static void release(Chunk *chunk)
    {
        if (chunk->refs.fetch_sub(1, std::memory_order_acq_rel) == 1)
            delete chunk;
    }

    Chunk &own(std::size_t c)
    {
        Chunk *&chunk = m_chunks[c];
        // Acquire: a copy released on another thread has finished reading the chunk by the
        // time its release shows here, so writing it in place cannot race with that read.
        if (chunk->refs.load(std::memory_order_acquire) != 1) {
            auto *copy = new Chunk;
            copy->items.reserve(ChunkSize);
            copy->items = chunk->items;
            release(chunk);
            chunk = copy;
        }
        return *chunk;
    }

    std::vector<Chunk *> m_chunks;
    std::size_t m_size = 0;
};

} // namespace converge
