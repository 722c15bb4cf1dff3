// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace gpudesk {

class Store;

namespace CommandLine {

// `gpudesk import telemetry --format prometheus --url URL ...`, as typed.
struct PrometheusArguments
{
    QString url;
    QString from;  // ISO 8601; without an offset, Seoul time; default: an hour before --to
    QString to;    // default: now
    QString step;  // "60s", "5m", "1h" or seconds; default 60 s
    QString match; // label matchers
    QString ca;    // CA file
};

// Fetches the period and imports it into the open profile. The token or password comes from the
// environment (GPUDESK_PROMETHEUS_TOKEN, or GPUDESK_PROMETHEUS_USER and
// GPUDESK_PROMETHEUS_PASSWORD), never from the command line, where other users could see it.
// Returns the exit code: 0 all imported, 3 some samples or series skipped, 2 bad arguments,
// 1 the fetch or the import failed (the chunks before the failure stay imported).
int importPrometheus(Store &store, const PrometheusArguments &args, QTextStream &out,
                     QTextStream &err);

// Checks the arguments without a profile; returns 0 or 2 (with the message on err).
int checkPrometheusArguments(const PrometheusArguments &args, QTextStream &err);

} // namespace CommandLine
} // namespace gpudesk
