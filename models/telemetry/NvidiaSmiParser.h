// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/TelemetrySample.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace gpudesk {

// Reads the CSV of `nvidia-smi --query-gpu=timestamp,name,uuid,pci.bus_id,index,utilization.gpu,
// memory.used,memory.total,power.draw --format=csv`, with or without `noheader,nounits`. With a
// header, columns are found by name (so another order or extra columns still read); without one,
// the documented order above is assumed. One line is one sample. "[N/A]", "[Not Supported]" and
// other bracketed values are no reading. nvidia-smi writes local time without a zone, so the
// caller names the site's zone; the file does not say which host it came from either.
class NvidiaSmiParser final
{
    Q_DECLARE_TR_FUNCTIONS(NvidiaSmiParser)

public:
    struct Options
    {
        QString hostname;
        QTimeZone timeZone; // the zone the node's clock shows
    };

    static TelemetryParseResult parse(QByteArrayView data, const Options &options);
};

} // namespace gpudesk
