// SPDX-License-Identifier: GPL-3.0-or-later
// AllocationRepository::releaseFromWithin: the release "from now on" that a performance check's
// reduction or reclaim makes. Kept apart from the map's setPlacement because it must keep the
// used part of each window for the statements, where a release on the map (of a grant that has
// usually not begun) simply drops it.
#include "AllocationRepository.h"
#include "Store.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AllocationRepository)
};

bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (q.exec())
        return true;
    *error = Text::tr("The release could not be saved: %1. Nothing was changed; try again, and "
                      "if it keeps failing, check the profile's disk.")
                 .arg(q.lastError().text());
    return false;
}

struct HeldNode
{
    QString allocationId;
    QString nodeId;
    QString hostname;
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace

bool AllocationRepository::releaseFromWithin(QSqlDatabase &db, QSet<QString> &changed,
                                             const QString &applicationId,
                                             const QStringList &nodeIds, qint64 fromMs,
                                             const QString &reason, QStringList *released,
                                             QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT code FROM applications WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {applicationId}, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("The application no longer exists; reload the list.");
        return false;
    }
    const QString code = q.value(0).toString();

    q.prepare(u"SELECT id, accelerator_type_id, pool_id, starts_at, ends_at FROM grants "
              "WHERE application_id = ? AND deleted = 0 AND status <> 'released' "
              "ORDER BY starts_at DESC LIMIT 1"_s);
    if (!run(q, {applicationId}, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("%1 holds no nodes, so there are none to release.").arg(code);
        return false;
    }
    const QString grantId = q.value(0).toString();
    const QString typeId = q.value(1).toString();
    const QVariant poolId = q.value(2);
    const qint64 grantStart = q.value(3).toLongLong();
    const qint64 grantEnd = q.value(4).toLongLong();
    if (fromMs >= grantEnd) {
        *error = Text::tr("The allocation of %1 ended on %2; there is nothing left to release.")
                     .arg(code, formatDate(grantEnd - 1));
        return false;
    }

    q.prepare(u"SELECT al.id, al.node_id, n.hostname, al.starts_at, al.ends_at "
              "FROM allocations al JOIN nodes n ON n.id = al.node_id "
              "WHERE al.grant_id = ? AND al.deleted = 0 ORDER BY n.hostname"_s);
    if (!run(q, {grantId}, error))
        return false;
    QList<HeldNode> held;
    QHash<QString, int> byNode;
    while (q.next()) {
        byNode.insert(q.value(1).toString(), int(held.size()));
        held.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    QList<HeldNode> chosen;
    if (nodeIds.isEmpty()) {
        chosen = held;
    } else {
        QSet<QString> seen;
        for (const QString &id : nodeIds) {
            const int i = byNode.value(id, -1);
            if (i < 0) {
                *error = Text::tr("A chosen node is not held by %1 (any more); reload and "
                                  "choose again.")
                             .arg(code);
                return false;
            }
            if (!seen.contains(id)) {
                seen.insert(id);
                chosen.append(held[i]);
            }
        }
    }
    // Named in rack order in the audit and the evidence, whatever order they were chosen in.
    std::sort(chosen.begin(), chosen.end(),
              [](const HeldNode &a, const HeldNode &b) { return a.hostname < b.hostname; });
    if (chosen.isEmpty()) {
        *error = Text::tr("%1 holds no nodes, so there are none to release.").arg(code);
        return false;
    }

    const qint64 now = Store::nowMs();
    // A null id would bind NULL into a NOT NULL column.
    const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
    const bool all = chosen.size() == held.size();
    int started = 0;
    for (const HeldNode &n : std::as_const(chosen))
        started += n.start < fromMs ? 1 : 0;

    // Where the used part of the released nodes is kept: the grant itself when it goes whole,
    // else a released grant of its own beside the one that carries on.
    QString keptIn = grantId;
    if (all) {
        q.prepare(u"UPDATE grants SET status = 'released', ends_at = ?, updated_at = ?, "
                  "updated_by = ? WHERE id = ?"_s);
        const qint64 end = fromMs > grantStart ? qMin(fromMs, grantEnd) : grantEnd;
        if (!run(q, {end, now, user, grantId}, error))
            return false;
    } else {
        q.prepare(u"UPDATE grants SET nodes = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
        if (!run(q, {int(held.size() - chosen.size()), now, user, grantId}, error))
            return false;
        if (started > 0) {
            keptIn = Store::newId();
            q.prepare(u"INSERT INTO grants (id, updated_at, updated_by, application_id, "
                      "accelerator_type_id, pool_id, nodes, starts_at, ends_at, status) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'released')"_s);
            if (!run(q,
                     {keptIn, now, user, applicationId, typeId, poolId, started, grantStart,
                      qMin(fromMs, grantEnd)},
                     error))
                return false;
        }
    }

    QSqlQuery drop(db);
    drop.prepare(u"UPDATE allocations SET deleted = 1, updated_at = ?, updated_by = ? "
                 "WHERE id = ?"_s);
    QSqlQuery end(db);
    end.prepare(u"UPDATE allocations SET grant_id = ?, ends_at = ?, updated_at = ?, "
                "updated_by = ? WHERE id = ?"_s);
    QJsonArray hostnames;
    for (const HeldNode &n : std::as_const(chosen)) {
        const bool ok =
            n.start < fromMs
                ? run(end, {keptIn, qMin(n.end, fromMs), now, user, n.allocationId}, error)
                : run(drop, {now, user, n.allocationId}, error);
        if (!ok)
            return false;
        hostnames.append(n.hostname);
        if (released)
            released->append(n.hostname);
    }

    const QString why = reason.trimmed().isEmpty() ? Text::tr("Released %n node(s) from %1 on.",
                                                              nullptr, int(chosen.size()))
                                                         .arg(formatDateTime(fromMs))
                                                   : reason.trimmed();
    const QJsonObject window{{u"start"_s, grantStart}, {u"end"_s, grantEnd}};
    const QJsonObject details{{u"grant"_s, grantId},
                              {u"code"_s, code},
                              {u"added"_s, QJsonArray()},
                              {u"removed"_s, hostnames},
                              {u"from"_s, window},
                              {u"to"_s, all ? QJsonValue(QJsonValue::Null) : QJsonValue(window)},
                              {u"released_from"_s, fromMs},
                              {u"reason"_s, why}};
    q.prepare(u"INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
              "VALUES (?, ?, 'allocation_change', 'application', ?, ?)"_s);
    if (!run(q,
             {now, user, applicationId,
              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
             error))
        return false;
    changed << u"grants"_s << u"allocations"_s << u"audit_log"_s;
    return true;
}

} // namespace gpudesk
