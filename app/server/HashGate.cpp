// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashGate.h"

#include <algorithm>

namespace gpudesk {

HashGate::HashGate(int capacity) : m_capacity(std::max(1, capacity)) {}

HashGate::Slot &HashGate::Slot::operator=(Slot &&other) noexcept
{
    if (this != &other) {
        if (m_gate)
            m_gate->leave();
        m_gate = other.m_gate;
        other.m_gate = nullptr;
    }
    return *this;
}

HashGate::Slot::~Slot()
{
    if (m_gate)
        m_gate->leave();
}

HashGate::Slot HashGate::enter(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (!m_freed.wait_for(lock, wait, [this] { return m_inUse < m_capacity; }))
        return Slot();
    ++m_inUse;
    m_peak = std::max(m_peak, m_inUse);
    return Slot(this);
}

void HashGate::leave()
{
    {
        std::lock_guard lock(m_mutex);
        --m_inUse;
    }
    m_freed.notify_one();
}

int HashGate::inUse() const
{
    std::lock_guard lock(m_mutex);
    return m_inUse;
}

int HashGate::peak() const
{
    std::lock_guard lock(m_mutex);
    return m_peak;
}

} // namespace gpudesk
