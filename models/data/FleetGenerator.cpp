// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetGenerator.h"

#include "DemoNames.h"

#include <QCryptographicHash>
#include <QDate>
#include <QSqlError>
#include <QUuid>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace gpudesk::gen {

// ---- primitives -------------------------------------------------------------------------------

Rng::Rng(quint64 seed, const char *stream) : m_state(seed)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a
    for (const char *p = stream; *p; ++p) {
        h ^= static_cast<unsigned char>(*p);
        h *= 1099511628211ULL;
    }
    m_state = seed * 0x9E3779B97F4A7C15ULL ^ h;
    next();
}

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Rng::below(int n)
{
    return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n));
}

int Rng::between(int lo, int hi)
{
    return hi <= lo ? lo : lo + below(hi - lo + 1);
}

double Rng::uniform()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

int Rng::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = below(total);
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return 0;
}

QString Rng::hex(int digits)
{
    static const char16_t kDigits[] = u"0123456789abcdef";
    QString out(digits, Qt::Uninitialized);
    quint64 bits = next();
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 15)
            bits = next();
        out[i] = QChar(kDigits[bits & 15]);
        bits >>= 4;
    }
    return out;
}

QString IdMaker::operator()(const QString &table, int index) const
{
    // A fixed namespace of ours: changing it would change every generated id.
    static const QUuid ns(u"6f1c2a7e-3b5d-4c1e-9a8f-2d4b6e8a0c13"_s);
    return QUuid::createUuidV5(ns, u"%1:%2:%3"_s.arg(m_kind, table).arg(index))
        .toString(QUuid::WithoutBraces);
}

RowInserter::RowInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                         qint64 stamp)
    : m_query(db), m_table(table), m_stamp(stamp), m_columns(int(columns.size()))
{
    // Table and column names are constants of this file; every value is bound.
    QString marks = u"?, ?, ?, ?, ?"_s;
    for (int i = 0; i < m_columns; ++i)
        marks += u", ?"_s;
    const QString sql = u"INSERT INTO %1 (id, version, updated_at, updated_by, deleted, %2) "
                        "VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks);
    if (!m_query.prepare(sql))
        m_error = u"%1: %2"_s.arg(table, m_query.lastError().text());
}

bool RowInserter::insert(const QString &id, std::initializer_list<QVariant> values)
{
    return bindAndExec(id, values);
}

bool RowInserter::insert(const QString &id, const QVariantList &values)
{
    return bindAndExec(id, values);
}

template <typename Values> bool RowInserter::bindAndExec(const QString &id, const Values &values)
{
    if (!m_error.isEmpty())
        return false;
    Q_ASSERT(int(values.size()) == m_columns);
    m_query.bindValue(0, id);
    m_query.bindValue(1, 0);
    m_query.bindValue(2, m_stamp);
    m_query.bindValue(3, u"generator"_s);
    m_query.bindValue(4, 0);
    static const QString empty = u""_s; // not null: a null QString is bound as NULL
    int i = 5;
    for (const QVariant &v : values) {
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        m_query.bindValue(i++, nullText ? QVariant(empty) : v);
    }
    if (!m_query.exec()) {
        m_error = u"%1: %2"_s.arg(m_table, m_query.lastError().text());
        return false;
    }
    ++m_count;
    return true;
}

QString existingId(const QSqlDatabase &db, const QString &table, const QString &column,
                   const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, column)); // names are ours
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 seoulMidnightMs(int year, int month, int day)
{
    return QDate(1970, 1, 1).daysTo(QDate(year, month, day)) * kDayMs - 9 * kHourMs;
}

QString isoDay(int year, int month, int day)
{
    return QDate(year, month, day).toString(Qt::ISODate);
}

// ---- fleet --------------------------------------------------------------------------------------

int Fleet::typeIndex(const QString &code) const
{
    for (int i = 0; i < types.size(); ++i) {
        if (types[i].code == code)
            return i;
    }
    return -1;
}

int Fleet::poolIndex(const QString &code) const
{
    for (int i = 0; i < pools.size(); ++i) {
        if (pools[i].code == code)
            return i;
    }
    return -1;
}

int Fleet::available(int pool, qint64 start) const
{
    int n = 0;
    for (int i : pools[pool].nodes)
        n += nodes[i].usable() && nodes[i].busyUntil <= start ? 1 : 0;
    return n;
}

QList<int> Fleet::reserve(int pool, int count, qint64 start, qint64 end)
{
    const QList<int> &order = pools[pool].nodes;
    auto isFree = [&](int i) { return nodes[i].usable() && nodes[i].busyUntil <= start; };
    QList<int> picked;
    int runStart = -1;
    for (int k = 0; k < order.size() && picked.isEmpty(); ++k) {
        const int i = order[k];
        if (!isFree(i) || (runStart >= 0 && nodes[order[runStart]].cluster != nodes[i].cluster))
            runStart = isFree(i) ? k : -1;
        else if (runStart < 0)
            runStart = k;
        if (runStart >= 0 && k - runStart + 1 == count)
            picked = order.mid(runStart, count);
    }
    if (picked.isEmpty()) { // fragmented: the first free nodes in rack order
        for (int i : order) {
            if (isFree(i))
                picked.append(i);
            if (picked.size() == count)
                break;
        }
    }
    if (picked.size() < count)
        return {};
    for (int i : std::as_const(picked))
        nodes[i].busyUntil = end;
    return picked;
}

namespace {

struct TypeSpec
{
    const char16_t *code;
    const char16_t *name;
    int memoryGib;
    int price;
    bool demo;
};
const TypeSpec kTypes[] = {
    {u"B200", u"NVIDIA B200", 180, 9000, true},
    {u"H200", u"NVIDIA H200", 141, 6000, true},
    {u"H100", u"NVIDIA H100", 80, 4000, false},
};

struct ProviderSpec
{
    const char16_t *code, *name, *nameEn, *contact;
    bool demo;
};
const ProviderSpec kProviders[] = {
    {u"ncloud", u"네이버클라우드", u"Naver Cloud", u"GPU 인프라 운영센터 gpu-ops@ncloud.example",
     true},
    {u"kakao", u"카카오", u"Kakao", u"AI 인프라 지원팀 gpu-support@kakao.example", true},
    {u"nhn", u"NHN Cloud", u"NHN Cloud", u"국가AI데이터센터 운영팀 ai-dc@nhncloud.example", true},
    {u"naicc", u"국가AI컴퓨팅센터", u"National AI Computing Center",
     u"운영기획팀 ops@naicc.example", false},
    {u"nsc", u"국가슈퍼컴퓨팅센터", u"National Supercomputing Center",
     u"사용자지원실 support@nsc.example", false},
};

struct SiteSpec
{
    int provider;
    const char16_t *name, *address, *host;
};
const SiteSpec kSites[] = {
    {0, u"춘천 데이터센터", u"강원특별자치도 춘천시", u"nc"},
    {1, u"안산 데이터센터", u"경기도 안산시 상록구", u"kk"},
    {2, u"광주 국가AI데이터센터", u"광주광역시 북구", u"nh"},
    {0, u"세종 데이터센터", u"세종특별자치시", u"ns"},
    {1, u"용인 데이터센터", u"경기도 용인시 기흥구", u"ky"},
    {3, u"해남 솔라시도 캠퍼스", u"전라남도 해남군", u"ai"},
    {4, u"대전 본원", u"대전광역시 유성구", u"sc"},
};

struct ClusterSpec
{
    int site;
    const char16_t *name, *type;
    int nodes;
    const char16_t *pool;
    bool demo;
};
// The demo is the fleet of the 2025 budget (DOMAIN.md); the scale plan adds the 2028 build-out.
const ClusterSpec kClusters[] = {
    {0, u"B200 국가 클러스터 1", u"B200", 510, u"national-b200", true},
    {0, u"B200 자체 클러스터", u"B200", 120, u"provider-b200", true},
    {1, u"B200 공모 클러스터 1", u"B200", 255, u"open-b200", true},
    {1, u"B200 자체 클러스터", u"B200", 120, u"provider-b200", true},
    {2, u"B200 국가 클러스터 2", u"B200", 255, u"national-b200", true},
    {2, u"H200 공모 클러스터 1", u"H200", 287, u"open-h200", true},
    {2, u"H200 자체 클러스터", u"H200", 95, u"provider-h200", true},
    {3, u"B200 국가 클러스터 3", u"B200", 1020, u"national-b200", false},
    {4, u"B200 공모 클러스터 2", u"B200", 510, u"open-b200", false},
    {5, u"B200 공모 클러스터 3", u"B200", 1020, u"open-b200", false},
    {5, u"B200 국가 클러스터 4", u"B200", 1020, u"national-b200", false},
    {6, u"H200 공모 클러스터 2", u"H200", 728, u"open-h200", false},
    {6, u"H100 공모 클러스터", u"H100", 560, u"open-h100", false},
};

struct PoolSpec
{
    const char16_t *code, *name, *nameEn, *kind, *type;
};
const PoolSpec kPools[] = {
    {u"open-h200", u"산학연 공모 H200", u"Open call H200", u"open_call", u"H200"},
    {u"open-b200", u"산학연 공모 B200", u"Open call B200", u"open_call", u"B200"},
    {u"open-h100", u"산학연 공모 H100", u"Open call H100", u"open_call", u"H100"},
    {u"national-b200", u"국가 프로젝트·단기 과제 B200",
     u"National projects and short-term tasks B200", u"national", u"B200"},
    {u"provider-b200", u"운영사 자체 B200", u"Provider own share B200", u"provider_own", u"B200"},
    {u"provider-h200", u"운영사 자체 H200", u"Provider own share H200", u"provider_own", u"H200"},
};

constexpr int kNodesPerRack = 4;
constexpr int kRacksPerRow = 10;
constexpr int kServerUnits = 10;

QString rowName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

void addLayout(Fleet &f, const QString &table, const QString &id, const QStringList &columns,
               const QVariantList &values)
{
    f.layout.append({table, id, columns, values});
}

} // namespace

Fleet FleetGenerator::plan(const Context &ctx, FleetPlan plan)
{
    const bool demo = plan == FleetPlan::Demo;
    Rng rng(ctx.seed, "fleet");
    Fleet f;
    for (const TypeSpec &t : kTypes) {
        if (demo && !t.demo)
            continue;
        FleetType type;
        type.id = ctx.ids(u"accelerator_types"_s, int(f.types.size()));
        type.code = str(t.code);
        type.name = str(t.name);
        type.memoryGib = t.memoryGib;
        type.price = t.price;
        const QString found = existingId(ctx.db, u"accelerator_types"_s, u"code"_s, type.code);
        if (!found.isEmpty()) { // the profile has the type already: its rows point at it
            type.id = found;
            type.existing = true;
        }
        f.types.append(type);
    }
    for (const PoolSpec &p : kPools) {
        const int type = f.typeIndex(str(p.type));
        if (type >= 0) {
            FleetPool pool;
            pool.id = ctx.ids(u"pools"_s, int(f.pools.size()));
            pool.code = str(p.code);
            pool.name = str(p.name);
            pool.nameEn = str(p.nameEn);
            pool.kind = str(p.kind);
            pool.type = type;
            f.pools.append(pool);
        }
    }

    const QStringList providerCols = {u"code"_s, u"name"_s, u"name_en"_s, u"contact"_s};
    const QStringList siteCols = {u"provider_id"_s, u"name"_s, u"time_zone"_s, u"address"_s};
    const QStringList clusterCols = {u"site_id"_s, u"name"_s, u"accelerator_type_id"_s};
    const QStringList rowCols = {u"site_id"_s, u"name"_s, u"ordinal"_s};
    const QStringList rackCols = {u"cluster_id"_s, u"row_id"_s, u"name"_s, u"ordinal"_s,
                                  u"units"_s};
    QStringList providerIds;
    int rowCount = 0;
    for (int p = 0; p < int(std::size(kProviders)); ++p) {
        const ProviderSpec &ps = kProviders[p];
        providerIds.append(ctx.ids(u"providers"_s, p));
        if (!demo || ps.demo) {
            addLayout(f, u"providers"_s, providerIds.last(), providerCols,
                      {str(ps.code), str(ps.name), str(ps.nameEn), str(ps.contact)});
        }
    }
    for (int s = 0; s < int(std::size(kSites)); ++s) {
        const SiteSpec &ss = kSites[s];
        if (demo && !kProviders[ss.provider].demo)
            continue;
        bool any = false;
        for (const ClusterSpec &c : kClusters)
            any = any || (c.site == s && (c.demo || !demo));
        if (!any)
            continue;
        const QString siteId = ctx.ids(u"sites"_s, s);
        addLayout(f, u"sites"_s, siteId, siteCols,
                  {providerIds[ss.provider], str(ss.name), u"Asia/Seoul"_s, str(ss.address)});
        int siteRack = 0;
        int siteRow = 0;
        for (int c = 0; c < int(std::size(kClusters)); ++c) {
            const ClusterSpec &cs = kClusters[c];
            if (cs.site != s || (demo && !cs.demo))
                continue;
            const int type = f.typeIndex(str(cs.type));
            const int pool = f.poolIndex(str(cs.pool));
            const int clusterIndex = f.clusters++;
            const QString clusterId = ctx.ids(u"clusters"_s, c);
            addLayout(f, u"clusters"_s, clusterId, clusterCols,
                      {siteId, str(cs.name), f.types[type].id});
            const QString typeTag = f.types[type].code.toLower();
            QString rowId;
            for (int n = 0; n < cs.nodes; ++n) {
                const int slot = n % kNodesPerRack;
                const int rackInCluster = n / kNodesPerRack;
                if (slot == 0) {
                    if (rackInCluster % kRacksPerRow == 0) { // each cluster starts its own row
                        rowId = ctx.ids(u"rack_rows"_s, rowCount++);
                        addLayout(f, u"rack_rows"_s, rowId, rowCols,
                                  {siteId, rowName(siteRow), siteRow + 1});
                        ++siteRow;
                    }
                    ++siteRack;
                    addLayout(f, u"racks"_s, ctx.ids(u"racks"_s, f.racks), rackCols,
                              {clusterId, rowId, u"R%1"_s.arg(siteRack, 3, 10, QLatin1Char('0')),
                               rackInCluster % kRacksPerRow + 1, 42});
                    ++f.racks;
                }
                FleetNode node;
                node.id = ctx.ids(u"nodes"_s, int(f.nodes.size()));
                node.hostname = u"%1-%2-r%3-n%4"_s.arg(str(kSites[s].host), typeTag)
                                    .arg(siteRack, 3, 10, QLatin1Char('0'))
                                    .arg(slot + 1);
                node.serial = u"KR%1%2"_s.arg(demo ? u"25"_s : u"27"_s, rng.hex(8).toUpper());
                node.type = type;
                node.pool = pool;
                node.cluster = clusterIndex;
                node.rack = f.racks - 1;
                node.rackUnit = 1 + slot * kServerUnits;
                f.pools[pool].nodes.append(int(f.nodes.size()));
                f.nodes.append(node);
            }
        }
    }

    // A handful of nodes out of service, each with the reason an operator would write.
    const int maintenance = demo ? 6 : 32;
    const int failed = demo ? 3 : 12;
    for (int k = 0; k < maintenance + failed; ++k) {
        FleetNode &n = f.nodes[rng.below(int(f.nodes.size()))];
        if (!n.usable()) {
            --k;
            continue;
        }
        const bool broken = k >= maintenance;
        n.state = broken ? u"failed"_s : u"maintenance"_s;
        n.stateReason =
            broken ? demo::failedReason(rng.next()) : demo::maintenanceReason(rng.next());
    }
    return f;
}

bool FleetGenerator::write(Context &ctx, const Fleet &f)
{
    RowInserter types(ctx.db, u"accelerator_types"_s,
                      {u"code"_s, u"name"_s, u"vendor"_s, u"gpus_per_node"_s, u"memory_gib"_s,
                       u"market_price_per_gpu_hour"_s},
                      ctx.stamp);
    for (const FleetType &t : f.types) {
        if (!t.existing &&
            !types.insert(t.id, {t.code, t.name, u"NVIDIA"_s, t.gpusPerNode, t.memoryGib, t.price}))
            return ctx.fail(types);
    }
    RowInserter pools(ctx.db, u"pools"_s,
                      {u"code"_s, u"name"_s, u"name_en"_s, u"kind"_s, u"accelerator_type_id"_s,
                       u"capacity_nodes"_s},
                      ctx.stamp);
    for (const FleetPool &p : f.pools) {
        if (!p.nodes.isEmpty() && !pools.insert(p.id, {p.code, p.name, p.nameEn, p.kind,
                                                       f.types[p.type].id, int(p.nodes.size())}))
            return ctx.fail(pools);
    }
    std::map<QString, std::unique_ptr<RowInserter>> layout; // one prepared query per table
    for (const FleetRow &row : f.layout) {
        auto &ins = layout[row.table];
        if (!ins)
            ins = std::make_unique<RowInserter>(ctx.db, row.table, row.columns, ctx.stamp);
        if (!ins->insert(row.id, row.values))
            return ctx.fail(*ins);
    }
    static const char16_t *const kPciBus[] = {u"18", u"2A", u"3A", u"5D",
                                              u"9A", u"AB", u"BA", u"DB"};
    Rng rng(ctx.seed, "gpus");
    QStringList rackIds;
    rackIds.reserve(f.racks);
    for (const FleetRow &row : f.layout) {
        if (row.table == u"racks"_s)
            rackIds.append(row.id);
    }
    RowInserter nodes(ctx.db, u"nodes"_s,
                      {u"rack_id"_s, u"hostname"_s, u"rack_unit"_s, u"height_units"_s,
                       u"accelerator_type_id"_s, u"accelerator_count"_s, u"state"_s,
                       u"state_reason"_s, u"pool_id"_s, u"serial"_s},
                      ctx.stamp);
    RowInserter gpus(ctx.db, u"node_gpus"_s,
                     {u"node_id"_s, u"gpu_index"_s, u"uuid"_s, u"pci_bus_id"_s}, ctx.stamp);
    int gpuIndex = 0;
    for (const FleetNode &n : f.nodes) {
        const FleetType &t = f.types[n.type];
        const QString state = n.usable() && n.busyUntil > ctx.stamp ? u"allocated"_s : n.state;
        if (!nodes.insert(n.id,
                          {rackIds[n.rack], n.hostname, n.rackUnit, kServerUnits, t.id,
                           t.gpusPerNode, state, n.stateReason, f.pools[n.pool].id, n.serial}))
            return ctx.fail(nodes);
        for (int g = 0; g < t.gpusPerNode; ++g) {
            const QString uuid = u"GPU-%1-%2-%3-%4-%5"_s.arg(rng.hex(8), rng.hex(4), rng.hex(4),
                                                             rng.hex(4), rng.hex(12));
            if (!gpus.insert(ctx.ids(u"node_gpus"_s, gpuIndex++),
                             {n.id, g, uuid, u"00000000:%1:00.0"_s.arg(str(kPciBus[g % 8]))}))
                return ctx.fail(gpus);
        }
    }
    return true;
}

} // namespace gpudesk::gen
