// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncRules.h"

#include "rules/AllocationRules.h"
#include "rules/Selection.h"
#include "store/FleetRepository.h"
#include "store/SelectionRepository.h"

#include <QJsonArray>
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
        if (!check.collisions.isEmpty()) {
            const AllocationCollision &c = check.collisions.first();
            QJsonArray all;
            for (const AllocationCollision &x : check.collisions)
                all.append(QJsonObject{{u"hostname"_s, x.hostname}, {u"with_code"_s, x.otherCode}});
            return SyncRefusal{
                u"allocation.double_booked"_s,
                QJsonObject{{u"application"_s, applicationId},
                            {u"code"_s, project->code},
                            {u"hostname"_s, c.hostname},
                            {u"node"_s, fleet.nodes.value(c.node).id},
                            {u"with_application"_s, c.otherApplicationId},
                            {u"with_code"_s, c.otherCode},
                            {u"from"_s, c.start},
                            {u"to"_s, c.end},
                            {u"collisions"_s, all}}};
        }
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
