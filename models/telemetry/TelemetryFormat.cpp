// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/TelemetryFormat.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

TelemetryFormat classify(const QByteArray &line)
{
    if (line.startsWith("# HELP") || line.startsWith("# TYPE") || line.startsWith("DCGM_"))
        return TelemetryFormat::Dcgm;
    // nvidia-smi's header names its query fields; without a header each row starts with the
    // local timestamp YYYY/MM/DD HH:MM:SS.
    if (line.startsWith("timestamp,") && line.contains("uuid"))
        return TelemetryFormat::NvidiaSmi;
    static const QRegularExpression smiRow(u"^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}"_s);
    if (smiRow.match(QString::fromLatin1(line.left(19))).hasMatch() && line.count(',') >= 4)
        return TelemetryFormat::NvidiaSmi;
    // sacct -P -X: JobIDRaw|Account|State|Start|End|ElapsedRaw|AllocTRES|NodeList.
    if (line.count('|') >= 7) {
        const QList<QByteArray> fields = line.split('|');
        bool numeric = false;
        fields.constFirst().split('_').constFirst().toLongLong(&numeric);
        if (numeric || fields.constFirst() == "JobIDRaw")
            return TelemetryFormat::Sacct;
    }
    // Any other metric line of the exposition format: name{labels} value, or name value.
    static const QRegularExpression metric(u"^[A-Za-z_:][A-Za-z0-9_:]*(\\{.*\\})?\\s+\\S+"_s);
    if (metric.match(QString::fromUtf8(line)).hasMatch())
        return TelemetryFormat::Dcgm;
    return TelemetryFormat::Unknown;
}

} // namespace

TelemetryFormat detectTelemetryFormat(const QByteArray &head)
{
    int looked = 0;
    for (const QByteArray &raw : head.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (const TelemetryFormat f = classify(line); f != TelemetryFormat::Unknown)
            return f;
        if (++looked == 5) // five lines that fit nothing: not ours
            break;
    }
    return TelemetryFormat::Unknown;
}

QString telemetryFormatKey(TelemetryFormat format)
{
    switch (format) {
    case TelemetryFormat::Dcgm:
        return u"dcgm"_s;
    case TelemetryFormat::NvidiaSmi:
        return u"nvidia-smi"_s;
    case TelemetryFormat::Sacct:
        return u"sacct"_s;
    case TelemetryFormat::Unknown:
        break;
    }
    return {};
}

} // namespace gpudesk
