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
// of domain/Fleet.h. Read-only; writes go through the allocation repository.
class FleetRepository final
{
public:
    explicit FleetRepository(Store &store) : m_store(store) {}
    // Reads through `connection` (a worker thread's, from Store::openWorkerConnection).
    FleetRepository(Store &store, const QSqlDatabase &connection)
        : m_store(store), m_connection(connection)
    {
    }

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

    QSqlDatabase db() const;

    Store &m_store;
    QSqlDatabase m_connection;
};

} // namespace gpudesk
