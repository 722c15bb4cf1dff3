// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/TelemetryImporter.h"

#include "store/FleetRepository.h"
#include "store/Store.h"
#include "telemetry/DcgmParser.h"
#include "telemetry/NvidiaSmiParser.h"

#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

const char *const TelemetryImporter::tierNames[3] = {"5m", "1h", "1d"};
const char *const TelemetryImporter::scopeNames[3] = {"gpu", "node", "project"};
const char *const TelemetryImporter::metricNames[4] = {"gpu_util", "engine_active", "fb_used_mib",
                                                       "power_w"};

namespace {

constexpr qint64 tierMs[3] = {5 * 60 * 1000LL, 60 * 60 * 1000LL, 24 * 60 * 60 * 1000LL};

// One rollup row while the file is read: scope ids stay integers (node index, node*256+gpu,
// grant index) until the end, so the hot loop never builds strings.
struct RollKey
{
    qint64 bucket;
    int id;
    quint8 tier;
    quint8 scope;
    quint8 metric;
    bool operator==(const RollKey &o) const
    {
        return bucket == o.bucket && id == o.id && tier == o.tier && scope == o.scope &&
               metric == o.metric;
    }
};

size_t qHash(const RollKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.bucket, k.id, (k.tier << 16) | (k.scope << 8) | k.metric);
}

struct RollAcc
{
    qint64 n = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
    double busy = 0;
};

// The raw SQLite handle of a Qt connection. QSqlQuery binds every value through a QVariant and
// keeps per-row bookkeeping; sqlite3_bind_* on one prepared statement avoids both. (Not yet timed
// against QSqlQuery::execBatch on this machine: do that before relying on the difference.) Qt's
// QSQLITE driver on Debian, and vcpkg's with the sqlite3 port, link the same shared libsqlite3 as
// this library. A driver that bundles its own copy of SQLite would hand over a handle of that
// other copy, which cannot be detected here: builds must use a driver on the shared library.
// rawHandle() only refuses a driver that is not SQLite at all.
sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void bindOptional(sqlite3_stmt *st, int pos, const std::optional<double> &v)
{
    if (v)
        sqlite3_bind_double(st, pos, *v);
    else
        sqlite3_bind_null(st, pos);
}

// Finalises a statement on every way out.
struct Statement
{
    sqlite3_stmt *st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

} // namespace

int TelemetryImportReport::skippedSamples() const
{
    int n = samplesWithoutGpu + migSamples;
    for (const auto &h : unknownHosts)
        n += h.second;
    return n;
}

TelemetryImporter::TelemetryImporter(Store &store) : m_store(store) {}

bool TelemetryImporter::load(QString *error)
{
    FleetRepository repo(m_store);
    m_loaded = repo.loadFleet(&m_fleet, error) && repo.loadBookings(m_fleet, &m_bookings, error);
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
    const int node = m_fleet.nodeByHostname.value(hostname.toLower(), -1);
    if (node < 0) {
        report.fatal = tr("The host %1 is not in the fleet. Check the hostname, or add the node "
                          "to the fleet first.")
                           .arg(hostname);
        return report;
    }
    // The node's clock shows its site's local time: rack -> cluster -> site.
    QTimeZone zone;
    const int rack = m_fleet.nodes[node].rack;
    const int cluster = rack >= 0 ? m_fleet.racks[rack].cluster : -1;
    const int site = cluster >= 0 ? m_fleet.clusters[cluster].site : -1;
    if (site >= 0 && !m_fleet.sites[site].timeZone.isEmpty())
        zone = QTimeZone(m_fleet.sites[site].timeZone.toUtf8());
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

    QHash<QString, int> unknown;
    QHash<RollKey, RollAcc> rollups;
    rollups.reserve(1024);
    QString lastHost;
    int lastNode = -1;
    bool cancelled = false;
    const qint64 total = samples.size();

    const auto write = [&](QSqlDatabase &db, QSet<QString> &changed, QString *error) {
        sqlite3 *h = rawHandle(db);
        if (!h) {
            *error = tr("The database driver does not give access to SQLite.");
            return false;
        }
        Statement ins;
        if (sqlite3_prepare_v3(h,
                               "INSERT OR REPLACE INTO usage_samples (node_id, gpu_index, ts, "
                               "gpu_util, engine_active, fb_used_mib, power_w) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               -1, SQLITE_PREPARE_PERSISTENT, &ins.st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(h));
            return false;
        }
        QByteArray nodeId;
        qint64 done = 0;
        for (const TelemetrySample &s : samples) {
            if (m_progress && (done++ & 4095) == 0 && !m_progress(done - 1, total)) {
                cancelled = true;
                *error = tr("cancelled");
                return false;
            }
            // Files come grouped by host, so the last lookup usually answers.
            if (s.hostname != lastHost) {
                lastHost = s.hostname;
                lastNode = m_fleet.nodeByHostname.value(s.hostname.toLower(), -1);
                if (lastNode >= 0)
                    nodeId = m_fleet.nodes[lastNode].id.toUtf8();
            }
            if (lastNode < 0) {
                ++unknown[s.hostname.toLower()];
                continue;
            }
            if (s.gpu < 0 || s.gpu > 255) {
                ++report.samplesWithoutGpu;
                continue;
            }
            // usage_samples holds whole GPUs; a MIG instance's reading would overwrite its
            // sibling's row, so instances are counted as skipped until the table has a column.
            if (!s.migInstance.isEmpty()) {
                ++report.migSamples;
                continue;
            }
            const int node = lastNode;
            sqlite3_bind_text(ins.st, 1, nodeId.constData(), int(nodeId.size()), SQLITE_STATIC);
            sqlite3_bind_int(ins.st, 2, s.gpu);
            sqlite3_bind_int64(ins.st, 3, s.ts);
            bindOptional(ins.st, 4, s.gpuUtil);
            bindOptional(ins.st, 5, s.engineActive);
            bindOptional(ins.st, 6, s.fbUsedMib);
            bindOptional(ins.st, 7, s.powerW);
            if (sqlite3_step(ins.st) != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(h));
                return false;
            }
            sqlite3_reset(ins.st);
            ++report.imported;

            // Busy ratio: engine activity where the exporter has it, else utilisation.
            double busy = -1;
            if (s.engineActive)
                busy = std::clamp(*s.engineActive, 0.0, 1.0);
            else if (s.gpuUtil)
                busy = std::clamp(*s.gpuUtil / 100.0, 0.0, 1.0);
            const double busySeconds = busy < 0 ? 0 : busy * m_intervalSeconds;
            const std::optional<double> *values[4] = {&s.gpuUtil, &s.engineActive, &s.fbUsedMib,
                                                      &s.powerW};
            const int holder = m_bookings.holderAt(node, s.ts);
            const int grant = holder >= 0 ? m_bookings.allocations[holder].grant : -1;
            const int ids[3] = {node * 256 + s.gpu, node, grant};
            for (int t = 0; t < 3; ++t) {
                const qint64 bucket = s.ts - ((s.ts % tierMs[t]) + tierMs[t]) % tierMs[t];
                for (int sc = 0; sc < 3; ++sc) {
                    if (ids[sc] < 0)
                        continue;
                    for (int m = 0; m < 4; ++m) {
                        if (!*values[m])
                            continue;
                        const double v = **values[m];
                        RollAcc &a =
                            rollups[RollKey{bucket, ids[sc], quint8(t), quint8(sc), quint8(m)}];
                        if (a.n == 0) {
                            a.min = a.max = v;
                        } else {
                            a.min = std::min(a.min, v);
                            a.max = std::max(a.max, v);
                        }
                        ++a.n;
                        a.sum += v;
                        // Every metric row of a sample carries its busy integral, so any one
                        // metric's rows answer "busy GPU-seconds" for the scope.
                        a.busy += busySeconds;
                    }
                }
            }
        }
        changed.insert(u"usage_samples"_s);

        Statement up;
        if (sqlite3_prepare_v3(
                h,
                "INSERT INTO usage_rollups (tier, scope, scope_id, bucket, metric, n, min, max, "
                "sum, busy_seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                "ON CONFLICT (tier, scope, scope_id, metric, bucket) DO UPDATE SET "
                "n = n + excluded.n, min = min(min, excluded.min), max = max(max, excluded.max), "
                "sum = sum + excluded.sum, busy_seconds = busy_seconds + excluded.busy_seconds",
                -1, SQLITE_PREPARE_PERSISTENT, &up.st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(h));
            return false;
        }
        // Upsert in primary-key order so the B-tree is walked forwards, not at random.
        std::vector<std::pair<RollKey, RollAcc>> rows;
        rows.reserve(size_t(rollups.size()));
        for (auto it = rollups.cbegin(); it != rollups.cend(); ++it)
            rows.emplace_back(it.key(), it.value());
        rollups.clear();
        QHash<int, QByteArray> idText[3]; // per scope: integer id -> text id
        const auto scopeId = [&](const RollKey &k) -> const QByteArray & {
            QHash<int, QByteArray> &cache = idText[k.scope];
            auto it = cache.find(k.id);
            if (it != cache.end())
                return *it;
            QByteArray text;
            if (k.scope == 0)
                text = m_fleet.nodes[k.id / 256].id.toUtf8() + ':' + QByteArray::number(k.id % 256);
            else if (k.scope == 1)
                text = m_fleet.nodes[k.id].id.toUtf8();
            else
                text = m_bookings.grants[k.id].applicationId.toUtf8();
            return *cache.insert(k.id, text);
        };
        for (auto &r : rows)
            scopeId(r.first);
        std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            if (a.first.tier != b.first.tier)
                return a.first.tier < b.first.tier;
            if (a.first.scope != b.first.scope)
                return a.first.scope < b.first.scope;
            if (a.first.id != b.first.id) {
                const QByteArray &x = scopeId(a.first);
                const QByteArray &y = scopeId(b.first);
                if (x != y)
                    return x < y;
            }
            if (a.first.metric != b.first.metric)
                return qstrcmp(metricNames[a.first.metric], metricNames[b.first.metric]) < 0;
            return a.first.bucket < b.first.bucket;
        });
        for (const auto &[k, a] : rows) {
            const QByteArray &id = scopeId(k);
            sqlite3_bind_text(up.st, 1, tierNames[k.tier], -1, SQLITE_STATIC);
            sqlite3_bind_text(up.st, 2, scopeNames[k.scope], -1, SQLITE_STATIC);
            sqlite3_bind_text(up.st, 3, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_int64(up.st, 4, k.bucket);
            sqlite3_bind_text(up.st, 5, metricNames[k.metric], -1, SQLITE_STATIC);
            sqlite3_bind_int64(up.st, 6, a.n);
            sqlite3_bind_double(up.st, 7, a.min);
            sqlite3_bind_double(up.st, 8, a.max);
            sqlite3_bind_double(up.st, 9, a.sum);
            sqlite3_bind_double(up.st, 10, a.busy);
            if (sqlite3_step(up.st) != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(h));
                return false;
            }
            sqlite3_reset(up.st);
        }
        report.rollupRows = int(rows.size());
        changed.insert(u"usage_rollups"_s);
        return true;
    };

    QString error;
    const bool written =
        m_worker.isValid()
            ? m_store.writeFromWorker(m_worker, write, &error, Store::Capture::Uncaptured)
            : m_store.write(write, &error, Store::Capture::Uncaptured);
    if (!written && cancelled) {
        report = TelemetryImportReport();
        report.cancelled = true;
        report.fatal = tr("The import was cancelled; nothing was written.");
        return report;
    }
    if (!written) {
        const int parsed = int(samples.size());
        report = TelemetryImportReport();
        report.fatal = tr("Nothing was imported: writing %n sample(s) to the profile failed (%1). "
                          "The profile is unchanged; check free disk space and try again.",
                          nullptr, parsed)
                           .arg(error);
        return report;
    }
    if (m_progress)
        m_progress(total, total);
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
        report.unknownHosts.append({it.key(), it.value()});
    std::sort(report.unknownHosts.begin(), report.unknownHosts.end());
    return report;
}

} // namespace gpudesk
