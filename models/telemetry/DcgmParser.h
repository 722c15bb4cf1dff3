// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/TelemetryBatch.h"
#include "telemetry/TelemetrySample.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace gpudesk {

// Reads the Prometheus text exposition format as dcgm-exporter writes it
// (`metric{labels} value [timestamp_ms]`) into TelemetrySamples. Metric names and units go
// through the one alias-and-unit table (DcgmMetrics.h), so renamed fields and the later 0-1
// utilisation ratio and byte counts land in the same columns as the classic ones. Lines of the
// same host, GPU, MIG instance and time merge into one sample. DCGM's blank values (huge
// sentinels) are "not available": no reading and no complaint. Bad lines are skipped with their
// line number and a reason; unknown metrics are reported once per metric with a count.
class DcgmParser final
{
    Q_DECLARE_TR_FUNCTIONS(DcgmParser)

public:
    struct Options
    {
        // For lines without a timestamp (a live scrape): the moment of the scrape, UTC ms.
        qint64 defaultTimestampMs = 0;
        // For exporters run without the Hostname label; empty means such lines are skipped.
        QString defaultHostname;
    };

    static TelemetryParseResult parse(QByteArrayView data, const Options &options);
    // The same in compact form, for the importer: a large input is read as two halves on two
    // threads, then joined (a scrape cut in two merges back into one reading per moment).
    static TelemetryBatch parseBatch(QByteArrayView data, const Options &options);
};

} // namespace gpudesk
