// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "rules/AllocationRules.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;

namespace gpudesk {

class Store;

// The one write path for allocations: every assignment, release, shortening, extension, move,
// undo and redo of the rack map is a setPlacement(), checked by the allocation rules against the
// database as it is inside the transaction and written with the status move, history and audit
// entry it causes, in one Store::write. Also the automatic start and end of grants by date and
// the providers' hand-over lists.
class AllocationRepository final
{
public:
    explicit AllocationRepository(Store &store) : m_store(store) {}

    // Makes `target` the application's whole allocation. Refused, writing nothing, with every
    // rule's reason (one a line) in *error, or when expectedCurrent is given and the database no
    // longer holds it. A blank reason is replaced by a description of the change. This loads the
    // fleet first; the overload below takes the snapshot the caller already holds.
    bool setPlacement(const QString &applicationId, const Placement &target, const QString &reason,
                      QString *error, const Placement *expectedCurrent = nullptr);
    bool setPlacement(const FleetSnapshot &fleet, const QString &applicationId,
                      const Placement &target, const QString &reason, QString *error,
                      const Placement *expectedCurrent = nullptr);

    // Several applications' placements in one transaction, in order, each checked against the
    // database as the earlier ones left it: all are written or none (a program's next year).
    struct PlacementChange
    {
        QString applicationId;
        Placement target;
        QString reason;
    };
    bool setPlacements(const FleetSnapshot &fleet, const QList<PlacementChange> &changes,
                       QString *error);

    // Ends the application's hold on `nodeIds` (every node of its current grant when empty) at
    // `fromMs`, inside a write the caller has opened, so that a performance check's reduction or
    // reclaim commits together with its own rows. Unlike a release on the map, the part already
    // used stays on record for the statements: the nodes' allocations that began before fromMs
    // end there and move to a released grant of their own, which the map ignores; allocations
    // not begun yet are dropped. The current grant keeps the other nodes or, when none remain, is
    // itself released. Makes no status move (the caller makes the one that fits) but writes the
    // allocation_change audit entry. The hostnames released land in *released.
    bool releaseFromWithin(QSqlDatabase &db, QSet<QString> &changed, const QString &applicationId,
                           const QStringList &nodeIds, qint64 fromMs, const QString &reason,
                           QStringList *released, QString *error);

    // Planned grants whose start has come become active (the application allocated -> active),
    // grants whose end has passed become completed (active -> completed), with an automatic
    // reason. Returns how many grants changed, or -1 with *error set.
    int advanceLifecycle(qint64 nowMs, QString *error);

    // CSV for one provider's operations team: every node going to a project in a window that
    // has not ended by `fromMs`, by site, row, rack and rack unit.
    bool writeHandOver(QIODevice *out, const QString &providerId, qint64 fromMs, QString *error);

private:
    // One placement inside a write the caller has opened (the body of both setPlacement forms).
    bool placeWithin(QSqlDatabase &db, QSet<QString> &changed, const FleetSnapshot &fleet,
                     const QString &applicationId, const Placement &target, const QString &reason,
                     const Placement *expectedCurrent, QString *error);

    Store &m_store;
};

} // namespace gpudesk
