// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetRepository.h"

#include "Store.h"
#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QCoreApplication::translate("FleetRepository", "The fleet could not be read: %1")
                     .arg(q.lastError().text());
    return false;
}

} // namespace

QSqlDatabase FleetRepository::db() const
{
    return m_connection.isValid() ? m_connection : m_store.db();
}

bool FleetRepository::loadFleet(FleetSnapshot *fleet, QString *error) const
{
    FleetSnapshot f;
    QSqlQuery q(db());
    if (!run(
            q,
            u"SELECT id, code, gpus_per_node FROM accelerator_types WHERE deleted = 0 ORDER BY code"_s,
            error))
        return false;
    while (q.next()) {
        f.typeById.insert(q.value(0).toString(), int(f.types.size()));
        f.types.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    }
    if (!run(
            q,
            u"SELECT id, code, name, name_en, kind, accelerator_type_id, capacity_nodes FROM pools "
            "WHERE deleted = 0 ORDER BY code"_s,
            error))
        return false;
    while (q.next()) {
        FleetPool p{q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    poolKindFromKey(q.value(4).toString()).value_or(PoolKind::OpenCall),
                    f.typeById.value(q.value(5).toString(), -1),
                    q.value(6).toInt()};
        f.poolById.insert(p.id, int(f.pools.size()));
        f.pools.append(p);
    }
    QHash<QString, int> providerById, siteById, clusterById, rowById;
    if (!run(q, u"SELECT id, code, name, name_en FROM providers WHERE deleted = 0 ORDER BY code"_s,
             error))
        return false;
    while (q.next()) {
        providerById.insert(q.value(0).toString(), int(f.providers.size()));
        f.providers.append({q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            {}});
    }
    if (!run(
            q,
            u"SELECT id, name, time_zone, provider_id FROM sites WHERE deleted = 0 ORDER BY name"_s,
            error))
        return false;
    while (q.next()) {
        const int provider = providerById.value(q.value(3).toString(), -1);
        siteById.insert(q.value(0).toString(), int(f.sites.size()));
        if (provider >= 0)
            f.providers[provider].sites.append(int(f.sites.size()));
        f.sites.append({q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        provider,
                        {},
                        {}});
    }
    if (!run(
            q,
            u"SELECT id, name, site_id, accelerator_type_id FROM clusters WHERE deleted = 0 ORDER BY name"_s,
            error))
        return false;
    while (q.next()) {
        const int site = siteById.value(q.value(2).toString(), -1);
        clusterById.insert(q.value(0).toString(), int(f.clusters.size()));
        if (site >= 0)
            f.sites[site].clusters.append(int(f.clusters.size()));
        f.clusters.append({q.value(0).toString(),
                           q.value(1).toString(),
                           site,
                           f.typeById.value(q.value(3).toString(), -1),
                           {}});
    }
    if (!run(
            q,
            u"SELECT id, name, site_id, ordinal FROM rack_rows WHERE deleted = 0 ORDER BY ordinal, name"_s,
            error))
        return false;
    while (q.next()) {
        const int site = siteById.value(q.value(2).toString(), -1);
        rowById.insert(q.value(0).toString(), int(f.rows.size()));
        if (site >= 0)
            f.sites[site].rows.append(int(f.rows.size()));
        f.rows.append({q.value(0).toString(), q.value(1).toString(), site, q.value(3).toInt(), {}});
    }
    if (!run(q,
             u"SELECT r.id, r.name, r.cluster_id, r.row_id, r.ordinal, r.units FROM racks r "
             "JOIN rack_rows w ON w.id = r.row_id WHERE r.deleted = 0 "
             "ORDER BY w.ordinal, w.name, r.ordinal, r.name"_s,
             error))
        return false;
    while (q.next()) {
        const int rack = int(f.racks.size());
        FleetRack r{q.value(0).toString(),
                    q.value(1).toString(),
                    clusterById.value(q.value(2).toString(), -1),
                    rowById.value(q.value(3).toString(), -1),
                    q.value(4).toInt(),
                    q.value(5).toInt(),
                    {}};
        if (r.cluster >= 0)
            f.clusters[r.cluster].racks.append(rack);
        if (r.row >= 0)
            f.rows[r.row].racks.append(rack);
        f.rackById.insert(r.id, rack);
        f.racks.append(r);
    }
    if (!run(q,
             u"SELECT id, hostname, rack_id, rack_unit, height_units, accelerator_type_id, "
             "accelerator_count, pool_id, state, state_reason FROM nodes WHERE deleted = 0 "
             "ORDER BY rack_id, rack_unit"_s,
             error))
        return false;
    f.nodes.reserve(8192);
    while (q.next()) {
        const int node = int(f.nodes.size());
        FleetNode n;
        n.id = q.value(0).toString();
        n.hostname = q.value(1).toString();
        n.rack = f.rackById.value(q.value(2).toString(), -1);
        n.rackUnit = q.value(3).toInt();
        n.heightUnits = q.value(4).toInt();
        n.type = f.typeById.value(q.value(5).toString(), -1);
        n.gpus = q.value(6).toInt();
        n.pool = q.value(7).isNull() ? -1 : f.poolById.value(q.value(7).toString(), -1);
        n.state = nodeStateFromKey(q.value(8).toString()).value_or(NodeState::Free);
        n.stateReason = q.value(9).toString();
        if (n.rack >= 0)
            f.racks[n.rack].nodes.append(node);
        f.nodeById.insert(n.id, node);
        f.nodeByHostname.insert(n.hostname.toLower(), node);
        f.nodes.append(n);
    }
    *fleet = std::move(f);
    return true;
}

bool FleetRepository::loadBookings(const FleetSnapshot &fleet, FleetBookings *bookings,
                                   QString *error) const
{
    FleetBookings b;
    QSqlQuery q(db());
    const bool english = DisplayLanguage::isEnglish();
    if (!run(q,
             u"SELECT g.id, g.application_id, a.code, a.title, a.title_en, o.name, o.name_en, "
             u"a.status, "
             "g.accelerator_type_id, g.pool_id, g.nodes, g.starts_at, g.ends_at, g.status "
             "FROM grants g JOIN applications a ON a.id = g.application_id "
             "JOIN organizations o ON o.id = a.organization_id "
             "WHERE g.deleted = 0 AND g.status <> 'released'"_s,
             error))
        return false;
    while (q.next()) {
        GrantInfo g;
        g.id = q.value(0).toString();
        g.applicationId = q.value(1).toString();
        g.code = q.value(2).toString();
        const QString titleEn = q.value(4).toString();
        g.title = english && !titleEn.isEmpty() ? titleEn : q.value(3).toString();
        const QString orgEn = q.value(6).toString();
        g.orgName = english && !orgEn.isEmpty() ? orgEn : q.value(5).toString();
        g.applicationStatus =
            statusFromKey(q.value(7).toString()).value_or(ApplicationStatus::Allocated);
        g.type = fleet.typeById.value(q.value(8).toString(), -1);
        g.pool = q.value(9).isNull() ? -1 : fleet.poolById.value(q.value(9).toString(), -1);
        g.nodes = q.value(10).toInt();
        g.start = q.value(11).toLongLong();
        g.end = q.value(12).toLongLong();
        g.status = grantStatusFromKey(q.value(13).toString()).value_or(GrantStatus::Planned);
        b.grants.append(g);
    }
    if (!run(q,
             u"SELECT al.id, al.grant_id, al.node_id, al.starts_at, al.ends_at FROM allocations al "
             "JOIN grants g ON g.id = al.grant_id WHERE al.deleted = 0 AND g.deleted = 0 "
             "AND g.status <> 'released'"_s,
             error))
        return false;
    b.allocations.reserve(16384);
    while (q.next()) {
        AllocationWindow w;
        w.id = q.value(0).toString();
        w.grantId = q.value(1).toString();
        w.node = fleet.nodeById.value(q.value(2).toString(), -1);
        w.start = q.value(3).toLongLong();
        w.end = q.value(4).toLongLong();
        b.allocations.append(w);
    }
    b.index(int(fleet.nodes.size()));
    *bookings = std::move(b);
    return true;
}

QList<PlacementProject> FleetRepository::projectsToPlace(const FleetSnapshot &fleet,
                                                         const FleetBookings &bookings,
                                                         const QString &callId) const
{
    return queryProjects(fleet, bookings, callId, QString());
}

std::optional<PlacementProject> FleetRepository::projectToPlace(const FleetSnapshot &fleet,
                                                                const FleetBookings &bookings,
                                                                const QString &applicationId) const
{
    if (applicationId.isEmpty())
        return std::nullopt;
    const QList<PlacementProject> found = queryProjects(fleet, bookings, QString(), applicationId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PlacementProject> FleetRepository::queryProjects(const FleetSnapshot &fleet,
                                                       const FleetBookings &bookings,
                                                       const QString &callId,
                                                       const QString &applicationId) const
{
    QList<PlacementProject> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.id, a.code, a.title, a.title_en, o.name, o.name_en, c.id, c.code, a.status, "
        "a.accelerator_type_id, ca.pool_id, coalesce(a.granted_nodes, a.requested_nodes), "
        "coalesce(ca.max_nodes, 0), coalesce(nullif(td.months, 0), a.months), "
        "coalesce(nullif(td.starts_on, ''), a.desired_start), c.allocation_from "
        "FROM applications a JOIN organizations o ON o.id = a.organization_id "
        "JOIN calls c ON c.id = a.call_id "
        // A decision outside the cut (the ministers' meeting) fixes the period.
        "LEFT JOIN track_decisions td ON td.application_id = a.id AND td.deleted = 0 "
        "LEFT JOIN call_accelerators ca ON ca.call_id = a.call_id "
        "  AND ca.accelerator_type_id = a.accelerator_type_id AND ca.deleted = 0 "
        "WHERE a.deleted = 0 AND a.status IN ('selected', 'allocated', 'active') "
        "AND (:call = '' OR a.call_id = :call) AND (:app = '' OR a.id = :app) "
        "ORDER BY a.code"_s);
    // A null QString would bind as SQL NULL, and NULL = '' is not true.
    q.bindValue(u":call"_s, callId.isNull() ? u""_s : callId);
    q.bindValue(u":app"_s, applicationId.isNull() ? u""_s : applicationId);
    if (!q.exec())
        return out;
    const bool english = DisplayLanguage::isEnglish();
    QList<int> heldByGrant(bookings.grants.size(), 0);
    for (const AllocationWindow &w : bookings.allocations) {
        if (w.grant >= 0)
            ++heldByGrant[w.grant];
    }
    while (q.next()) {
        PlacementProject p;
        p.applicationId = q.value(0).toString();
        p.code = q.value(1).toString();
        const QString titleEn = q.value(3).toString();
        p.title = english && !titleEn.isEmpty() ? titleEn : q.value(2).toString();
        const QString orgEn = q.value(5).toString();
        p.orgName = english && !orgEn.isEmpty() ? orgEn : q.value(4).toString();
        p.callId = q.value(6).toString();
        p.callCode = q.value(7).toString();
        p.status = statusFromKey(q.value(8).toString()).value_or(ApplicationStatus::Selected);
        p.type = fleet.typeById.value(q.value(9).toString(), -1);
        p.pool = q.value(10).isNull() ? -1 : fleet.poolById.value(q.value(10).toString(), -1);
        p.nodesToGrant = q.value(11).toInt();
        p.capNodes = q.value(12).toInt();
        p.months = q.value(13).toInt();
        const QDate desired = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        const QDate from = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        QDate start = desired.isValid() ? desired : from;
        if (from.isValid() && start < from)
            start = from;
        if (start.isValid()) {
            p.defaultStart = startOfDay(start);
            p.defaultEnd = startOfDay(start.addMonths(qMax(1, p.months)));
        }
        const int g = bookings.grantByApplication.value(p.applicationId, -1);
        p.placedNodes = g >= 0 ? heldByGrant[g] : 0;
        out.append(p);
    }
    return out;
}

} // namespace gpudesk
