// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeRepository.h"

#include "AuditLog.h"
#include "FleetRepository.h"
#include "AuditedRecord.h"
#include "SqlExec.h"
#include "Store.h"
#include "rules/InventoryValidation.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NodeRepository)
};

AuditedRecord::Columns nodeColumns(const NodeDraft &d)
{
    return {{u"rack_id"_s, d.rackId},
            {u"hostname"_s, d.hostname.trimmed()},
            {u"rack_unit"_s, d.rackUnit},
            {u"height_units"_s, d.heightUnits},
            {u"accelerator_type_id"_s, d.typeId},
            {u"accelerator_count"_s, d.accelerators},
            {u"pool_id"_s, sql::nullable(d.poolId)},
            {u"serial"_s, sql::text(d.serial.trimmed())}};
}

// The node's GPUs become exactly `uuids`, by index. A UUID is the GPU's identity: when it was on
// another (retired) node or removed earlier, that row moves here rather than a second one appear.
bool writeGpus(QSqlDatabase &db, const QString &nodeId, const QStringList &uuids,
               const QString &user, qint64 now, QString *error)
{
    QSqlQuery q(db);
    QSet<QString> keep;
    for (int i = 0; i < uuids.size(); ++i) {
        const QString uuid = uuids[i];
        keep.insert(uuid.toUpper());
        if (!sql::exec(q, u"SELECT id, node_id, gpu_index, deleted FROM node_gpus WHERE upper(uuid) = ?"_s,
                       {uuid.toUpper()}, error))
            return false;
        if (q.next()) {
            const QString id = q.value(0).toString();
            if (q.value(1).toString() == nodeId && q.value(2).toInt() == i && q.value(3).toInt() == 0)
                continue;
            if (!sql::exec(q,
                           u"UPDATE node_gpus SET node_id = ?, gpu_index = ?, deleted = 0, "
                           "updated_at = ?, updated_by = ? WHERE id = ?"_s,
                           {nodeId, i, now, user, id}, error))
                return false;
        } else if (!sql::exec(q,
                              u"INSERT INTO node_gpus (id, updated_at, updated_by, node_id, "
                              "gpu_index, uuid) VALUES (?, ?, ?, ?, ?, ?)"_s,
                              {Store::newId(), now, user, nodeId, i, uuid}, error)) {
            return false;
        }
    }
    if (!sql::exec(q, u"SELECT id, upper(uuid) FROM node_gpus WHERE node_id = ? AND deleted = 0"_s,
                   {nodeId}, error))
        return false;
    QStringList drop;
    while (q.next()) {
        if (!keep.contains(q.value(1).toString()))
            drop << q.value(0).toString();
    }
    for (const QString &id : std::as_const(drop)) {
        if (!sql::exec(q,
                       u"UPDATE node_gpus SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                       {now, user, id}, error))
            return false;
    }
    return true;
}

QStringList currentUuids(const QSqlDatabase &db, const QString &nodeId)
{
    QStringList out;
    QSqlQuery q(db);
    if (sql::exec(q,
                  u"SELECT uuid FROM node_gpus WHERE node_id = ? AND deleted = 0 ORDER BY gpu_index"_s,
                  {nodeId}, nullptr)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QList<int> indexesOf(const FleetSnapshot &fleet, const QStringList &ids)
{
    QList<int> out;
    for (const QString &id : ids)
        out << fleet.nodeById.value(id, -1);
    return out;
}

} // namespace

QSqlDatabase NodeRepository::db() const
{
    return m_worker.isValid() ? m_worker : m_store.db();
}

bool NodeRepository::write(const std::function<bool(QSqlDatabase &, QSet<QString> &, QString *)> &fn,
                           QString *error)
{
    return m_store.writeOn(m_worker, fn, error);
}

bool NodeRepository::loadBoth(FleetSnapshot *fleet, FleetBookings *bookings, QString *error) const
{
    const FleetRepository repo(db());
    return repo.loadFleet(fleet, error) && (!bookings || repo.loadBookings(*fleet, bookings, error));
}

std::optional<NodeDraft> NodeRepository::node(const QString &id) const
{
    QSqlQuery q(db());
    if (!sql::exec(q,
                   u"SELECT rack_id, hostname, rack_unit, height_units, accelerator_type_id, "
                   "accelerator_count, coalesce(pool_id, ''), serial FROM nodes "
                   "WHERE id = ? AND deleted = 0"_s,
                   {id}, nullptr) ||
        !q.next())
        return std::nullopt;
    NodeDraft d;
    d.id = id;
    d.rackId = q.value(0).toString();
    d.hostname = q.value(1).toString();
    d.rackUnit = q.value(2).toInt();
    d.heightUnits = q.value(3).toInt();
    d.typeId = q.value(4).toString();
    d.accelerators = q.value(5).toInt();
    d.poolId = q.value(6).toString();
    d.serial = q.value(7).toString();
    d.gpuUuids = currentUuids(db(), id);
    return d;
}

NodeContext NodeRepository::context() const
{
    NodeContext ctx;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT lower(hostname) FROM nodes WHERE deleted <> 0"_s)) {
        while (q.next())
            ctx.retiredHostnames.insert(q.value(0).toString());
    }
    if (q.exec(u"SELECT upper(g.uuid), g.node_id FROM node_gpus g JOIN nodes n ON n.id = g.node_id "
               "WHERE g.deleted = 0 AND n.deleted = 0"_s)) {
        while (q.next())
            ctx.gpuOwner.insert(q.value(0).toString(), q.value(1).toString());
    }
    return ctx;
}

std::optional<QString> NodeRepository::saveNode(const NodeDraft &d, QString *error,
                                                 ValidationIssues *issues)
{
    FleetSnapshot fleet;
    if (!loadBoth(&fleet, nullptr, error))
        return std::nullopt;
    const ValidationIssues found = validateNode(d, fleet, context());
    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        if (error)
            *error = issueMessages(found).join(u' ');
        return std::nullopt;
    }
    const bool insert = d.id.isEmpty();
    const QString id = insert ? Store::newId() : d.id;
    const bool ok = write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const QString user = m_store.currentUserId();
            const QStringList before = insert ? QStringList() : currentUuids(db, id);
            QJsonObject extra;
            if (before != d.gpuUuids)
                extra.insert(u"gpu_uuids"_s,
                             QJsonArray{QJsonArray::fromStringList(before),
                                        QJsonArray::fromStringList(d.gpuUuids)});
            if (!AuditedRecord::save(db, u"nodes"_s, u"node"_s, id, insert, nodeColumns(d), user,
                                       extra, err) ||
                !writeGpus(db, id, d.gpuUuids, user, Store::nowMs(), err)) {
                *err = Text::tr("The node could not be saved: %1").arg(*err);
                return false;
            }
            changed << u"nodes"_s << u"node_gpus"_s << u"audit_log"_s;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return id;
}

bool NodeRepository::addNodes(const QList<NodeDraft> &nodes, const QString &source, QString *error,
                              const Progress &progress)
{
    FleetSnapshot fleet;
    if (!loadBoth(&fleet, nullptr, error))
        return false;
    const QList<ValidationIssues> issues = validateNodeBatch(nodes, fleet, context());
    for (int i = 0; i < issues.size(); ++i) {
        if (!issues[i].isEmpty()) {
            if (error)
                *error = Text::tr("Nothing was added: node %1 (%2): %3")
                             .arg(i + 1)
                             .arg(nodes[i].hostname, issueMessages(issues[i]).join(u' '));
            return false;
        }
    }
    return write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const QString user = m_store.currentUserId();
            const qint64 now = Store::nowMs();
            for (int i = 0; i < nodes.size(); ++i) {
                const NodeDraft &d = nodes[i];
                if (progress && !progress(i, int(nodes.size()))) {
                    *err = Text::tr("Cancelled: nothing was added.");
                    return false;
                }
                const QString id = Store::newId();
                if (!AuditedRecord::save(db, u"nodes"_s, u"node"_s, id, true, nodeColumns(d), user,
                                           {{u"source"_s, source}}, err) ||
                    !writeGpus(db, id, d.gpuUuids, user, now, err)) {
                    *err = Text::tr("Nothing was added: %1 could not be written: %2")
                               .arg(d.hostname, *err);
                    return false;
                }
            }
            changed << u"nodes"_s << u"node_gpus"_s << u"audit_log"_s;
            return true;
        },
        error);
}

QStringList NodeRepository::perNode(const QStringList &nodeIds, const NodeCheck &check) const
{
    FleetSnapshot fleet;
    FleetBookings bookings;
    QString error;
    if (!loadBoth(&fleet, &bookings, &error))
        return {error};
    QStringList out;
    for (int n : indexesOf(fleet, nodeIds))
        out << check(fleet, bookings, n);
    return out;
}

QStringList NodeRepository::outOfServiceEffects(const QStringList &nodeIds) const
{
    return perNode(nodeIds, [](const FleetSnapshot &fleet, const FleetBookings &bookings, int n) {
        return gpudesk::outOfServiceEffects(fleet, bookings, n, Store::nowMs());
    });
}

bool NodeRepository::setState(const QStringList &nodeIds, NodeState state, const QString &reason,
                              QString *error)
{
    const bool needsReason = state == NodeState::Maintenance || state == NodeState::Failed ||
                             state == NodeState::Reserved;
    if (state == NodeState::Allocated) {
        if (error)
            *error = Text::tr("Nodes become allocated on the rack map, not here.");
        return false;
    }
    if (needsReason && reason.trimmed().isEmpty()) {
        if (error)
            *error = Text::tr("Say why the nodes go out of service; operators and officers read it.");
        return false;
    }
    const QStringList effects = outOfServiceEffects(nodeIds);
    return write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            const QString user = m_store.currentUserId();
            for (const QString &id : nodeIds) {
                if (!sql::exec(q, u"SELECT state, state_reason FROM nodes WHERE id = ? AND deleted = 0"_s,
                               {id}, err) ||
                    !q.next()) {
                    *err = Text::tr("A node was retired meanwhile; reload and try again.");
                    return false;
                }
                const QString from = q.value(0).toString();
                const QString fromReason = q.value(1).toString();
                const QString stored = needsReason ? reason.trimmed() : u""_s;
                if (from == nodeStateKey(state) && fromReason == stored)
                    continue;
                if (!sql::exec(q,
                               u"UPDATE nodes SET state = ?, state_reason = ?, updated_at = ?, "
                               "updated_by = ? WHERE id = ?"_s,
                               {nodeStateKey(state), stored, Store::nowMs(), user, id}, err))
                    return false;
                QJsonObject details{{u"from"_s, from},
                                    {u"to"_s, nodeStateKey(state)},
                                    {u"reason"_s, reason.trimmed()}};
                if (!fromReason.isEmpty())
                    details.insert(u"previous_reason"_s, fromReason);
                if (needsReason && !effects.isEmpty())
                    details.insert(u"affected"_s, QJsonArray::fromStringList(effects));
                if (!AuditLog::append(db, user, u"node_state"_s, u"node"_s, id, details, err))
                    return false;
            }
            changed << u"nodes"_s << u"audit_log"_s;
            return true;
        },
        error);
}

AllocationCheck NodeRepository::checkMove(const QStringList &nodeIds, const QString &poolId) const
{
    FleetSnapshot fleet;
    FleetBookings bookings;
    QString error;
    if (!loadBoth(&fleet, &bookings, &error))
        return {false, {error}};
    const int target = poolId.isEmpty() ? -1 : fleet.poolById.value(poolId, -2);
    if (target == -2)
        return {false, {Text::tr("The pool no longer exists; reload and choose another.")}};
    return checkPoolMove(fleet, bookings, indexesOf(fleet, nodeIds), target, Store::nowMs());
}

bool NodeRepository::moveToPool(const QStringList &nodeIds, const QString &poolId, QString *error)
{
    const AllocationCheck check = checkMove(nodeIds, poolId);
    if (!check.ok) {
        if (error)
            *error = check.refusals.join(u' ');
        return false;
    }
    return write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            const QString user = m_store.currentUserId();
            for (const QString &id : nodeIds) {
                if (!sql::exec(q, u"SELECT coalesce(pool_id, '') FROM nodes WHERE id = ? AND deleted = 0"_s,
                               {id}, err) ||
                    !q.next()) {
                    *err = Text::tr("A node was retired meanwhile; reload and try again.");
                    return false;
                }
                const QString from = q.value(0).toString();
                if (from == poolId)
                    continue;
                if (!sql::exec(q,
                               u"UPDATE nodes SET pool_id = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                               {sql::nullable(poolId), Store::nowMs(), user, id}, err) ||
                    !AuditLog::append(db, user, u"pool_move"_s, u"node"_s, id,
                                      {{u"from"_s, from}, {u"to"_s, poolId}}, err))
                    return false;
            }
            changed << u"nodes"_s << u"audit_log"_s;
            return true;
        },
        error);
}

QStringList NodeRepository::retireProblems(const QStringList &nodeIds) const
{
    return perNode(nodeIds, [](const FleetSnapshot &fleet, const FleetBookings &bookings, int n) {
        if (n < 0)
            return QStringList{Text::tr("A node was retired meanwhile; reload and try again.")};
        return retireNodeProblems(fleet, bookings, n, Store::nowMs());
    });
}

bool NodeRepository::retire(const QStringList &nodeIds, const QString &reason, QString *error)
{
    const QStringList problems = retireProblems(nodeIds);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return false;
    }
    return write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            const QString user = m_store.currentUserId();
            const qint64 now = Store::nowMs();
            for (const QString &id : nodeIds) {
                if (!sql::exec(q,
                               u"UPDATE node_gpus SET deleted = 1, updated_at = ?, updated_by = ? "
                               "WHERE node_id = ? AND deleted = 0"_s,
                               {now, user, id}, err) ||
                    !AuditedRecord::retire(db, u"nodes"_s, u"node"_s, id, user,
                                             {{u"reason"_s, reason.trimmed()}}, err))
                    return false;
            }
            changed << u"nodes"_s << u"node_gpus"_s << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
