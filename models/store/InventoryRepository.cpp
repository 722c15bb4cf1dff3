// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryRepository.h"

#include "FleetRepository.h"
#include "AuditedRecord.h"
#include "SqlExec.h"
#include "Store.h"
#include "rules/InventoryValidation.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InventoryRepository)
};

struct KindInfo
{
    QString table;
    QString entity;
};

KindInfo infoOf(InventoryKind k)
{
    switch (k) {
    case InventoryKind::Provider:
        return {u"providers"_s, u"provider"_s};
    case InventoryKind::Site:
        return {u"sites"_s, u"site"_s};
    case InventoryKind::Cluster:
        return {u"clusters"_s, u"cluster"_s};
    case InventoryKind::Row:
        return {u"rack_rows"_s, u"rack_row"_s};
    case InventoryKind::Rack:
        return {u"racks"_s, u"rack"_s};
    case InventoryKind::Node:
        return {u"nodes"_s, u"node"_s};
    case InventoryKind::Pool:
        return {u"pools"_s, u"pool"_s};
    }
    return {};
}

// The one record `sql` finds by its id (its one parameter), each column as text; empty when there
// is no such record (or it is retired).
QStringList fetchOne(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::exec(q, sql, {id}, nullptr) || !q.next())
        return {};
    QStringList values;
    for (int c = 0; c < q.record().count(); ++c)
        values << q.value(c).toString();
    return values;
}

template <typename T>
int indexOf(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

bool InventoryRepository::loadFleet(FleetSnapshot *fleet, QString *error) const
{
    return FleetRepository(m_store).loadFleet(fleet, error);
}

std::optional<ProviderDraft> InventoryRepository::provider(const QString &id) const
{
    const QStringList v = fetchOne(
        m_store.db(),
        u"SELECT code, name, name_en, contact FROM providers WHERE id = ? AND deleted = 0"_s, id);
    if (v.isEmpty())
        return std::nullopt;
    return ProviderDraft{id, v[0], v[1], v[2], v[3]};
}

std::optional<SiteDraft> InventoryRepository::site(const QString &id) const
{
    const QStringList v = fetchOne(
        m_store.db(),
        u"SELECT provider_id, name, time_zone, address FROM sites WHERE id = ? AND deleted = 0"_s,
        id);
    if (v.isEmpty())
        return std::nullopt;
    return SiteDraft{id, v[0], v[1], v[2], v[3]};
}

std::optional<ClusterDraft> InventoryRepository::cluster(const QString &id) const
{
    const QStringList v = fetchOne(
        m_store.db(),
        u"SELECT site_id, name, accelerator_type_id FROM clusters WHERE id = ? AND deleted = 0"_s,
        id);
    if (v.isEmpty())
        return std::nullopt;
    return ClusterDraft{id, v[0], v[1], v[2]};
}

std::optional<RowDraft> InventoryRepository::row(const QString &id) const
{
    const QStringList v = fetchOne(
        m_store.db(),
        u"SELECT site_id, name, ordinal FROM rack_rows WHERE id = ? AND deleted = 0"_s, id);
    if (v.isEmpty())
        return std::nullopt;
    return RowDraft{id, v[0], v[1], v[2].toInt()};
}

std::optional<RackDraft> InventoryRepository::rack(const QString &id) const
{
    const QStringList v = fetchOne(
        m_store.db(),
        u"SELECT cluster_id, row_id, name, ordinal, units FROM racks WHERE id = ? AND deleted = 0"_s,
        id);
    if (v.isEmpty())
        return std::nullopt;
    return RackDraft{id, v[0], v[1], v[2], v[3].toInt(), v[4].toInt()};
}

std::optional<PoolDraft> InventoryRepository::pool(const QString &id) const
{
    const QStringList v =
        fetchOne(m_store.db(),
                 u"SELECT code, name, name_en, kind, coalesce(accelerator_type_id, ''), "
                 "capacity_nodes FROM pools WHERE id = ? AND deleted = 0"_s,
                 id);
    if (v.isEmpty())
        return std::nullopt;
    return PoolDraft{id,   v[0], v[1], v[2], poolKindFromKey(v[3]).value_or(PoolKind::OpenCall),
                     v[4], v[5].toInt()};
}

std::optional<QString> InventoryRepository::saveRecord(const QString &table, const QString &entity,
                                                       const QString &id,
                                                       const QList<QPair<QString, QVariant>> &cols,
                                                       const ValidationIssues &found,
                                                       QString *error, ValidationIssues *issues)
{
    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        if (error)
            *error = issueMessages(found).join(u' ');
        return std::nullopt;
    }
    const QString rowId = id.isEmpty() ? Store::newId() : id;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!AuditedRecord::save(db, table, entity, rowId, id.isEmpty(), cols,
                                       m_store.currentUserId(), {}, err)) {
                *err = Text::tr("The change could not be saved: %1").arg(*err);
                return false;
            }
            changed << table << u"audit_log"_s;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return rowId;
}

std::optional<QString> InventoryRepository::saveProvider(const ProviderDraft &d, QString *error,
                                                         ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadFleet(&fleet, error))
        return std::nullopt;
    return saveRecord(u"providers"_s, u"provider"_s, d.id,
                      {{u"code"_s, d.code.trimmed()},
                       {u"name"_s, d.name.trimmed()},
                       {u"name_en"_s, sql::text(d.nameEn.trimmed())},
                       {u"contact"_s, sql::text(d.contact.trimmed())}},
                      validateProvider(d, fleet), error, issues);
}

std::optional<QString> InventoryRepository::saveSite(const SiteDraft &d, QString *error,
                                                     ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadFleet(&fleet, error))
        return std::nullopt;
    return saveRecord(u"sites"_s, u"site"_s, d.id,
                      {{u"provider_id"_s, d.providerId},
                       {u"name"_s, d.name.trimmed()},
                       {u"time_zone"_s, d.timeZone},
                       {u"address"_s, sql::text(d.address.trimmed())}},
                      validateSite(d, fleet), error, issues);
}

std::optional<QString> InventoryRepository::saveCluster(const ClusterDraft &d, QString *error,
                                                        ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadFleet(&fleet, error))
        return std::nullopt;
    return saveRecord(u"clusters"_s, u"cluster"_s, d.id,
                      {{u"site_id"_s, d.siteId},
                       {u"name"_s, d.name.trimmed()},
                       {u"accelerator_type_id"_s, d.typeId}},
                      validateCluster(d, fleet), error, issues);
}

std::optional<QString> InventoryRepository::saveRow(const RowDraft &d, QString *error,
                                                    ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadFleet(&fleet, error))
        return std::nullopt;
    return saveRecord(u"rack_rows"_s, u"rack_row"_s, d.id,
                      {{u"site_id"_s, d.siteId}, {u"name"_s, d.name.trimmed()}, {u"ordinal"_s, d.ordinal}},
                      validateRow(d, fleet), error, issues);
}

std::optional<QString> InventoryRepository::saveRack(const RackDraft &d, QString *error,
                                                     ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadFleet(&fleet, error))
        return std::nullopt;
    return saveRecord(u"racks"_s, u"rack"_s, d.id,
                      {{u"cluster_id"_s, d.clusterId},
                       {u"row_id"_s, d.rowId},
                       {u"name"_s, d.name.trimmed()},
                       {u"ordinal"_s, d.ordinal},
                       {u"units"_s, d.units}},
                      validateRack(d, fleet), error, issues);
}

std::optional<QString> InventoryRepository::savePool(const PoolDraft &d, QString *error,
                                                     ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadFleet(&fleet, error))
        return std::nullopt;
    return saveRecord(u"pools"_s, u"pool"_s, d.id,
                      {{u"code"_s, d.code.trimmed()},
                       {u"name"_s, d.name.trimmed()},
                       {u"name_en"_s, sql::text(d.nameEn.trimmed())},
                       {u"kind"_s, poolKindKey(d.kind)},
                       {u"accelerator_type_id"_s, sql::nullable(d.typeId)},
                       {u"capacity_nodes"_s, d.capacityNodes}},
                      validatePool(d, fleet, callsUsingPool(d.id)), error, issues);
}

int InventoryRepository::callsUsingPool(const QString &poolId) const
{
    if (poolId.isEmpty())
        return 0;
    return sql::scalar(m_store.db(),
                       u"SELECT count(DISTINCT ca.call_id) FROM call_accelerators ca JOIN calls c "
                       "ON c.id = ca.call_id WHERE ca.pool_id = ? AND ca.deleted = 0 AND c.deleted = 0"_s,
                       {poolId})
        .toInt();
}

QHash<QString, int> InventoryRepository::callsPerPool() const
{
    QHash<QString, int> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT ca.pool_id, count(DISTINCT ca.call_id) FROM call_accelerators ca JOIN "
               "calls c ON c.id = ca.call_id WHERE ca.pool_id IS NOT NULL AND ca.deleted = 0 AND "
               "c.deleted = 0 GROUP BY ca.pool_id"_s)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

QStringList InventoryRepository::retireProblems(InventoryKind kind, const QString &id) const
{
    FleetSnapshot fleet;
    QString error;
    if (!loadFleet(&fleet, &error))
        return {error};
    switch (kind) {
    case InventoryKind::Provider:
        return retireProviderProblems(fleet, indexOf(fleet.providers, id));
    case InventoryKind::Site:
        return retireSiteProblems(fleet, indexOf(fleet.sites, id));
    case InventoryKind::Cluster:
        return retireClusterProblems(fleet, indexOf(fleet.clusters, id));
    case InventoryKind::Row:
        return retireRowProblems(fleet, indexOf(fleet.rows, id));
    case InventoryKind::Rack:
        return retireRackProblems(fleet, fleet.rackById.value(id, -1));
    case InventoryKind::Pool:
        return retirePoolProblems(fleet, fleet.poolById.value(id, -1), callsUsingPool(id));
    case InventoryKind::Node:
        break;
    }
    return {Text::tr("Nodes are retired from the node list.")};
}

bool InventoryRepository::retire(InventoryKind kind, const QString &id, QString *error)
{
    const QStringList problems = retireProblems(kind, id);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return false;
    }
    const KindInfo info = infoOf(kind);
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!AuditedRecord::retire(db, info.table, info.entity, id, m_store.currentUserId(),
                                         {}, err))
                return false;
            changed << info.table << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
