// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageSampleTable.h"

#include "store/UsageScopeMap.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

void bindReading(sqlite3_stmt *st, int first, const GpuReading &r)
{
    for (int m = 0; m < usageMetricCount; ++m) {
        if (std::isnan(r.value[m]))
            sqlite3_bind_null(st, first + m);
        else
            sqlite3_bind_double(st, first + m, r.value[m]);
    }
}

void columnReading(sqlite3_stmt *st, int first, GpuReading *r)
{
    for (int m = 0; m < usageMetricCount; ++m) {
        r->value[m] = sqlite3_column_type(st, first + m) == SQLITE_NULL
                          ? GpuReading::none
                          : sqlite3_column_double(st, first + m);
    }
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

UsageSampleTable::UsageSampleTable(const QSqlDatabase &db, const UsageScopeMap *map)
    : m_db(db), m_map(map)
{
}

bool UsageSampleTable::prepare(QString *error)
{
    m_handle = sqliteHandle(m_db);
    // Reading needs only the range; the statements that write need the map as well.
    if (!m_range.prepare(m_handle,
                         "SELECT ts, interval_s, gpu_util, engine_active, fb_used_mib, power_w "
                         "FROM usage_samples WHERE device = ?1 AND ts >= ?2 AND ts < ?3 "
                         "ORDER BY ts",
                         error))
        return false;
    m_devices.clear();
    m_byNode.clear();
    if (!m_map)
        return true;
    if (!m_insertDevice.prepare(m_handle,
                                "INSERT INTO usage_devices (node_id, gpu_index, mig_instance, "
                                "mig_profile) VALUES (?1, ?2, ?3, ?4)",
                                error) ||
        !m_insert.prepare(m_handle,
                          "INSERT INTO usage_samples (device, ts, interval_s, gpu_util, "
                          "engine_active, fb_used_mib, power_w) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                          "?7) ON CONFLICT (device, ts) DO NOTHING",
                          error) ||
        !m_select.prepare(m_handle,
                          "SELECT interval_s, gpu_util, engine_active, fb_used_mib, power_w "
                          "FROM usage_samples WHERE device = ?1 AND ts = ?2",
                          error) ||
        !m_update.prepare(m_handle,
                          "UPDATE usage_samples SET interval_s = ?3, gpu_util = ?4, "
                          "engine_active = ?5, fb_used_mib = ?6, power_w = ?7 "
                          "WHERE device = ?1 AND ts = ?2",
                          error))
        return false;
    m_byNode.assign(size_t(m_map->fleet().nodes.size()), {});
    QList<UsageDevice> all;
    if (!allDevices(&all, error))
        return false;
    for (UsageDevice &d : all) {
        d.node = m_map->nodeById(d.nodeId);
        if (d.node < 0)
            continue; // a node no longer in the fleet: its samples stay, unread
        m_byNode[size_t(d.node)].push_back(int(m_devices.size()));
        m_devices.append(d);
    }
    return true;
}

namespace {

bool queryDevices(QSqlQuery &q, QList<UsageDevice> *out, QString *error)
{
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        UsageDevice d;
        d.id = q.value(0).toLongLong();
        d.nodeId = q.value(1).toString();
        d.gpu = q.value(2).toInt();
        d.migInstance = q.value(3).toString();
        d.migProfile = q.value(4).toString();
        d.share = d.migInstance.isEmpty() ? 0 : migSliceShare(d.migProfile);
        out->append(d);
    }
    return true;
}

} // namespace

bool UsageSampleTable::allDevices(QList<UsageDevice> *out, QString *error)
{
    out->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, node_id, gpu_index, mig_instance, mig_profile FROM usage_devices "
              "ORDER BY id"_s);
    return queryDevices(q, out, error);
}

bool UsageSampleTable::devicesOf(const QString &nodeId, int gpu, QList<UsageDevice> *out,
                                 QString *error)
{
    out->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, node_id, gpu_index, mig_instance, mig_profile FROM usage_devices "
              "WHERE node_id = ? AND gpu_index = ? ORDER BY id"_s);
    q.addBindValue(nodeId);
    q.addBindValue(gpu);
    return queryDevices(q, out, error);
}

bool UsageSampleTable::device(int node, int gpu, const QString &migInstance,
                              const QString &migProfile, qint64 *id, QString *error)
{
    Q_ASSERT(m_map);
    for (const int i : m_byNode[size_t(node)]) {
        const UsageDevice &d = m_devices[i];
        if (d.gpu == gpu && d.migInstance == migInstance) {
            *id = d.id;
            return true;
        }
    }
    const QString nodeText = m_map->fleet().nodes[node].id;
    const QByteArray nodeId = nodeText.toUtf8();
    const QByteArray instance = migInstance.toUtf8();
    const QByteArray profile = migProfile.toUtf8();
    sqlite3_bind_text(m_insertDevice, 1, nodeId.constData(), int(nodeId.size()), SQLITE_STATIC);
    sqlite3_bind_int(m_insertDevice, 2, gpu);
    sqlite3_bind_text(m_insertDevice, 3, instance.constData(), int(instance.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insertDevice, 4, profile.constData(), int(profile.size()), SQLITE_STATIC);
    if (!m_insertDevice.run(error))
        return false;
    UsageDevice d{
        sqlite3_last_insert_rowid(m_handle), node, nodeText, gpu, migInstance, migProfile, 0};
    d.share = migInstance.isEmpty() ? 0 : migSliceShare(migProfile);
    m_byNode[size_t(node)].push_back(int(m_devices.size()));
    m_devices.append(d);
    *id = d.id;
    return true;
}

bool UsageSampleTable::write(qint64 device, qint64 ts, const GpuReading &reading, Outcome *outcome,
                             QString *error)
{
    Q_ASSERT(m_map);
    sqlite3_bind_int64(m_insert, 1, device);
    sqlite3_bind_int64(m_insert, 2, ts);
    sqlite3_bind_double(m_insert, 3, reading.intervalSeconds);
    bindReading(m_insert, 4, reading);
    if (!m_insert.run(error))
        return false;
    if (sqlite3_changes(m_handle) > 0) {
        *outcome = Outcome::Inserted;
        return true;
    }
    // Already stored: the same reading again, or a correction of it.
    sqlite3_bind_int64(m_select, 1, device);
    sqlite3_bind_int64(m_select, 2, ts);
    GpuReading stored;
    const int rc = sqlite3_step(m_select);
    if (rc == SQLITE_ROW) {
        stored.intervalSeconds = sqlite3_column_double(m_select, 0);
        columnReading(m_select, 1, &stored);
    }
    sqlite3_reset(m_select);
    if (rc != SQLITE_ROW) {
        *error = m_select.lastError();
        return false;
    }
    bool same = stored.intervalSeconds == reading.intervalSeconds;
    for (int m = 0; m < usageMetricCount && same; ++m)
        same = sameValue(stored.value[m], reading.value[m]);
    if (same) {
        *outcome = Outcome::Duplicate;
        return true;
    }
    sqlite3_bind_int64(m_update, 1, device);
    sqlite3_bind_int64(m_update, 2, ts);
    sqlite3_bind_double(m_update, 3, reading.intervalSeconds);
    bindReading(m_update, 4, reading);
    if (!m_update.run(error))
        return false;
    *outcome = Outcome::Replaced;
    return true;
}

bool UsageSampleTable::read(const QList<const UsageDevice *> &devices, qint64 from, qint64 to,
                            const SampleFn &fn, QString *error)
{
    GpuReading r;
    for (const UsageDevice *d : devices) {
        sqlite3_bind_int64(m_range, 1, d->id);
        sqlite3_bind_int64(m_range, 2, from);
        sqlite3_bind_int64(m_range, 3, to);
        int rc;
        while ((rc = sqlite3_step(m_range)) == SQLITE_ROW) {
            r.intervalSeconds = sqlite3_column_double(m_range, 1);
            columnReading(m_range, 2, &r);
            fn(*d, sqlite3_column_int64(m_range, 0), r);
        }
        if (rc != SQLITE_DONE) {
            *error = m_range.lastError();
            sqlite3_reset(m_range);
            return false;
        }
        sqlite3_reset(m_range);
    }
    return true;
}

bool readGpuReadings(UsageSampleTable &table, const QList<const UsageDevice *> &devices,
                     qint64 from, qint64 to,
                     const std::function<void(const UsageDevice &, qint64, const GpuReading &)> &fn,
                     QString *error)
{
    // Devices by GPU: a GPU with one whole-GPU device streams straight through; MIG instances
    // are gathered per GPU and combined moment by moment.
    QMap<QPair<QString, int>, QList<const UsageDevice *>> byGpu;
    for (const UsageDevice *d : devices)
        byGpu[{d->nodeId, d->gpu}].append(d);
    struct Timed
    {
        qint64 ts;
        const UsageDevice *device;
        GpuReading reading;
    };
    std::vector<Timed> gathered;
    for (auto it = byGpu.cbegin(); it != byGpu.cend(); ++it) {
        const QList<const UsageDevice *> &group = it.value();
        if (group.size() == 1 && group.constFirst()->migInstance.isEmpty()) {
            if (!table.read(
                    group, from, to,
                    [&](const UsageDevice &d, qint64 ts, const GpuReading &r) { fn(d, ts, r); },
                    error))
                return false;
            continue;
        }
        gathered.clear();
        if (!table.read(
                group, from, to,
                [&](const UsageDevice &d, qint64 ts, const GpuReading &r) {
                    gathered.push_back({ts, &d, r});
                },
                error))
            return false;
        std::stable_sort(gathered.begin(), gathered.end(),
                         [](const Timed &a, const Timed &b) { return a.ts < b.ts; });
        size_t i = 0;
        while (i < gathered.size()) {
            const qint64 ts = gathered[i].ts;
            MigCombiner instances;
            const GpuReading *whole = nullptr;
            for (; i < gathered.size() && gathered[i].ts == ts; ++i) {
                if (gathered[i].device->migInstance.isEmpty())
                    whole = &gathered[i].reading;
                else
                    instances.add(gathered[i].reading, gathered[i].device->share);
            }
            GpuReading r = instances.isEmpty() ? GpuReading() : instances.reading();
            if (whole) {
                // The whole GPU's own reading wins; instances fill what it lacks.
                for (int m = 0; m < usageMetricCount; ++m) {
                    if (!std::isnan(whole->value[m]))
                        r.value[m] = whole->value[m];
                }
                r.intervalSeconds = whole->intervalSeconds;
            }
            fn(*group.constFirst(), ts, r);
        }
    }
    return true;
}

} // namespace gpudesk
