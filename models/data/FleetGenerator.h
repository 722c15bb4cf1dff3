// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>

// Building blocks of the data generator (DataGenerator.h is the entry point): a portable random
// stream, stable row ids, a reusable prepared INSERT, and the fleet of providers, racks and nodes.
namespace gpudesk::gen {

// splitmix64: the same seed gives the same stream with every compiler and standard library
// (std::uniform_int_distribution does not), which is what makes generated profiles repeatable.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    // An independent stream per step, so changing one step never shifts the others.
    Rng(quint64 seed, const char *stream);

    quint64 next();
    int below(int n);            // [0, n); 0 when n <= 0
    int between(int lo, int hi); // [lo, hi]
    double uniform();            // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    int weighted(std::initializer_list<int> weights);
    QString hex(int digits); // lowercase hex digits

    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }

private:
    quint64 m_state;
};

// Row ids are name-based UUIDs (v5) of "<kind>:<table>:<index>": the same dataset always gets the
// same ids, so two generated profiles can be compared row by row.
class IdMaker
{
public:
    explicit IdMaker(const QString &kind) : m_kind(kind) {}
    QString operator()(const QString &table, int index) const;

private:
    QString m_kind;
};

// One prepared INSERT into a synced table, reused for every row. The bookkeeping columns are
// filled in: version 0, updated_at = the generation time, updated_by 'generator', deleted 0.
class RowInserter
{
public:
    RowInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                qint64 stamp);
    bool insert(const QString &id, std::initializer_list<QVariant> values);
    bool insert(const QString &id, const QVariantList &values);
    QString error() const { return m_error; }
    int count() const { return m_count; }

private:
    template <typename Values> bool bindAndExec(const QString &id, const Values &values);

    QSqlQuery m_query;
    QString m_table;
    qint64 m_stamp;
    int m_columns;
    int m_count = 0;
    QString m_error;
};

// The id of the row whose `column` is `value`, or an empty string.
QString existingId(const QSqlDatabase &db, const QString &table, const QString &column,
                   const QString &value);
QString sha256Hex(const QByteArray &bytes);
// NULL for 0: times that did not happen yet.
inline QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

// What every step shares: the connection, the id maker and the fixed times.
struct Context
{
    QSqlDatabase db;
    IdMaker ids;
    quint32 seed = 0;
    qint64 stamp = 0; // updated_at of every row, and "now" of the generated world
    QString error;

    // Sets error from a failed inserter and returns false, for `return ctx.fail(ins)`.
    bool fail(const RowInserter &ins)
    {
        error = ins.error();
        return false;
    }
};

// UTC ms of midnight at the start of `day` in Asia/Seoul (UTC+9 all year since 1988), computed
// without the time zone database so every platform gets the same instants.
qint64 seoulMidnightMs(int year, int month, int day);
QString isoDay(int year, int month, int day);
inline constexpr qint64 kHourMs = 3600LL * 1000;
inline constexpr qint64 kDayMs = 24 * kHourMs;

struct FleetType
{
    QString id;
    QString code;
    QString name;
    int gpusPerNode = 8;
    int memoryGib = 0;
    qint64 price = 0;      // market price per GPU-hour, KRW
    bool existing = false; // already in the profile: reused, not written
};

struct FleetPool
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString kind;     // PoolKind key
    int type = -1;    // index into Fleet::types
    QList<int> nodes; // indexes into Fleet::nodes, in rack order
};

struct FleetNode
{
    QString id;
    QString hostname;
    QString serial;
    QString state = QStringLiteral("free"); // free, maintenance or failed when planned
    QString stateReason;
    int type = 0;
    int pool = 0;
    int cluster = 0;
    int rack = 0;
    int rackUnit = 1;
    qint64 busyUntil = 0; // end of its last allocation

    bool usable() const { return state == QLatin1String("free"); }
};

// The layout rows above the nodes, as they are written.
struct FleetRow
{
    QString table; // providers, sites, clusters, rack_rows or racks
    QString id;
    QStringList columns;
    QVariantList values;
};

// The generated fleet, kept in memory so grants can pick nodes before the nodes are written.
struct Fleet
{
    QList<FleetType> types;
    QList<FleetPool> pools;
    QList<FleetNode> nodes;
    QList<FleetRow> layout; // in dependency order
    int racks = 0;
    int clusters = 0;

    int typeIndex(const QString &code) const;
    int poolIndex(const QString &code) const;
    // Nodes of the pool that are usable and free from `start` on.
    int available(int pool, qint64 start) const;
    // Takes `count` nodes free from `start`, in one run within a cluster when there is one, and
    // books them until `end`. Empty when the pool has too few.
    QList<int> reserve(int pool, int count, qint64 start, qint64 end);
};

enum class FleetPlan
{
    Demo,
    Scale
};

class FleetGenerator final
{
public:
    // Plans the fleet (types, providers, sites, racks, pools, nodes) in memory.
    static Fleet plan(const Context &ctx, FleetPlan plan);
    // Writes the planned fleet and one row per GPU. Nodes booked until after ctx.stamp are
    // written as allocated.
    static bool write(Context &ctx, const Fleet &fleet);
};

} // namespace gpudesk::gen
