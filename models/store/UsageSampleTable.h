// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqliteStatement.h"
#include "telemetry/UsageAggregate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <vector>

namespace gpudesk {

class UsageScopeMap;

// A device that reports: a whole GPU, or one MIG instance of it.
struct UsageDevice
{
    qint64 id = 0;
    int node = -1; // index into the scope map's fleet
    QString nodeId;
    int gpu = 0;
    QString migInstance; // empty for the whole GPU
    QString migProfile;
    double share = 0; // migSliceShare(migProfile); 0 for a whole GPU or an unknown profile
};

// usage_devices and usage_samples inside one transaction: devices by (node, GPU, MIG instance),
// samples written with their duplicates told apart from corrections, and read back per GPU for
// the rebuild and the GPU series.
class UsageSampleTable final
{
    Q_DISABLE_COPY_MOVE(UsageSampleTable)

public:
    enum class Outcome
    {
        Inserted,
        Duplicate, // the same reading was stored already: nothing changed
        Replaced,  // another reading was stored for the same device and time: now this one
    };

    // Without a map the table only reads samples (read(), readGpuReadings()) and prepare()
    // readies only the statement that reads; with one it also knows every device and writes.
    UsageSampleTable(const QSqlDatabase &db, const UsageScopeMap *map);

    bool prepare(QString *error);
    // The devices of one GPU of a node (its whole-GPU device and its MIG instances).
    bool devicesOf(const QString &nodeId, int gpu, QList<UsageDevice> *out, QString *error);
    // Every device, for reading without a map (node indexes stay -1).
    bool allDevices(QList<UsageDevice> *out, QString *error);
    // The device of a node's GPU (and MIG instance), created when new. Needs the map.
    bool device(int node, int gpu, const QString &migInstance, const QString &migProfile,
                qint64 *id, QString *error);
    const QList<UsageDevice> &devices() const { return m_devices; }

    // Needs the map.
    bool write(qint64 device, qint64 ts, const GpuReading &reading, Outcome *outcome,
               QString *error);

    // Calls fn(device, ts, reading) for every sample of the devices in [from, to), device by
    // device, each in time order.
    using SampleFn = std::function<void(const UsageDevice &, qint64, const GpuReading &)>;
    bool read(const QList<const UsageDevice *> &devices, qint64 from, qint64 to, const SampleFn &fn,
              QString *error);

private:
    QSqlDatabase m_db;
    const UsageScopeMap *m_map;
    sqlite3 *m_handle = nullptr;
    QList<UsageDevice> m_devices;
    std::vector<std::vector<int>> m_byNode; // per node: indexes into m_devices
    SqliteStatement m_insertDevice;
    SqliteStatement m_insert;
    SqliteStatement m_select;
    SqliteStatement m_update;
    SqliteStatement m_range;
};

// Reads the samples of `devices` in [from, to) and hands each GPU's reading per moment to fn
// (with one device of that GPU, for its node and index):
// a whole GPU's sample as it is, the MIG instances of one GPU at one moment combined
// (MigCombiner), a whole-GPU reading winning over instances at the same moment.
bool readGpuReadings(UsageSampleTable &table, const QList<const UsageDevice *> &devices,
                     qint64 from, qint64 to,
                     const std::function<void(const UsageDevice &, qint64, const GpuReading &)> &fn,
                     QString *error);

} // namespace gpudesk
