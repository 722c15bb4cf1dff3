// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

namespace gpudesk {

// Times are stored as UTC epoch milliseconds and shown in the program's home zone, Asia/Seoul
// (a time-zone setting can come with the settings work).
QTimeZone displayTimeZone();
QString formatDateTime(qint64 utcMs); // 2026-02-01 14:02

} // namespace gpudesk
