// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace gpudesk {

// Times are stored as UTC epoch milliseconds and shown in the program's home zone, Asia/Seoul
// (a time-zone setting can come with the settings work).
QTimeZone displayTimeZone();
QString formatDateTime(qint64 utcMs); // 2026-02-01 14:02
QDate displayDate(qint64 utcMs);      // the day it is in Asia/Seoul at that moment
QString formatDate(qint64 utcMs);     // 2026-02-01
qint64 startOfDay(const QDate &day);  // 00:00 of that day in Asia/Seoul, as UTC milliseconds

} // namespace gpudesk
