// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace gpudesk {

// Fusion with a light or a dark palette and one accent colour (UX.md, "Look").
namespace Theme {

enum class Mode { System, Light, Dark };

Mode modeFromKey(const QString &key);
QString modeKey(Mode m);
void apply(Mode mode);
bool isDark();
QColor accent();
// A status colour that stays readable on the current palette; the status is always also written.
QColor statusColor(const QString &statusKey);

} // namespace Theme
} // namespace gpudesk
