// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace gpudesk {

// Times are stored as UTC epoch milliseconds and shown in the user's time zone (Asia/Seoul unless
// the settings say otherwise).
QTimeZone displayTimeZone();
void setDisplayTimeZone(const QTimeZone &zone);

QString formatDate(qint64 utcMs);     // 2026-02-01
QString formatDateTime(qint64 utcMs); // 2026-02-01 14:02
QDate dateOf(qint64 utcMs);           // the calendar day in the display time zone
// Midnight at the start of a calendar day in the program's home zone (Asia/Seoul), as UTC ms.
qint64 startOfDayMs(QDate day);

} // namespace gpudesk
