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
#include <QMap>
#include <QSet>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// Corrections close together are rebuilt as one range: each range reads every device once.
constexpr qint64 kRebuildMergeGapMs = 60 * 60 * 1000LL;

GpuReading readingOf(const TelemetryReading &r, double intervalSeconds)
{
    GpuReading g;
    g.value[int(UsageMetric::GpuUtil)] = r.value[int(TelemetryField::GpuUtil)];
    g.value[int(UsageMetric::EngineActive)] = r.value[int(TelemetryField::EngineActive)];
    g.value[int(UsageMetric::FbUsedMib)] = r.value[int(TelemetryField::FbUsedMib)];
    g.value[int(UsageMetric::PowerW)] = r.value[int(TelemetryField::PowerW)];
    g.intervalSeconds = intervalSeconds;
    return g;
}

// One reading on its way in: where it goes, in the order it is written.
struct Item
{
    qint64 device;
    qint64 ts;
    qsizetype reading; // index into the batch
    int node;
    bool mig; // a MIG instance, or a whole GPU that also has instances
};

// One import inside its transaction: samples written in key order while the rollup cells of
// the new readings are gathered on a second thread; corrections and MIG instances rebuilt.
class ImportRun final
{
public:
    ImportRun(const UsageScopeMap &map, const TelemetryBatch &batch, const std::vector<int> &nodeOf,
              double intervalSeconds, const TelemetryImporter::Progress &progress)
        : m_map(map), m_batch(batch), m_nodeOf(nodeOf), m_interval(intervalSeconds),
          m_progress(progress)
    {
    }

    bool write(QSqlDatabase &db, TelemetryImportReport *report, QString *error);
    bool cancelled() const { return m_cancelled; }
    void noteChanges(QSet<QString> *changed) const
    {
        if (m_changed) {
            changed->insert(u"usage_samples"_s);
            changed->insert(u"usage_rollups"_s);
        }
    }

private:
    bool makeItems(UsageSampleTable &samples, QString *error);
    // The cells of the new whole-GPU readings, except those in `skip` (sorted 5-minute buckets)
    // or whose outcome was not an insert.
    void gather(UsageCells *cells, const std::vector<qint64> &skip,
                const std::vector<UsageSampleTable::Outcome> *outcomes) const;

    const UsageScopeMap &m_map;
    const TelemetryBatch &m_batch;
    const std::vector<int> &m_nodeOf;
    double m_interval;
    const TelemetryImporter::Progress &m_progress;
    std::vector<Item> m_items;
    bool m_changed = false;
    bool m_cancelled = false;
};

bool ImportRun::makeItems(UsageSampleTable &samples, QString *error)
{
    // A device per series; a whole GPU that also reports MIG instances takes the instances'
    // path (rebuilt from the samples), so its readings combine with theirs.
    const qsizetype seriesCount = m_batch.series.size();
    std::vector<qint64> deviceOf(size_t(seriesCount), 0);
    for (qsizetype i = 0; i < seriesCount; ++i) {
        const int node = m_nodeOf[size_t(i)];
        if (node < 0)
            continue;
        const TelemetrySeries &s = m_batch.series[i];
        if (!samples.device(node, s.gpu, s.migInstance, s.migProfile, &deviceOf[size_t(i)], error))
            return false;
    }
    QSet<QPair<int, int>> migGpus;
    for (const UsageDevice &d : samples.devices()) {
        if (!d.migInstance.isEmpty())
            migGpus.insert({d.node, d.gpu});
    }
    std::vector<char> migOf(size_t(seriesCount), 0);
    for (qsizetype i = 0; i < seriesCount; ++i) {
        const TelemetrySeries &s = m_batch.series[i];
        migOf[size_t(i)] =
            !s.migInstance.isEmpty() || migGpus.contains({m_nodeOf[size_t(i)], s.gpu});
    }

    // Key order (device, time), so the B-tree fills page by page. Readings come in time order
    // per series (the parser says so), so placing them by device keeps them sorted; anything
    // else is sorted outright.
    std::vector<qsizetype> count(size_t(seriesCount) + 1, 0);
    std::vector<qsizetype> rank(static_cast<size_t>(seriesCount));
    {
        std::vector<qsizetype> bySeries(static_cast<size_t>(seriesCount));
        std::iota(bySeries.begin(), bySeries.end(), qsizetype(0));
        std::sort(bySeries.begin(), bySeries.end(), [&](qsizetype a, qsizetype b) {
            return deviceOf[size_t(a)] < deviceOf[size_t(b)];
        });
        for (qsizetype i = 0; i < seriesCount; ++i)
            rank[size_t(bySeries[size_t(i)])] = i;
    }
    for (const TelemetryReading &r : m_batch.readings)
        ++count[size_t(rank[size_t(r.series)]) + 1];
    for (size_t i = 1; i < count.size(); ++i)
        count[i] += count[i - 1];
    std::vector<Item> placed(m_batch.readings.size());
    for (size_t k = 0; k < m_batch.readings.size(); ++k) {
        const TelemetryReading &r = m_batch.readings[k];
        const size_t s = size_t(r.series);
        placed[size_t(count[size_t(rank[s])]++)] =
            Item{deviceOf[s], r.ts, qsizetype(k), m_nodeOf[s], migOf[s] != 0};
    }
    m_items.clear();
    m_items.reserve(placed.size());
    bool sorted = true;
    for (const Item &item : placed) {
        if (item.node < 0)
            continue;
        if (!m_items.empty() && m_items.back().device == item.device && m_items.back().ts > item.ts)
            sorted = false;
        m_items.push_back(item);
    }
    if (!sorted)
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            return a.device != b.device ? a.device < b.device : a.ts < b.ts;
        });
    return true;
}

void ImportRun::gather(UsageCells *cells, const std::vector<qint64> &skip,
                       const std::vector<UsageSampleTable::Outcome> *outcomes) const
{
    for (size_t k = 0; k < m_items.size(); ++k) {
        const Item &item = m_items[k];
        if (item.mig || (outcomes && (*outcomes)[k] != UsageSampleTable::Outcome::Inserted))
            continue;
        if (!skip.empty() && std::binary_search(skip.cbegin(), skip.cend(),
                                                usageBucketStart(UsageTier::FiveMinutes, item.ts)))
            continue;
        cells->add(item.node, item.ts,
                   readingOf(m_batch.readings[size_t(item.reading)], m_interval));
    }
}

bool ImportRun::write(QSqlDatabase &db, TelemetryImportReport *report, QString *error)
{
    UsageSampleTable sampleTable(db, &m_map);
    UsageRollupTable rollupTable(db, m_map);
    if (!sampleTable.prepare(error) || !rollupTable.prepare(error) ||
        !makeItems(sampleTable, error))
        return false;

    // The cells of every new reading, gathered while the samples are written (on the
    // assumption that each reading is new; redone below when some were not).
    UsageCells cells(m_map);
    std::unique_ptr<QThread> gatherer(
        QThread::create([this, &cells] { gather(&cells, {}, nullptr); }));
    gatherer->start();

    std::vector<UsageSampleTable::Outcome> outcomes(m_items.size());
    std::vector<qint64> rebuild; // 5-minute buckets to rebuild from the samples
    bool allNew = true;
    bool ok = true;
    const qint64 total = qint64(m_batch.readings.size()); // as the caller counts them
    for (size_t k = 0; k < m_items.size() && ok; ++k) {
        if (m_progress && (k & 4095) == 0 && !m_progress(qint64(k), total)) {
            m_cancelled = true;
            *error = TelemetryImporter::tr("cancelled");
            ok = false;
            break;
        }
        const Item &item = m_items[k];
        const TelemetryReading &r = m_batch.readings[size_t(item.reading)];
        ok = sampleTable.write(item.device, item.ts, readingOf(r, m_interval), &outcomes[k], error);
        if (!ok)
            break;
        if (!m_batch.series[r.series].migInstance.isEmpty())
            ++report->migSamples;
        switch (outcomes[k]) {
        case UsageSampleTable::Outcome::Duplicate:
            ++report->duplicates;
            allNew = false;
            continue;
        case UsageSampleTable::Outcome::Replaced:
            ++report->replaced;
            allNew = false;
            break;
        case UsageSampleTable::Outcome::Inserted:
            break;
        }
        ++report->imported;
        if (item.mig || outcomes[k] == UsageSampleTable::Outcome::Replaced)
            rebuild.push_back(usageBucketStart(UsageTier::FiveMinutes, item.ts));
    }
    gatherer->wait();
    if (!ok)
        return false;
    std::sort(rebuild.begin(), rebuild.end());
    rebuild.erase(std::unique(rebuild.begin(), rebuild.end()), rebuild.end());
    if (!allNew || !rebuild.empty()) {
        cells.clear();
        gather(&cells, rebuild, &outcomes);
    }

    // New readings of whole GPUs outside the rebuilt buckets: added to the stored buckets.
    std::vector<UsageSeriesRow> rows;
    if (!rollupTable.resolve(cells.rows(true, true, true), &rows, error) ||
        !rollupTable.add(rows, error))
        return false;
    report->rollupRows = int(rows.size());

    // Corrections and MIG instances: their buckets again from the samples, range by range.
    const qint64 fiveMinutes = usageTierLengthMs(UsageTier::FiveMinutes);
    for (size_t i = 0; i < rebuild.size();) {
        size_t j = i + 1;
        while (j < rebuild.size() && rebuild[j] - rebuild[j - 1] <= kRebuildMergeGapMs)
            ++j;
        UsageRebuildReport rebuilt;
        if (!UsageMaintenance::rebuildIn(m_map, sampleTable, rollupTable, rebuild[i],
                                         rebuild[j - 1] + fiveMinutes, &rebuilt, error))
            return false;
        report->rollupRows += rebuilt.rollupRows;
        i = j;
    }
    m_changed = report->imported > 0;
    return true;
}

} // namespace

int TelemetryImportReport::skippedSamples() const
{
    int n = samplesWithoutGpu;
    for (const auto &h : unknownHosts)
        n += h.second;
    return n;
}

void TelemetryImportReport::add(const TelemetryImportReport &other)
{
    linesRead += other.linesRead;
    imported += other.imported;
    duplicates += other.duplicates;
    replaced += other.replaced;
    migSamples += other.migSamples;
    rollupRows += other.rollupRows;
    samplesWithoutGpu += other.samplesWithoutGpu;
    skippedLines += other.skippedLines;
    // A host in both counts once, with both sums; the list stays sorted by host.
    QMap<QString, int> hosts;
    for (const auto &h : std::as_const(unknownHosts))
        hosts[h.first] += h.second;
    for (const auto &h : other.unknownHosts)
        hosts[h.first] += h.second;
    unknownHosts.clear();
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        unknownHosts.append({it.key(), it.value()});
}

QStringList TelemetryImportReport::sampleNotes() const
{
    QStringList lines;
    for (const auto &h : unknownHosts)
        lines << TelemetryImporter::tr("%n sample(s) of %1 skipped: the host is not in the fleet.",
                                       nullptr, h.second)
                     .arg(h.first);
    if (samplesWithoutGpu > 0)
        lines << TelemetryImporter::tr("%n sample(s) skipped: no GPU index.", nullptr,
                                       samplesWithoutGpu);
    if (duplicates > 0)
        lines << TelemetryImporter::tr(
            "%n sample(s) were already stored with the same values: left as they were.", nullptr,
            duplicates);
    if (replaced > 0)
        lines << TelemetryImporter::tr(
            "%n sample(s) replaced a different stored reading for the same GPU and time; "
            "the figures they touch were rebuilt.",
            nullptr, replaced);
    return lines;
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
    return importBatch(DcgmParser::parseBatch(data, options));
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
    const TelemetryParseResult parsed = NvidiaSmiParser::parse(data, options);
    TelemetryBatch batch = TelemetryBatch::fromSamples(parsed.samples);
    batch.linesRead = parsed.linesRead;
    batch.skipped = parsed.skipped;
    return importBatch(batch);
}

TelemetryImportReport TelemetryImporter::importSamples(const QList<TelemetrySample> &samples,
                                                      Pruning pruning)
{
    return importBatch(TelemetryBatch::fromSamples(samples), pruning);
}

bool TelemetryImporter::write(const Store::WriteFn &fn, QString *error)
{
    return m_store.writeOn(m_worker, fn, error, Store::Capture::Uncaptured);
}

bool TelemetryImporter::prune(UsagePruneReport *report, QString *error)
{
    UsageMaintenance maintenance(m_store, m_worker);
    return maintenance.prune(maintenance.referenceMs(), m_retention, report, error);
}

TelemetryImportReport TelemetryImporter::importBatch(const TelemetryBatch &batch, Pruning pruning)
{
    TelemetryImportReport report;
    report.linesRead = batch.linesRead;
    report.skippedLines = batch.skipped;
    if (!m_loaded && !load(&report.fatal))
        return report;

    // Nodes per series, outside the transaction: hosts not in the fleet are counted, not stored.
    std::vector<int> nodeOf(size_t(batch.series.size()), -1);
    QHash<QString, int> unknownSeries; // lower-case host -> its readings
    std::vector<int> readingsOf(size_t(batch.series.size()), 0);
    for (const TelemetryReading &r : batch.readings)
        ++readingsOf[size_t(r.series)];
    for (int i = 0; i < batch.series.size(); ++i) {
        const TelemetrySeries &series = batch.series[i];
        const int node = m_map.nodeByHostname(series.hostname);
        if (node < 0)
            unknownSeries[series.hostname.toLower()] += readingsOf[size_t(i)];
        else if (series.gpu < 0)
            report.samplesWithoutGpu += readingsOf[size_t(i)];
        else
            nodeOf[size_t(i)] = node;
    }

    bool cancelled = false;
    const auto write = [&](QSqlDatabase &db, QSet<QString> &changed, QString *error) {
        ImportRun run(m_map, batch, nodeOf, m_intervalSeconds, m_progress);
        const bool ran = run.write(db, &report, error);
        cancelled = run.cancelled();
        return ran &&
               (!m_prune || pruning == Pruning::ByCaller ||
                UsageMaintenance::pruneIn(db, UsageMaintenance::referenceMs(db), m_retention,
                                          &report.pruned, &changed, error)) &&
               (run.noteChanges(&changed), true);
    };
    QString error;
    const bool written = this->write(write, &error);
    if (!written && cancelled) {
        report = TelemetryImportReport();
        report.cancelled = true;
        report.fatal = tr("The import was cancelled; nothing was written.");
        return report;
    }
    if (!written) {
        const int readings = int(batch.readings.size());
        report = TelemetryImportReport();
        report.fatal = tr("Nothing was imported: writing %n sample(s) to the profile failed (%1). "
                          "The profile is unchanged; check free disk space and try again.",
                          nullptr, readings)
                           .arg(error);
        return report;
    }
    if (m_progress)
        m_progress(qint64(batch.readings.size()), qint64(batch.readings.size()));
    for (auto it = unknownSeries.cbegin(); it != unknownSeries.cend(); ++it)
        report.unknownHosts.append({it.key(), it.value()});
    std::sort(report.unknownHosts.begin(), report.unknownHosts.end());
    return report;
}

} // namespace gpudesk
