// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace gpudesk {

// A counting semaphore around password hashing: at most `capacity` scrypt runs (128 MiB each at
// production cost) at once, so a login flood queues or is told "busy" instead of exhausting memory.
class HashGate final
{
public:
    explicit HashGate(int capacity);
    HashGate(const HashGate &) = delete;
    HashGate &operator=(const HashGate &) = delete;

    // Holds one slot while alive; empty when the wait ran out.
    class Slot
    {
    public:
        Slot() = default;
        Slot(Slot &&other) noexcept : m_gate(other.m_gate) { other.m_gate = nullptr; }
        Slot &operator=(Slot &&other) noexcept;
        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;
        ~Slot();
        explicit operator bool() const { return m_gate != nullptr; }

    private:
        friend class HashGate;
        explicit Slot(HashGate *gate) : m_gate(gate) {}
        HashGate *m_gate = nullptr;
    };

    // Waits up to `wait` for a free slot.
    Slot enter(std::chrono::milliseconds wait);
    int capacity() const { return m_capacity; }
    int inUse() const;
    int peak() const; // the most slots ever held at once (tests check the limit held)

private:
    void leave();

    const int m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_inUse = 0;
    int m_peak = 0;
};

} // namespace gpudesk
