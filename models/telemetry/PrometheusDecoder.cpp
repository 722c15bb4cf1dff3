// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusDecoder.h"

#include "telemetry/DcgmMetrics.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// A GPU or MIG instance of one host: readings of its metrics at one moment make one sample.
struct DeviceKey
{
    QString host;
    QString uuid;
    QString mig;
    int gpu;
    friend bool operator==(const DeviceKey &a, const DeviceKey &b)
    {
        return a.gpu == b.gpu && a.host == b.host && a.uuid == b.uuid && a.mig == b.mig;
    }
};

size_t qHash(const DeviceKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.host, k.uuid, k.mig, k.gpu);
}

struct MomentKey
{
    int device;
    qint64 ts;
    friend bool operator==(const MomentKey &a, const MomentKey &b)
    {
        return a.device == b.device && a.ts == b.ts;
    }
};

size_t qHash(const MomentKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.device, k.ts);
}

// Prometheus writes sample values as strings: decimal or exponent notation, "NaN", "+Inf", "-Inf".
bool readValue(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (!v.isString())
        return false;
    const QByteArray text = v.toString().toLatin1();
    const char *p = text.constData();
    const char *end = p + text.size();
    if (p < end && *p == '+')
        ++p;
    if (p == end)
        return false;
    const auto [ptr, ec] = std::from_chars(p, end, *out);
    // from_chars reports out-of-range for 1e999 without a value; such a number is no reading.
    return ec == std::errc() && ptr == end;
}

// Seconds since the epoch (with a fraction) to ms; false for what no clock can show.
bool readTime(const QJsonValue &v, qint64 *ms)
{
    double seconds = 0;
    if (v.isDouble())
        seconds = v.toDouble();
    else if (!readValue(v, &seconds))
        return false;
    // Up to the year 9999: beyond that the number is broken, not a time.
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
        return false;
    *ms = std::llround(seconds * 1000.0);
    return true;
}

QString describeSeries(const QString &metric, const QString &host, const QString &gpu,
                       const QString &mig)
{
    QString s = metric.isEmpty() ? PrometheusDecoder::tr("(no metric name)") : metric;
    if (!host.isEmpty())
        s += u' ' + host;
    if (!gpu.isEmpty())
        s += PrometheusDecoder::tr(" GPU %1").arg(gpu);
    if (!mig.isEmpty())
        s += PrometheusDecoder::tr(" MIG instance %1").arg(mig);
    return s;
}

} // namespace

PrometheusDecodeResult PrometheusDecoder::decode(QByteArrayView body)
{
    PrometheusDecodeResult result;
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? tr("The answer is not valid JSON (%1 at byte %2), so it did not come "
                                "from Prometheus' HTTP API. Check that the URL points at the "
                                "Prometheus server itself.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)
                           : tr("The answer is JSON but not a Prometheus answer (no object at "
                                "the top). Check that the URL points at the Prometheus server.");
        return result;
    }
    const QJsonObject top = doc.object();
    for (const QJsonValue &w : top.value(u"warnings"_s).toArray())
        result.warnings << w.toString();
    const QString status = top.value(u"status"_s).toString();
    if (status == u"error"_s) {
        result.errorType = top.value(u"errorType"_s).toString();
        result.error = top.value(u"error"_s).toString();
        if (result.error.isEmpty())
            result.error = tr("Prometheus reported an error without a message.");
        return result;
    }
    if (status != u"success"_s) {
        result.error = tr("The answer has no \"status\": \"success\", so it is not a Prometheus "
                          "query result. Check that the URL points at the Prometheus server.");
        return result;
    }
    const QJsonObject data = top.value(u"data"_s).toObject();
    const QString type = data.value(u"resultType"_s).toString();
    if (type != u"matrix"_s) {
        result.error = tr("Prometheus answered with a result of type \"%1\" where a range "
                          "query gives a matrix.")
                           .arg(type);
        return result;
    }
    const QJsonArray series = data.value(u"result"_s).toArray();
    result.series = int(series.size());

    QHash<DeviceKey, int> devices;
    QHash<MomentKey, qsizetype> moments;
    int seriesNo = 0;
    for (const QJsonValue &entry : series) {
        ++seriesNo;
        const QJsonObject object = entry.toObject();
        const QJsonObject labels = object.value(u"metric"_s).toObject();
        const QString metric = labels.value(u"__name__"_s).toString();
        QString host = labels.value(u"Hostname"_s).toString();
        if (host.isEmpty())
            host = labels.value(u"hostname"_s).toString(); // dcgm-exporter 4.8.3's spelling
        const QString gpuText = labels.value(u"gpu"_s).toString();
        const QString uuid = labels.value(u"UUID"_s).toString();
        const QString mig = labels.value(u"GPU_I_ID"_s).toString();
        const auto skip = [&](const QString &why) {
            result.skipped.append(
                {seriesNo, tr("%1: %2").arg(describeSeries(metric, host, gpuText, mig), why)});
        };
        const QByteArray name = metric.toLatin1();
        const dcgm::MetricAlias *alias = dcgm::findMetric(name);
        if (!alias) {
            skip(tr("the metric is not one gpudesk stores."));
            continue;
        }
        if (host.isEmpty()) {
            skip(tr("the series has no Hostname label, so its node is unknown."));
            continue;
        }
        int gpu = -1;
        if (!gpuText.isEmpty()) {
            bool ok = false;
            gpu = gpuText.toInt(&ok);
            if (!ok || gpu < 0) {
                skip(tr("the gpu label is not a GPU index."));
                continue;
            }
        } else if (uuid.isEmpty()) {
            skip(tr("the series has neither a gpu nor a UUID label."));
            continue;
        }
        const QJsonValue values = object.value(u"values"_s);
        if (!values.isArray()) {
            skip(tr("the series has no list of values."));
            continue;
        }
        const DeviceKey deviceKey{host, uuid, mig, gpu};
        auto deviceIt = devices.find(deviceKey);
        if (deviceIt == devices.end())
            deviceIt = devices.insert(deviceKey, int(devices.size()));
        const QString migProfile = labels.value(u"GPU_I_PROFILE"_s).toString();
        const QString model = labels.value(u"modelName"_s).toString();
        int badPoints = 0;
        int impossible = 0;
        for (const QJsonValue &pointValue : values.toArray()) {
            const QJsonArray point = pointValue.toArray();
            qint64 ts = 0;
            double raw = 0;
            if (point.size() != 2 || !readTime(point.at(0), &ts) || !readValue(point.at(1), &raw)) {
                ++badPoints;
                continue;
            }
            ++result.points;
            double value = 0;
            switch (dcgm::normalise(*alias, raw, &value)) {
            case dcgm::Reading::Blank:
                continue;
            case dcgm::Reading::OutOfRange:
                ++impossible;
                continue;
            case dcgm::Reading::Value:
                break;
            }
            const MomentKey key{deviceIt.value(), ts};
            auto it = moments.find(key);
            TelemetrySample *sample;
            if (it == moments.end()) {
                moments.insert(key, result.samples.size());
                sample = &result.samples.emplace_back();
                sample->hostname = host;
                sample->uuid = uuid;
                sample->gpu = gpu;
                sample->migInstance = mig;
                sample->migProfile = migProfile;
                sample->modelName = model;
                sample->ts = ts;
            } else {
                sample = &result.samples[it.value()];
            }
            dcgm::setField(*sample, alias->field, value);
        }
        if (badPoints > 0)
            skip(tr("%n point(s) are not a [time, \"value\"] pair with a number.", nullptr,
                    badPoints));
        if (impossible > 0)
            skip(tr("%n value(s) are outside the possible range for this metric.", nullptr,
                    impossible));
    }
    return result;
}

} // namespace gpudesk
