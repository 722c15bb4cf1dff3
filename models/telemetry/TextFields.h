// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QTimeZone>

namespace gpudesk::telemetry {

// Small readers shared by the telemetry parsers: exact, allocation-free, and strict about the
// whole field (no trailing text, no sign) so a broken line is reported rather than half-read.

// A non-negative whole number filling all of text.
bool readCount(QByteArrayView text, int *out);
bool readCount(QByteArrayView text, qint64 *out);

// A wall-clock time "YYYY<d>MM<d>DD<s>HH:MM:SS" with an optional ".mmm", as the tools write it
// (nvidia-smi: '/' and ' '; sacct: '-' and 'T'), read in zone and returned as UTC ms.
bool readLocalTime(QByteArrayView text, char dateSep, char timeSep, const QTimeZone &zone,
                   qint64 *utcMs);

} // namespace gpudesk::telemetry
