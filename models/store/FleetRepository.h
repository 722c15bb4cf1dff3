// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gpudesk {

class Store;

// Reads the fleet, its bookings and the projects waiting for nodes into the index-based snapshot
// of domain/Fleet.h. Read-only; writes go through the allocation repository. Reads the store's
// own connection, or the one it is given (the server checks a push inside its transaction).
class FleetRepository final
{
public:
    explicit FleetRepository(Store &store);
    explicit FleetRepository(const QSqlDatabase &db) : m_db(db) {}

    // The whole hierarchy, every node with its rack position, type, pool and state.
    bool loadFleet(FleetSnapshot *fleet, QString *error) const;
    // Every grant that is not released and its allocations, indexed for `fleet`.
    bool loadBookings(const FleetSnapshot &fleet, FleetBookings *bookings, QString *error) const;
    // Selected, allocated and active applications (of one call, or of every call when callId is
    // empty) with their request, cap, pool, default window and what their grant already holds.
    QList<PlacementProject> projectsToPlace(const FleetSnapshot &fleet,
                                            const FleetBookings &bookings,
                                            const QString &callId = QString()) const;
    // The same for one application; nullopt when it is not selected, allocated or active.
    std::optional<PlacementProject> projectToPlace(const FleetSnapshot &fleet,
                                                   const FleetBookings &bookings,
                                                   const QString &applicationId) const;

private:
    QList<PlacementProject> queryProjects(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                          const QString &callId,
                                          const QString &applicationId) const;

    QSqlDatabase m_db;
};

} // namespace gpudesk
