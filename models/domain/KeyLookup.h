// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstddef>
#include <optional>

namespace gpudesk {

// The enum value whose stable database key is `key`, for an enum whose values index `keys`.
template <typename E, std::size_t N>
std::optional<E> enumFromKey(const QString &key, const char16_t *const (&keys)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QStringView(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace gpudesk
