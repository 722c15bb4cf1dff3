// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationRepository.h"

#include "ApplicationRepository.h"
#include "FleetRepository.h"
#include "Store.h"
#include "data/Csv.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AllocationRepository)
};

QString lastDay(qint64 endMs)
{
    return formatDate(endMs - 1);
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = Text::tr("The allocation could not be saved: %1. Nothing was changed; try again, "
                      "and if it keeps failing, check the profile's disk.")
                 .arg(q.lastError().text());
    return false;
}

bool exec(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return q.exec() || failed(q, error);
}

// The application's current grant with its allocations, and every other grant's allocation on
// the target's nodes that overlaps the target's window: all the rules need, read inside the
// transaction so that what they judge is what gets written.
struct Surroundings
{
    FleetBookings bookings;
    QHash<QString, QString> allocationOfNode; // node id -> the application's allocation id
    QString grantId;
    QString applicationCode;
    QString applicationStatus;
};

bool loadSurroundings(QSqlDatabase &db, const FleetSnapshot &fleet, const QString &applicationId,
                      const Placement &target, Surroundings *s, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT code, status FROM applications WHERE id = ? AND deleted = 0"_s);
    if (!exec(q, {applicationId}, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("The application no longer exists; reload the map.");
        return false;
    }
    s->applicationCode = q.value(0).toString();
    s->applicationStatus = q.value(1).toString();

    q.prepare(u"SELECT id, pool_id, nodes, starts_at, ends_at, status FROM grants "
              "WHERE application_id = ? AND deleted = 0 AND status <> 'released' "
              "ORDER BY starts_at DESC LIMIT 1"_s);
    if (!exec(q, {applicationId}, error))
        return false;
    FleetBookings &b = s->bookings;
    if (q.next()) {
        GrantInfo g;
        g.id = q.value(0).toString();
        g.applicationId = applicationId;
        g.code = s->applicationCode;
        g.pool = q.value(1).isNull() ? -1 : fleet.poolById.value(q.value(1).toString(), -1);
        g.nodes = q.value(2).toInt();
        g.start = q.value(3).toLongLong();
        g.end = q.value(4).toLongLong();
        g.status = grantStatusFromKey(q.value(5).toString()).value_or(GrantStatus::Planned);
        s->grantId = g.id;
        b.grants.append(g);
        q.prepare(u"SELECT id, node_id, starts_at, ends_at FROM allocations "
                  "WHERE grant_id = ? AND deleted = 0"_s);
        if (!exec(q, {g.id}, error))
            return false;
        while (q.next()) {
            AllocationWindow w{q.value(0).toString(),
                               g.id,
                               -1,
                               fleet.nodeById.value(q.value(1).toString(), -1),
                               q.value(2).toLongLong(),
                               q.value(3).toLongLong()};
            s->allocationOfNode.insert(q.value(1).toString(), w.id);
            b.allocations.append(w);
        }
    }

    if (!target.isEmpty() && target.end > target.start) {
        QStringList marks;
        QVariantList values{applicationId, target.end, target.start};
        for (int n : target.nodes) {
            if (n >= 0 && n < fleet.nodes.size()) {
                marks << u"?"_s;
                values << fleet.nodes[n].id;
            }
        }
        if (!marks.isEmpty()) {
            // Only placeholders are joined into the text; every value is bound.
            q.prepare(u"SELECT al.id, al.grant_id, al.node_id, al.starts_at, al.ends_at, "
                      "g.application_id, a.code, g.status FROM allocations al "
                      "JOIN grants g ON g.id = al.grant_id "
                      "JOIN applications a ON a.id = g.application_id "
                      "WHERE al.deleted = 0 AND g.deleted = 0 AND g.status <> 'released' "
                      "AND g.application_id <> ? AND al.starts_at < ? AND al.ends_at > ? "
                      "AND al.node_id IN ("_s +
                      marks.join(u',') + u")"_s);
            if (!exec(q, values, error))
                return false;
            QSet<QString> grants;
            while (q.next()) {
                const QString grantId = q.value(1).toString();
                if (!grants.contains(grantId)) {
                    grants.insert(grantId);
                    GrantInfo g;
                    g.id = grantId;
                    g.applicationId = q.value(5).toString();
                    g.code = q.value(6).toString();
                    g.status =
                        grantStatusFromKey(q.value(7).toString()).value_or(GrantStatus::Planned);
                    b.grants.append(g);
                }
                b.allocations.append({q.value(0).toString(), grantId, -1,
                                      fleet.nodeById.value(q.value(2).toString(), -1),
                                      q.value(3).toLongLong(), q.value(4).toLongLong()});
            }
        }
    }
    b.index(int(fleet.nodes.size()));
    return true;
}

QJsonArray hostnames(const FleetSnapshot &fleet, const QList<int> &nodes)
{
    QJsonArray out;
    for (int n : nodes)
        out.append(fleet.nodes[n].hostname);
    return out;
}

QJsonValue window(const Placement &p)
{
    if (p.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"start"_s, p.start}, {u"end"_s, p.end}};
}

// What the history says when the caller gave no reason.
QString describe(const Placement &from, const Placement &to, int added, int removed)
{
    if (to.isEmpty())
        return Text::tr("Released %n node(s).", nullptr, int(from.nodes.size()));
    if (from.isEmpty())
        return Text::tr("Assigned %n node(s) from %1 to %2.", nullptr, int(to.nodes.size()))
            .arg(formatDate(to.start), lastDay(to.end));
    return Text::tr("Changed the allocation: %1 added, %2 removed; %n node(s) from %3 to %4.",
                    nullptr, int(to.nodes.size()))
        .arg(added)
        .arg(removed)
        .arg(formatDate(to.start), lastDay(to.end));
}

QString grantStatusLabel(const QString &key)
{
    switch (grantStatusFromKey(key).value_or(GrantStatus::Planned)) {
    case GrantStatus::Planned:
        return Text::tr("planned");
    case GrantStatus::Active:
        return Text::tr("active");
    case GrantStatus::Completed:
        return Text::tr("completed");
    case GrantStatus::Released:
        return Text::tr("released");
    }
    return key;
}

} // namespace

bool AllocationRepository::setPlacement(const QString &applicationId, const Placement &target,
                                        const QString &reason, QString *error,
                                        const Placement *expectedCurrent)
{
    FleetSnapshot fleet;
    if (!FleetRepository(m_store).loadFleet(&fleet, error))
        return false;
    return setPlacement(fleet, applicationId, target, reason, error, expectedCurrent);
}

bool AllocationRepository::setPlacement(const FleetSnapshot &fleet, const QString &applicationId,
                                        const Placement &target, const QString &reason,
                                        QString *error, const Placement *expectedCurrent)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            return placeWithin(db, changed, fleet, applicationId, target, reason, expectedCurrent,
                               err);
        },
        error);
}

bool AllocationRepository::setPlacements(const FleetSnapshot &fleet,
                                         const QList<PlacementChange> &changes, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            for (const PlacementChange &c : changes) {
                if (!placeWithin(db, changed, fleet, c.applicationId, c.target, c.reason, nullptr,
                                 err))
                    return false;
            }
            return true;
        },
        error);
}

bool AllocationRepository::placeWithin(QSqlDatabase &db, QSet<QString> &changed,
                                       const FleetSnapshot &fleet, const QString &applicationId,
                                       const Placement &target, const QString &reason,
                                       const Placement *expectedCurrent, QString *err)
{
    Surroundings s;
    if (!loadSurroundings(db, fleet, applicationId, target, &s, err))
        return false;
    const Placement current = currentPlacement(s.bookings, applicationId);
    if (expectedCurrent && *expectedCurrent != current) {
        *err = Text::tr("The allocation of %1 was changed meanwhile (in another window "
                        "or by a sync); reload the map and try again.")
                   .arg(s.applicationCode);
        return false;
    }
    if (target == current)
        return true; // nothing to write
    const std::optional<PlacementProject> project =
        FleetRepository(m_store).projectToPlace(fleet, s.bookings, applicationId);
    if (!project) {
        const auto known = statusFromKey(s.applicationStatus);
        const QString status = known ? statusLabel(*known) : s.applicationStatus;
        *err = Text::tr("%1 is %2; only selected, allocated and active projects hold "
                        "nodes.")
                   .arg(s.applicationCode, status);
        return false;
    }
    const AllocationCheck check =
        checkPlacement(fleet, s.bookings, *project, target, Store::nowMs());
    if (!check.ok) {
        *err = check.refusals.join(u'\n');
        return false;
    }

    QSet<int> before(current.nodes.cbegin(), current.nodes.cend());
    QSet<int> after(target.nodes.cbegin(), target.nodes.cend());
    QList<int> added, removed, kept;
    for (int n : target.nodes)
        (before.contains(n) ? kept : added).append(n);
    for (int n : current.nodes) {
        if (!after.contains(n))
            removed.append(n);
    }
    std::sort(added.begin(), added.end());
    std::sort(removed.begin(), removed.end());
    const QString why = reason.trimmed().isEmpty()
                            ? describe(current, target, int(added.size()), int(removed.size()))
                            : reason.trimmed();

    const qint64 now = Store::nowMs();
    const QString user = m_store.currentUserId();
    QSqlQuery q(db);
    QString grantId = s.grantId;
    if (grantId.isEmpty()) {
        grantId = Store::newId();
        const int pool =
            project->pool >= 0 ? project->pool : fleet.nodes[target.nodes.first()].pool;
        q.prepare(u"INSERT INTO grants (id, updated_at, updated_by, application_id, "
                  "accelerator_type_id, pool_id, nodes, starts_at, ends_at, status) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned')"_s);
        if (!exec(q,
                  {grantId, now, user, applicationId, fleet.types[project->type].id,
                   pool >= 0 ? QVariant(fleet.pools[pool].id)
                             : QVariant(QMetaType(QMetaType::QString)),
                   int(target.nodes.size()), target.start, target.end},
                  err))
            return false;
    } else if (target.isEmpty()) {
        q.prepare(u"UPDATE grants SET status = 'released', updated_at = ?, "
                  "updated_by = ? WHERE id = ?"_s);
        if (!exec(q, {now, user, grantId}, err))
            return false;
    } else if (target.start != current.start || target.end != current.end ||
               target.nodes.size() != current.nodes.size()) {
        q.prepare(u"UPDATE grants SET nodes = ?, starts_at = ?, ends_at = ?, "
                  "updated_at = ?, updated_by = ? WHERE id = ?"_s);
        if (!exec(q, {int(target.nodes.size()), target.start, target.end, now, user, grantId}, err))
            return false;
    }

    q.prepare(u"UPDATE allocations SET deleted = 1, updated_at = ?, updated_by = ? "
              "WHERE id = ?"_s);
    for (int n : removed) {
        if (!exec(q, {now, user, s.allocationOfNode.value(fleet.nodes[n].id)}, err))
            return false;
    }
    if (!target.isEmpty() && (target.start != current.start || target.end != current.end)) {
        q.prepare(u"UPDATE allocations SET starts_at = ?, ends_at = ?, updated_at = ?, "
                  "updated_by = ? WHERE id = ?"_s);
        for (int n : kept) {
            if (!exec(q,
                      {target.start, target.end, now, user,
                       s.allocationOfNode.value(fleet.nodes[n].id)},
                      err))
                return false;
        }
    }
    q.prepare(u"INSERT INTO allocations (id, updated_at, updated_by, grant_id, node_id, "
              "starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (int n : added) {
        if (!exec(q,
                  {Store::newId(), now, user, grantId, fleet.nodes[n].id, target.start, target.end},
                  err))
            return false;
    }

    // The status follows what the application holds: its first nodes make it
    // allocated, releasing the last makes it selected again; any other change is
    // recorded as a move to the status it has.
    ApplicationRepository::Move move{applicationId, project->status, why};
    move.allocationChange = true;
    if (current.isEmpty() && project->status == ApplicationStatus::Selected)
        move.to = ApplicationStatus::Allocated;
    else if (target.isEmpty() && project->status == ApplicationStatus::Allocated)
        move.to = ApplicationStatus::Selected;
    if (!ApplicationRepository(m_store).applyWithin(db, changed, move, err))
        return false;

    const QJsonObject details{{u"grant"_s, grantId},
                              {u"code"_s, s.applicationCode},
                              {u"added"_s, hostnames(fleet, added)},
                              {u"removed"_s, hostnames(fleet, removed)},
                              {u"from"_s, window(current)},
                              {u"to"_s, window(target)},
                              {u"reason"_s, why}};
    q.prepare(u"INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
              "VALUES (?, ?, 'allocation_change', 'application', ?, ?)"_s);
    if (!exec(q,
              {now, user, applicationId,
               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
              err))
        return false;
    changed << u"grants"_s << u"allocations"_s << u"audit_log"_s;
    return true;
}

int AllocationRepository::advanceLifecycle(qint64 nowMs, QString *error)
{
    int count = 0;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            count = 0;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT g.id, g.application_id, g.status, g.starts_at, g.ends_at, a.status "
                      "FROM grants g JOIN applications a ON a.id = g.application_id "
                      "WHERE g.deleted = 0 AND ((g.status = 'planned' AND g.starts_at <= ?) "
                      "OR (g.status IN ('planned', 'active') AND g.ends_at <= ?))"_s);
            if (!exec(q, {nowMs, nowMs}, err))
                return false;
            struct Due
            {
                QString grant, application, grantStatus, appStatus;
                qint64 start, end;
            };
            QList<Due> due;
            while (q.next())
                due.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(5).toString(), q.value(3).toLongLong(),
                            q.value(4).toLongLong()});
            ApplicationRepository apps(m_store);
            using S = ApplicationStatus;
            for (const Due &d : due) {
                const bool ended = d.end <= nowMs;
                const QString to = ended ? u"completed"_s : u"active"_s;
                const QString started =
                    Text::tr("The allocation window began on %1.").arg(formatDate(d.start));
                const QString finished =
                    Text::tr("The allocation window ended after %1.").arg(lastDay(d.end));
                // Only an application that is where the grant says moves with it; one that was
                // withdrawn or reclaimed meanwhile keeps its status.
                const auto app = statusFromKey(d.appStatus);
                QList<ApplicationRepository::Move> moves;
                if (app == S::Allocated)
                    moves.append({d.application, S::Active, started});
                if ((app == S::Allocated || app == S::Active) && ended)
                    moves.append({d.application, S::Completed, finished});
                for (const auto &m : moves) {
                    if (!apps.applyWithin(db, changed, m, err))
                        return false;
                }
                QSqlQuery u(db);
                u.prepare(u"UPDATE grants SET status = ?, updated_at = ?, updated_by = ? "
                          "WHERE id = ?"_s);
                if (!exec(u, {to, Store::nowMs(), m_store.currentUserId(), d.grant}, err))
                    return false;
                ++count;
            }
            changed << u"grants"_s;
            return true;
        },
        error);
    return ok ? count : -1;
}

bool AllocationRepository::writeHandOver(QIODevice *out, const QString &providerId, qint64 fromMs,
                                         QString *error)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM providers WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(providerId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
        *error = Text::tr("The provider no longer exists; choose another one.");
        return false;
    }
    q.prepare(u"SELECT s.name, w.name, r.name, n.hostname, n.rack_unit, t.code, "
              "n.accelerator_count, a.code, a.slurm_account, o.name, al.starts_at, al.ends_at, "
              "g.status FROM allocations al JOIN grants g ON g.id = al.grant_id "
              "JOIN applications a ON a.id = g.application_id "
              "JOIN organizations o ON o.id = a.organization_id "
              "JOIN nodes n ON n.id = al.node_id JOIN racks r ON r.id = n.rack_id "
              "JOIN rack_rows w ON w.id = r.row_id JOIN sites s ON s.id = w.site_id "
              "JOIN accelerator_types t ON t.id = n.accelerator_type_id "
              "WHERE s.provider_id = ? AND al.deleted = 0 AND g.deleted = 0 "
              "AND g.status <> 'released' AND al.ends_at > ? "
              "ORDER BY s.name, w.ordinal, w.name, r.ordinal, r.name, n.rack_unit, "
              "al.starts_at"_s);
    q.addBindValue(providerId);
    q.addBindValue(fromMs);
    if (!q.exec()) {
        *error = Text::tr("The hand-over list could not be read: %1").arg(q.lastError().text());
        return false;
    }
    CsvWriter csv(out);
    //: Column headers of the hand-over list for a provider's operations team.
    csv.writeRow({Text::tr("Site"), Text::tr("Row"), Text::tr("Rack"), Text::tr("Hostname"),
                  Text::tr("Rack unit"), Text::tr("Accelerator"), Text::tr("GPUs"),
                  Text::tr("Project"), Text::tr("Slurm account"), Text::tr("Organisation"),
                  Text::tr("First day"), Text::tr("Last day"), Text::tr("Status")});
    while (q.next()) {
        csv.writeRow({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                      q.value(9).toString(), formatDate(q.value(10).toLongLong()),
                      lastDay(q.value(11).toLongLong()), grantStatusLabel(q.value(12).toString())});
    }
    if (!csv.ok()) {
        *error = Text::tr("The hand-over list could not be written: %1. Check that the folder "
                          "is writable and the disk has room.")
                     .arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace gpudesk
