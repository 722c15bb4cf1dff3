// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncRules.h"

#include "rules/AllocationRules.h"
#include "rules/Selection.h"
#include "store/FleetRepository.h"
#include "store/SelectionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk::SyncRules {

bool poolCommitments(const QSqlDatabase &db, QHash<QString, int> *committed, QString *error)
{
    return SelectionRepository::poolCommitments(db, committed, error);
}

std::optional<SyncRefusal> checkPools(const QSqlDatabase &db, const QHash<QString, int> &before,
                                      QString *error)
{
    error->clear();
    const QList<PoolCapacity> pools = SelectionRepository::poolCapacities(db, error);
    if (!error->isEmpty())
        return std::nullopt;
    for (const PoolCapacity &p : pools) {
        // A pool already over (an administrator lowered it) may not get worse, only better.
        if (p.left() < 0 && p.committedNodes > before.value(p.poolId)) {
            return SyncRefusal{u"pool.over_capacity"_s,
                               QJsonObject{{u"pool"_s, p.poolId},
                                           {u"pool_code"_s, p.poolCode},
                                           {u"capacity"_s, p.capacityNodes},
                                           {u"committed"_s, p.committedNodes}}};
        }
    }
    return std::nullopt;
}

namespace {

// The refusal of `applicationId` (`code`) for the first of `collisions`, on node `nodeId`.
SyncRefusal doubleBooked(const QString &applicationId, const QString &code, const QString &nodeId,
                         const QList<AllocationCollision> &collisions)
{
    const AllocationCollision &c = collisions.first();
    QJsonArray all;
    for (const AllocationCollision &x : collisions)
        all.append(QJsonObject{{u"hostname"_s, x.hostname}, {u"with_code"_s, x.otherCode}});
    return SyncRefusal{u"allocation.double_booked"_s,
                       QJsonObject{{u"application"_s, applicationId},
                                   {u"code"_s, code},
                                   {u"hostname"_s, c.hostname},
                                   {u"node"_s, nodeId},
                                   {u"with_application"_s, c.otherApplicationId},
                                   {u"with_code"_s, c.otherCode},
                                   {u"from"_s, c.start},
                                   {u"to"_s, c.end},
                                   {u"collisions"_s, all}}};
}

// A node of one of `ids`' projects that another project holds in an overlapping window, as the
// rows are stored: every live grant of the project, each allocation with its own window. The
// placement check judges a project as the rules see it (one grant and its window); edits made
// apart and merged field by field can leave rows that differ from that, and what must hold is
// that no node is booked twice in the rows kept. Nodes taken out of the fleet count for nothing,
// as in the placement check.
std::optional<SyncRefusal> storedCollision(const QSqlDatabase &db, const QStringList &ids,
                                           QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT pa.id, pa.code, a.node_id, n.hostname, pb.id, pb.code, b.starts_at, "
              "b.ends_at FROM allocations a JOIN grants ga ON ga.id = a.grant_id "
              "JOIN applications pa ON pa.id = ga.application_id "
              "JOIN allocations b ON b.node_id = a.node_id AND b.id <> a.id "
              "JOIN grants gb ON gb.id = b.grant_id "
              "JOIN applications pb ON pb.id = gb.application_id "
              "JOIN nodes n ON n.id = a.node_id AND n.deleted = 0 "
              "WHERE ga.application_id IN (SELECT value FROM json_each(?)) "
              "AND ga.application_id <> gb.application_id "
              "AND a.deleted = 0 AND b.deleted = 0 AND ga.deleted = 0 AND gb.deleted = 0 "
              "AND ga.status <> 'released' AND gb.status <> 'released' "
              "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
              "ORDER BY pa.id, n.hostname, b.starts_at LIMIT 1"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids))
                                         .toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return doubleBooked(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        {AllocationCollision{-1, q.value(3).toString(), q.value(4).toString(),
                                             q.value(5).toString(), q.value(6).toLongLong(),
                                             q.value(7).toLongLong()}});
}

} // namespace

std::optional<SyncRefusal> checkAllocations(const QSqlDatabase &db,
                                            const QSet<QString> &applicationIds, QString *error)
{
    if (applicationIds.isEmpty())
        return std::nullopt;
    FleetRepository fleetRepository(db);
    FleetSnapshot fleet;
    FleetBookings bookings;
    if (!fleetRepository.loadFleet(&fleet, error) ||
        !fleetRepository.loadBookings(fleet, &bookings, error))
        return std::nullopt;
    QStringList ids(applicationIds.cbegin(), applicationIds.cend());
    ids.sort(); // the same transaction is refused for the same reason every time
    error->clear();
    if (auto collision = storedCollision(db, ids, error); collision || !error->isEmpty())
        return collision;
    for (const QString &applicationId : std::as_const(ids)) {
        const Placement placement = currentPlacement(bookings, applicationId);
        const auto project = fleetRepository.projectToPlace(fleet, bookings, applicationId);
        if (!project) {
            if (placement.isEmpty())
                continue; // nothing held: a release of an application that left selection
            return SyncRefusal{u"allocation.refused"_s,
                               QJsonObject{{u"application"_s, applicationId},
                                           {u"reasons"_s, QJsonArray{u"not selected"_s}}}};
        }
        // The time of the push does not judge a window decided offline earlier (nowMs = 0):
        // what must hold globally is who holds which node when.
        const AllocationCheck check = checkPlacement(fleet, bookings, *project, placement, 0);
        if (check.ok)
            continue;
        if (!check.collisions.isEmpty())
            return doubleBooked(applicationId, project->code,
                                fleet.nodes.value(check.collisions.first().node).id,
                                check.collisions);
        QJsonArray reasons;
        for (const QString &r : check.refusals)
            reasons.append(r);
        return SyncRefusal{u"allocation.refused"_s,
                           QJsonObject{{u"application"_s, applicationId},
                                       {u"code"_s, project->code},
                                       {u"reasons"_s, reasons}}};
    }
    return std::nullopt;
}

std::optional<SyncRefusal> checkAdministrators(const QSqlDatabase &db, const QString &callerId,
                                               const QSet<QString> &changedUsers, QString *error)
{
    error->clear();
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*), coalesce(sum(id = ?), 0) FROM users WHERE role = "
              "'administrator' AND disabled = 0 AND deleted = 0"_s);
    q.addBindValue(callerId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    // Two offline administrators disabling each other would leave nobody to undo it.
    if (q.value(0).toInt() == 0)
        return SyncRefusal{u"user.last_administrator"_s, {}};
    // An administrator cannot lock themselves out.
    if (changedUsers.contains(callerId) && q.value(1).toInt() == 0)
        return SyncRefusal{u"user.cannot_demote_self"_s, QJsonObject{{u"user"_s, callerId}}};
    return std::nullopt;
}

} // namespace gpudesk::SyncRules
