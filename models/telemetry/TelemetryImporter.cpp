// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/TelemetryImporter.h"

#include "store/Store.h"
#include "store/UsageCells.h"
#include "store/UsageRollupTable.h"
#include "store/UsageSampleTable.h"
#include "telemetry/DcgmParser.h"
#include "telemetry/NvidiaSmiParser.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// Corrections close together are rebuilt as one range: each range reads every device once.
constexpr qint64 kRebuildMergeGapMs = 60 * 60 * 1000LL;

GpuReading readingOf(const TelemetrySample &s, double intervalSeconds)
{
    GpuReading r;
    const std::optional<double> *values[usageMetricCount] = {&s.gpuUtil, &s.engineActive,
                                                             &s.fbUsedMib, &s.powerW};
    for (int m = 0; m < usageMetricCount; ++m) {
        if (*values[m])
            r.value[m] = **values[m];
    }
    r.intervalSeconds = intervalSeconds;
    return r;
}

// One sample on its way in: where it goes, in the order it is written.
struct Item
{
    qint64 device;
    qint64 ts;
    int sample; // index into the input
    int node;
    bool mig; // a MIG instance, or a whole GPU that also has instances
};

} // namespace

int TelemetryImportReport::skippedSamples() const
{
    int n = samplesWithoutGpu;
    for (const auto &h : unknownHosts)
        n += h.second;
    return n;
}

TelemetryImporter::TelemetryImporter(Store &store) : m_store(store) {}

bool TelemetryImporter::load(QString *error)
{
    m_loaded = m_map.load(m_store, error);
    return m_loaded;
}

bool TelemetryImporter::readFile(const QString &path, QByteArray *data, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2. Check the path and that the file is readable.")
                     .arg(path, f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
}

TelemetryImportReport TelemetryImporter::importDcgmFile(const QString &path,
                                                        qint64 defaultTimestampMs)
{
    QByteArray data;
    TelemetryImportReport report;
    if (!readFile(path, &data, &report.fatal))
        return report;
    return importDcgm(data, defaultTimestampMs);
}

TelemetryImportReport TelemetryImporter::importDcgm(const QByteArray &data,
                                                    qint64 defaultTimestampMs)
{
    DcgmParser::Options options;
    options.defaultTimestampMs = defaultTimestampMs;
    TelemetryParseResult parsed = DcgmParser::parse(data, options);
    TelemetryImportReport report = importSamples(parsed.samples);
    report.linesRead = parsed.linesRead;
    report.skippedLines = std::move(parsed.skipped);
    return report;
}

TelemetryImportReport TelemetryImporter::importNvidiaSmiFile(const QString &path,
                                                             const QString &hostname)
{
    QByteArray data;
    TelemetryImportReport report;
    if (!readFile(path, &data, &report.fatal))
        return report;
    return importNvidiaSmi(data, hostname);
}

TelemetryImportReport TelemetryImporter::importNvidiaSmi(const QByteArray &data,
                                                         const QString &hostname)
{
    TelemetryImportReport report;
    if (!m_loaded && !load(&report.fatal))
        return report;
    const FleetSnapshot &fleet = m_map.fleet();
    const int node = m_map.nodeByHostname(hostname);
    if (node < 0) {
        report.fatal = tr("The host %1 is not in the fleet. Check the hostname, or add the node "
                          "to the fleet first.")
                           .arg(hostname);
        return report;
    }
    // The node's clock shows its site's local time: rack -> cluster -> site.
    QTimeZone zone;
    const int rack = fleet.nodes[node].rack;
    const int cluster = rack >= 0 ? fleet.racks[rack].cluster : -1;
    const int site = cluster >= 0 ? fleet.clusters[cluster].site : -1;
    if (site >= 0 && !fleet.sites[site].timeZone.isEmpty())
        zone = QTimeZone(fleet.sites[site].timeZone.toUtf8());
    if (!zone.isValid()) {
        report.fatal = tr("The site of %1 has no valid time zone, so nvidia-smi's local times "
                          "cannot be placed. Set the site's time zone first.")
                           .arg(hostname);
        return report;
    }
    NvidiaSmiParser::Options options;
    options.hostname = hostname;
    options.timeZone = zone;
    TelemetryParseResult parsed = NvidiaSmiParser::parse(data, options);
    report = importSamples(parsed.samples);
    report.linesRead = parsed.linesRead;
    report.skippedLines = std::move(parsed.skipped);
    return report;
}

TelemetryImportReport TelemetryImporter::importSamples(const QList<TelemetrySample> &samples)
{
    TelemetryImportReport report;
    if (!m_loaded && !load(&report.fatal))
        return report;

    // Nodes first, outside the transaction: hosts not in the fleet are counted, not stored.
    QHash<QString, int> unknown;
    std::vector<int> nodeOf(size_t(samples.size()), -1);
    {
        QString lastHost;
        int lastNode = -1;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const TelemetrySample &s = samples[i];
            // Files come grouped by host, so the last lookup usually answers.
            if (i == 0 || s.hostname != lastHost) {
                lastHost = s.hostname;
                lastNode = m_map.nodeByHostname(s.hostname);
            }
            if (lastNode < 0) {
                ++unknown[s.hostname.toLower()];
                continue;
            }
            if (s.gpu < 0) {
                ++report.samplesWithoutGpu;
                continue;
            }
            nodeOf[size_t(i)] = lastNode;
        }
    }

    const auto write = [&](QSqlDatabase &db, QSet<QString> &changed, QString *error) {
        UsageSampleTable sampleTable(db, &m_map);
        UsageRollupTable rollupTable(db, m_map);
        if (!sampleTable.prepare(error) || !rollupTable.prepare(error))
            return false;

        std::vector<Item> items;
        items.reserve(size_t(samples.size()));
        qint64 lastDevice = 0;
        const TelemetrySample *lastSample = nullptr;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const int node = nodeOf[size_t(i)];
            if (node < 0)
                continue;
            const TelemetrySample &s = samples[i];
            if (!lastSample || nodeOf[size_t(lastSample - samples.constData())] != node ||
                lastSample->gpu != s.gpu || lastSample->migInstance != s.migInstance) {
                if (!sampleTable.device(node, s.gpu, s.migInstance, s.migProfile, &lastDevice,
                                        error))
                    return false;
                lastSample = &s;
            }
            items.push_back({lastDevice, s.ts, int(i), node, !s.migInstance.isEmpty()});
        }
        // A whole GPU that also reports MIG instances takes the instances' path (rebuilt from the
        // samples), so its readings combine with theirs.
        QSet<QPair<int, int>> migGpus;
        for (const UsageDevice &d : sampleTable.devices()) {
            if (!d.migInstance.isEmpty())
                migGpus.insert({d.node, d.gpu});
        }
        if (!migGpus.isEmpty()) {
            for (Item &item : items)
                item.mig = item.mig || migGpus.contains({item.node, samples[item.sample].gpu});
        }
        // Key order: the B-tree is filled page by page instead of at random.
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            return a.device != b.device ? a.device < b.device : a.ts < b.ts;
        });

        std::vector<UsageSampleTable::Outcome> outcomes(items.size());
        std::vector<qint64> rebuild; // 5-minute buckets to rebuild from the samples
        for (size_t k = 0; k < items.size(); ++k) {
            const Item &item = items[k];
            const TelemetrySample &s = samples[item.sample];
            if (!sampleTable.write(item.device, item.ts, readingOf(s, m_intervalSeconds),
                                   &outcomes[k], error))
                return false;
            if (!s.migInstance.isEmpty())
                ++report.migSamples;
            switch (outcomes[k]) {
            case UsageSampleTable::Outcome::Duplicate:
                ++report.duplicates;
                continue;
            case UsageSampleTable::Outcome::Replaced:
                ++report.replaced;
                break;
            case UsageSampleTable::Outcome::Inserted:
                break;
            }
            ++report.imported;
            if (item.mig || outcomes[k] == UsageSampleTable::Outcome::Replaced)
                rebuild.push_back(usageBucketStart(UsageTier::FiveMinutes, item.ts));
        }
        std::sort(rebuild.begin(), rebuild.end());
        rebuild.erase(std::unique(rebuild.begin(), rebuild.end()), rebuild.end());

        // New readings of whole GPUs outside the rebuilt buckets: added to the stored buckets.
        UsageCells cells(m_map);
        for (size_t k = 0; k < items.size(); ++k) {
            const Item &item = items[k];
            if (outcomes[k] != UsageSampleTable::Outcome::Inserted || item.mig)
                continue;
            if (!rebuild.empty() &&
                std::binary_search(rebuild.cbegin(), rebuild.cend(),
                                   usageBucketStart(UsageTier::FiveMinutes, item.ts)))
                continue;
            cells.add(item.node, item.ts, readingOf(samples[item.sample], m_intervalSeconds));
        }
        std::vector<UsageSeriesRow> rows;
        if (!rollupTable.resolve(cells.rows(true, true, true), &rows, error) ||
            !rollupTable.add(rows, error))
            return false;
        report.rollupRows = int(rows.size());

        // Corrections and MIG instances: their buckets again from the samples, range by range.
        const qint64 fiveMinutes = usageTierLengthMs(UsageTier::FiveMinutes);
        for (size_t i = 0; i < rebuild.size();) {
            size_t j = i + 1;
            while (j < rebuild.size() && rebuild[j] - rebuild[j - 1] <= kRebuildMergeGapMs)
                ++j;
            UsageRebuildReport rebuilt;
            if (!UsageMaintenance::rebuildIn(db, m_map, sampleTable, rollupTable, rebuild[i],
                                             rebuild[j - 1] + fiveMinutes, &rebuilt, error))
                return false;
            report.rollupRows += rebuilt.rollupRows;
            i = j;
        }
        if (report.imported > 0) {
            changed.insert(u"usage_samples"_s);
            changed.insert(u"usage_rollups"_s);
        }
        if (m_prune && !UsageMaintenance::pruneIn(db, UsageMaintenance::referenceMs(db),
                                                  m_retention, &report.pruned, &changed, error))
            return false;
        return true;
    };

    QString error;
    if (!m_store.write(write, &error, Store::Capture::Uncaptured)) {
        const int parsed = int(samples.size());
        report = TelemetryImportReport();
        report.fatal = tr("Nothing was imported: writing %n sample(s) to the profile failed (%1). "
                          "The profile is unchanged; check free disk space and try again.",
                          nullptr, parsed)
                           .arg(error);
        return report;
    }
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
        report.unknownHosts.append({it.key(), it.value()});
    std::sort(report.unknownHosts.begin(), report.unknownHosts.end());
    return report;
}

} // namespace gpudesk
